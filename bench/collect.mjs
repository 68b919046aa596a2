// `npm run bench` (and `node bench/collect.mjs` after a build): times the monthly collection cycle as the
// statistics desk runs it, each command a fresh `node bin/chitieu.js` process (Node's start, loading and
// validating data/ included):
//   1. chitieu forms   --period 2026-11 for all 69 units                          goal: under 3 s
//   2. chitieu collect of the 69 returns, filled beforehand (not timed) with
//      each unit's figures (bench/collect-entry.ts)                              goal: under 3 s
// on a copy of data/ in bench/.work/collect/. Results in bench/collect-results.json.
import { bundleEntry } from './bundle-entry.mjs';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, 'bench', '.work', 'collect');
const runs = Number(process.env.BENCH_RUNS ?? 3);

/** CPU seconds (user + system) of each run too, when GNU time is there: the measure a shared machine bends least. */
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const cpuTimes = { forms: [], collect: [] };

function chitieu(args) {
  const t0 = process.hrtime.bigint();
  const command = [process.execPath, join(root, 'bin', 'chitieu.js'), ...args];
  const r = gnuTime
    ? spawnSync(gnuTime, ['-f', 'CPU %U %S', ...command], { encoding: 'utf8' })
    : spawnSync(command[0], command.slice(1), { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`chitieu ${args[0]} exited ${r.status}: ${r.stderr}`);
  const cpu = /CPU ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr ?? '');
  if (cpu) cpuTimes[args[0]].push(Number(cpu[1]) + Number(cpu[2]));
  return seconds;
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const bundle = join(work, 'collect-bundle.mjs');
await bundleEntry('collect', bundle);
const { fillAll } = await import(pathToFileURL(bundle).href);

const formsTimes = [];
const collectTimes = [];
for (let i = 0; i < runs; i++) {
  const data = join(work, `data-${i}`);
  const forms = join(work, `forms-${i}`);
  const inbox = join(work, `inbox-${i}`);
  cpSync(join(root, 'data'), data, { recursive: true });
  mkdirSync(inbox, { recursive: true });
  formsTimes.push(chitieu(['forms', '--data', data, '--period', '2026-11', '--out', forms]));
  await fillAll(data, forms, inbox, 2026, 11);
  collectTimes.push(chitieu(['collect', '--data', data, '--inbox', inbox, '--period', '2026-11']));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const result = {
  machine: { cores: cpus().length, load: loadavg()[0] },
  runs,
  forms_69_units_seconds: { median: median(formsTimes), all: formsTimes },
  collect_69_returns_seconds: { median: median(collectTimes), all: collectTimes },
  forms_69_units_cpu_seconds: cpuTimes.forms.length ? { median: median(cpuTimes.forms), all: cpuTimes.forms } : null,
  collect_69_returns_cpu_seconds: cpuTimes.collect.length
    ? { median: median(cpuTimes.collect), all: cpuTimes.collect }
    : null,
  goal_seconds: 3,
};
writeFileSync(join(root, 'bench', 'collect-results.json'), `${JSON.stringify(result, null, 2)}\n`);
const cpuText = (xs) => (xs.length ? `, CPU ${median(xs).toFixed(2)} s` : '');
console.log(`load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
console.log(
  `forms, 69 units:     ${median(formsTimes).toFixed(2)} s wall${cpuText(cpuTimes.forms)} (median of ${runs}; goal < 3 s)`,
);
console.log(
  `collect, 69 returns: ${median(collectTimes).toFixed(2)} s wall${cpuText(cpuTimes.collect)} (median of ${runs}; goal < 3 s)`,
);
rmSync(work, { recursive: true, force: true });
