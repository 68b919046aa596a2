/**
 * Fuzzing the loaders and the validators with fast-check: random mutations of the valid minimal
 * folder (its CSV files, its datapackage.json, the same tables as an .xlsx workbook) and random raw
 * tables handed straight to the validators. Whatever the input, the only outcomes allowed are a
 * loaded data set or a list of problems, each placed inside the file it names, printed on one line;
 * never an exception. A data set that loads must also go through `computeIndicators`.
 *
 * `npm test` runs a bounded number of cases with a fixed seed (300 by default, in a few seconds);
 * `npm run fuzz` runs a long campaign with a random seed (scripts/fuzz.mjs sets the variables below).
 *
 *   CHITIEU_FUZZ_RUNS    cases in all, split 50 % CSV, 20 % workbook, 30 % validators (default 300)
 *   CHITIEU_FUZZ_SEED    fast-check seed (default 20251125, so that `npm test` is repeatable)
 *   CHITIEU_FUZZ_REPORT  a file to write the tally of outcomes to, as JSON
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeIndicators } from '../../../src/core/indicators/compute.ts';
import { VALIDATION_MESSAGES } from '../../../src/core/messages/validation.ts';
import { PERIOD_CONVENTIONS } from '../../../src/core/periods/registry.ts';
import { TABLE_NAMES, type DataSet, type TableName } from '../../../src/core/types.ts';
import { formatProblem, loadDataFolder, type LoadResult } from '../../../src/node/io/load.ts';
import { ProblemSink, type Problem } from '../../../src/core/io/problem.ts';
import type { RawTable } from '../../../src/core/io/raw-table.ts';
import { TABLE_SCHEMAS } from '../../../src/core/io/schema.ts';
import { validateTables } from '../../../src/core/io/validate-data.ts';
import { MINIMAL, tempDir } from './helpers.ts';

const RUNS = Math.max(3, Number(process.env.CHITIEU_FUZZ_RUNS ?? 300));
const SEED = Number(process.env.CHITIEU_FUZZ_SEED ?? 20251125);
const REPORT = process.env.CHITIEU_FUZZ_REPORT;
const RUNS_CSV = Math.round(RUNS * 0.5);
const RUNS_XLSX = Math.round(RUNS * 0.2);
const RUNS_VALIDATORS = RUNS - RUNS_CSV - RUNS_XLSX;
/** Time allowed per case in the test timeouts: generous, the cases take about 10 ms (50 ms for a workbook). */
const MS_PER_CASE = 400;

const KNOWN_CODES = new Set(Object.keys(VALIDATION_MESSAGES));
const EXCEL_MAX_ROWS = 1_048_576;

// --- the tally of outcomes, printed (and written for scripts/fuzz.mjs) at the end -----------------
type Target = 'csv' | 'xlsx' | 'validators';
const tally: Record<Target, { cases: number; loaded: number; refused: number; codes: Record<string, number> }> = {
  csv: { cases: 0, loaded: 0, refused: 0, codes: {} },
  xlsx: { cases: 0, loaded: 0, refused: 0, codes: {} },
  validators: { cases: 0, loaded: 0, refused: 0, codes: {} },
};
function count(target: Target, problems: readonly Problem[] | null): void {
  const t = tally[target];
  t.cases++;
  if (problems === null) t.loaded++;
  else {
    t.refused++;
    for (const code of new Set(problems.map((p) => p.code))) t.codes[code] = (t.codes[code] ?? 0) + 1;
  }
}
afterAll(() => {
  const summary = {
    seed: SEED,
    runs: RUNS,
    targets: tally,
    cases: Object.values(tally).reduce((n, t) => n + t.cases, 0),
  };
  if (REPORT) writeFileSync(REPORT, `${JSON.stringify(summary, null, 2)}\n`);
  const line = (Object.keys(tally) as Target[]).map(
    (k) => `${k} ${tally[k].cases} (${tally[k].loaded} loaded, ${tally[k].refused} refused)`,
  );
  console.log(`fuzz: ${summary.cases} cases, seed ${SEED}: ${line.join('; ')}`);
});

// --- the outcome every case must have -------------------------------------------------------------

/** Physical lines of a text the way the CSV reader counts them (LF, CRLF or a lone CR). */
function physicalLines(bytes: Buffer): number {
  let n = 1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 10 || (bytes[i] === 13 && bytes[i + 1] !== 10)) n++;
  }
  return n;
}

