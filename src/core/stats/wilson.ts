import { Z95 } from './constants.ts';
import { nonNegative, notAbove } from './check-arguments.ts';

/**
 * Wilson score interval for a proportion x/n.
 *
 * With p̂ = x/n:
 * `[p̂ + z²/2n ± z·√(p̂(1−p̂)/n + z²/4n²)] / (1 + z²/n)`,
 * clamped to [0, 1]; the lower bound is exactly 0 when x = 0 and the upper bound exactly 1
 * when x = n.
 *
 * Source: Wilson, JASA 1927;22:209-212; computed as R's
 * `prop.test(x, n, correct = FALSE)$conf.int` (same arrangement of the formula, so the
 * contract's example is reproduced to the last digit). METHODOLOGY.md section 4.
 *
 * Counts need not be whole (crosswalked counts may be fractional), as in `prop.test`.
 * Closed form, no special function: equal to `prop.test` to the last digit for n up to 10^7 and
 * proportions from 10⁻⁶ to 1 − 10⁻⁶ (test/reference/stats-grids/wilson.csv).
 *
 * @param x - numerator, 0 <= x <= n
 * @param n - denominator, >= 0
 * @param z - normal quantile; {@link Z95} (the contract's `ci95`) by default
 * @returns `[lower, upper]`, or `null` when n = 0 (no interval)
 * @throws {RangeError} when x or n is negative or not finite, x > n, or z <= 0
 *
 * @example
 * wilson(1210, 1299); // => [0.9164369559093848, 0.943990068737733]
 * wilson(0, 10);      // => [0, 0.2775327998628892]
 * wilson(0, 0);       // => null
 */
export function wilson(x: number, n: number, z: number = Z95): [lower: number, upper: number] | null {
  nonNegative(x, 'x');
  nonNegative(n, 'n');
  notAbove(x, n, 'x', 'n');
  if (!(z > 0) || !Number.isFinite(z)) throw new RangeError(`z must be a finite number > 0, got ${z}`);
  if (n === 0) return null;

  const p = x / n;
  const z22n = (z * z) / (2 * n);
  const halfWidth = z * Math.sqrt((p * (1 - p)) / n + z22n / (2 * n));
  const upper = p >= 1 ? 1 : (p + z22n + halfWidth) / (1 + 2 * z22n);
  const lower = p <= 0 ? 0 : (p + z22n - halfWidth) / (1 + 2 * z22n);
  return [Math.max(lower, 0), Math.min(upper, 1)];
}
