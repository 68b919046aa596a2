import { binomialPmfUnchecked } from './binomial-pmf.ts';
import { sumTail } from './tail-sum.ts';
import { wholeCount } from './check-arguments.ts';

/**
 * Binomial distribution function: `P(X <= k)` (lower tail), or `P(X > k)` (upper tail),
 * X ~ Bin(n, p).
 *
 * The smaller tail is summed term by term from its largest term outwards, each term
 * `P(X = j)` ({@link binomialPmf}) to full relative accuracy; the other tail is 1 minus it. Both
 * tails so keep full relative accuracy where they are tiny (`pbinom(k, n, p, lower.tail = FALSE)`
 * rather than `1 − pbinom(k, n, p)`); up to n = 10^7 a sum takes at most some 15,000 terms.
 *
 * Source: R's `pbinom(k, n, p, lower.tail)` (which uses the incomplete beta function instead);
 * checked against it for n up to 10^7 and p from 10⁻⁶ to 1 − 10⁻⁶ in
 * test/reference/stats-grids/binomial-cdf.csv.
 *
 * @param k - the count; a fractional k is floored, as R does
 * @param n - a whole number of trials
 * @param p - the probability of a success, within [0, 1]
 * @param lowerTail - true (default) for `P(X <= k)`, false for `P(X > k)`
 * @throws {RangeError} when n is not a whole number >= 0 or p is outside [0, 1]
 *
 * @example
 * binomialCdf(380, 780, 0.95 / 1.95); // => 0.5144065048046604 (= pbinom(380, 780, 0.95/1.95))
 * binomialCdf(1209, 2610, 0.95 / 1.95, false); // => 0.9924648311655422 (= pbinom(1209, 2610, 0.95/1.95, lower.tail = FALSE))
 */
export function binomialCdf(k: number, n: number, p: number, lowerTail = true): number {
  const trials = wholeCount(n, 'n');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be within [0, 1], got ${p}`);
  const x = Math.floor(k + 1e-7);
  if (x < 0) return lowerTail ? 0 : 1;
  if (x >= trials) return lowerTail ? 1 : 0;
  const q = 1 - p;
  if (p === 0) return lowerTail ? 1 : 0;
  if (q === 0) return lowerTail ? 0 : 1;
  const term = (j: number): number => binomialPmfUnchecked(j, trials, p, q);
  const odds = p / q;
  if (x < (trials + 1) * p - 1) {
    // P(X <= x), from j = x down: t_{j−1} = t_j · j/(n − j + 1) · q/p
    const lower = sumTail(x, 0, term, (j) => j / ((trials - j + 1) * odds));
    return lowerTail ? lower : 1 - lower;
  }
  // P(X > x), from j = x + 1 up: t_{j+1} = t_j · (n − j)/(j + 1) · p/q
  const upper = sumTail(x + 1, trials, term, (j) => ((trials - j) * odds) / (j + 1));
  return lowerTail ? 1 - upper : upper;
}