/**
 * Checks a problem: a known code, a one-line message, and a place that exists: a file of the case,
 * a line inside it (or none) and a column >= 1 (or none).
 */
function checkProblem(p: Problem, maxLine: (file: string) => number | null): void {
  expect(KNOWN_CODES.has(p.code), `unknown problem code ${p.code}`).toBe(true);
  expect(typeof p.message === 'string' && p.message.length > 0).toBe(true);
  const printed = formatProblem(p);
  expect(printed, 'a problem prints as one line').not.toMatch(/[\r\n\u0000-\u0008\u001b]/);
  const limit = maxLine(p.file);
  if (p.line !== null) {
    expect(Number.isInteger(p.line) && p.line >= 1, `line ${p.line} of ${p.file}`).toBe(true);
    expect(limit, `a problem at a line of ${p.file}, which has no lines`).not.toBeNull();
    expect(p.line, `${printed}: past the end of ${p.file}`).toBeLessThanOrEqual(limit!);
  }
  if (p.column !== null) expect(Number.isInteger(p.column) && p.column >= 1, `column ${p.column}`).toBe(true);
}

/** Checks a load's outcome; returns its problems (null when it loaded). */
function checkOutcome(result: LoadResult, maxLine: (file: string) => number | null): Problem[] | null {
  for (const w of result.warnings) checkProblem(w, maxLine);
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) checkProblem(p, maxLine);
    return result.problems;
  }
  useData(result.data);
  return null;
}

/** A data set that loads is fit to compute from: every indicator, for a year of its data and for 2024. */
function useData(data: DataSet): void {
  const years = new Set<number>([2024]);
  for (const r of data.criminal_cases) years.add(r.year);
  for (const year of [...years].slice(0, 3)) {
    const report = computeIndicators(data, { year });
    expect(report.results.length).toBeGreaterThan(0);
  }
}

// --- mutations of a file's bytes -----------------------------------------------------------------

const TOKENS = [
  ',',
  ';',
  '"',
  '""',
  '\uFEFF',
  '\u0000',
  '\r',
  '\n',
  '\r\n',
  ' ',
  '\t',
  '=1+1',
  '-',
  '+',
  '9'.repeat(20),
  'é',
  'Đ',
  '\u202e',
  '\u001b[2J',
  '42',
  '436',
  '2024',
  '0',
  '1,5',
  '<script>',
  '..',
  '\\',
];

type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate_line' | 'delete_line'; line: number }
  | { kind: 'insert'; at: number; token: string }
  | { kind: 'swap_columns'; a: number; b: number }
  | { kind: 'cell'; line: number; column: number; value: string };

const cellValue = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '-1',
    '1.5',
    '1,5',
    '1e3',
    '0x10',
    '٣',
    '９',
    'NaN',
    'Infinity',
    '9007199254740993',
    '2024-02-30',
    '2025-07-01',
    '42',
    '436',
    '437',
    '0',
    '13',
    'drugs',
    'province',
    'commune',
    '=HYPERLINK("http://x")',
    '"',
    '<b>',
  ),
  fc.string({ maxLength: 12 }),
  fc.nat({ max: 10_000 }).map(String),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat({ max: 7 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constantFrom('duplicate_line' as const, 'delete_line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), token: fc.constantFrom(...TOKENS) }),
  fc.record({ kind: fc.constant('swap_columns' as const), a: fc.nat({ max: 9 }), b: fc.nat({ max: 9 }) }),
  fc.record({ kind: fc.constant('cell' as const), line: fc.nat(), column: fc.nat({ max: 9 }), value: cellValue }),
);

/** Applies one mutation to a file's bytes. */
function mutate(bytes: Buffer, m: Mutation): Buffer {
  const n = bytes.length;
  switch (m.kind) {
    case 'flip': {
      if (n === 0) return bytes;
      const out = Buffer.from(bytes);
      out[m.at % n] = out[m.at % n]! ^ (1 << m.bit);
      return out;
    }
    case 'truncate':
      return bytes.subarray(0, n === 0 ? 0 : m.at % n);
    case 'insert': {
      const at = m.at % (n + 1);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.token), bytes.subarray(at)]);
    }
    default: {
      const lines = bytes.toString('latin1').split('\n');
      const i = 'line' in m ? m.line % lines.length : 0;
      if (m.kind === 'duplicate_line') lines.splice(i, 0, lines[i]!);
      else if (m.kind === 'delete_line') lines.splice(i, 1);
      else if (m.kind === 'swap_columns') {
        for (let l = 0; l < lines.length; l++) {
          const cells = lines[l]!.split(',');
          if (m.a < cells.length && m.b < cells.length) [cells[m.a], cells[m.b]] = [cells[m.b]!, cells[m.a]!];
          lines[l] = cells.join(',');
        }
      } else if (m.kind === 'cell') {
        const cells = lines[i]!.split(',');
        cells[m.column % cells.length] = Buffer.from(m.value).toString('latin1');
        lines[i] = cells.join(',');
      }
      return Buffer.from(lines.join('\n'), 'latin1');
    }
  }
}

