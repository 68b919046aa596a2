import { binomialBound } from './binomial-bound.ts';
import { confidenceLevel, notAbove, wholeCount } from './check-arguments.ts';

/**
 * Clopper-Pearson ("exact") interval for a binomial proportion x/n.
 *
 * With α = 1 − level, the bounds are the proportions at which x is just significant in each tail:
 * `P(X >= x | n, L) = α/2` (L = 0 when x = 0) and `P(X <= x | n, U) = α/2` (U = 1 when x = n),
 * X ~ Bin(n, ·); equivalently `L = BetaInv(α/2; x, n − x + 1)`, `U = BetaInv(1 − α/2; x + 1, n − x)`.
 * Conservative: coverage is at least `level` for every true proportion.
 *
 * Computed by inverting the binomial distribution function ({@link binomialBound}): relative error
 * below 10⁻¹³ against R for n up to 10^7, x anywhere from 0 to n, levels 0.80 to 0.999
 * (test/reference/stats-grids/clopper-pearson.csv).
 *
 * Source: Clopper & Pearson, Biometrika 1934;26:404-413; as R's
 * `binom.test(x, n, conf.level = level)$conf.int`. METHODOLOGY.md section 4.
 *
 * @param x - whole number of successes, 0 <= x <= n
 * @param n - whole number of trials
 * @param level - confidence level, 0.95 by default
 * @returns `[lower, upper]`, or `null` when n = 0
 * @throws {RangeError} when x or n is negative or not whole, x > n, or level is outside (0, 1)
 *
 * @example
 * clopperPearson(121, 127); // => [0.9000054860409308, 0.982467430376787]
 * clopperPearson(0, 10);    // => [0, 0.3084971078187607]
 */
export function clopperPearson(x: number, n: number, level = 0.95): [lower: number, upper: number] | null {
  const successes = wholeCount(x, 'x');
  const trials = wholeCount(n, 'n');
  notAbove(successes, trials, 'x', 'n');
  const alpha = (1 - confidenceLevel(level)) / 2;
  if (trials === 0) return null;

  const lower = successes === 0 ? 0 : binomialBound(successes, trials, alpha, 'lower').p;
  const upper = successes === trials ? 1 : binomialBound(successes, trials, alpha, 'upper').p;
  return [lower, upper];
}
