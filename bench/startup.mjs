// Start-up of the command line: `chitieu --help`, `validate` and `indicators` on the bundled data, each run as a
// user runs it (a new process: `node bin/chitieu.js ...`), against Node's own start (`node -e 0`), in one run,
// interleaved, so that the machine's load touches every command alike.
//
//   node bench/startup.mjs [--runs 20] [--results bench/startup-results.json] [--compare DIR] [--env as-is]
//
// Wall time is spawn to exit; CPU time is the child's user + system time, from the kernel's accounting of finished
// children (/proc/self/stat, cutime + cstime, in 10 ms ticks: read the medians, not single runs).
// The data-folder cache (~/.cache/chitieu) is warmed once first, as a user's second run finds it.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
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

/** User + system CPU time of this process's finished children, in ms (/proc/self/stat fields 16 and 17). */
function childrenCpuMs() {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  const ticks = Number(fields[13]) + Number(fields[14]);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

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
writeFileSync(resolve(root, values.results), `${JSON.stringify(result, null, 2)}\n`);