// --- the minimal folder, read once ---------------------------------------------------------------

const MINIMAL_FILES = readdirSync(MINIMAL).sort();
const ORIGINAL = new Map(MINIMAL_FILES.map((f) => [f, readFileSync(join(MINIMAL, f))]));

describe('fuzzing the loaders and validators (only a result or problems, never an exception)', () => {
  it(
    `CSV folders: ${RUNS_CSV} random mutations of one file of the minimal folder`,
    async () => {
      const dir = tempDir();
      cpSync(MINIMAL, dir, { recursive: true });
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...MINIMAL_FILES),
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          fc.constantFrom('vi' as const, 'en' as const),
          async (file, mutations, lang) => {
            const bytes = mutations.reduce(mutate, ORIGINAL.get(file)!);
            writeFileSync(join(dir, file), bytes);
            try {
              const result = await loadDataFolder(dir, { lang });
              const lines = (f: string) =>
                f === file
                  ? physicalLines(bytes)
                  : ORIGINAL.has(f) && f !== 'datapackage.json'
                    ? physicalLines(ORIGINAL.get(f)!)
                    : null;
              count('csv', checkOutcome(result, lines));
            } finally {
              writeFileSync(join(dir, file), ORIGINAL.get(file)!);
            }
          },
        ),
        { numRuns: RUNS_CSV, seed: SEED },
      );
    },
    RUNS_CSV * MS_PER_CASE + 10_000,
  );

  it(
    `workbooks: ${RUNS_XLSX} random cells, merges, sheets and byte damage in an .xlsx of the minimal folder`,
    async () => {
      const dir = tempDir();
      await fc.assert(
        fc.asyncProperty(
          fc.array(workbookChange, { maxLength: 4 }),
          fc.array(
            fc.oneof(
              fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat({ max: 7 }) }),
              fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
            ),
            { maxLength: 2 },
          ),
          async (changes, damage) => {
            const book = await workbookBytes(changes);
            const bytes = damage.reduce<Buffer>(mutate, book);
            const path = join(dir, 'book.xlsx');
            writeFileSync(path, bytes);
            const result = await loadDataFolder(path, { lang: 'en' });
            const lines = (f: string) =>
              f === 'book.xlsx' ? null : f.startsWith('book.xlsx[') ? EXCEL_MAX_ROWS : null;
            count('xlsx', checkOutcome(result, lines));
          },
        ),
        { numRuns: RUNS_XLSX, seed: SEED },
      );
    },
    RUNS_XLSX * MS_PER_CASE * 3 + 10_000,
  );

  it(
    `validators: ${RUNS_VALIDATORS} random raw tables (area trees with cycles, overlaps, bad periods)`,
    () => {
      fc.assert(
        fc.property(rawTables, fc.constantFrom(...Object.keys(PERIOD_CONVENTIONS)), (raw, convention) => {
          const sink = new ProblemSink('en');
          const tables = validateTables(raw, PERIOD_CONVENTIONS[convention as keyof typeof PERIOD_CONVENTIONS], sink);
          const lastLine = new Map(
            [...raw.values()].map((t) => [t.file, Math.max(t.headerLine, ...t.rows.map((r) => r.line))]),
          );
          const lines = (f: string) => lastLine.get(f) ?? null;
          for (const w of sink.warnings) checkProblem(w, lines);
          for (const p of sink.errors) checkProblem(p, lines);
          if (sink.errors.length === 0 && tables.areas.length > 0) {
            useData({
              ...tables,
              meta: { title: null, periods: convention, cutoff: null, synthetic: true, sources: [] },
            } as DataSet);
          }
          count('validators', sink.errors.length > 0 ? sink.errors : null);
        }),
        { numRuns: RUNS_VALIDATORS, seed: SEED },
      );
    },
    RUNS_VALIDATORS * MS_PER_CASE + 10_000,
  );
});

