// Start-up of the command line: `chitieu --help`, `validate` and `indicators` on the bundled data, each run as a
// user runs it (a new process: `node bin/chitieu.js ...`), against Node's own start (`node -e 0`), in one run,
// interleaved, so that the machine's load touches every command alike.
//
//   node bench/startup.mjs [--runs 20] [--results bench/startup-results.json] [--compare DIR] [--env as-is] [--profile N]
//
// Wall time is spawn to exit; CPU time is the child's user + system time, from the kernel's accounting of finished
// children (/proc/self/stat, cutime + cstime, in 10 ms ticks: read the medians, not single runs).
// The data-folder cache (~/.cache/chitieu) is warmed once first, as a user's second run finds it.
import { spawnSync } from 'node:child_process';
import { childrenCpuMs } from './children-cpu.mjs';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    results: { type: 'string', default: 'bench/startup-results.json' },
    // Another checkout, built (e.g. `git worktree add /tmp/base REV && cd /tmp/base && npm run build`): its
    // commands run interleaved with these, for a before-and-after in one run.
    compare: { type: 'string' },
    // `as-is`: run only with the environment as it is (see extraCa below).
    env: { type: 'string' },
    // N: also profile each chitieu command N times (node --cpu-prof, 0.1 ms samples) and print where its time
    // goes, by part (the medians of the N runs).
    profile: { type: 'string' },
  },
});
const runs = Number(values.runs);
const cli = join(root, 'bin', 'chitieu.js');
const data = join(root, 'data');

const commands = (bin, label) => [
  { name: `chitieu --help${label}`, argv: [bin, '--help'] },
  { name: `chitieu validate --data data${label}`, argv: [bin, 'validate', '--data', data] },
  {
    name: `chitieu indicators --data data --year 2025${label}`,
    argv: [bin, 'indicators', '--data', data, '--year', '2025'],
  },
];
const OWN = [
  { name: 'node -e 0 (Node alone)', argv: ['-e', '0'] },
  ...commands(cli, ''),
  ...(values.compare ? commands(join(resolve(values.compare), 'bin', 'chitieu.js'), ` [${values.compare}]`) : []),
];
// A machine whose environment sets NODE_EXTRA_CA_CERTS (this project's build machine sets it to the whole system
// bundle) makes every Node process parse those certificates before any script runs: about 40 ms of `node -e 0`
// here. The office's machines do not set it: every case also runs without it (`--env as-is` to skip).
const extraCa = process.env.NODE_EXTRA_CA_CERTS && values.env !== 'as-is';
const withoutCa = { ...process.env };
delete withoutCa.NODE_EXTRA_CA_CERTS;
const CASES = [
  ...OWN,
  ...(extraCa ? OWN.map((c) => ({ ...c, name: `${c.name} (no NODE_EXTRA_CA_CERTS)`, env: withoutCa })) : []),
];

