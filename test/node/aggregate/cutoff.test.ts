import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERIOD_CONVENTIONS } from '../../../src/core/periods/registry.ts';
import { aggregateRecords } from '../../../src/node/aggregate/aggregate.ts';
import { AREAS_CSV, casesCsv, folderWith } from './helpers.ts';

// Cases of district 436 in police month 3/2024 (15/2 to 14/3/2024), cleared at different times.
const CASES = casesCsv([
  ['2024-02-20', '436', 'drugs', 'serious', '2024-02-25'], // cleared within the month
  ['2024-02-21', '436', 'drugs', 'serious', '2024-05-10'], // cleared two months later
  ['2024-02-22', '436', 'drugs', 'serious', '2024-06-30'], // cleared on the cut-off day
  ['2024-02-23', '436', 'drugs', 'serious', '2024-07-01'], // cleared the day after the cut-off
  ['2024-02-24', '436', 'drugs', 'serious', ''], // not cleared
  ['2024-06-30', '436', 'drugs', 'serious', '2024-06-30'], // the cut-off day itself: police month 7/2024
  ['2024-07-02', '436', 'drugs', 'serious', '2024-07-03'], // after the cut-off: left out (police month 7 too)
]);

async function run(cutoff: string | null) {
  const dir = folderWith({ 'areas.csv': AREAS_CSV, 'cases.csv': CASES });
  const result = await aggregateRecords({
    cases: join(dir, 'cases.csv'),
    areas: join(dir, 'areas.csv'),
    cutoff,
    convention: PERIOD_CONVENTIONS.police,
    lang: 'en',
  });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result;
}

describe('the reporting cut-off', () => {
  it('counts a case as cleared when cleared by the cut-off, in the month it occurred (the cohort)', async () => {
    const result = await run('2024-06-30');
    expect(result.tables.criminal_cases).toEqual([
      { year: 2024, month: 3, area_code: '436', crime_group: 'drugs', severity: 'serious', occurred: 5, cleared: 3 },
      { year: 2024, month: 7, area_code: '436', crime_group: 'drugs', severity: 'serious', occurred: 1, cleared: 1 },
    ]);
    expect(result.summary.cases).toMatchObject({ records: 7, afterCutoff: 1, occurred: 6, cleared: 4 });
  });

  it('an earlier cut-off clears fewer of the same cohort', async () => {
    const result = await run('2024-04-30');
    expect(result.tables.criminal_cases).toEqual([
      { year: 2024, month: 3, area_code: '436', crime_group: 'drugs', severity: 'serious', occurred: 5, cleared: 1 },
    ]);
  });

  it('without a cut-off, every date in the file counts', async () => {
    const result = await run(null);
    expect(result.tables.criminal_cases.map((r) => [r.month, r.occurred, r.cleared])).toEqual([
      [3, 5, 4],
      [7, 2, 2],
    ]);
    expect(result.summary.cutoff).toBeNull();
  });
});
