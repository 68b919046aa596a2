import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { binomialCdf } from './binomial-cdf.ts';
import { wholeCount } from './check-arguments.ts';

/** R's fuzz: a CDF within 64 units in the last place below the probability counts as reaching it. */
const FUZZ = 1 - 64 * Number.EPSILON;

/**
 * Binomial quantile: the smallest whole r in 0..n with `P(X <= r) >= prob`, X ~ Bin(n, p).
 *
 * As R, a CDF short of prob by less than 64 units in the last place counts as reaching it
 * (`P(X <= r) >= prob·(1 − 64ε)`), so that a probability that is a CDF value rounded down is not
 * pushed one count up. Starts from the Cornish-Fisher approximation
 * `np + σ(z + γ(z² − 1)/6)`, σ = √(np(1 − p)), γ = (1 − 2p)/σ, z = Φ⁻¹(prob), then steps one count at
 * a time with {@link binomialCdf} (accurate in both tails) until the definition holds.
 *
 * Source: R's `qbinom(prob, n, p)` (`nmath/qbinom.c`); checked for n to 10^7 and p from 0.001 to
 * 0.999 in test/reference/stats-grids/funnel.csv.
 *
 * @param prob - the probability, strictly between 0 and 1
 * @param n - a whole number of trials
 * @param p - the probability of a success, within [0, 1]
 * @throws {RangeError} when prob is outside (0, 1), n is not a whole number >= 0 or p is outside [0, 1]
 *
 * @example
 * binomialQuantile(0.025, 20, 0.8); // => 12 (= qbinom(0.025, 20, 0.8))
 * binomialQuantile(0.975, 1e7, 0.999); // => 9990195 (= qbinom(0.975, 1e7, 0.999))
 */
export function binomialQuantile(prob: number, n: number, p: number): number {
  if (!(prob > 0 && prob < 1)) throw new RangeError(`prob must be strictly between 0 and 1, got ${prob}`);
  const trials = wholeCount(n, 'n');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be within [0, 1], got ${p}`);
  if (p === 0 || trials === 0) return 0;
  if (p === 1) return trials;
  const target = prob * FUZZ;
  const q = 1 - p;
  const sigma = Math.sqrt(trials * p * q);
  const z = normalQuantile(prob, 0, 1);
  const guess = Math.floor(trials * p + sigma * (z + (((q - p) / sigma) * (z * z - 1)) / 6) + 0.5);
  let r = Math.min(trials, Math.max(0, guess));
  if (binomialCdf(r, trials, p) >= target) {
    while (r > 0 && binomialCdf(r - 1, trials, p) >= target) r -= 1;
  } else {
    do r += 1;
    while (r < trials && binomialCdf(r, trials, p) < target);
  }
  return r;
}
