import type { IndicatorDefinition } from '../../core/indicators/definition.ts';
import type { IndicatorResult } from '../../core/indicators/result.ts';
import { exactVerdict } from '../../core/indicators/verdict.ts';
import {
  meetsTarget,
  oneCaseFlips,
  smallDenominator,
  statisticalStatus,
  type StatisticalStatus,
} from '../../core/stats/statistical-status.ts';

/** What the report adds to a result: how sure the verdict is, and whether its counts are small. */
export interface Assessment {
  /** Verdict of the whole 95 % interval against the target (METHODOLOGY.md §3); null without one. */
  statistical_status: StatisticalStatus | null;
  /** Counts too small for normal approximations (METHODOLOGY.md §4). */
  small_denominator: boolean;
  /** One case more or fewer in the numerator flips met / not met. */
  one_case_flips: boolean;
  /**
   * For a proportion to raise that misses its target: how many more in the numerator (the denominator
   * held) would meet it; null otherwise or when no number would.
   */
  short_by: number | null;
}

/**
 * A target at the edge of the scale (100 % accepted, 0 violations) is a compliance count: an interval
 * around it says nothing about whether it was met, so no statistical verdict is given.
 */
function isBoundaryTarget(def: IndicatorDefinition, result: IndicatorResult): boolean {
  const t = result.target;
  if (!t) return false;
  if (def.unit === 'count') return true;
  return (
    def.unit === 'proportion' &&
    ((t.threshold >= 1 && t.comparator === '>=') || (t.threshold <= 0 && t.comparator === '<='))
  );
}

/**
 * Assesses one result: statistical verdict, small-denominator and one-case flags, and the shortfall.
 *
 * Small denominators (METHODOLOGY.md §4): a proportion with n < 30 or n·p₀ or n·(1 − p₀) < 10, p₀ the
 * target (n < 30 alone when the target is 0 or 100 %); a change whose counts are under 20.
 *
 * @example assess(clearanceRateVerySerious, {numerator: 24, denominator: 25, ...}).small_denominator // => true
 */
export function assess(def: IndicatorDefinition, result: IndicatorResult): Assessment {
  const none: Assessment = {
    statistical_status: null,
    small_denominator: false,
    one_case_flips: false,
    short_by: null,
  };
  if (result.value === null || result.numerator === null) return none;
  const n = result.numerator;
  const d = result.denominator;
  const target = result.target;

  const statistical =
    target && !isBoundaryTarget(def, result) ? statisticalStatus(result.value, result.ci95, target) : null;

  let small = false;
  if (def.unit === 'proportion' && d !== null) {
    const p0 = target?.threshold;
    small = p0 !== undefined && p0 > 0 && p0 < 1 ? smallDenominator(d, p0) : d < 30;
  } else if (def.unit === 'relative_change' && d !== null) {
    small = n < 20 || d < 20;
  }

  let flips = false;
  if (target && def.unit === 'count') {
    const now = meetsTarget(n, target);
    flips = meetsTarget(n + 1, target) !== now || (n >= 1 && meetsTarget(n - 1, target) !== now);
  } else if (target && d !== null && d > 0) {
    flips = oneCaseFlips(n, d, target, def.unit === 'relative_change' ? 'relative_change' : 'proportion');
  }

  let shortBy: number | null = null;
  if (
    target &&
    def.unit === 'proportion' &&
    d !== null &&
    d > 0 &&
    result.status === 'not_met' &&
    (target.comparator === '>' || target.comparator === '>=')
  ) {
    // The smallest k with (n + k) / d meeting the target, by bisection on the exact verdict.
    if (exactVerdict(d, d, 0, target.comparator, target.threshold) === 'met') {
      let lo = 0;
      let hi = d - n;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (exactVerdict(n + mid, d, 0, target.comparator, target.threshold) === 'met') hi = mid;
        else lo = mid;
      }
      shortBy = hi;
    }
  }
  return { statistical_status: statistical, small_denominator: small, one_case_flips: flips, short_by: shortBy };
}
