// The whole pack (`chitieu report`, the main job of `npm start` after its build) against the notebook build alone
// (issue [P] goal 2: the pack at most 1.5 times the notebook build, and under 6 s), in one run, interleaved, so
// that the machine's load touches every case alike. Each case is run as a user runs it, in a new process:
//
//   - `notebooks alone, cold`: `node scripts/notebooks-build.mjs --data data --quiet`, every cache off
//     (`CHITIEU_CACHE=off`): the denominator of the goal's ratio.
//   - `pack, cold`: `node bin/chitieu.js report --data data`, every cache off: a first run on a new toolkit.
//   - `pack, again`: the same pack a second time with its caches (a report made again, nothing changed).
//   - `pack, a new month`: the office's monthly run: the toolkit unchanged, the data given one month more (the
//     last month's rows of each monthly table copied to the next month, into a copy of data/, the data package's
//     sizes and hashes updated), with the caches the previous month's pack left (a copy, so each round starts
//     from the same state).
//   - `pack, an updated toolkit`: the same month's pack by a new version of the toolkit, with the caches the
//     previous version left. The new version is a copy of the checkout with one comment added to src/index.ts,
//     built: a new build id, so the notebook site is built again (its pages, which depend only on the notebooks'
//     files and Notebook Kit, come from the page cache). The charts' SVGs and PNGs are reused: the SVG cache keys
//     on the drawing's own sources (scripts/drawing-id.mjs), which the comment does not touch. The smallest
//     update; one that changes the drawing draws every SVG again, and one that changes the charts their PNGs.
//   - `pack, an updated toolkit and a new month`: that new version on the new month's data, with the caches the
//     previous version's pack of the previous month left.
//
//   node bench/pack.mjs [--rounds 3] [--compare DIR] [--results bench/pack-results.json]
//
// `--compare DIR`: another checkout, built (`git worktree add /tmp/base REV`, its node_modules linked, then
// `node scripts/build.mjs` there): its cases run interleaved with these, each with caches of its own.
// Wall time is spawn to exit; CPU time is the child's user + system time, from the kernel's accounting of
// finished children (/proc/self/stat, cutime + cstime; Linux only, else left out). Not a test.
import { spawnSync } from 'node:child_process';
import { childrenCpuMs } from './children-cpu.mjs';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    compare: { type: 'string' },
    results: { type: 'string', default: 'bench/pack-results.json' },
  },
});
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds: a whole number, not "${values.rounds}"`);
const GOAL_RATIO = 1.5;
const GOAL_SECONDS = 6;

const work = mkdtempSync(join(tmpdir(), 'chitieu-bench-pack-'));
const log = (...args) => console.error('[pack]', ...args);

/**
 * A copy of `from` with one month more: in each monthly table (a CSV with `year` and `month` columns), the rows
 * of its last month copied to the next month. Returns the new month as `YYYY-MM`.
 */
function addMonth(from, to) {
  cpSync(from, to, { recursive: true });
  let added = null;
  for (const name of readdirSync(to).filter((f) => f.endsWith('.csv'))) {
    const text = readFileSync(join(to, name), 'utf8');
    const lines = text.split(/\r?\n/).filter((l) => l !== '');
    const header = lines[0].split(',');
    const [y, m] = [header.indexOf('year'), header.indexOf('month')];
    if (y < 0 || m < 0) continue;
    const rows = lines.slice(1).map((l) => l.split(','));
    const key = (r) => Number(r[y]) * 12 + Number(r[m]) - 1;
    const last = Math.max(...rows.map(key));
    const next = last + 1;
    const more = rows
      .filter((r) => key(r) === last)
      .map((r) => r.map((v, i) => (i === y ? String(Math.floor(next / 12)) : i === m ? String((next % 12) + 1) : v)));
    writeFileSync(join(to, name), `${[...lines, ...more.map((r) => r.join(','))].join('\n')}\n`);
    added = `${Math.floor(next / 12)}-${String((next % 12) + 1).padStart(2, '0')}`;
  }
  // The data package's size and hash of each file, as the office's tools keep them (else the loader warns).
  const packageFile = join(to, 'datapackage.json');
  if (existsSync(packageFile)) {
    const pkg = JSON.parse(readFileSync(packageFile, 'utf8'));
    for (const resource of pkg.resources ?? []) {
      if (typeof resource.path !== 'string' || !existsSync(join(to, resource.path))) continue;
      const bytes = readFileSync(join(to, resource.path));
      if ('bytes' in resource) resource.bytes = bytes.length;
      if ('hash' in resource) resource.hash = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    }
    writeFileSync(packageFile, `${JSON.stringify(pkg, null, 2)}\n`);
  }
  return added;
}

const monthData = join(work, 'data-next-month');
const newMonth = addMonth(join(root, 'data'), monthData);
log(`a new month: ${newMonth} (${monthData})`);

const checkouts = [
  { label: '', dir: root },
  ...(values.compare ? [{ label: ` [${values.compare}]`, dir: resolve(values.compare) }] : []),
];

/**
 * A new version of the toolkit in `dir`: a copy of its files (not node_modules, which is linked, nor its build,
 * outputs, benchmarks or history) with one comment added to src/index.ts, built there. Returns the copy's folder.
 */
function updatedToolkit(dir, to) {
  const skip = new Set(['node_modules', 'dist', 'out', 'bench', '.git', 'coverage']);
  cpSync(dir, to, { recursive: true, filter: (src) => src === dir || !skip.has(relative(dir, src).split(sep)[0]) });
  symlinkSync(join(dir, 'node_modules'), join(to, 'node_modules'), 'dir');
  const index = join(to, 'src', 'index.ts');
  writeFileSync(index, `// A new version of the toolkit (bench/pack.mjs).\n${readFileSync(index, 'utf8')}`);
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: to, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the updated toolkit's build failed (${build.status}):\n${build.stderr}`);
  return to;
}
for (const [i, c] of checkouts.entries()) {
  log(`a new version of the toolkit${c.label}: copying and building`);
  c.updated = updatedToolkit(c.dir, join(work, `updated-${i}`));
}

