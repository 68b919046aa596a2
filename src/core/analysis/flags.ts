import type { IndicatorDefinition } from '../indicators/definition.ts';
import type { IndicatorResult } from '../indicators/result.ts';
import type { MonthCoverage } from './reporting-coverage.ts';
import { meetsTarget, oneCaseFlips, smallDenominator } from '../stats/statistical-status.ts';

/** Counts below this make a change "small" (METHODOLOGY.md section 4: show counts, not % change). */
export const SMALL_COUNT = 20;

/** The `flags` field of an assessed result: warnings a reader needs before trusting the figure. */
export interface ResultFlags {
  /**
   * Proportions: n < 30, or n·p₀ < 10, or n·(1 − p₀) < 10, p₀ the target (n < 30 alone when the target is
   * 0 or 100 %, where the other two conditions would always hold). Changes: either count under 20.
   * Counts: false.
   */
  small_denominator: boolean;
  /** One case more or fewer in the numerator (denominator held) flips met / not met. */
  one_case_flips: boolean;
  /** The year's figure covers fewer than 12 months (2026 in the bundled data; a 2025 commune). */
  partial_year: boolean;
  /** The months the year's figure covers (see `monthsCovered`); empty when there is no row. */
  months: number[];
  /**
   * Monthly tables only, and only when some unit has not reported a month others have: units reported /
   * expected in each of those months (see `reportingCoverage`). Absent when every unit reported.
   */
  coverage?: MonthCoverage[];
}

/**
 * The flags of one result.
 *
 * Formulas: small denominator as `smallDenominator(n, p₀)`; one case as `oneCaseFlips(x, n, target)`
 * (for a plain count: does `x ± 1` change the verdict).
 * Source: METHODOLOGY.md section 4 ("Small-denominator flags": n < 30 or n·p₀ or n(1 − p₀) < 10; show the
 * granularity 1/n; counts < 20: show counts and CIs, not % change).
 *
 * @example
 * const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
 * const result = { value: 0.96, numerator: 24, denominator: 25, target: { comparator: '>=', threshold: 0.95 } };
 * resultFlags(clearanceRateVerySerious, result, months);
 * // => { small_denominator: true, one_case_flips: true, partial_year: false, months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] }
 */
export function resultFlags(def: IndicatorDefinition, result: IndicatorResult, months: readonly number[]): ResultFlags {
  const flags: ResultFlags = {
    small_denominator: false,
    one_case_flips: false,
    partial_year: months.length > 0 && months.length < 12,
    months: [...months],
  };
  const x = result.numerator;
  const n = result.denominator;
  const target = result.target;
  if (result.value === null || x === null) return flags;

  if (def.unit === 'proportion' && n !== null) {
    const p0 = target?.threshold;
    flags.small_denominator = p0 !== undefined && p0 > 0 && p0 < 1 ? smallDenominator(n, p0) : n < 30;
  } else if (def.unit === 'relative_change' && n !== null) {
    flags.small_denominator = x < SMALL_COUNT || n < SMALL_COUNT;
  }

  if (target && def.unit === 'count') {
    const now = meetsTarget(x, target);
    flags.one_case_flips = meetsTarget(x + 1, target) !== now || (x >= 1 && meetsTarget(x - 1, target) !== now);
  } else if (target && n !== null && n > 0 && x >= 0) {
    flags.one_case_flips = oneCaseFlips(
      x,
      n,
      target,
      def.unit === 'relative_change' ? 'relative_change' : 'proportion',
    );
  }
  return flags;
}
