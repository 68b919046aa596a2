import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateRecords } from '../../../src/node/aggregate/aggregate.ts';
import { generateCaseFiles } from '../../../src/node/aggregate/generate-cases.ts';
import { builtInRateSource } from '../../../src/node/aggregate/rate-source.ts';
import { areasCsv } from '../../../src/node/aggregate/write-tables.ts';
import { tempDir } from './helpers.ts';

describe('a generated case file', () => {
  const source = builtInRateSource();

  it("aggregates back to the table it was generated from (the source's own size)", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'areas.csv'), areasCsv(source.areas));
    const generated = await generateCaseFiles(source, { out: join(dir, 'cases.csv'), seed: 11 });
    expect(generated.skippedRows).toBe(0);
    const result = await aggregateRecords({
      cases: join(dir, 'cases.csv'),
      areas: join(dir, 'areas.csv'),
      cutoff: source.cutoff,
      convention: source.convention,
    });
    if (!result.ok) throw new Error(result.problems[0]!.message);
    // The bundled generator's own criminal_cases, without its rows of zero occurred.
    const want = source.criminalCases
      .filter((r) => r.occurred > 0)
      .map(({ year, month, area_code, crime_group, severity, occurred, cleared }) => ({
        year,
        month,
        area_code,
        crime_group,
        severity,
        occurred,
        cleared,
      }));
    expect(result.tables.criminal_cases).toEqual(want);
    // Some clearances fall after the cut-off: without it, more cases count as cleared.
    const all = await aggregateRecords({
      cases: join(dir, 'cases.csv'),
      areas: join(dir, 'areas.csv'),
      convention: source.convention,
    });
    if (!all.ok) throw new Error('refused');
    expect(all.summary.cases.cleared).toBeGreaterThan(result.summary.cases.cleared);
  });

  it('of any size aggregates to the counts the generator reports, in Parquet too', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'areas.csv'), areasCsv(source.areas));
    const generated = await generateCaseFiles(source, {
      rows: 50_000,
      format: 'parquet',
      out: join(dir, 'cases.parquet'),
    });
    expect(generated.cases).toBe(50_000);
    const result = await aggregateRecords({
      cases: join(dir, 'cases.parquet'),
      areas: join(dir, 'areas.csv'),
      cutoff: source.cutoff,
      convention: source.convention,
    });
    if (!result.ok) throw new Error(result.problems[0]!.message);
    const key = (r: { year: number; month: number | null; area_code: string; crime_group: string; severity: string }) =>
      `${r.year}-${r.month}-${r.area_code}-${r.crime_group}-${r.severity}`;
    const sorted = <T extends Parameters<typeof key>[0]>(rows: T[]) =>
      [...rows].sort((a, b) => (key(a) < key(b) ? -1 : 1));
    expect(sorted(result.tables.criminal_cases)).toEqual(sorted(generated.expected));
  });

  it('numbers the cases out of file order with ids scattered, the same ids unique and the same counts', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'areas.csv'), areasCsv(source.areas));
    const options = { rows: 5000, seed: 3 };
    await generateCaseFiles(source, { ...options, out: join(dir, 'ascending.csv') });
    await generateCaseFiles(source, { ...options, out: join(dir, 'scattered.csv'), ids: 'scattered' });
    const ids = readFileSync(join(dir, 'scattered.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]!);
    expect(new Set(ids).size).toBe(5000);
    expect(ids.slice(0, 3)).toEqual(['HS-00012346', 'HS-00060617', 'HS-00108888']);
    const read = async (name: string) =>
      aggregateRecords({ cases: join(dir, name), areas: join(dir, 'areas.csv'), cutoff: source.cutoff });
    const [a, b] = [await read('ascending.csv'), await read('scattered.csv')];
    if (!a.ok || !b.ok) throw new Error('refused');
    expect(b.tables).toEqual(a.tables);
  });
});
