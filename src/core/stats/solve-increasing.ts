/**
 * The root finder behind the exact intervals ({@link garwood}, {@link binomialBound}). Not part of
 * the public API.
 */

const EPSILON = Number.EPSILON;

/** The value of an increasing function and its slope at a point. */
export interface ValueAndSlope {
  value: number;
  slope: number;
}

/**
 * Root of an increasing function on [lo, hi] by Newton's method kept inside a shrinking bracket: a
 * step that would leave the bracket (or a value that is infinite or NaN) is replaced by bisection,
 * so the search always converges; from a good start Newton's quadratic steps finish in a few.
 *
 * Stops when a step moves u by at most 2 units in the last place (or after 200 steps).
 *
 * Source: the safeguarded Newton method (`rtsafe`) of Press et al., Numerical Recipes (3rd ed.,
 * 2007), section 9.4.
 *
 * @param f - the function (value and slope), increasing in u; may return ±Infinity far from the root
 * @param lo - a point where the value is below 0 (or −Infinity)
 * @param hi - a point where the value is above 0 (or +Infinity)
 * @param start - a first guess, used when strictly inside (lo, hi)
 *
 * @example
 * solveIncreasing((u) => ({ value: u * u * u - 2, slope: 3 * u * u }), 0, 2, 1); // => 1.2599210498948732
 */
export function solveIncreasing(f: (u: number) => ValueAndSlope, lo: number, hi: number, start: number): number {
  let low = lo;
  let high = hi;
  let u = start > low && start < high ? start : 0.5 * (low + high);
  for (let i = 0; i < 200; i++) {
    const { value, slope } = f(u);
    if (value === 0) return u;
    if (value < 0) low = u;
    else high = u;
    const tolerance = 2 * EPSILON * Math.max(1, Math.abs(u));
    let next = u - value / slope;
    if (Math.abs(next - u) <= tolerance) return next;
    if (!(next > low && next < high)) next = 0.5 * (low + high);
    if (next === low || next === high) return next;
    u = next;
  }
  return u;
}