for (const c of CASES) spawnSync(process.execPath, c.argv, { stdio: 'ignore', env: c.env }); // warm the caches and disk
const samples = new Map(CASES.map((c) => [c.name, { wall: [], cpu: [] }]));
const before = loadavg()[0];
for (let i = 0; i < runs; i++) {
  for (const c of CASES) {
    const cpu0 = childrenCpuMs();
    const t0 = performance.now();
    const run = spawnSync(process.execPath, c.argv, { stdio: 'ignore', env: c.env });
    const wall = performance.now() - t0;
    if (run.status !== 0) throw new Error(`${c.name} exited with ${run.status}`);
    samples.get(c.name).wall.push(wall);
    samples.get(c.name).cpu.push(childrenCpuMs() - cpu0);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const min = (xs) => Math.min(...xs);
const rows = CASES.map((c) => {
  const s = samples.get(c.name);
  const node = samples.get(c.env ? `${CASES[0].name} (no NODE_EXTRA_CA_CERTS)` : CASES[0].name);
  return {
    command: c.name,
    wall_min_ms: Math.round(min(s.wall)),
    wall_median_ms: Math.round(median(s.wall)),
    cpu_median_ms: Math.round(median(s.cpu)),
    beyond_node_min_ms: Math.round(min(s.wall) - min(node.wall)),
    vs_node_median: Number((median(s.wall) / median(node.wall)).toFixed(2)),
  };
});
const result = {
  what: 'Start-up of chitieu commands against node -e 0, one process per run, interleaved (bench/startup.mjs).',
  date: new Date().toISOString(),
  node: process.version,
  runs,
  node_extra_ca_certs: process.env.NODE_EXTRA_CA_CERTS ?? null,
  loadavg: { before, after: loadavg()[0] },
  rows,
};
console.log(`start-up, ${runs} runs each, load ${before.toFixed(1)} -> ${loadavg()[0].toFixed(1)}`);
console.log('command                                        wall min  median  CPU median  beyond Node  / Node');
for (const r of rows)
  console.log(
    `${r.command.padEnd(46).slice(0, 80)} ${String(r.wall_min_ms).padStart(6)} ms ${String(r.wall_median_ms).padStart(5)} ms ${String(r.cpu_median_ms).padStart(7)} ms ${String(r.beyond_node_min_ms).padStart(8)} ms ${String(r.vs_node_median).padStart(6)}`,
  );

/**
 * The part of a run a profile sample belongs to, from its stack (leaf first): V8's own entries (garbage
 * collection, idle, program), else the first frame that says what the work is for: compiling and linking
 * modules (Node's ESM loader), evaluating Node's built-in modules, or the toolkit's code in dist/ (its
 * reading of the cache, computing and printing); what is left is Node's start and exit.
 */
function partOf(stack) {
  const leaf = stack[0].functionName;
  if (leaf === '(garbage collector)') return 'garbage collection';
  if (leaf === '(idle)') return 'idle (waiting for the system)';
  if (leaf === '(program)') return 'V8 outside JavaScript (program)';
  for (const f of stack) {
    if (f.url.startsWith('node:internal/modules/esm') || f.functionName === 'compileSourceTextModule')
      return 'loading and compiling modules';
    if (f.url.includes('/dist/')) return "the toolkit's code (its modules' set-up, the cache, computing, printing)";
    if (f.functionName === 'compileForInternalLoader' || f.functionName === 'requireBuiltin')
      return "Node's built-in modules";
  }
  return "Node's start and the rest";
}

/** ms by part of one .cpuprofile. */
function profileParts(file) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const parts = new Map();
  profile.samples.forEach((id, i) => {
    const stack = [];
    for (let at = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at).callFrame);
    const part = partOf(stack);
    parts.set(part, (parts.get(part) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return parts;
}

const profileRuns = Number(values.profile ?? 0);
if (profileRuns > 0) {
  const profiled = {};
  for (const c of CASES.filter((x) => x.name.startsWith('chitieu'))) {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-prof-'));
    const runsParts = [];
    for (let i = 0; i < profileRuns; i++) {
      spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', dir, ...c.argv], {
        stdio: 'ignore',
        env: c.env,
      });
    }
    for (const f of readdirSync(dir)) runsParts.push(profileParts(join(dir, f)));
    rmSync(dir, { recursive: true, force: true });
    const names = [...new Set(runsParts.flatMap((p) => [...p.keys()]))];
    const medians = Object.fromEntries(
      names.map((n) => [n, Number(median(runsParts.map((p) => p.get(n) ?? 0)).toFixed(1))]).sort((a, b) => b[1] - a[1]),
    );
    medians.total = Number(median(runsParts.map((p) => [...p.values()].reduce((a, b) => a + b, 0))).toFixed(1));
    profiled[c.name] = medians;
    console.log(`\n${c.name}: where the sampled time goes (ms, median of ${runsParts.length} profiled runs)`);
    for (const [n, ms] of Object.entries(medians)) console.log(`  ${String(ms).padStart(7)}  ${n}`);
  }
  result.profile = { runs: profileRuns, parts: profiled };
}
writeFileSync(resolve(root, values.results), `${JSON.stringify(result, null, 2)}\n`);