/** Runs `node ...argv` in `cwd` with `env` added; wall and CPU time in ms. Throws when it fails. */
function run(cwd, argv, env) {
  const cpu0 = childrenCpuMs();
  const t0 = performance.now();
  const child = spawnSync(process.execPath, argv, { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
  const wallMs = performance.now() - t0;
  const cpu1 = childrenCpuMs();
  if (child.status !== 0) throw new Error(`${argv.join(' ')} failed (${child.status}):\n${child.stderr}`);
  return { wallMs, cpuMs: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0 };
}

const times = new Map();
const record = (name, t) => {
  if (!times.has(name)) times.set(name, []);
  times.get(name).push(t);
};

for (let r = 1; r <= rounds; r++) {
  for (const [i, c] of checkouts.entries()) {
    const tag = `${r}-${i}`;
    const cache = join(work, `cache-${tag}`);
    const out = (name) => join(work, `out-${tag}-${name}`);
    const report = (data, to) => ['bin/chitieu.js', 'report', '--data', data, '--out', to];
    const off = { CHITIEU_CACHE: 'off' };
    const own = { CHITIEU_CACHE_DIR: cache };
    log(`round ${r}/${rounds}${c.label}: notebooks alone, cold`);
    record(
      `notebooks alone, cold${c.label}`,
      run(c.dir, ['scripts/notebooks-build.mjs', '--data', 'data', '--out', out('nb'), '--quiet'], off),
    );
    log(`round ${r}/${rounds}${c.label}: pack, cold`);
    record(`pack, cold${c.label}`, run(c.dir, report('data', out('cold')), off));
    // The caches of a first run, then the same pack again.
    run(c.dir, report('data', out('first')), own);
    log(`round ${r}/${rounds}${c.label}: pack, again`);
    record(`pack, again${c.label}`, run(c.dir, report('data', out('again')), own));
    // The caches as the month's pack left them, for each case that starts from there.
    const left = (name) => {
      const to = join(work, `cache-${tag}-${name}`);
      cpSync(cache, to, { recursive: true });
      return { CHITIEU_CACHE_DIR: to };
    };
    const [forUpdate, forUpdateAndMonth] = [left('update'), left('update-month')];
    log(`round ${r}/${rounds}${c.label}: pack, a new month`);
    record(`pack, a new month${c.label}`, run(c.dir, report(monthData, out('month')), own));
    log(`round ${r}/${rounds}${c.label}: pack, an updated toolkit`);
    record(`pack, an updated toolkit${c.label}`, run(c.updated, report('data', out('update')), forUpdate));
    log(`round ${r}/${rounds}${c.label}: pack, an updated toolkit and a new month`);
    record(
      `pack, an updated toolkit and a new month${c.label}`,
      run(c.updated, report(monthData, out('update-month')), forUpdateAndMonth),
    );
    for (const name of readdirSync(work).filter((f) => f.startsWith(`out-${tag}-`) || f.startsWith(`cache-${tag}`)))
      rmSync(join(work, name), { recursive: true, force: true });
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const sec = (ms) => (ms / 1000).toFixed(2);
const range = (xs) => `${sec(Math.min(...xs))}-${sec(Math.max(...xs))}`;
const rows = [];
for (const [name, ts] of times) {
  const wall = ts.map((t) => t.wallMs);
  const cpu = ts.map((t) => t.cpuMs).filter((x) => x !== null);
  rows.push({
    name,
    wallMs: wall,
    cpuMs: cpu,
    wallMedianMs: median(wall),
    cpuMedianMs: cpu.length ? median(cpu) : null,
  });
}
console.log(
  `\nThe pack against the notebook build alone (${rounds} rounds, interleaved; seconds; load ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')})\n`,
);
console.log('| case | wall: median (range) | CPU: median (range) | wall / notebooks alone, cold |');
console.log('|---|---|---|---|');
const ratios = {};
for (const row of rows) {
  const label = checkouts.find((c) => c.label && row.name.endsWith(c.label))?.label ?? '';
  const nb = rows.find((x) => x.name === `notebooks alone, cold${label}`);
  const ratio = row.wallMedianMs / nb.wallMedianMs;
  ratios[row.name] = ratio;
  const cpu = row.cpuMedianMs === null ? 'n/a' : `${sec(row.cpuMedianMs)} (${range(row.cpuMs)})`;
  console.log(`| ${row.name} | ${sec(row.wallMedianMs)} (${range(row.wallMs)}) | ${cpu} | ${ratio.toFixed(2)} |`);
}
console.log(`\nGoal: a pack at most ${GOAL_RATIO} times the notebook build alone and under ${GOAL_SECONDS} s.`);
for (const row of rows.filter(
  (x) => x.name.startsWith('pack') && !checkouts.some((c) => c.label && x.name.endsWith(c.label)),
)) {
  const met = ratios[row.name] <= GOAL_RATIO && row.wallMedianMs < GOAL_SECONDS * 1000;
  console.log(
    `  ${row.name}: ${met ? 'met' : 'not met'} (${sec(row.wallMedianMs)} s, ${ratios[row.name].toFixed(2)}×)`,
  );
}
const result = {
  date: new Date().toISOString(),
  node: process.version,
  loadavg: loadavg(),
  rounds,
  newMonth,
  goal: { ratio: GOAL_RATIO, seconds: GOAL_SECONDS },
  cases: rows,
  ratios,
};
writeFileSync(resolve(root, values.results), `${JSON.stringify(result, null, 2)}\n`);
rmSync(work, { recursive: true, force: true });
