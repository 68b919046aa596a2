import chisquareQuantile from '@stdlib/stats-base-dists-chisquare-quantile';
import { confidenceLevel, wholeCount } from './validate.ts';

/**
 * Garwood exact interval for the mean of a Poisson count x.
 *
 * With α = 1 − level:
 * `L = χ²_{α/2}(2x) / 2` (L = 0 when x = 0), `U = χ²_{1−α/2}(2x + 2) / 2`,
 * where χ²_p(k) is the p-quantile of the chi-square distribution with k degrees of freedom
 * (equivalently R's `qgamma(p, x)` and `qgamma(p, x + 1)`).
 *
 * Source: Garwood, Biometrika 1936;28:437-442; as R's
 * `poisson.test(x, conf.level = level)$conf.int`. METHODOLOGY.md section 4.
 *
 * @param x - whole count >= 0
 * @param level - confidence level, 0.95 by default
 * @returns `[lower, upper]` for the expected count
 * @throws {RangeError} when x is negative or not whole, or level is outside (0, 1)
 *
 * @example
 * garwood(0);   // => [0, 3.6888794541139354]
 * garwood(380); // => [342.7490586032363, 420.19513954306336]
 */
export function garwood(x: number, level = 0.95): [lower: number, upper: number] {
  const count = wholeCount(x, 'x');
  const alpha = (1 - confidenceLevel(level)) / 2;
  const lower = count === 0 ? 0 : chisquareQuantile(alpha, 2 * count) / 2;
  const upper = chisquareQuantile(1 - alpha, 2 * count + 2) / 2;
  return [lower, upper];
}
