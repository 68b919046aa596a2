/**
 * Nothing lost: a `chitieu report` killed with SIGKILL (no handler can run) at any moment leaves the
 * report already at --out as it was, byte for byte; and --out never writes outside the folder given,
 * nor deletes a file that is not an earlier report's.
 *
 * The built command is run as a user runs it. A first report is made into OUT; then a second run,
 * in the other language so that its files differ, is killed at delays spread across a run (fractions
 * of the first run's time) and at moments seen on disk (its temporary folder appears, its charts are
 * written, its manifest is written, the earlier report is moved aside). After each kill OUT must be
 * either the report it held before, byte for byte, or, when the run had finished, the complete new
 * one; never a mix, never missing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.ts';
import { runAsync } from '../hardening/run.ts';
import { recoverInterruptedSwap } from '../../../src/node/report/output-folder.ts';

const BIN = join(ROOT, 'bin', 'chitieu.js');
const MINIMAL = join(ROOT, 'test', 'fixtures', 'minimal');

const temp = mkdtempSync(join(tmpdir(), 'chitieu-kill-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Every file under a folder (links listed, not followed) with the SHA-256 of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const rel = relative(dir, path).split(sep).join('/');
    if (entry.isSymbolicLink()) out[rel] = `link -> ${readlinkTarget(path)}`;
    else if (entry.isFile()) out[rel] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}
const readlinkTarget = (path: string) => spawnSync('readlink', [path], { encoding: 'utf8' }).stdout.trim();

/**
 * Problems of a report folder against its own manifest.json: every output listed with its hash, and
 * nothing else but the manifest. [] for a whole report.
 */
function reportProblems(dir: string): string[] {
  const files = snapshot(dir);
  if (!('manifest.json' in files)) return [`${dir}: no manifest.json (files: ${Object.keys(files).length})`];
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    outputs: { file: string; sha256: string }[];
  };
  const problems: string[] = [];
  const listed = new Set(['manifest.json']);
  for (const o of manifest.outputs) {
    listed.add(o.file);
    if (files[o.file] !== o.sha256)
      problems.push(`${o.file}: ${files[o.file] === undefined ? 'missing' : 'hash differs from the manifest'}`);
  }
  for (const f of Object.keys(files)) if (!listed.has(f)) problems.push(`${f}: not in the manifest`);
  return problems;
}

/** Runs the report synchronously (for the set-up runs); returns exit code, output and seconds. */
function report(out: string, lang: 'vi' | 'en' = 'vi') {
  const started = Date.now();
  const run = spawnSync(process.execPath, [BIN, 'report', '--data', MINIMAL, '--out', out, '--quiet', '--lang', lang], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: run.status, stderr: run.stderr, stdout: run.stdout, seconds: (Date.now() - started) / 1000 };
}

// The first report, made while the test file is collected: the earlier report every kill must leave intact.
const OUT = join(temp, 'reports', 'out');
const first = report(OUT);

it('makes the earlier report the kills run against', () => {
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
});

/** What a kill is timed by: a delay after the start, or a moment seen on disk. */
type Trigger = { delay: number } | { when: string; seen: (parent: string, out: string) => boolean };

const temps = (parent: string) => readdirSync(parent).filter((f) => f.includes('.chitieu-tmp-'));
/** The temporary folder of the run now building (the newest one). */
const building = (parent: string): string | null => {
  const all = temps(parent)
    .map((f) => join(parent, f))
    .filter((p) => existsSync(p));
  return all.length === 0 ? null : all.sort((a, b) => lstatSync(b).mtimeMs - lstatSync(a).mtimeMs)[0]!;
};

/** Starts a second report in English and kills it with SIGKILL at the trigger; resolves how it ended. */
function killedRun(
  trigger: Trigger,
  tempsBefore: Set<string>,
): Promise<{ killed: boolean; code: number | null; ms: number }> {
  return new Promise((resolvePromise) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, 'report', '--data', MINIMAL, '--out', OUT, '--quiet', '--lang', 'en'], {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, NO_COLOR: '1' },
    });
    const parent = dirname(OUT);
    let timer: NodeJS.Timeout;
    const kill = () => child.kill('SIGKILL');
    if ('delay' in trigger) timer = setTimeout(kill, trigger.delay);
    else {
      timer = setInterval(() => {
        const fresh = temps(parent).some((t) => !tempsBefore.has(t));
        if (fresh && trigger.seen(parent, OUT)) kill();
      }, 2);
    }
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      clearInterval(timer);
      resolvePromise({ killed: signal === 'SIGKILL', code, ms: Date.now() - started });
    });
  });
}

