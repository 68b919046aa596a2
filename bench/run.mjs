// `npm run bench`: case-level records into the contract's criminal_cases table, 1 and 5 million
// records by default (10 and 20 million with --sizes 10,20), CSV and Parquet, by every engine, each run in its own process (wall time measured here,
// peak memory as the child's maxRSS). Prints a table and writes bench/results.json. Not a test.
//
//   npm run bench [-- --sizes 1,5] [--engines chitieu,duckdb,danfo,...] [--reps 5] [--fresh] [--huge] [--scattered]
//                 [--results bench/results.json] [--work bench/.work]
//
// --results and --work: a relative path is taken from the project root, an absolute one as it is.
// Engines: chitieu (the library, dist/aggregate.js), chitieu-cli (the `chitieu aggregate` command),
// duckdb (the anchor: one SQL query), arquero (a candidate engine), danfo (danfo.js groupby).
// Each engine runs `--reps` times per file (default 5; danfo and arquero once: minutes each); the median wall
// time is reported, runs interleaved across engines so that a busy machine weighs on all alike.
// --scattered adds each size's Parquet file with its case ids out of file order ('parquet-scattered'):
// ids in order are checked for duplicates without hashing (src/node/aggregate/id-order.ts), others are hashed.
// --huge also aggregates a 10-million-row CSV (about 600 MB, above the 512 MB a JavaScript string
// holds) with chitieu alone: the check that big files stream.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    work: { type: 'string', default: join('bench', '.work') },
    sizes: { type: 'string', default: '1,5' },
    engines: { type: 'string', default: 'chitieu,chitieu-cli,duckdb,arquero,danfo' },
    reps: { type: 'string', default: '5' },
    fresh: { type: 'boolean', default: false },
    huge: { type: 'boolean', default: false },
    scattered: { type: 'boolean', default: false },
    results: { type: 'string', default: join('bench', 'results.json') },
  },
});
const sizes = values.sizes.split(',').map(Number);
const engines = values.engines.split(',');
const reps = Number(values.reps);
const SLOW = new Set(['arquero', 'danfo']);
/** Where the results go: a relative path is taken from the project root, an absolute one as it is. */
const resultsPath = resolve(root, values.results);
/** The generated files and the engines' outputs (kept between runs unless --fresh). */
const work = resolve(root, values.work);
/** Heap for the engines that hold every row as JavaScript values. */
const BIG_HEAP = ['--max-old-space-size=20000'];

mkdirSync(work, { recursive: true });

function run(cmd, args, { quiet = false } = {}) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => {
      err += d;
      if (!quiet) process.stderr.write(d);
    });
    child.on('close', (code) => resolve({ code, out, err, wallMs: Number(process.hrtime.bigint() - started) / 1e6 }));
  });
}

// --- the files --------------------------------------------------------------------------------
const areas = join(work, 'areas.csv');
async function ensureFile(millions, format, ids = 'ascending') {
  const file = join(work, `cases-${millions}m${ids === 'scattered' ? '-scattered' : ''}.${format}`);
  const meta = `${file}.json`;
  if (!values.fresh && existsSync(file) && existsSync(meta) && existsSync(areas))
    return { file, ...JSON.parse(readFileSync(meta, 'utf8')) };
  process.stderr.write(`generating ${file} ...\n`);
  const expected = join(work, `expected-${millions}m.csv`);
  const r = await run('node', [
    'dist/generate-cases.js',
    '--rows',
    String(millions * 1e6),
    '--out',
    file,
    '--format',
    format,
    '--areas-out',
    areas,
    '--expected-out',
    expected,
    '--lang',
    'en',
    '--ids',
    ids,
  ]);
  if (r.code !== 0) throw new Error(`generator failed: ${r.err}`);
  const m = /periods: (\w+); cutoff: ([\d-]+)/.exec(r.out);
  const info = { rows: millions * 1e6, periods: m[1], cutoff: m[2], expected, generatedInMs: r.wallMs };
  writeFileSync(meta, JSON.stringify(info));
  return { file, ...info };
}