// --- workbooks ---------------------------------------------------------------------------------

type WorkbookChange =
  | { kind: 'cell'; sheet: number; row: number; column: number; value: ExcelJS.CellValue }
  | { kind: 'merge'; sheet: number; top: number; left: number; rows: number; columns: number }
  | { kind: 'rename'; sheet: number; name: string }
  | { kind: 'remove'; sheet: number }
  | { kind: 'extra_sheet'; name: string };

const CSV_TABLES = MINIMAL_FILES.filter((f) => f.endsWith('.csv')).map((f) => f.replace(/\.csv$/, ''));

const excelValue: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  cellValue,
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 3000 }),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(1899, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)) }),
  fc.constant(null),
  fc.constant({ formula: 'B2+1', result: 7 } as ExcelJS.CellFormulaValue),
  fc.constant({ formula: 'HYPERLINK("http://example.invalid","x")' } as ExcelJS.CellFormulaValue),
  fc.constant({ error: '#N/A' } as ExcelJS.CellErrorValue),
  fc.constant({ richText: [{ text: 'dr' }, { text: 'ugs', font: { bold: true } }] } as ExcelJS.CellRichTextValue),
  fc.constant({ text: '436', hyperlink: 'http://example.invalid' } as ExcelJS.CellHyperlinkValue),
);

const workbookChange: fc.Arbitrary<WorkbookChange> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('cell' as const),
      sheet: fc.nat(),
      row: fc.integer({ min: 1, max: 6 }),
      column: fc.integer({ min: 1, max: 9 }),
      value: excelValue,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('merge' as const),
      sheet: fc.nat(),
      top: fc.integer({ min: 1, max: 4 }),
      left: fc.integer({ min: 1, max: 7 }),
      rows: fc.integer({ min: 0, max: 2 }),
      columns: fc.integer({ min: 0, max: 2 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('rename' as const),
      sheet: fc.nat(),
      name: fc.constantFrom(' Areas ', 'AREAS', 'Sheet1', 'population', 'safe_units'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), sheet: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('extra_sheet' as const),
      name: fc.constantFrom('notes', 'criminal_cases ', 'Ghi chú'),
    }),
  },
);

