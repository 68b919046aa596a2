import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../src/core/indicators/compute.ts';
import { dataSetFrom } from '../../src/core/tables/from-input.ts';
import { resultsToDataFrame } from '../../src/node/danfo.ts';
import { AREAS } from '../helpers/dataset.ts';

const CASES = [
  { year: 2024, area_code: '101', crime_group: 'social_order', severity: 'serious', occurred: 40, cleared: 33 },
  { year: 2024, area_code: '102', crime_group: 'drugs', severity: 'very_serious', occurred: 10, cleared: 10 },
];

describe('danfo.js and Arquero inputs and outputs', () => {
  it('computes the same from plain rows, an Arquero table and a danfo.js DataFrame', async () => {
    const aq = await import('arquero');
    const { default: dfd } = await import('danfojs-node');
    const fromRows = computeIndicators(dataSetFrom({ areas: AREAS, criminal_cases: CASES }), { year: 2024 });
    const fromArquero = computeIndicators(dataSetFrom({ areas: aq.from(AREAS), criminal_cases: aq.from(CASES) }), {
      year: 2024,
    });
    const fromDanfo = computeIndicators(dataSetFrom({ areas: AREAS, criminal_cases: new dfd.DataFrame(CASES) }), {
      year: 2024,
    });
    const clearance = (r: typeof fromRows) => r.results.find((x) => x.id === 'clearance_rate');
    expect(clearance(fromRows)).toMatchObject({ numerator: 43, denominator: 50, status: 'met' });
    expect(fromArquero).toEqual(fromRows);
    expect(fromDanfo).toEqual(fromRows);
  });

  it('returns results as a DataFrame, one row per result', async () => {
    const report = computeIndicators(dataSetFrom({ areas: AREAS, criminal_cases: CASES }), { year: 2024 });
    const df = await resultsToDataFrame(report);
    expect(df.shape).toEqual([report.results.length, 10]);
    expect(df.columns).toContain('ci_low');
    const ids = df['id'].values as string[];
    expect(ids[3]).toBe('clearance_rate');
  });
});
