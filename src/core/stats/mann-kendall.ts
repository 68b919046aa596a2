import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import type { Bilingual } from '../messages/lang.ts';
import { STATS_TEXTS } from '../messages/stats.ts';

/** The verdict of a Mann-Kendall test at level alpha. */
export type TrendDirection = 'increasing' | 'decreasing' | 'no_trend';

/** How the p-value was obtained. */
export type MannKendallMethod =
  /** the permutation distribution of S, enumerated exactly (short series without ties) */
  | 'exact'
  /** the normal approximation with the ties-corrected variance and a continuity correction */
  | 'normal';

export interface MannKendallOptions {
  /** Level for the direction verdict. Default 0.05. */
  alpha?: number;
  /** Longest series (without ties) whose p-value comes from the exact distribution. Default 10. */
  exactMaxN?: number;
}

export interface MannKendallResult {
  /** Number of points. */
  n: number;
  /** `S = Σ_{i<j} sgn(x_j − x_i)`. */
  s: number;
  /** Variance of S under no trend, corrected for ties. */
  varS: number;
  /** `(S − sgn(S))/√Var S` (continuity-corrected); 0 when S = 0. */
  z: number;
  /** Two-sided p-value, from the method named in `method`. */
  p: number;
  method: MannKendallMethod;
  /** Kendall's tau-a, `S / (n(n−1)/2)`. */
  tau: number;
  /** Sizes of the groups of tied values (only groups of 2 or more). */
  tieGroups: number[];
  alpha: number;
  /** 'increasing' or 'decreasing' when p < alpha, by the sign of S; otherwise 'no_trend'. */
  direction: TrendDirection;
  reason: Bilingual;
}

/**
 * Mann-Kendall test for a monotone trend in a series taken in time order.
 *
 * - `S = Σ_{i<j} sgn(x_j − x_i)`
 * - `Var S = [n(n−1)(2n+5) − Σ_k t_k(t_k−1)(2t_k+5)] / 18`, t_k the size of the k-th group of ties
 * - `Z = (S − 1)/√Var S` if S > 0, `(S + 1)/√Var S` if S < 0, 0 if S = 0
 * - p (two-sided): exact when n <= `exactMaxN` and there are no ties, from the distribution of S
 *   over the n! equally likely orderings (S = n(n−1)/2 − 2·inversions; inversion counts follow the
 *   Mahonian recursion `I(n, k) = Σ_{j=0}^{n−1} I(n−1, k−j)`), `p = P(|S| >= |s|)`; otherwise
 *   `p = 2Φ(−|Z|)`.
 *
 * Source: Mann, Econometrica 1945;13:245-259; Kendall, Rank Correlation Methods (1975). The
 * normal form is that of R `trend::mk.test` and `cor.test(x, seq_along(x), method = "kendall",
 * exact = FALSE, continuity = TRUE)`; the exact p that of `cor.test(..., exact = TRUE)`.
 * METHODOLOGY.md section 4. Checked against `cor.test` for every S of n = 3 to 10 and for series of
 * 11 to 500 points with ties (test/reference/stats-grids/mann-kendall-*.csv).
 *
 * Where this differs from R on purpose:
 * - `tau` is Kendall's tau-a, S over all n(n−1)/2 pairs; `cor.test` reports tau-b, which divides by
 *   √((N − T)N) (T the tied pairs) and so differs when there are ties. S, its variance, z and p are
 *   the same.
 * - z has a continuity correction (|S| − 1), as `mk.test` and `cor.test(continuity = TRUE)`;
 *   `cor.test`'s default (`continuity = FALSE`) gives a slightly smaller p.
 * - The exact p is the tail count over n! (`P(|S| >= |s|)`, p = 2/120 for 5 falling points);
 *   `cor.test` takes its upper tail as 1 − P(T <= q − 1) and loses up to 10⁻¹⁰ (relative) when p is
 *   tiny (2/10! = 5.511463844797178e-7, R 5.511463845309095e-7).
 * - Two-sided only; the direction is read from the sign of S.
 * - The normal p is `2Φ(−|z|)` from `@stdlib/stats-base-dists-normal-cdf`, within 2·10⁻¹³ of R's
 *   `2 * pnorm(-abs(z))` for |z| up to 37.5 (test/reference/stats-grids/normal-two-sided.csv).
 *
 * The reason is worded by `STATS_TEXTS.mannKendall` (`messages/stats.ts`).
 *
 * With 5 annual points only a perfectly monotone series reaches p < 0.05 (p = 2/120).
 *
 * @param values - the series in time order (equal spacing is not required)
 * @param options - `alpha` (0.05) and `exactMaxN` (10)
 * @throws {RangeError} when fewer than 3 values, a value is not finite, alpha is outside (0, 1)
 *   or exactMaxN is not a whole number between 0 and 50
 *
 * @example
 * mannKendall([410, 402, 396, 388, 380]).p;  // => 0.016666666666666666 (exact, 2/120)
 * mannKendall([410, 402, 396, 388, 380]).direction;  // => 'decreasing'
 * mannKendall([5, 3, 4, 3, 6, 7, 7, 9, 8, 10, 12]).method;  // => 'normal' (ties)
 */
