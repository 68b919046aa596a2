import { binomialCdf } from './binomial-cdf.ts';
import { binomialPmf } from './binomial-pmf.ts';
import { binomialQuantile } from './binomial-quantile.ts';
import { Z95, Z998 } from './constants.ts';
import { smallDenominator } from './statistical-status.ts';
import { nonNegative, notAbove, wholeCount } from './check-arguments.ts';

/**
 * How funnel limits are computed for a denominator n:
 * - `normal`: `p₀ ± z·√(p₀(1 − p₀)/n)`, widened for over-dispersion when asked;
 * - `exact`: the plain binomial quantile, `qbinom(P, n, p₀) / n`; a point strictly outside
 *   is then significant at (at most) the nominal level, so flags are conservative;
 * - `exact_interpolated`: Spiegelhalter's interpolated binomial quantile, `(r_P − α)/n`,
 *   a smooth curve for drawing; its upper limit sits below the largest possible r_P/n, so a
 *   point there can be flagged "above" with a tail probability larger than nominal.
 */
export type FunnelMethod = 'normal' | 'exact' | 'exact_interpolated';

/** Funnel limits for one denominator, at 95 % (z = 1.96) and 99.8 % (z = 3.09), two-sided. */
export interface FunnelLimits {
  p0: number;
  n: number;
  method: FunnelMethod;
  /** Multiplicative over-dispersion applied (1 when none). */
  phi: number;
  /** Additive between-area variance applied (0 when none). */
  tau2: number;
  lower998: number;
  lower95: number;
  upper95: number;
  upper998: number;
}

/** Options for {@link funnelLimits}. */
export interface FunnelOptions {
  /** `auto` (default): `exact` when {@link smallDenominator}(n, p₀), otherwise `normal`. */
  method?: FunnelMethod | 'auto';
  /** Over-dispersion φ from {@link funnelOverdispersion}; limits widen by √φ when φ > 1 (normal only). */
  phi?: number;
  /** Between-area variance τ² from {@link funnelOverdispersion} (normal only; not with `phi`). */
  tau2?: number;
}

/** One area on a funnel plot: its numerator and denominator. */
export interface FunnelPoint {
  id: string;
  numerator: number;
  denominator: number;
}

/** Where a point lies against one pair of limits. */
export type FunnelPosition = 'below' | 'inside' | 'above';

/** One area's position against the 95 % and 99.8 % limits for its own denominator. */
export interface FunnelFlag extends FunnelPoint {
  /** numerator / denominator, or null when the denominator is 0. */
  value: number | null;
  limits: FunnelLimits | null;
  at95: FunnelPosition | null;
  at998: FunnelPosition | null;
}

/** Spiegelhalter's over-dispersion estimates for a set of areas around a target. */
export interface FunnelOverdispersion {
  p0: number;
  /** Share winsorised at each end (0.1: at the 10th and 90th percentiles). */
  trim: number;
  /** Areas used (those with a denominator > 0). */
  count: number;
  /** z_i = (y_i − p₀)/√(p₀(1 − p₀)/n_i), in input order; null where n_i = 0. */
  zScores: (number | null)[];
  /** z_i winsorised to [zLower, zUpper], in input order; null where n_i = 0. */
  winsorisedZ: (number | null)[];
  zLower: number;
  zUpper: number;
  /** φ = mean of the squared winsorised z-scores. */
  phi: number;
  /** True when φ > 1: widen the limits by √φ (or use τ²). */
  overdispersed: boolean;
  /** DerSimonian-Laird τ² = max(0, (Iφ − (I − 1)) / (Σw − Σw²/Σw)), w_i = 1/s_i². */
  tau2: number;
}

function checkTarget(p0: number): void {
  if (!(p0 > 0 && p0 < 1)) throw new RangeError(`p0 must be strictly between 0 and 1, got ${p0}`);
}

const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));

/** Spiegelhalter 2005, appendix A.1.1: interpolate between r_P − 1 and r_P (F(r_P) − F(r_P − 1) = P(X = r_P)). */
function interpolatedQuantile(probability: number, n: number, p0: number): number {
  const r = binomialQuantile(probability, n, p0);
  const alpha = (binomialCdf(r, n, p0) - probability) / binomialPmf(r, n, p0);
  return r - alpha;
}

