import type { Target } from '../types.ts';

/** The part of a target a verdict needs. */
export type TargetRule = Pick<Target, 'comparator' | 'threshold'>;

/**
 * The statistical verdict beside the contract's plain `met` / `not_met`:
 * - `met_robust`: the value meets the target and so does the whole interval;
 * - `met_within_noise`: the value meets the target but part of the interval does not;
 * - `missed_within_noise`: the value misses the target but part of the interval meets it;
 * - `missed_robust`: the value and the whole interval miss the target.
 */
export type StatisticalStatus = 'met_robust' | 'met_within_noise' | 'missed_within_noise' | 'missed_robust';

/**
 * The plain verdict: does `value` satisfy `value <comparator> threshold`?
 *
 * Source: `shared/CONTRACT.md` (`status` is the plain verdict of `value` against `target`).
 *
 * @example
 * meetsTarget(0.9315, { comparator: '>', threshold: 0.9 }); // => true
 * meetsTarget(0.9, { comparator: '>', threshold: 0.9 });    // => false
 */
export function meetsTarget(value: number, target: TargetRule): boolean {
  const { comparator, threshold } = target;
  switch (comparator) {
    case '>=':
      return value >= threshold;
    case '>':
      return value > threshold;
    case '<=':
      return value <= threshold;
    case '<':
      return value < threshold;
  }
}

/**
 * Classifies a value and its interval against a target.
 *
 * The plain verdict comes from `value` alone; the interval only decides whether that verdict
 * is robust (both bounds give the same verdict) or within noise. So a value that misses the
 * target is never `met_robust`, whatever interval is passed. For `>=`/`>` targets the
 * deciding bound is the lower one for "met" and the upper one for "missed", and the other
 * way round for `<=`/`<`; the comparator's strictness applies to the bounds as to the value.
 *
 * Source: METHODOLOGY.md section 3 ("Applied here": met-robust when the CI lower bound is
 * at or above the threshold, missed when the upper bound is below it).
 *
 * @param value - the indicator's value, or null when there is none
 * @param ci95 - its interval, or null when none applies
 * @param target - comparator and threshold
 * @returns the status, or `null` when the value or the interval is missing
 *
 * @example
 * statisticalStatus(0.9315, [0.9164, 0.9440], { comparator: '>', threshold: 0.9 });   // => 'met_robust'
 * statisticalStatus(-0.05, [-0.1766, 0.0960], { comparator: '<=', threshold: -0.05 }); // => 'met_within_noise'
 */
export function statisticalStatus(
  value: number | null,
  ci95: readonly [number, number] | null,
  target: TargetRule,
): StatisticalStatus | null {
  if (value === null || Number.isNaN(value) || ci95 === null) return null;
  const [lower, upper] = ci95;
  const lowerMeets = meetsTarget(lower, target);
  const upperMeets = meetsTarget(upper, target);
  if (meetsTarget(value, target)) {
    return lowerMeets && upperMeets ? 'met_robust' : 'met_within_noise';
  }
  return !lowerMeets && !upperMeets ? 'missed_robust' : 'missed_within_noise';
}

/**
 * Does one case more or one case fewer in the numerator change the plain verdict?
 *
 * The denominator is held fixed (one case moves between, say, cleared and not cleared).
 * The value is `numerator / denominator` for a proportion and `numerator / denominator − 1`
 * for a relative change (numerator: the year's count; denominator: the comparison year's).
 * A proportion's numerator stays within [0, denominator].
 *
 * Source: METHODOLOGY.md section 4 ("Small-denominator flags": show the granularity 1/n;
 * against a 95 % target with n < 20 a single uncleared case means failure).
 *
 * @returns `false` when the denominator is 0 (there is no verdict to flip)
 * @throws {RangeError} when a count is negative or not finite
 *
 * @example
 * oneCaseFlips(19, 20, { comparator: '>=', threshold: 0.95 }); // => true  (18/20 = 0.90 misses)
 * oneCaseFlips(1210, 1299, { comparator: '>', threshold: 0.9 }); // => false
 */
export function oneCaseFlips(
  numerator: number,
  denominator: number,
  target: TargetRule,
  unit: 'proportion' | 'relative_change' = 'proportion',
): boolean {
  if (!Number.isFinite(numerator) || numerator < 0 || !Number.isFinite(denominator) || denominator < 0) {
    throw new RangeError(`numerator and denominator must be finite numbers >= 0, got ${numerator}, ${denominator}`);
  }
  if (denominator === 0) return false;
  const verdict = (x: number): boolean =>
    meetsTarget(unit === 'proportion' ? x / denominator : x / denominator - 1, target);
  const now = verdict(numerator);
  const maxNumerator = unit === 'proportion' ? denominator : Infinity;
  const more = numerator + 1 <= maxNumerator && verdict(numerator + 1) !== now;
  const fewer = numerator - 1 >= 0 && verdict(numerator - 1) !== now;
  return more || fewer;
}

/**
 * Is a proportion's denominator too small for normal approximations?
 * True when `n < 30`, `n·p₀ < 10` or `n·(1 − p₀) < 10`; then use exact methods only.
 *
 * Source: METHODOLOGY.md section 4 ("Small-denominator flags").
 *
 * @param n - the denominator
 * @param p0 - the target (or expected) proportion, in [0, 1]
 * @throws {RangeError} when n is negative or p0 is outside [0, 1]
 *
 * @example
 * smallDenominator(127, 0.8);  // => false
 * smallDenominator(127, 0.95); // => true  (127 × 0.05 = 6.35 < 10)
 */
export function smallDenominator(n: number, p0: number): boolean {
  if (!(n >= 0) || !(p0 >= 0 && p0 <= 1)) {
    throw new RangeError(`n must be >= 0 and p0 within [0, 1], got ${n}, ${p0}`);
  }
  return n < 30 || n * p0 < 10 || n * (1 - p0) < 10;
}
