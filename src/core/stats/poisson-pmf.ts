import { deviance, stirlingError } from './saddle-point.ts';
import { nonNegative } from './check-arguments.ts';

const DBL_MIN = 2.2250738585072014e-308;
const LN_SQRT_2PI = 0.9189385332046727417803297;

/**
 * Poisson probability `P(X = k) = e^−μ μ^k / k!`, in Loader's saddle-point form
 * `exp(−δ(k) − D(k, μ)) / √(2πk)` ({@link stirlingError} δ, {@link deviance} D), accurate to a
 * few units in the last place for any k and μ (the direct form loses up to 7 digits at k = 10^7).
 *
 * Source: Loader, "Fast and accurate computation of binomial probabilities" (2000); R's
 * `dpois(k, mu)` (`nmath/dpois.c`, `dpois_raw`).
 *
 * @param k - a whole count (0 for a negative one)
 * @param mu - the mean, >= 0
 * @throws {RangeError} when mu is negative or not finite
 *
 * @example
 * poissonPmf(3, 2.5); // => 0.21376301724973648 (= dpois(3, 2.5))
 * poissonPmf(1e7, 1e7); // => 0.0001261566250497028 (= dpois(1e7, 1e7))
 */
export function poissonPmf(k: number, mu: number): number {
  nonNegative(mu, 'mu');
  return poissonPmfUnchecked(k, mu);
}

/** {@link poissonPmf} without the argument check, for the inner loops of the tail sums. */
export function poissonPmfUnchecked(k: number, mu: number): number {
  if (k < 0 || !Number.isInteger(k)) return 0;
  if (mu === 0) return k === 0 ? 1 : 0;
  if (k <= mu * DBL_MIN) return Math.exp(-mu);
  if (mu < k * DBL_MIN) {
    const logFactorial = stirlingError(k) + (k + 0.5) * Math.log(k) - k + LN_SQRT_2PI;
    return Math.exp(-mu + k * Math.log(mu) - logFactorial);
  }
  return Math.exp(-stirlingError(k) - deviance(k, mu)) / Math.sqrt(2 * Math.PI * k);
}
