import { garwood } from './garwood.ts';
import { nonNegative } from './check-arguments.ts';

/** A rate per 100,000 population with its exact interval, and the inputs it came from. */
export interface RatePer100k {
  count: number;
  population: number;
  level: number;
  /** count / population × 100,000 */
  rate: number;
  /** Garwood interval of the count, scaled the same way. */
  ci: [lower: number, upper: number];
}

/**
 * Rate per 100,000 population with a Garwood exact Poisson interval.
 *
 * `rate = x / (P / 10⁵)`, `ci = [L, U] / (P / 10⁵)`, where [L, U] is the Garwood interval of
 * the count x ({@link garwood}); the population P is treated as fixed. Exact to 10⁻¹³ (relative)
 * for counts up to 10^7, so a province's yearly count (about 1,600) keeps every printed digit.
 *
 * Source: Garwood, Biometrika 1936;28:437-442; as R's
 * `poisson.test(x, T = P / 1e5, conf.level = level)` (`$estimate` and `$conf.int`).
 *
 * @param count - whole count of events >= 0
 * @param population - population >= 0
 * @param level - confidence level, 0.95 by default
 * @returns the rate, or `null` when the population is 0
 * @throws {RangeError} when count is negative or not whole, population is negative, or level is outside (0, 1)
 *
 * @example
 * ratePer100k(37, 1_300_000)?.rate; // => 2.8461538461538463
 */
export function ratePer100k(count: number, population: number, level = 0.95): RatePer100k | null {
  nonNegative(population, 'population');
  const [lower, upper] = garwood(count, level);
  if (population === 0) return null;
  const per100k = population / 1e5;
  return {
    count,
    population,
    level,
    rate: count / per100k,
    ci: [lower / per100k, upper / per100k],
  };
}