describe('a killed `chitieu report` leaves the earlier report intact', () => {
  const seconds = first?.seconds ?? 1;
  const triggers: { name: string; trigger: Trigger }[] = [
    ...[0.05, 0.2, 0.4, 0.6, 0.8, 0.95].map((f) => ({
      name: `after ${Math.round(f * 100)} % of a run (${Math.round(f * seconds * 1000)} ms)`,
      trigger: { delay: Math.round(f * seconds * 1000) },
    })),
    { name: 'as soon as its temporary folder appears', trigger: { when: 'temp', seen: (p) => building(p) !== null } },
    {
      name: 'once its first chart is written',
      trigger: {
        when: 'charts',
        seen: (p) => {
          const b = building(p);
          return b !== null && existsSync(join(b, 'charts')) && readdirSync(join(b, 'charts')).length > 0;
        },
      },
    },
    {
      name: 'once its manifest is written (just before the swap)',
      trigger: {
        when: 'manifest',
        seen: (p) => {
          const b = building(p);
          return b !== null && existsSync(join(b, 'manifest.json'));
        },
      },
    },
    {
      name: 'once the earlier report is moved aside (during the swap)',
      trigger: { when: 'swap', seen: (p) => readdirSync(p).some((f) => f.includes('.chitieu-old-')) },
    },
  ];

  it('the first report is whole: every file matches its manifest', () => {
    expect(reportProblems(OUT)).toEqual([]);
  });

  const outcomes: string[] = [];
  for (const { name, trigger } of triggers) {
    it(`SIGKILL ${name}`, async () => {
      const before = snapshot(OUT);
      const tempsBefore = new Set(temps(dirname(OUT)));
      const run = await killedRun(trigger, tempsBefore);
      if (!existsSync(OUT)) {
        // Killed between the swap's two renames: the earlier report waits whole beside OUT
        // (.out.chitieu-old-*), and the next run puts it back before doing anything else.
        const aside = readdirSync(dirname(OUT)).filter((f) => f.startsWith(`.${basename(OUT)}.chitieu-old-`));
        expect(aside, 'the earlier report set aside').toHaveLength(1);
        expect(snapshot(join(dirname(OUT), aside[0] as string)), 'set aside byte for byte').toEqual(before);
        const recovery = await recoverInterruptedSwap(OUT);
        expect(recovery.restored).toBe(aside[0]);
        outcomes.push(`${name}: killed after ${run.ms} ms between the renames, earlier report kept aside and put back`);
      }
      const after = snapshot(OUT);
      expect(Object.keys(after).length, 'OUT is there').toBeGreaterThan(0);
      if (outcomes.at(-1)?.startsWith(`${name}:`)) expect(after).toEqual(before);
      if (outcomes.at(-1)?.startsWith(`${name}:`)) {
        // already judged: restored from beside OUT
      } else if (run.killed) {
        // Killed before the swap: the earlier report, byte for byte. Killed after it: the whole new one.
        const kept = JSON.stringify(after) === JSON.stringify(before);
        if (!kept) expect(reportProblems(OUT), 'OUT is a whole report').toEqual([]);
        outcomes.push(`${name}: killed after ${run.ms} ms, ${kept ? 'earlier report kept' : 'new report complete'}`);
      } else {
        expect(run.code, 'a run that was not killed finished').toBe(0);
        expect(reportProblems(OUT)).toEqual([]);
        outcomes.push(`${name}: finished (${run.ms} ms) before the kill`);
      }
      // Nothing else appeared beside OUT but the killed runs' temporary folders, or (a kill after the swap,
      // before its clean-up) the earlier report set aside, which the next run deletes.
      for (const f of readdirSync(dirname(OUT))) {
        expect(f === basename(OUT) || f.includes('.chitieu-tmp-') || f.includes('.chitieu-old-'), f).toBe(true);
      }
    }, 120_000);
  }

  it('most kills landed in the middle of a run, and each of those kept the earlier report', () => {
    console.log(`kill test (a run takes ${seconds.toFixed(1)} s):\n  ${outcomes.join('\n  ')}`);
    expect(outcomes.filter((o) => o.includes('earlier report kept')).length).toBeGreaterThanOrEqual(
      triggers.length / 2,
    );
  });

  it("a later run still succeeds beside the killed runs' leftovers, and makes a whole report", () => {
    const again = report(OUT);
    expect(again.code, again.stderr).toBe(0);
    expect(reportProblems(OUT)).toEqual([]);
  }, 120_000);
});

// --- where --out may write ------------------------------------------------------------------------

