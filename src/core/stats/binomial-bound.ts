import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { binomialCdf } from './binomial-cdf.ts';
import { binomialPmfUnchecked } from './binomial-pmf.ts';
import { solveIncreasing } from './solve-increasing.ts';

/** Which bound: the p below which `P(X >= x)` falls under t, or the p above which `P(X <= x)` does. */
export type BoundSide = 'lower' | 'upper';

/** A binomial proportion and its complement, each to full relative accuracy. */
export interface ProportionAndComplement {
  p: number;
  /** 1 − p, computed without cancellation (so p/q is exact to the last digits even for p near 1). */
  q: number;
}

/** ln(0.5): the bracket's top, as the root is always sought below 1/2. */
const LN_HALF = Math.log(0.5);
/** The bracket's bottom, ln of the smallest double. */
const LN_TINY = -745;

/**
 * The binomial parameter at which one tail of Bin(n, p) at x has probability t:
 * - `lower` (0 < x <= n): the p with `P(X >= x | n, p) = t`, i.e. `qbeta(t, x, n − x + 1)`;
 * - `upper` (0 <= x < n): the p with `P(X <= x | n, p) = t`, i.e. `qbeta(1 − t, x + 1, n − x)`.
 *
 * These are the Clopper-Pearson bounds at t = α/2. The root is sought on the side of 1/2 where it
 * is small: when it lies above 1/2, its complement q = 1 − p is found instead as the other bound for
 * the n − x failures (`P(X <= x | n, p) = P(Y >= n − x | n, q)`, Y = n − X), so p and q both come
 * out to full relative accuracy. The equation is solved in ln p by a safeguarded Newton method on
 * `ln P(tail) − ln t`, with the tail from {@link binomialCdf} and its derivative
 * `±n·P(X' = x or x − 1)`, X' ~ Bin(n − 1, p); x = 0 (upper) and x = n (lower) have the closed
 * forms `1 − t^(1/n)` and `t^(1/n)`.
 *
 * Source: Clopper & Pearson, Biometrika 1934;26:404-413; the tail-beta identity
 * `P(X >= x | n, p) = I_p(x, n − x + 1)`; as R's `qbeta` (checked for n to 10^7 in
 * test/reference/stats-grids/clopper-pearson.csv).
 *
 * @param x - whole count, 0..n (above 0 for `lower`, below n for `upper`)
 * @param n - whole number of trials, >= 1
 * @param t - the tail probability, strictly between 0 and 1
 * @param side - `lower` or `upper`
 *
 * @example
 * binomialBound(0, 10, 0.025, 'upper'); // => { p: 0.30849710781876083, q: 0.6915028921812392 } (p = qbeta(0.975, 1, 10))
 * binomialBound(999999, 1e6, 0.025, 'lower').q; // => 0.000005571630655172242 (= qbeta(0.025, 2, 999999, lower.tail = FALSE))
 */
export function binomialBound(x: number, n: number, t: number, side: BoundSide): ProportionAndComplement {
  const half = side === 'upper' ? binomialCdf(x, n, 0.5) : binomialCdf(x - 1, n, 0.5, false);
  const rootBelowHalf = side === 'upper' ? half <= t : half >= t;
  if (rootBelowHalf) {
    const p = smallRoot(x, n, t, side);
    return { p, q: 1 - p };
  }
  // Above 1/2: q is the other bound for the n − x failures.
  const q = smallRoot(n - x, n, t, side === 'upper' ? 'lower' : 'upper');
  return { p: 1 - q, q };
}

/** The bound when it lies in (0, 1/2]. */
function smallRoot(x: number, n: number, t: number, side: BoundSide): number {
  const logT = Math.log(t);
  if (side === 'upper' && x === 0) return -Math.expm1(logT / n);
  if (side === 'lower' && x === n) return Math.exp(logT / n);
  // Newton in u = ln p on an increasing function: ln t − ln P(X <= x) (upper), ln P(X >= x) − ln t (lower)
  const f =
    side === 'upper'
      ? (u: number) => {
          const p = Math.exp(u);
          const tail = binomialCdf(x, n, p);
          const density = n * binomialPmfUnchecked(x, n - 1, p, 1 - p);
          return { value: logT - Math.log(tail), slope: (p * density) / tail };
        }
      : (u: number) => {
          const p = Math.exp(u);
          const tail = binomialCdf(x - 1, n, p, false);
          const density = n * binomialPmfUnchecked(x - 1, n - 1, p, 1 - p);
          return { value: Math.log(tail) - logT, slope: (p * density) / tail };
        };
  return Math.exp(solveIncreasing(f, LN_TINY, LN_HALF, Math.log(startingPoint(x, n, t, side))));
}

/** Wilson's score bound for the same tail: a start within a few per cent of the root. */
function startingPoint(x: number, n: number, t: number, side: BoundSide): number {
  const z = normalQuantile(1 - t, 0, 1);
  const phat = x / n;
  const z2n = (z * z) / n;
  const centre = phat + z2n / 2;
  const spread = z * Math.sqrt((phat * (1 - phat)) / n + z2n / (4 * n));
  const bound = (side === 'upper' ? centre + spread : centre - spread) / (1 + z2n);
  return Math.min(0.49, Math.max(bound, Number.MIN_VALUE));
}
