/**
 * Sums a tail of a discrete distribution from its largest term outwards. Not part of the public API.
 */

/** Every this many steps the term is recomputed exactly, so rounding cannot build up along a long tail. */
const RESEED_EVERY = 256;

/**
 * `Σ t_j` over j = from, from ± 1, ... up to `to` (inclusive), for positive terms that decrease
 * away from `from`: `t_{j±1} = t_j · ratio(j)` with `ratio` < 1 and falling.
 *
 * Compensated (Kahan-Babuška) summation; the sum stops when the terms left, bounded by the
 * geometric series `t·r/(1 − r)` of the current ratio r, can no longer change it. Terms are
 * recomputed with `term(j)` every 256 steps.
 *
 * @param from - index of the first (largest) term
 * @param to - last index that may be summed (below `from` to sum downwards)
 * @param term - the exact j-th term
 * @param ratio - `t_next / t_j` for the step leaving j
 */
export function sumTail(from: number, to: number, term: (j: number) => number, ratio: (j: number) => number): number {
  const step = to >= from ? 1 : -1;
  let t = term(from);
  let sum = t;
  let compensation = 0;
  let j = from;
  let steps = 0;
  while (j !== to && t > 0) {
    const r = ratio(j);
    j += step;
    steps += 1;
    t = steps % RESEED_EVERY === 0 ? term(j) : t * r;
    const next = sum + t;
    compensation += Math.abs(sum) >= Math.abs(t) ? sum - next + t : t - next + sum;
    sum = next;
    if (j !== to) {
      const ahead = ratio(j);
      if (ahead < 1 && (t * ahead) / (1 - ahead) <= (sum + compensation) * 1e-17) break;
    }
  }
  return sum + compensation;
}
