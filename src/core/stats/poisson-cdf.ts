import { poissonPmfUnchecked } from './poisson-pmf.ts';
import { sumTail } from './tail-sum.ts';
import { nonNegative } from './check-arguments.ts';

/**
 * Poisson distribution function: `P(X <= k)` (lower tail), or `P(X > k)` (upper tail), X ~ Poisson(μ).
 *
 * The smaller tail is summed term by term from its largest term outwards, each term
 * `P(X = j)` ({@link poissonPmf}) to full relative accuracy; the other tail is 1 minus it. So both
 * tails keep full relative accuracy even where they are tiny (`ppois(k, mu, lower.tail = FALSE)`
 * rather than `1 − ppois(k, mu)`), for any μ: up to about 10^7 the sum takes at most some
 * 30,000 terms.
 *
 * Source: R's `ppois(k, mu, lower.tail)` (which inverts the incomplete gamma function instead);
 * checked against it from μ = 10⁻³ to 10^7 in test/reference/stats-grids/poisson-cdf.csv.
 *
 * @param k - the count; a fractional k is floored, as R does
 * @param mu - the mean, >= 0
 * @param lowerTail - true (default) for `P(X <= k)`, false for `P(X > k)`
 * @throws {RangeError} when mu is negative or not finite
 *
 * @example
 * poissonCdf(380, 385); // => 0.4124384605465818 (= ppois(380, 385))
 * poissonCdf(1600, 1500, false); // => 0.005070858358834156 (= ppois(1600, 1500, lower.tail = FALSE))
 */
export function poissonCdf(k: number, mu: number, lowerTail = true): number {
  nonNegative(mu, 'mu');
  const x = Math.floor(k + 1e-7);
  if (x < 0) return lowerTail ? 0 : 1;
  if (mu === 0) return lowerTail ? 1 : 0;
  const term = (j: number): number => poissonPmfUnchecked(j, mu);
  if (x + 1 <= mu) {
    // P(X <= x), from j = x down: t_{j−1} = t_j · j/μ
    const lower = sumTail(x, 0, term, (j) => j / mu);
    return lowerTail ? lower : 1 - lower;
  }
  // P(X > x), from j = x + 1 up: t_{j+1} = t_j · μ/(j + 1)
  const upper = sumTail(x + 1, Number.MAX_SAFE_INTEGER, term, (j) => mu / (j + 1));
  return lowerTail ? 1 - upper : upper;
}
