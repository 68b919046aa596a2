/**
 * The corpus of broken inputs (test/fixtures/bad/, made by its make-corpus.mjs) and the cases too big
 * or too strange to commit (a 50 MB line, a classic zip bomb, links, a pipe, sparse 100 MB files),
 * each run through the BUILT command line as a statistician would run it:
 *
 *   chitieu validate --data DIR
 *   chitieu indicators --data DIR --year 2024 --json
 *
 * Every case must be refused: exit 1, nothing on standard output, the expected `file:line:column: `
 * messages on standard error, and no sign of a crash (a stack trace, an uncaught error). Nothing is
 * written into the case's folder. And a table with its header and no data rows is valid input.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDeflateRaw } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRASH_SIGNS, runAsync, type Run } from './run.ts';

const BAD = fileURLToPath(new URL('../../fixtures/bad/', import.meta.url));
const MINIMAL = fileURLToPath(new URL('../../fixtures/minimal/', import.meta.url));

interface Expected {
  exit: number;
  about: string;
  stderr: string[];
  absent?: string[];
}

const COMMANDS = [
  (dir: string) => ['validate', '--data', dir],
  (dir: string) => ['indicators', '--data', dir, '--year', '2024', '--json'],
];

/** Every file under a folder (or beside a file) with its size: what "nothing written" compares. */
function listing(path: string): string[] {
  const found = statSync(path, { throwIfNoEntry: false });
  const dir = found?.isDirectory() ? path : dirname(path);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((e) => join(e.parentPath, e.name))
    .map((p) => `${p}:${statSync(p, { throwIfNoEntry: false })?.size ?? 'link'}`)
    .sort();
}

/** Asserts that a run refused the data cleanly, as `expected` says. */
function expectRefused(run: Run, expected: Expected, what: string): void {
  const context = `${what}\n--- stderr ---\n${run.stderr.slice(0, 4000)}`;
  expect(run.signal, context).toBeNull();
  expect(run.code, context).toBe(expected.exit);
  expect(run.stdout, context).toBe('');
  for (const text of expected.stderr) expect(run.stderr, context).toContain(text);
  for (const text of expected.absent ?? []) expect(run.stderr, context).not.toContain(text);
  for (const sign of CRASH_SIGNS) expect(run.stderr, context).not.toMatch(sign);
}

/** Runs both commands on a case; returns the runs. */
async function checkCase(dir: string, expected: Expected, name: string): Promise<Run[]> {
  const before = listing(dir);
  const runs: Run[] = [];
  for (const command of COMMANDS) {
    const args = command(dir);
    const run = await runAsync(args);
    expectRefused(run, expected, `${name}: chitieu ${args.join(' ')}`);
    runs.push(run);
  }
  expect(listing(dir), `${name}: nothing written into the data folder`).toEqual(before);
  return runs;
}

const committed = readdirSync(BAD, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('the corpus of broken inputs in test/fixtures/bad/', () => {
  it('holds at least 30 cases, each with its expected.json', () => {
    expect(committed.length).toBeGreaterThanOrEqual(30);
    for (const name of committed) expect(existsSync(join(BAD, name, 'expected.json')), name).toBe(true);
  });

  describe.concurrent('each is refused: exit 1, file:line messages, empty stdout, no crash', () => {
    for (const name of committed) {
      it(name, async () => {
        const expected = JSON.parse(readFileSync(join(BAD, name, 'expected.json'), 'utf8')) as Expected;
        await checkCase(join(BAD, name), expected, name);
      });
    }
  });
});

// --- cases made at test time -------------------------------------------------------------------

let temp = '';
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'chitieu-bad-'));
});
afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

