import { describe, expect, it } from 'vitest';
import { assessedIndicators, assessReport, type AssessedResult } from '../../../src/core/analysis/assess-report.ts';
import { computeIndicators } from '../../../src/core/indicators/compute.ts';
import { expectAllClose, expectClose } from '../stats/close.ts';
import { worked, workedPartial } from './worked-data.ts';

// Golden values: R 4.2 (base), on the literals of worked-data.ts (w.R).

const find = (results: AssessedResult[], id: string) =>
  results.find((r) => r.id === id && Object.keys(r.breakdown).length === 0) as AssessedResult;

const CONTRACT_KEYS = ['id', 'breakdown', 'value', 'numerator', 'denominator', 'ci95', 'target', 'status'];

describe('assessReport', () => {
  const data = worked();

  it('keeps the contract fields, their values and order, and adds the analysis fields after them', () => {
    const report = computeIndicators(data, { year: 2024 });
    const assessed = assessReport(data, report);
    expect(assessed.year).toBe(2024);
    expect(assessed.area_code).toBe('42');
    expect(assessed.results).toHaveLength(report.results.length);
    assessed.results.forEach((r, i) => {
      const original = report.results[i] as unknown as Record<string, unknown>;
      const keys = Object.keys(r);
      expect(keys.slice(0, Object.keys(original).length)).toEqual(Object.keys(original));
      expect(keys.slice(0, CONTRACT_KEYS.length)).toEqual(CONTRACT_KEYS);
      for (const key of Object.keys(original))
        expect((r as unknown as Record<string, unknown>)[key]).toEqual(original[key]);
      expect(keys).toContain('statistical_status');
      expect(keys).toContain('flags');
      expect(keys).toContain('trend');
    });
    const crime = find(assessed.results, 'crime_change_vs_baseline');
    expect(Object.keys(crime).slice(-2)).toEqual(['progress', 'per_100k']);
    expect('progress' in find(assessed.results, 'clearance_rate')).toBe(false);
  });

  it('assessedIndicators is computeIndicators followed by assessReport, and is deterministic', () => {
    const a = assessedIndicators(data, { year: 2024 });
    const b = assessReport(data, computeIndicators(data, { year: 2024 }));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(assessedIndicators(data, { year: 2024 }))).toBe(JSON.stringify(a));
  });

  it('statistical_status, flags and per_100k on the crime count (2024 against 2021)', () => {
    const crime = find(assessedIndicators(data, { year: 2024 }).results, 'crime_change_vs_baseline');
    expect(crime.numerator).toBe(363); // R: sum(tot[4])
    expect(crime.denominator).toBe(397);
    // R: poisson.test(c(363, 397))$conf.int - 1 => -0.209144611796174718 0.056892499603449664 (crosses -5 %)
    expectAllClose(crime.ci95, [-0.209144611796174718, 0.056892499603449664]);
    expect(crime.status).toBe('met');
    expect(crime.statistical_status).toBe('met_within_noise');
    expect(crime.flags).toEqual({
      small_denominator: false,
      one_case_flips: false,
      partial_year: false,
      months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    });

    const rate = crime.per_100k;
    expect(rate?.population).toBe(830_000);
    // R: poisson.test(363, T = 830000/1e5)$estimate => 43.734939759036138
    expectClose(rate?.rate ?? NaN, 43.734939759036138);
    // R: poisson.test(363, T = 830000/1e5)$conf.int => 39.351042963790427 48.473697222726344
    expectAllClose(rate?.ci95, [39.351042963790427, 48.473697222726344]);
    // R: poisson.test(397, T = 800000/1e5)$estimate => 49.625; $conf.int => 44.862950209488751 54.754940630213753
    expectClose(rate?.comparison?.rate ?? NaN, 49.625);
    expectAllClose(rate?.comparison?.ci95, [44.862950209488751, 54.754940630213753]);
  });

  it('flags a year under way as partial, with its months', () => {
    const partial = workedPartial();
    const crime = find(assessedIndicators(partial, { year: 2025 }).results, 'crime_change_vs_baseline');
    expect(crime.flags.partial_year).toBe(true);
    expect(crime.flags.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // annual crime reports are whole years when the data set has no cut-off
    expect(
      find(assessedIndicators(partial, { year: 2025 }).results, 'reports_resolution_rate').flags.partial_year,
    ).toBe(false);
  });

  it('gives no statistical status without an interval (a plain count) or without data', () => {
    const results = assessedIndicators(data, { year: 2024 }).results;
    expect(find(results, 'judicial_violations').statistical_status).toBeNull();
    expect(find(results, 'reoffending_rate').statistical_status).toBeNull();
    expect(find(results, 'reoffending_rate').flags).toEqual({
      small_denominator: false,
      one_case_flips: false,
      partial_year: false,
      months: [],
    });
  });

  it('refuses an unknown area', () => {
    expect(() => assessReport(data, { year: 2024, area_code: 'nowhere', results: [] })).toThrow(/unknown area/);
  });
});

describe('when there is no statistical verdict', () => {
  it('gives none for a compliance target (100 % accepted, no judicial violation)', () => {
    const results = assessedIndicators(worked(), { year: 2024 }).results;
    for (const id of ['reports_acceptance_rate', 'judicial_violations']) {
      const r = find(results, id);
      if (r.status !== 'no_data') expect(r.statistical_status, id).toBeNull();
    }
    const clearance = find(results, 'clearance_rate');
    if (clearance.status !== 'no_data') expect(clearance.statistical_status).not.toBeNull();
  });

  it('judges a change over part of a year on the same months of both years, provisionally', () => {
    const data = workedPartial();
    const years = [...new Set(data.criminal_cases.map((r) => r.year))].sort();
    let checked = 0;
    for (const year of years) {
      const r = find(assessedIndicators(data, { year }).results, 'crime_change_vs_baseline');
      if (r.flags.partial_year && r.status !== 'no_data') {
        // never a part of a year against a whole one: the comparison year is cut to the same months
        expect(r.inputs.comparison_months).toEqual(r.inputs.months);
        expect(r.inputs.months!.length).toBeLessThan(12);
        expect(r.statistical_status).not.toBeNull();
        expect(r.reason.vi).toContain('tạm tính');
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
