// The notebooks' computing after a change of year or area, replayed in Node (issue [Q] goal 5: under 50 ms of
// computing per change). Each page's computing cells (bench/notebooks-entry.ts: the same calls as the page, chart
// builds included, drawing left out) run on the bundled data/ as the browser check walks them: the page opens
// (not counted), then each change of year or area. CPU time (process.cpuUsage, user + system) is the figure,
// since the machine is shared; the median of `--runs` runs on a fresh data set each, so per-data-set memos start
// cold when a page opens, as in a browser. Between changes each page's idle work (its prefetchYears call) runs,
// not counted, as in the browser; --no-prefetch leaves it out. Not a test.
//
//   node bench/notebooks.mjs [--runs 5] [--page overview.html] [--steps] [--no-prefetch] [--profile out.cpuprofile]
//
// The entry is bundled with esbuild into bench/.work/notebooks-bundle.mjs (dependencies stay external).
import { bundleEntry } from './bundle-entry.mjs';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Session } from 'node:inspector/promises';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'bench', '.work');
const bundle = join(work, 'notebooks-bundle.mjs');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    page: { type: 'string' },
    steps: { type: 'boolean', default: false },
    'no-prefetch': { type: 'boolean', default: false },
    profile: { type: 'string' },
  },
});
const runs = Number(values.runs);

await bundleEntry('notebooks', bundle);
const { replay } = await import(pathToFileURL(bundle).href);
const dataDir = join(root, 'data');

let session = null;
if (values.profile) {
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}
const all = [];
for (let k = 0; k < runs; k++) all.push(await replay(dataDir, values.page, !values['no-prefetch']));
if (session) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(values.profile, JSON.stringify(profile));
  console.error(`profile written to ${values.profile}`);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log(
  `computing after a change (median of ${runs} runs; ${values['no-prefetch'] ? 'no idle work' : 'idle work between changes'}; load average ${loadavg()[0].toFixed(2)})`,
);
console.log(`${'change'.padEnd(52)} ${'CPU ms'.padStart(8)} ${'wall ms'.padStart(8)} ${'1st run CPU'.padStart(12)}`);
const first = all[0];
for (let i = 0; i < first.length; i++) {
  const row = first[i];
  const cpu = median(all.map((r) => r[i].cpuMs));
  const wall = median(all.map((r) => r[i].wallMs));
  // The first run's code is not yet optimised by V8, as in a page that has just opened.
  console.log(
    `${`${row.page} ${row.change}`.padEnd(52)} ${cpu.toFixed(1).padStart(8)} ${wall.toFixed(1).padStart(8)} ${row.cpuMs.toFixed(1).padStart(12)}`,
  );
  if (values.steps) {
    const labels = [...new Set(row.steps.map((s) => s.label))];
    for (const label of labels) {
      const cpuOf = (r) => r[i].steps.filter((s) => s.label === label).reduce((sum, s) => sum + s.cpuMs, 0);
      const c = median(all.map(cpuOf));
      if (c >= 0.5) console.log(`    ${label.padEnd(44)} ${c.toFixed(1).padStart(8)}`);
    }
  }
}