/** A copy of the minimal folder, named `name`, with some files replaced. */
function minimalWith(name: string, files: Record<string, string | Buffer> = {}): string {
  const dir = join(temp, name);
  cpSync(MINIMAL, dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    rmSync(join(dir, file), { force: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

/** A sparse file of `bytes` bytes: it takes no disk space, but its size is what a reader sees. */
function sparse(path: string, bytes: number): void {
  writeFileSync(path, 'year,area_code,population\n');
  truncateSync(path, bytes); // past the end, truncate makes a hole, not data
}

/**
 * A classic zip bomb named book.xlsx: one part of `bytes` zeros (about 1/1000 of that packed) whose
 * header says it unpacks to 1 KB.
 */
async function classicZipBomb(bytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const deflate = createDeflateRaw({ level: 9 });
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const zeros = Buffer.alloc(1 << 20);
  for (let written = 0; written < bytes; written += zeros.length) {
    if (!deflate.write(zeros)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  const packed = Buffer.concat(chunks);
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(1000, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(1000, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + packed.length, 16);
  return Buffer.concat([local, name, packed, central, name, end]);
}

const CASES = 'year,month,area_code,crime_group,severity,occurred,cleared\n2024,1,436,drugs,serious,5,4\n';
const MB50 = 50 * 1024 * 1024;

/** Generated cases: a name, how to make the folder (or the path given to --data), and what is expected. */
const generated: {
  name: string;
  make: () => string | Promise<string>;
  expected: Omit<Expected, 'exit'>;
  maxStderr?: number;
}[] = [
  {
    name: '50 MB line: one cell of 50 MB of digits',
    make: () =>
      minimalWith('line-digits', {
        'criminal_cases.csv': `${CASES}2024,1,437,social_order,less_serious,3,${'9'.repeat(MB50)}\n`,
      }),
    expected: { about: '', stderr: ['criminal_cases.csv:3:7: '] },
    maxStderr: 2000,
  },
  {
    name: '50 MB line: 50 million commas',
    make: () =>
      minimalWith('line-commas', {
        'criminal_cases.csv': `${CASES}2024,1,437,social_order,less_serious,3,3${','.repeat(MB50)}\n`,
      }),
    expected: { about: '', stderr: ['criminal_cases.csv:3: ', '16.384'] },
    maxStderr: 2000,
  },
  {
    name: '50 MB line: one quoted cell of 25 million doubled quotes, never closed',
    make: () => minimalWith('line-quotes', { 'criminal_cases.csv': `${CASES}2024,1,437,"${'""'.repeat(MB50 / 2)}` }),
    expected: { about: '', stderr: ['criminal_cases.csv:3:4: '] },
    maxStderr: 2000,
  },
  {
    name: 'a classic zip bomb named book.xlsx (300 MB of zeros in 300 KB, its size a lie)',
    make: async () => {
      const dir = join(temp, 'classic-bomb');
      mkdirSync(dir);
      writeFileSync(join(dir, 'book.xlsx'), await classicZipBomb(300e6));
      return dir;
    },
    expected: { about: '', stderr: ['book.xlsx: ', '200 MB'] },
  },
  {
    name: 'criminal_cases.csv is a symbolic link to a folder',
    make: () => {
      const dir = minimalWith('link-to-folder');
      rmSync(join(dir, 'criminal_cases.csv'));
      mkdirSync(join(temp, 'elsewhere'), { recursive: true });
      symlinkSync(join(temp, 'elsewhere'), join(dir, 'criminal_cases.csv'));
      return dir;
    },
    expected: { about: '', stderr: ['criminal_cases.csv: đây là một thư mục'] },
  },
  {
    name: 'criminal_cases.csv is a link to nowhere',
    make: () => {
      const dir = minimalWith('dangling-link');
      rmSync(join(dir, 'criminal_cases.csv'));
      symlinkSync(join(temp, 'no-such-file.csv'), join(dir, 'criminal_cases.csv'));
      return dir;
    },
    expected: { about: '', stderr: ['criminal_cases.csv: không đọc được tệp (ENOENT)'] },
  },
  {
    name: 'criminal_cases.csv is a named pipe (reading it would block forever)',
    make: () => {
      const dir = minimalWith('fifo');
      rmSync(join(dir, 'criminal_cases.csv'));
      execFileSync('mkfifo', [join(dir, 'criminal_cases.csv')]);
      return dir;
    },
    expected: { about: '', stderr: ['criminal_cases.csv: đây không phải tệp thông thường'] },
  },
  {
    name: 'a 101 MB population.csv (sparse, refused before it is read)',
    make: () => {
      const dir = minimalWith('too-large');
      sparse(join(dir, 'population.csv'), 101e6);
      return dir;
    },
    expected: { about: '', stderr: ['population.csv: tệp quá lớn (101 MB, giới hạn 100 MB)'] },
  },
  {
    name: 'two 60 MB files: together past the folder limit',
    make: () => {
      const dir = minimalWith('together-too-large');
      sparse(join(dir, 'population.csv'), 60e6);
      sparse(join(dir, 'judicial_violations.csv'), 60e6);
      return dir;
    },
    expected: { about: '', stderr: ['together-too-large: các tệp CSV cộng lại quá lớn (120 MB, giới hạn 100 MB)'] },
  },
  {
    name: '30,000 copies of one row: at most 1,000 problems listed, not 30,000 lines each naming 30,000 lines',
    make: () =>
      minimalWith('duplicates', {
        'criminal_cases.csv': CASES + '2024,1,437,social_order,less_serious,3,3\n'.repeat(30_000),
      }),
    expected: {
      about: '',
      stderr: [
        'criminal_cases.csv: tệp có 30.000 vấn đề; chỉ liệt kê 1.000',
        'criminal_cases.csv:3: trùng khoá',
        '… (+29990)',
      ],
    },
    maxStderr: 400_000,
  },
  {
    name: '--data names a CSV file, not a folder or a workbook',
    make: () => join(minimalWith('data-is-a-file'), 'areas.csv'),
    expected: { about: '', stderr: ['areas.csv" không phải thư mục dữ liệu hay sổ tính .xlsx'] },
  },
  {
    name: '--data names nothing',
    make: () => join(temp, 'no-such-folder'),
    expected: { about: '', stderr: ['no-such-folder: không tìm thấy thư mục hay tệp dữ liệu'] },
  },
];

describe.concurrent('broken inputs made at test time (too big or too strange to commit)', () => {
  for (const c of generated) {
    it(c.name, async () => {
      const dir = await c.make();
      const runs = await checkCase(dir, { exit: 1, ...c.expected }, c.name);
      if (c.maxStderr !== undefined) {
        for (const run of runs)
          expect(run.stderr.length, 'the report stays short whatever the file holds').toBeLessThan(c.maxStderr);
      }
    });
  }
});

describe('a table with its header and no data rows is valid input', () => {
  it('validates, and its indicators are no_data', async () => {
    const dir = minimalWith('header-only', {
      'reoffending.csv': 'cohort_year,area_code,release_type,released,reoffended,follow_up_months\n',
    });
    const validate = await runAsync(['validate', '--data', dir]);
    expect(validate.code, validate.stderr).toBe(0);
    const run = await runAsync(['indicators', '--data', dir, '--year', '2024', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { results: { id: string; value: number | null; status: string }[] };
    const reoffending = report.results.filter((r) => r.id === 'reoffending_rate');
    expect(reoffending.length).toBeGreaterThan(0);
    for (const r of reoffending) expect(r).toMatchObject({ value: null, status: 'no_data' });
    // the other tables still give figures
    expect(report.results.find((r) => r.id === 'clearance_rate')?.status).not.toBe('no_data');
  });
});