/** The minimal folder as a workbook (digits as numbers), changed, as bytes. */
async function workbookBytes(changes: readonly WorkbookChange[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const table of CSV_TABLES) {
    const sheet = wb.addWorksheet(table);
    const [header, ...rows] = ORIGINAL.get(`${table}.csv`)!.toString('utf8').trim().split('\n');
    sheet.addRow(header!.split(','));
    for (const row of rows)
      sheet.addRow(row.split(',').map((v) => (v === '' ? null : /^\d+$/.test(v) ? Number(v) : v)));
  }
  for (const c of changes) {
    const sheets = wb.worksheets;
    if (c.kind === 'extra_sheet') {
      if (!sheets.some((s) => s.name === c.name)) wb.addWorksheet(c.name).addRow(['x']);
      continue;
    }
    if (sheets.length === 0) continue;
    const sheet = sheets[c.sheet % sheets.length]!;
    try {
      if (c.kind === 'cell') sheet.getCell(c.row, c.column).value = c.value;
      else if (c.kind === 'merge') sheet.mergeCells(c.top, c.left, c.top + c.rows, c.left + c.columns);
      else if (c.kind === 'rename') {
        if (!sheets.some((s) => s.name === c.name)) sheet.name = c.name;
      } else wb.removeWorksheet(sheet.id);
    } catch {
      // exceljs refuses some changes while building (overlapping merges): the workbook stays as it was
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// --- raw tables for the validators -------------------------------------------------------------

const CODES = ['42', '436', '437', '18001', '18002', 'x'];
const valuesFor = (table: TableName, column: string): fc.Arbitrary<string> => {
  const spec = TABLE_SCHEMAS[table].columns.find((c) => c.name === column);
  const junk = fc.constantFrom('', ' ', 'abc', '-1', '1.5', '0,5', '=1+1');
  if (spec === undefined) return fc.oneof(junk, fc.string({ maxLength: 5 }));
  let good: fc.Arbitrary<string>;
  switch (spec.kind.type) {
    case 'year':
      good = fc.constantFrom('2019', '2021', '2023', '2024', '2025', '2026', '0000', '9999');
      break;
    case 'month':
      good = fc.integer({ min: 0, max: 13 }).map(String);
      break;
    case 'count':
      good = fc.oneof(
        { weight: 8, arbitrary: fc.nat({ max: 60 }).map(String) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            '9007199254740991',
            '9007199254740992',
            '5000000000000000',
            '4503599627370496',
            '123456789012',
          ),
        },
      );
      break;
    case 'date':
      good = fc.constantFrom(
        '2019-01-01',
        '2025-06-30',
        '2025-07-01',
        '2024-02-29',
        '2023-02-29',
        ...(spec.nullable ? ['', '', ''] : []),
      );
      break;
    case 'weight':
      good = fc.constantFrom('0', '1', '0.5', '0,25', '1.5', '1e-1');
      break;
    case 'enum':
      good = fc.constantFrom(...spec.kind.values);
      break;
    default:
      good =
        column === 'parent_code'
          ? fc.constantFrom('', '', '42', '42', '436', 'x')
          : column.endsWith('code')
            ? fc.constantFrom(...CODES)
            : fc.constantFrom('Hà Tĩnh', '<script>', '=cmd');
  }
  return fc.oneof({ weight: 9, arbitrary: good }, { weight: 1, arbitrary: junk });
};

/** A raw table of `table`: its schema's columns (sometimes one left out or an extra one), random rows. */
const rawTable = (table: TableName): fc.Arbitrary<RawTable> => {
  const columns = TABLE_SCHEMAS[table].columns.map((c) => c.name);
  return fc
    .record({
      drop: fc.option(fc.nat({ max: columns.length - 1 }), { freq: 8 }),
      extra: fc.boolean(),
      rowCount: fc.nat({ max: 8 }),
    })
    .chain(({ drop, extra, rowCount }) => {
      const names = [...columns.filter((_, i) => i !== drop), ...(extra ? ['note'] : [])];
      const row = fc.tuple(...names.map((n) => valuesFor(table, n)));
      return fc.array(row, { minLength: rowCount, maxLength: rowCount }).map((rows) => ({
        file: `${table}.csv`,
        headerLine: 1,
        names,
        columns: names.map((_, i) => i + 1),
        rows: rows.map((cells, i) => ({ line: i + 2, cells })),
      }));
    });
};

const randomTables: fc.Arbitrary<Map<TableName, RawTable>> = fc
  .tuple(...TABLE_NAMES.map((t) => fc.option(rawTable(t), { freq: 10 })))
  .map((tables) => new Map(TABLE_NAMES.flatMap((t, i) => (tables[i] ? [[t, tables[i]!] as const] : []))));

/** The minimal folder's tables as raw tables. */
function minimalTables(): Map<TableName, RawTable> {
  const out = new Map<TableName, RawTable>();
  for (const table of CSV_TABLES as TableName[]) {
    const [header, ...rows] = ORIGINAL.get(`${table}.csv`)!.toString('utf8').trim().split('\n');
    const names = header!.split(',');
    out.set(table, {
      file: `${table}.csv`,
      headerLine: 1,
      names,
      columns: names.map((_, i) => i + 1),
      rows: rows.map((r, i) => ({ line: i + 2, cells: r.split(',') })),
    });
  }
  return out;
}

/** An edit of the minimal tables: one cell replaced, or a row copied (to a new line) and then edited. */
const tableEdit = fc.record({ table: fc.nat(), row: fc.nat(), column: fc.nat(), copy: fc.boolean(), seed: fc.nat() });

const editedTables: fc.Arbitrary<Map<TableName, RawTable>> = fc.array(tableEdit, { maxLength: 3 }).chain((edits) => {
  const tables = minimalTables();
  const names = [...tables.keys()];
  const picks = edits.map((e) => {
    const name = names[e.table % names.length]!;
    const raw = tables.get(name)!;
    return { e, name, raw, column: raw.names[e.column % raw.names.length]! };
  });
  return fc.tuple(...picks.map((p) => valuesFor(p.name, p.column))).map((values) => {
    picks.forEach(({ e, raw }, i) => {
      if (raw.rows.length === 0) return;
      let row = raw.rows[e.row % raw.rows.length]!;
      if (e.copy) {
        row = { line: Math.max(...raw.rows.map((r) => r.line)) + 1, cells: [...row.cells] };
        raw.rows.push(row);
      }
      row.cells[e.column % raw.names.length] = values[i]!;
    });
    return tables;
  });
});

const rawTables = fc.oneof(randomTables, editedTables);