/** A sandbox: cwd `work/`, a folder of someone else's files `victim/`, an empty folder `empty/`. */
function sandbox(name: string): { root: string; work: string; victim: string } {
  const root = join(temp, 'sandboxes', name);
  const work = join(root, 'work');
  const victim = join(root, 'victim');
  mkdirSync(work, { recursive: true });
  mkdirSync(join(victim, 'sub'), { recursive: true });
  mkdirSync(join(root, 'empty'));
  writeFileSync(join(victim, 'notes.txt'), 'ghi chú của người khác\n');
  writeFileSync(join(victim, 'sub', 'figures.csv'), 'year,value\n2024,1\n');
  return { root, work, victim };
}

/** Paths that changed (added, removed or rewritten) in a snapshot of the whole sandbox. */
function changed(before: Record<string, string>, after: Record<string, string>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => before[k] !== after[k]).sort();
}

const outReport = (cwd: string, out: string) =>
  runAsync(['report', '--data', MINIMAL, '--out', out, '--quiet'], { cwd });

describe('--out writes only into the folder given, and deletes nothing else', () => {
  it('refuses a folder that holds other files, and deletes none of them', async () => {
    const { root, victim } = sandbox('foreign');
    const before = snapshot(root);
    const run = await outReport(root, victim);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/victim/);
    expect(changed(before, snapshot(root))).toEqual([]);
  });

  it('refuses an --out that is a file, and leaves it as it was', async () => {
    const { root, victim } = sandbox('file');
    const before = snapshot(root);
    const run = await outReport(root, join(victim, 'notes.txt'));
    expect(run.code, run.stderr).toBe(2);
    expect(changed(before, snapshot(root))).toEqual([]);
  });

  it('resolves ".." in --out to the folder it names, and writes nothing anywhere else', async () => {
    const { root, work } = sandbox('dots');
    const before = snapshot(root);
    const run = await outReport(work, 'a/../b');
    expect(run.code, run.stderr).toBe(0);
    const touched = changed(before, snapshot(root));
    expect(touched.length).toBeGreaterThan(0);
    for (const path of touched) expect(path.startsWith('work/b/'), path).toBe(true);
    expect(existsSync(join(work, 'a'))).toBe(false);
    // "../c" from work/ is root/c: the folder given, and only it
    const up = await outReport(work, '../c');
    expect(up.code, up.stderr).toBe(0);
    for (const path of changed(before, snapshot(root)).filter((p) => !p.startsWith('work/b/'))) {
      expect(path.startsWith('c/'), path).toBe(true);
    }
    expect(reportProblems(resolve(work, '../c'))).toEqual([]);
  }, 120_000);

  it('refuses an --out that is a symbolic link to a folder elsewhere (full or empty), writing nothing through it', async () => {
    const { root, work, victim } = sandbox('links');
    symlinkSync(victim, join(work, 'to-victim'));
    symlinkSync(join(root, 'empty'), join(work, 'to-empty'));
    const before = snapshot(root);
    for (const link of ['to-victim', 'to-empty']) {
      const run = await outReport(work, link);
      expect(run.code, `${link}: ${run.stderr}`).toBe(2);
    }
    expect(changed(before, snapshot(root))).toEqual([]);
    expect(readdirSync(join(root, 'empty'))).toEqual([]);
  });

  it('an earlier report whose charts folder was replaced by a link to other files is refused, the files kept', async () => {
    const { root, work, victim } = sandbox('link-inside');
    const out = join(work, 'report');
    expect((await outReport(work, 'report')).code).toBe(0);
    rmSync(join(out, 'charts'), { recursive: true });
    symlinkSync(victim, join(out, 'charts'));
    const before = snapshot(root);
    const run = await outReport(work, 'report');
    expect(run.code, run.stderr).toBe(2);
    expect(changed(before, snapshot(root))).toEqual([]);
  }, 120_000);

  it('a file of an earlier report replaced by a link to another file: the report is replaced, the linked file kept', async () => {
    const { root, work, victim } = sandbox('link-file');
    const out = join(work, 'report');
    expect((await outReport(work, 'report')).code).toBe(0);
    rmSync(join(out, 'scorecard.csv'));
    symlinkSync(join(victim, 'notes.txt'), join(out, 'scorecard.csv'));
    const victimBefore = snapshot(victim);
    const run = await outReport(work, 'report');
    // Either refused (exit 2) or rebuilt (exit 0); in both cases the linked file is untouched.
    expect([0, 2], run.stderr).toContain(run.code);
    expect(snapshot(victim)).toEqual(victimBefore);
    if (run.code === 0) {
      expect(lstatSync(join(out, 'scorecard.csv')).isSymbolicLink()).toBe(false);
      expect(reportProblems(out)).toEqual([]);
    }
    for (const f of readdirSync(work)) expect(f === 'report', `left beside the report: ${f}`).toBe(true);
    expect(root).toBeTruthy();
  }, 120_000);
});