const files = [];
for (const millions of sizes) {
  for (const format of ['csv', 'parquet']) files.push({ millions, format, ...(await ensureFile(millions, format)) });
  // --scattered: the Parquet file again with its ids out of order (the duplicate-id check's longer way).
  if (values.scattered)
    files.push({ millions, format: 'parquet-scattered', ...(await ensureFile(millions, 'parquet', 'scattered')) });
}

// --- the runs ---------------------------------------------------------------------------------
function canonical(path) {
  if (!existsSync(path)) return null;
  const [, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  return lines
    .map((l) => l.trim())
    .sort()
    .join('\n');
}

const results = [];
for (const f of files) {
  const expected = canonical(f.expected);
  const runsOf = Object.fromEntries(engines.map((e) => [e, []]));
  const rounds = Math.max(...engines.map((e) => (SLOW.has(e) ? 1 : reps)));
  for (let round = 0; round < rounds; round++) {
    for (const engine of engines) {
      if (SLOW.has(engine) && round > 0) continue;
      const out = join(work, 'out', `${engine}-${f.millions}m-${f.format}`);
      rmSync(out, { recursive: true, force: true });
      const args = [
        ...(SLOW.has(engine) ? BIG_HEAP : []),
        'bench/child.mjs',
        engine,
        f.file,
        areas,
        out,
        f.cutoff,
        f.periods,
      ];
      process.stderr.write(`${engine} ${f.millions}M ${f.format} (run ${round + 1}) ... `);
      const r = await run('node', args, { quiet: true });
      const line = r.out.trim().split('\n').pop() ?? '';
      let report = null;
      try {
        report = JSON.parse(line);
      } catch {
        report = null;
      }
      const failed = r.code !== 0 || report === null;
      const same = failed ? null : canonical(join(out, 'criminal_cases.csv')) === expected;
      runsOf[engine].push({
        wallMs: r.wallMs,
        engineMs: report?.ms ?? null,
        cpuMs: report?.cpuMs ?? null,
        peakMB: report?.peakMB ?? null,
        failed,
        same,
        error: failed
          ? r.err
              .split('\n')
              .filter((l) => /Error|heap|memory/i.test(l))
              .slice(0, 3)
              .join(' | ')
          : null,
      });
      process.stderr.write(
        failed
          ? `FAILED (${runsOf[engine].at(-1).error})\n`
          : `${(r.wallMs / 1000).toFixed(2)} s, ${report.peakMB.toFixed(0)} MB, counts ${same ? 'match' : 'DIFFER'}\n`,
      );
    }
  }
  for (const engine of engines) {
    const runs = runsOf[engine];
    const ok = runs.filter((r) => !r.failed);
    const median = (xs) => {
      const s = [...xs].sort((a, b) => a - b);
      return s.length === 0 ? null : s[Math.floor((s.length - 1) / 2)];
    };
    results.push({
      engine,
      millions: f.millions,
      format: f.format,
      runs,
      wallMs: median(ok.map((r) => r.wallMs)),
      engineMs: median(ok.map((r) => r.engineMs)),
      cpuMs: median(ok.filter((r) => r.cpuMs !== null).map((r) => r.cpuMs)),
      peakMB: ok.length ? Math.max(...ok.map((r) => r.peakMB)) : null,
      sameCounts: ok.length ? ok.every((r) => r.same) : null,
      failed: ok.length === 0 ? (runs[0]?.error ?? 'failed') : null,
    });
  }
}

// --- the huge file ----------------------------------------------------------------------------
let huge = null;
if (values.huge) {
  const f = await ensureFile(10, 'csv');
  const out = join(work, 'out', 'chitieu-10m-csv');
  const { statSync } = await import('node:fs');
  const r = await run('node', ['bench/child.mjs', 'chitieu', f.file, areas, out, f.cutoff, f.periods], { quiet: true });
  const report = r.code === 0 ? JSON.parse(r.out.trim().split('\n').pop()) : null;
  huge = {
    rows: 1e7,
    bytes: statSync(f.file).size,
    wallMs: r.wallMs,
    peakMB: report?.peakMB ?? null,
    failed: r.code !== 0 ? r.err.slice(0, 500) : null,
    sameCounts: report ? canonical(join(out, 'criminal_cases.csv')) === canonical(f.expected) : null,
  };
}

// --- the report -------------------------------------------------------------------------------
const find = (engine, millions, format) =>
  results.find((r) => r.engine === engine && r.millions === millions && r.format === format);
const table = [];
for (const r of results) {
  const anchor = find('duckdb', r.millions, r.format);
  const danfo = find('danfo', r.millions, r.format);
  const one = find(r.engine, 1, r.format);
  table.push({
    engine: r.engine,
    rows: `${r.millions}M`,
    format: r.format,
    wall_s: r.wallMs === null ? null : +(r.wallMs / 1000).toFixed(2),
    engine_s: r.engineMs === null ? null : +(r.engineMs / 1000).toFixed(2),
    cpu_s: r.cpuMs === null ? null : +(r.cpuMs / 1000).toFixed(2),
    peak_MB: r.peakMB === null ? null : Math.round(r.peakMB),
    vs_duckdb: anchor?.wallMs && r.wallMs ? +(r.wallMs / anchor.wallMs).toFixed(2) : null,
    cpu_vs_duckdb: anchor?.cpuMs && r.cpuMs ? +(r.cpuMs / anchor.cpuMs).toFixed(2) : null,
    danfo_over_this: danfo?.wallMs && r.wallMs ? +(danfo.wallMs / r.wallMs).toFixed(1) : null,
    growth_vs_1M: r.millions !== 1 && one?.wallMs && r.wallMs ? +(r.wallMs / one.wallMs).toFixed(2) : null,
    same_counts: r.sameCounts,
    failed: r.failed,
  });
}

const header = [
  'engine',
  'rows',
  'format',
  'wall_s',
  'engine_s',
  'cpu_s',
  'peak_MB',
  'vs_duckdb',
  'cpu_vs_duckdb',
  'danfo_over_this',
  'growth_vs_1M',
  'same_counts',
];
const cell = (v) => (v === null || v === undefined ? '—' : String(v));
const rowsText = table.map((t) => header.map((h) => (h === 'wall_s' && t.failed ? 'FAILED' : cell(t[h]))));
const widths = header.map((h, i) => Math.max(h.length, ...rowsText.map((r) => r[i].length)));
const lines = [
  header.map((h, i) => h.padEnd(widths[i])).join('  '),
  widths.map((w) => '-'.repeat(w)).join('  '),
  ...rowsText.map((r) => r.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')),
];
process.stdout.write(`\n${lines.join('\n')}\n`);
process.stdout.write(
  'wall_s: median process wall time (spawn to exit, Node start included); engine_s: inside the process, import to output written;\n' +
    'cpu_s: median CPU time of the process (user + system, all threads); cpu_vs_duckdb: cpu_s / DuckDB cpu_s;\n' +
    'vs_duckdb: wall / DuckDB wall on the same file; danfo_over_this: danfo wall / this wall; growth_vs_1M: wall at this size / wall at 1M.\n',
);
if (huge)
  process.stdout.write(
    `10M-row CSV (${(huge.bytes / 1e6).toFixed(0)} MB): ${huge.failed ? `FAILED ${huge.failed}` : `${(huge.wallMs / 1000).toFixed(2)} s, ${Math.round(huge.peakMB)} MB peak, counts ${huge.sameCounts ? 'match' : 'DIFFER'}`}\n`,
  );

const machine = {
  node: process.version,
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
  memGB: Math.round(totalmem() / 2 ** 30),
  loadavg: (await import('node:os')).loadavg(),
};
writeFileSync(
  resultsPath,
  `${JSON.stringify({ when: new Date().toISOString(), machine, reps, files: files.map(({ millions, format, periods, cutoff }) => ({ millions, format, periods, cutoff })), table, huge, runs: results }, null, 2)}\n`,
);
process.stdout.write(`written ${resultsPath}\n`);