export function mannKendall(values: readonly number[], options: MannKendallOptions = {}): MannKendallResult {
  const alpha = options.alpha ?? 0.05;
  const exactMaxN = options.exactMaxN ?? 10;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be between 0 and 1, got ${alpha}`);
  if (!Number.isInteger(exactMaxN) || exactMaxN < 0 || exactMaxN > 50) {
    throw new RangeError(`exactMaxN must be a whole number from 0 to 50, got ${exactMaxN}`);
  }
  const n = values.length;
  if (n < 3) throw new RangeError(`values must hold at least 3 points, got ${n}`);
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new RangeError(`values[${i}] must be a finite number, got ${v}`);
  });

  let s = 0;
  for (let i = 0; i < n - 1; i++) {
    for (let j = i + 1; j < n; j++) s += Math.sign((values[j] as number) - (values[i] as number));
  }

  const tieGroups = tieGroupSizes(values);
  const tieTerm = tieGroups.reduce((sum, t) => sum + t * (t - 1) * (2 * t + 5), 0);
  const varS = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
  const z = s === 0 || varS === 0 ? 0 : (s - Math.sign(s)) / Math.sqrt(varS);

  const method: MannKendallMethod = tieGroups.length === 0 && n <= exactMaxN ? 'exact' : 'normal';
  const p = method === 'exact' ? exactTwoSidedP(n, s) : 2 * normalCdf(-Math.abs(z), 0, 1);
  const pairs = (n * (n - 1)) / 2;
  const direction: TrendDirection = p < alpha ? (s > 0 ? 'increasing' : 'decreasing') : 'no_trend';

  return {
    n,
    s,
    varS,
    z,
    p,
    method,
    tau: s / pairs,
    tieGroups,
    alpha,
    direction,
    reason: STATS_TEXTS.mannKendall({ n, s, p, method, alpha, direction }),
  };
}

/** Sizes (>= 2) of the groups of equal values, in ascending order of the value. */
function tieGroupSizes(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[] = [];
  let run = 1;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[i - 1]) {
      run += 1;
    } else {
      if (run > 1) groups.push(run);
      run = 1;
    }
  }
  return groups;
}

/**
 * `P(|S| >= |s|)` over the n! orderings of n distinct values.
 * `counts[k]` is the number of orderings with k inversions (Mahonian numbers), and S = N − 2k.
 */
function exactTwoSidedP(n: number, s: number): number {
  if (s === 0) return 1;
  let counts = [1];
  for (let m = 2; m <= n; m++) {
    const next = new Array<number>(counts.length + m - 1).fill(0);
    let window = 0;
    for (let k = 0; k < next.length; k++) {
      window += counts[k] ?? 0;
      if (k - m >= 0) window -= counts[k - m] ?? 0;
      next[k] = window;
    }
    counts = next;
  }
  const pairs = (n * (n - 1)) / 2;
  let total = 0;
  let tail = 0;
  counts.forEach((count, k) => {
    total += count;
    if (pairs - 2 * k >= Math.abs(s)) tail += count;
  });
  return Math.min(1, (2 * tail) / total);
}
