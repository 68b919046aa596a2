/**
 * Every indicator against an independent implementation in base R (test/reference/indicators.R).
 *
 * The R output for the bundled data and the minimal fixture is committed in test/reference/r-output/
 * (made by `Rscript test/reference/indicators.R DIR YEAR [AREA] > FILE`), so this test runs without R;
 * when Rscript is on the machine (CI installs it), R is also run live and must agree with the committed
 * output.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TARGET_SETS } from '../../../src/core/targets/registry.ts';
import { computeIndicators } from '../../../src/core/indicators/compute.ts';
import { YearIndex } from '../../../src/core/indicators/measure.ts';
import { loadDataFolder } from '../../../src/node/io/load.ts';
import { ROOT } from '../../helpers/cli.ts';

interface Case {
  name: string;
  dir: string;
  year: number;
  area?: string;
}
const CASES: Case[] = [
  { name: 'minimal-2024', dir: 'test/fixtures/minimal', year: 2024 },
  ...[2021, 2022, 2024, 2025, 2026].map((year) => ({ name: `data-${year}`, dir: 'data', year })),
  { name: 'data-2024-436', dir: 'data', year: 2024, area: '436' },
  { name: 'data-2025-436', dir: 'data', year: 2025, area: '436' },
  { name: 'data-2025-447', dir: 'data', year: 2025, area: '447' },
  // a district abolished on 30/6/2025, asked for 2026: no figure at all, never zeros
  { name: 'data-2026-436', dir: 'data', year: 2026, area: '436' },
  // a ward set up on 1/7/2025: 2026 against the same months (7-10) of 2025; no 2021 to compare with
  { name: 'data-2026-18073', dir: 'data', year: 2026, area: '18073' },
];
const rAvailable = spawnSync('Rscript', ['--version']).status === 0;

function parseROutput(text: string) {
  const [header, ...lines] = text.trim().split('\n');
  const cols = (header as string).split(',').map((c) => c.replace(/"/g, ''));
  return lines.map((line) => {
    const cells = line.split(',').map((c) => c.replace(/"/g, ''));
    const row = Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
    const num = (k: string) => (row[k] === '' || row[k] === 'NA' ? null : Number(row[k]));
    return {
      id: row.id as string,
      breakdown: row.breakdown as string,
      value: num('value'),
      numerator: num('numerator'),
      denominator: num('denominator'),
      lo: num('lo'),
      hi: num('hi'),
      status: row.status as string,
    };
  });
}

const rFile = (c: Case) => join(ROOT, 'test/reference/r-output', `${c.name}.csv`);

describe.each(CASES)('indicators of $name equal R', (c) => {
  it.runIf(existsSync(join(ROOT, c.dir, 'areas.csv')))('matches the committed R output', async () => {
    const loaded = await loadDataFolder(join(ROOT, c.dir));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    // indicators.R judges against the provincial programme 2021-2025 (its thresholds are written in it)
    const ours = computeIndicators(loaded.data, {
      year: c.year,
      ...(c.area ? { area: c.area } : {}),
      index: new YearIndex(loaded.data),
      targets: TARGET_SETS['programme-2021-2025']!,
    });
    const expected = parseROutput(readFileSync(rFile(c), 'utf8'));
    expect(ours.results).toHaveLength(expected.length);
    for (const [i, r] of expected.entries()) {
      const o = ours.results[i]!;
      const breakdown = Object.entries(o.breakdown)
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
      const where = `${r.id} ${r.breakdown}`;
      expect(`${o.id} ${breakdown}`, where).toBe(where);
      expect(o.status, where).toBe(r.status);
      if (r.status === 'no_data') continue;
      expect(o.numerator, where).toBe(r.numerator);
      expect(o.denominator, where).toBe(r.denominator);
      expect(o.value!, where).toBeCloseTo(r.value!, 12);
      if (r.lo === null) expect(o.ci95, where).toBeNull();
      else {
        expect(o.ci95![0], where).toBeCloseTo(r.lo, 9);
        expect(o.ci95![1], where).toBeCloseTo(r.hi!, 9);
      }
    }
  });

  it.runIf(rAvailable && existsSync(join(ROOT, c.dir, 'areas.csv')))('R run now gives the committed output', () => {
    const args = [
      join(ROOT, 'test/reference/indicators.R'),
      join(ROOT, c.dir),
      String(c.year),
      ...(c.area ? [c.area] : []),
    ];
    const run = spawnSync('Rscript', args, { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(readFileSync(rFile(c), 'utf8'));
  });
});
