import { deviance, stirlingError } from './saddle-point.ts';
import { wholeCount } from './check-arguments.ts';

const LN_2PI = 1.837877066409345483560659;

/**
 * Binomial probability `P(X = k) = C(n, k)·p^k·(1 − p)^(n − k)`, in Loader's saddle-point form
 * `exp(δ(n) − δ(k) − δ(n − k) − D(k, np) − D(n − k, nq)) · √(n / (2πk(n − k)))` with q = 1 − p
 * ({@link stirlingError} δ, {@link deviance} D): a few units in the last place for any n.
 *
 * Source: Loader, "Fast and accurate computation of binomial probabilities" (2000); R's
 * `dbinom(k, n, p)` (`nmath/dbinom.c`, `dbinom_raw`).
 *
 * @param k - a whole count (0 outside 0..n)
 * @param n - a whole number of trials
 * @param p - the probability of a success, within [0, 1]
 * @throws {RangeError} when n is not a whole number >= 0 or p is outside [0, 1]
 *
 * @example
 * binomialPmf(3, 10, 0.2); // => 0.20132659200000003 (= dbinom(3, 10, 0.2))
 * binomialPmf(5e6, 1e7, 0.5); // => 0.0002523132458941848 (= dbinom(5e6, 1e7, 0.5))
 */
export function binomialPmf(k: number, n: number, p: number): number {
  const trials = wholeCount(n, 'n');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be within [0, 1], got ${p}`);
  return binomialPmfUnchecked(k, trials, p, 1 - p);
}

/** {@link binomialPmf} with q = 1 − p given, without argument checks, for the inner loops. */
export function binomialPmfUnchecked(k: number, n: number, p: number, q: number): number {
  if (k < 0 || k > n || !Number.isInteger(k)) return 0;
  if (p === 0) return k === 0 ? 1 : 0;
  if (q === 0) return k === n ? 1 : 0;
  if (k === 0) {
    if (n === 0) return 1;
    return Math.exp(p < 0.1 ? -deviance(n, n * q) - n * p : n * Math.log(q));
  }
  if (k === n) return Math.exp(q < 0.1 ? -deviance(n, n * p) - n * q : n * Math.log(p));
  const lc = stirlingError(n) - stirlingError(k) - stirlingError(n - k) - deviance(k, n * p) - deviance(n - k, n * q);
  // ln(2πk(n − k)/n); R's log1p(−k/n) loses digits when k is near n, (n − k)/n does not
  const lf = LN_2PI + Math.log((k * (n - k)) / n);
  return Math.exp(lc - 0.5 * lf);
}
