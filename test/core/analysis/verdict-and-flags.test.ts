import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resultFlags } from '../../../src/core/analysis/flags.ts';
import { verdictStrength } from '../../../src/core/analysis/verdict-strength.ts';
import { computeOne } from '../../../src/core/indicators/compute.ts';
import { YearIndex } from '../../../src/core/indicators/measure.ts';
import { INDICATORS } from '../../../src/core/indicators/registry.ts';
import type { IndicatorResult } from '../../../src/core/indicators/result.ts';
import type { Comparator, Target } from '../../../src/core/types.ts';
import { makeDataSet } from '../../helpers/dataset.ts';

const COMPARATORS: Comparator[] = ['>=', '>', '<=', '<'];
const CODES = new Set(['42', '101', '102']);

/** The clearance rate (Wilson interval) or the crime change (rate-ratio interval) of generated counts. */
function resultOf(kind: 'proportion' | 'change', x: number, n: number, target: Target): IndicatorResult {
  if (kind === 'proportion') {
    const data = makeDataSet({
      criminal_cases: [
        {
          year: 2024,
          month: null,
          area_code: '101',
          crime_group: 'other',
          severity: 'serious',
          occurred: n,
          cleared: x,
        },
      ],
    });
    return computeOne(INDICATORS.clearance_rate, new YearIndex(data), 2024, CODES, {}, target);
  }
  const data = makeDataSet({
    criminal_cases: [
      { year: 2021, month: null, area_code: '101', crime_group: 'other', severity: 'serious', occurred: n, cleared: 0 },
      { year: 2024, month: null, area_code: '101', crime_group: 'other', severity: 'serious', occurred: x, cleared: 0 },
    ],
  });
  return computeOne(INDICATORS.crime_change_vs_baseline, new YearIndex(data), 2024, CODES, {}, target);
}

describe('statistical_status', () => {
  it('never says met_robust when the value misses the threshold, nor missed_robust when it meets it (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'proportion' | 'change'>('proportion', 'change'),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom(...COMPARATORS),
        // thresholds as the target sets write them: whole per cent, and the exact ratio x/n - 1 at times
        fc.integer({ min: -99, max: 99 }),
        fc.boolean(),
        (kind, n, k, comparator, percent, onTheLine) => {
          const x = kind === 'proportion' ? k % (n + 1) : k;
          const threshold = onTheLine
            ? Number((kind === 'proportion' ? x / n : x / n - 1).toFixed(6))
            : kind === 'proportion'
              ? Math.abs(percent) / 100
              : percent / 100;
          const result = resultOf(kind, x, n, { comparator, threshold, deadline_year: null });
          const s = verdictStrength(result);
          if (result.status === 'not_met') expect(s === 'met_robust' || s === 'met_within_noise').toBe(false);
          if (result.status === 'met') expect(s === 'missed_robust' || s === 'missed_within_noise').toBe(false);
          if (result.ci95 === null) expect(s).toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the exact verdict where the binary value sits on the other side (420/400 - 1 > 0.05)', () => {
    // 420/400 - 1 is 0.050000000000000044 in binary; exactly 0.05, which is not > 0.05
    const r = resultOf('change', 420, 400, { comparator: '>', threshold: 0.05, deadline_year: null });
    expect(r.status).toBe('not_met');
    expect(verdictStrength(r)).toBe('missed_within_noise');
  });

  it('the contract example is met robustly (1210/1299 > 90 %)', () => {
    const r = {
      value: 1210 / 1299,
      ci95: [0.9164369559093848, 0.943990068737733] as [number, number],
      status: 'met' as const,
      target: { comparator: '>' as const, threshold: 0.9, deadline_year: null },
    };
    expect(verdictStrength(r)).toBe('met_robust');
  });
});

describe('flags', () => {
  it('small denominator and one-case flip for a very-serious clearance of 19/20 against 95 %', () => {
    const target: Target = { comparator: '>=', threshold: 0.95, deadline_year: null };
    const r = resultOf('proportion', 19, 20, target);
    const flags = resultFlags(INDICATORS.clearance_rate_very_serious, r, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    // METHODOLOGY.md 4: n = 20 < 30; and 18/20 = 90 % misses, so one case flips the verdict
    expect(flags).toEqual({
      small_denominator: true,
      one_case_flips: true,
      partial_year: false,
      months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    });
  });

  it('n(1 - p0) < 10 is small even with n >= 30 (127 cases against 95 %)', () => {
    const r = resultOf('proportion', 121, 127, { comparator: '>=', threshold: 0.95, deadline_year: null });
    expect(resultFlags(INDICATORS.clearance_rate_very_serious, r, []).small_denominator).toBe(true); // 127 * 0.05 = 6.35
    const big = resultOf('proportion', 121, 127, { comparator: '>=', threshold: 0.8, deadline_year: null });
    expect(resultFlags(INDICATORS.clearance_rate, big, []).small_denominator).toBe(false);
  });

  it('a 100 % target is small only under 30 (the other two conditions would always hold)', () => {
    const r = { ...resultOf('proportion', 40, 40, { comparator: '>=', threshold: 1, deadline_year: null }) };
    expect(resultFlags(INDICATORS.reports_acceptance_rate, r, []).small_denominator).toBe(false);
  });

  it('a change on counts under 20 is small; a partial year lists its months', () => {
    const r = resultOf('change', 12, 15, { comparator: '<=', threshold: -0.05, deadline_year: 2025 });
    const flags = resultFlags(INDICATORS.crime_change_vs_baseline, r, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(flags.small_denominator).toBe(true);
    expect(flags.partial_year).toBe(true);
    expect(flags.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // 12/15 - 1 = -20 %: 13/15 and 11/15 meet -5 % too
    expect(flags.one_case_flips).toBe(false);
  });
});