/**
 * Funnel-plot control limits around a target proportion p₀ for a denominator n.
 *
 * Tail probabilities 0.001, 0.025, 0.975, 0.999 (two-sided 99.8 % and 95 %).
 * - normal: `p₀ ± z·σ`, σ = √(p₀(1 − p₀)/n), z = 1.96 or 3.09; with over-dispersion
 *   σ = √φ·√(p₀(1 − p₀)/n) when φ > 1, or σ = √(p₀(1 − p₀)/n + τ²);
 * - exact: `qbinom(P, n, p₀)/n`;
 * - exact_interpolated: `(r_P − α)/n` with r_P = qbinom(P, n, p₀) and
 *   `α = (F(r_P) − P)/(F(r_P) − F(r_P − 1))`, F the Bin(n, p₀) CDF.
 * Every limit is clamped to [0, 1].
 *
 * Source: Spiegelhalter, Stat Med 2005;24:1185-1202 (sections 3 and 5, appendix A.1.1);
 * exact limits checked against R's `qbinom(P, n, p0) / n` for n up to 10^7 and p₀ from 0.001 to
 * 0.999 (test/reference/stats-grids/funnel.csv: every exact limit equal, every interpolated one
 * within 10⁻¹³). The normal limits use the fixed z of {@link Z95} and {@link Z998}.
 * METHODOLOGY.md section 4.
 *
 * @param p0 - the target proportion, strictly between 0 and 1
 * @param n - the denominator (whole for the exact methods)
 * @returns the limits, or `null` when n = 0
 * @throws {RangeError} when p0 is outside (0, 1), n is negative (or not whole for an exact
 *   method), or over-dispersion is asked for with an exact method or as both φ and τ²
 *
 * @example
 * funnelLimits(0.8, 100, { method: 'normal' })?.upper95; // => 0.8783985593816022
 * funnelLimits(0.8, 20, { method: 'exact' })?.lower95;   // => 0.6
 */
export function funnelLimits(p0: number, n: number, options: FunnelOptions = {}): FunnelLimits | null {
  checkTarget(p0);
  nonNegative(n, 'n');
  const phi = options.phi ?? 1;
  const tau2 = options.tau2 ?? 0;
  if (!(phi > 0) || !(tau2 >= 0)) throw new RangeError(`phi must be > 0 and tau2 >= 0, got ${phi}, ${tau2}`);
  const dispersed = phi > 1 || tau2 > 0;
  if (phi > 1 && tau2 > 0) throw new RangeError('give phi or tau2, not both');
  const asked = options.method ?? 'auto';
  if (dispersed && asked !== 'auto' && asked !== 'normal') {
    throw new RangeError(`over-dispersion widens normal limits only, not ${asked} ones`);
  }
  const method: FunnelMethod = asked !== 'auto' ? asked : !dispersed && smallDenominator(n, p0) ? 'exact' : 'normal';
  if (n === 0) return null;

  if (method === 'normal') {
    const variance = (p0 * (1 - p0)) / n;
    const sd = tau2 > 0 ? Math.sqrt(variance + tau2) : Math.sqrt(Math.max(phi, 1) * variance);
    return {
      p0,
      n,
      method,
      phi: Math.max(phi, 1),
      tau2,
      lower998: clamp01(p0 - Z998 * sd),
      lower95: clamp01(p0 - Z95 * sd),
      upper95: clamp01(p0 + Z95 * sd),
      upper998: clamp01(p0 + Z998 * sd),
    };
  }
  const trials = wholeCount(n, 'n');
  // Binomial quantiles depend on p0 and n only: a funnel curve drawn again (another year, another rate with the
  // same target) reads the limits already found. A copy each time.
  const key = `${method}|${p0}|${trials}`;
  let limits = EXACT_LIMITS.get(key);
  if (!limits) {
    const limit = (probability: number): number =>
      clamp01(
        (method === 'exact'
          ? binomialQuantile(probability, trials, p0)
          : interpolatedQuantile(probability, trials, p0)) / trials,
      );
    limits = {
      p0,
      n: trials,
      method,
      phi: 1,
      tau2: 0,
      lower998: limit(0.001),
      lower95: limit(0.025),
      upper95: limit(0.975),
      upper998: limit(0.999),
    };
    EXACT_LIMITS.set(key, limits);
  }
  return { ...limits };
}

/** Exact and interpolated limits found so far, by method, p0 and n (values of a pure function). */
const EXACT_LIMITS = new Map<string, FunnelLimits>();

/**
 * Where a value lies against a pair of limits: strictly below, strictly above, or inside
 * (limits included).
 *
 * @example
 * funnelPosition(0.55, 0.6, 0.95); // => 'below'
 * funnelPosition(0.6, 0.6, 0.95);  // => 'inside'
 */
export function funnelPosition(value: number, lower: number, upper: number): FunnelPosition {
  if (value < lower) return 'below';
  if (value > upper) return 'above';
  return 'inside';
}

/**
 * Flags each area as below, inside or above the 95 % and 99.8 % funnel limits for its own
 * denominator (see {@link funnelLimits} for the methods and over-dispersion options).
 *
 * Source: Spiegelhalter, Stat Med 2005;24:1185-1202 (points outside the 95 % limits are
 * "alerts", outside 99.8 % "alarms"); METHODOLOGY.md section 4 ("use funnel plots, not rankings").
 *
 * @throws {RangeError} as {@link funnelLimits}, or when a numerator exceeds its denominator
 *
 * @example
 * funnelFlags([{ id: '42.01', numerator: 11, denominator: 20 }], 0.8, { method: 'exact' })[0]?.at95; // => 'below'
 */
