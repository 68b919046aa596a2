// The long fuzzing campaign: `npm run fuzz [-- --runs N] [-- --seed S]`.
// Runs test/node/io/fuzz.test.ts with many more cases than `npm test` (20,000 by default) and a random
// seed, then prints how many cases ran and their outcomes. A failure prints fast-check's seed and the
// shrunk counterexample; rerun it with `npm run fuzz -- --seed S --runs N`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '20000' }, seed: { type: 'string' } },
});
const runs = Number(values.runs);
const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
if (!Number.isInteger(runs) || runs < 3 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- [--runs N (>= 3)] [--seed S]');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'chitieu-fuzz-'));
const report = join(dir, 'report.json');
console.log(`fuzz: ${runs} cases, seed ${seed}`);
const started = Date.now();
const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'test/node/io/fuzz.test.ts'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    CHITIEU_FUZZ_RUNS: String(runs),
    CHITIEU_FUZZ_SEED: String(seed),
    CHITIEU_FUZZ_REPORT: report,
  },
});
const seconds = ((Date.now() - started) / 1000).toFixed(1);

let summary = null;
try {
  summary = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  // no report: the run stopped before its end (the failure is printed above)
}
rmSync(dir, { recursive: true, force: true });
if (summary !== null) {
  console.log(`\nfuzz: ${summary.cases} cases run in ${seconds} s (seed ${summary.seed})`);
  for (const [target, t] of Object.entries(summary.targets)) {
    const codes = Object.entries(t.codes)
      .sort((a, b) => b[1] - a[1])
      .map(([c, n]) => `${c} ${n}`)
      .join(', ');
    console.log(
      `  ${target.padEnd(10)} ${String(t.cases).padStart(7)} cases: ${t.loaded} loaded, ${t.refused} refused${codes ? ` (${codes})` : ''}`,
    );
  }
  console.log(
    run.status === 0
      ? '  exceptions: none; every case gave a data set or problems'
      : '  FAILED: see the counterexample above',
  );
}
process.exit(run.status ?? 1);
