import { describe, expect, it } from 'vitest';
import type { CriminalCaseRow } from '../../../src/core/types.ts';
import { dataYears, isCompleteYear, lastCompleteYear } from '../../../src/core/periods/data-years.ts';
import { makeDataSet } from '../../helpers/dataset.ts';

const monthly = (year: number, months: number): CriminalCaseRow[] =>
  Array.from({ length: months }, (_, i) => ({
    year,
    month: i + 1,
    area_code: '101',
    crime_group: 'other',
    severity: 'serious',
    occurred: 1,
    cleared: 1,
  }));

describe('the default year', () => {
  it('is the last year with twelve months of data (2026 runs to October)', () => {
    const data = makeDataSet({ criminal_cases: [...monthly(2024, 12), ...monthly(2025, 12), ...monthly(2026, 10)] });
    expect(dataYears(data)).toEqual([2024, 2025, 2026]);
    expect(isCompleteYear(data, 2026)).toBe(false);
    expect(lastCompleteYear(data)).toBe(2025);
  });

  it('stops at the cut-off date of the data', () => {
    const data = makeDataSet({ criminal_cases: [...monthly(2024, 12), ...monthly(2025, 12)] });
    const cut = { ...data, meta: { ...data.meta, periods: 'police', cutoff: '2025-12-10' } };
    // The police year 2025 ends on 14/12/2025, after the cut-off.
    expect(lastCompleteYear(cut)).toBe(2024);
  });

  it('is the last year when none is complete, and null without data', () => {
    expect(lastCompleteYear(makeDataSet({ criminal_cases: monthly(2026, 3) }))).toBe(2026);
    expect(lastCompleteYear(makeDataSet())).toBeNull();
  });
});

describe('dataYears', () => {
  it('counts every table that carries a year: reoffending by cohort, drug-free communes too', () => {
    const data = makeDataSet({
      criminal_cases: monthly(2025, 12),
      reoffending: [
        {
          cohort_year: 2021,
          area_code: '101',
          release_type: 'prison',
          released: 10,
          reoffended: 1,
          followup_months: 36,
        },
      ] as never,
      drug_free_communes: [{ year: 2027, area_code: '101', in_scope: 1, recognised: 0 }] as never,
    });
    expect(dataYears(data)).toEqual([2021, 2025, 2027]);
  });
});