export function funnelFlags(points: readonly FunnelPoint[], p0: number, options: FunnelOptions = {}): FunnelFlag[] {
  return points.map((point) => {
    nonNegative(point.numerator, `numerator of ${point.id}`);
    notAbove(point.numerator, point.denominator, `numerator of ${point.id}`, 'its denominator');
    const limits = funnelLimits(p0, point.denominator, options);
    if (limits === null) return { ...point, value: null, limits: null, at95: null, at998: null };
    const value = point.numerator / point.denominator;
    return {
      ...point,
      value,
      limits,
      at95: funnelPosition(value, limits.lower95, limits.upper95),
      at998: funnelPosition(value, limits.lower998, limits.upper998),
    };
  });
}

/** Sample quantile as R's default `quantile(x, q)` (type 7) of sorted values. */
function quantileSorted(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const below = Math.floor(h);
  const lo = sorted[below] ?? Number.NaN;
  const hi = sorted[Math.min(below + 1, sorted.length - 1)] ?? Number.NaN;
  return lo + (h - below) * (hi - lo);
}

/**
 * Over-dispersion of areas around a target p₀ (Spiegelhalter's multiplicative φ and additive τ²).
 *
 * With s_i = √(p₀(1 − p₀)/n_i) and z_i = (y_i − p₀)/s_i for the I areas with n_i > 0:
 * winsorise z at its `trim` and `1 − trim` sample quantiles (R `quantile`, type 7), then
 * `φ = (1/I)·Σ z_i²` (winsorised). If φ > 1 the normal limits widen by √φ. The additive
 * alternative is `τ² = max(0, (Iφ − (I − 1)) / (Σw_i − Σw_i²/Σw_i))`, w_i = 1/s_i², giving
 * limits `p₀ ± z·√(s_i² + τ²)`.
 *
 * Source: Spiegelhalter, Stat Med 2005;24:1185-1202, section 5 (winsorised φ) and
 * DerSimonian & Laird, Control Clin Trials 1986;7:177-188 (τ²); as FunnelPlotR's
 * `winsorisation`, `phi_func` and `tau_func`.
 *
 * @param points - the areas (numerator <= denominator)
 * @param p0 - the target proportion, strictly between 0 and 1
 * @param trim - share winsorised at each end, 0.1 by default
 * @returns the estimates, or `null` when no area has a denominator > 0
 * @throws {RangeError} when p0 is outside (0, 1), trim is outside [0, 0.5), or a count is invalid
 *
 * @example
 * const areas = [[18, 20], [40, 55], [95, 110], [30, 42], [7, 12], [160, 190], [52, 60], [75, 80], [12, 20], [101, 130]]
 *   .map(([numerator, denominator], i) => ({ id: String(i), numerator, denominator }));
 * funnelOverdispersion(areas, 0.8)?.phi;  // => 2.2436476863020514
 * funnelOverdispersion(areas, 0.8)?.tau2; // => 0.0035442170608671756
 */
export function funnelOverdispersion(
  points: readonly FunnelPoint[],
  p0: number,
  trim = 0.1,
): FunnelOverdispersion | null {
  checkTarget(p0);
  if (!(trim >= 0 && trim < 0.5)) throw new RangeError(`trim must be within [0, 0.5), got ${trim}`);
  const zScores = points.map((point) => {
    nonNegative(point.numerator, `numerator of ${point.id}`);
    nonNegative(point.denominator, `denominator of ${point.id}`);
    notAbove(point.numerator, point.denominator, `numerator of ${point.id}`, 'its denominator');
    if (point.denominator === 0) return null;
    const s = Math.sqrt((p0 * (1 - p0)) / point.denominator);
    return (point.numerator / point.denominator - p0) / s;
  });
  const used = zScores.filter((z): z is number => z !== null);
  const count = used.length;
  if (count === 0) return null;

  const sorted = [...used].sort((a, b) => a - b);
  const zLower = quantileSorted(sorted, trim);
  const zUpper = quantileSorted(sorted, 1 - trim);
  const winsorisedZ = zScores.map((z) => (z === null ? null : Math.min(zUpper, Math.max(zLower, z))));
  const phi = winsorisedZ.reduce<number>((sum, z) => sum + (z === null ? 0 : z * z), 0) / count;

  const weights = points.filter((p) => p.denominator > 0).map((p) => p.denominator / (p0 * (1 - p0)));
  const sumW = weights.reduce((a, b) => a + b, 0);
  const sumW2 = weights.reduce((a, b) => a + b * b, 0);
  const spread = sumW - sumW2 / sumW;
  const excess = count * phi - (count - 1);
  const tau2 = excess > 0 && spread > 0 ? excess / spread : 0;

  return { p0, trim, count, zScores, winsorisedZ, zLower, zUpper, phi, overdispersed: phi > 1, tau2 };
}
