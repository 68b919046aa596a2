import { binomialBound } from './binomial-bound.ts';
import { binomialCdf } from './binomial-cdf.ts';
import { confidenceLevel, wholeCount } from './check-arguments.ts';

/** Exposures (person-time, population, or 1 for plain counts) of the two periods compared. */
export interface Exposures {
  /** Exposure of the period of interest (E₁); 1 by default. */
  exposure1?: number;
  /** Exposure of the comparison period (E₀); 1 by default. */
  exposure0?: number;
}

/** The rate ratio θ = (x₁/E₁)/(x₀/E₀) with its exact conditional interval, and the inputs it came from. */
export interface RateRatio {
  x1: number;
  x0: number;
  exposure1: number;
  exposure0: number;
  level: number;
  /** (x₁/E₁)/(x₀/E₀); `Infinity` when x₀ = 0 < x₁; `null` when x₁ = x₀ = 0. */
  estimate: number | null;
  /** `[lower, upper]`; lower is 0 when x₁ = 0, upper is `Infinity` when x₀ = 0; `null` when x₁ = x₀ = 0. */
  ci: [lower: number, upper: number] | null;
}

/** One-sided exact tests of θ against a reference ratio θ₀, conditional on N = x₁ + x₀. */
export interface RateRatioTest {
  x1: number;
  x0: number;
  exposure1: number;
  exposure0: number;
  /** The reference ratio θ₀. */
  theta0: number;
  /** π₀ = θ₀E₁ / (θ₀E₁ + E₀): the probability that a case falls in period 1 when θ = θ₀. */
  pi0: number;
  /** P(X ≤ x₁ | N, π₀): p-value for H₀ θ ≥ θ₀ against θ < θ₀ (R `alternative = "less"`). */
  pLess: number;
  /** P(X ≥ x₁ | N, π₀): p-value for H₀ θ ≤ θ₀ against θ > θ₀ (R `alternative = "greater"`). */
  pGreater: number;
}

function exposure(value: number | undefined, name: string): number {
  const e = value ?? 1;
  if (!(e > 0) || !Number.isFinite(e)) throw new RangeError(`${name} must be a finite number > 0, got ${e}`);
  return e;
}

/**
 * Exact conditional interval for the ratio of two Poisson rates.
 *
 * Conditional on N = x₁ + x₀, x₁ ~ Bin(N, π) with π = θE₁/(θE₁ + E₀). The Clopper-Pearson
 * interval [π_L, π_U] for π = x₁/N is mapped to θ by `θ = π/(1 − π) · E₀/E₁`; so the lower
 * bound is 0 when x₁ = 0 and the upper bound is `Infinity` when x₀ = 0 (π_U = 1).
 *
 * π and 1 − π both come from {@link binomialBound} to full relative accuracy, so θ keeps it too
 * when π is near 1 (x₁ much larger than x₀). R's `poisson.test` computes 1 − π from a rounded π
 * there and loses up to 10⁻⁶ (relative) of θ (x₁ = 10^7, x₀ = 1); the reference grid
 * (test/reference/stats-grids/rate-ratio.csv, counts 0 to 10^7, levels 0.80 to 0.999) takes R's
 * `qbeta` of the complement instead, which agrees with this to 2·10⁻¹³.
 *
 * Source: R's `poisson.test(c(x1, x0), T = c(e1, e0), conf.level = level)$conf.int` and
 * `$estimate` (stats package); Fay, R Journal 2010;2(1):53-58. METHODOLOGY.md section 4
 * ("Rate ratio vs baseline").
 *
 * @param x1 - whole count in the period of interest (year Y)
 * @param x0 - whole count in the comparison period (baseline or year Y − 1)
 * @param options - exposures (1 by default) and confidence level (0.95 by default)
 * @throws {RangeError} when a count is negative or not whole, an exposure is not > 0, or level is outside (0, 1)
 *
 * @example
 * rateRatio(380, 400).ci; // => [0.823374690291379, 1.0959520672835872]
 * rateRatio(5, 0).ci;     // => [0.9163558573154601, Infinity]
 * rateRatio(0, 0).ci;     // => null
 */
export function rateRatio(x1: number, x0: number, options: Exposures & { level?: number } = {}): RateRatio {
  const count1 = wholeCount(x1, 'x1');
  const count0 = wholeCount(x0, 'x0');
  const exposure1 = exposure(options.exposure1, 'exposure1');
  const exposure0 = exposure(options.exposure0, 'exposure0');
  const level = confidenceLevel(options.level ?? 0.95);
  const total = count1 + count0;
  const inputs = { x1: count1, x0: count0, exposure1, exposure0, level };
  if (total === 0) return { ...inputs, estimate: null, ci: null };

  const alpha = (1 - level) / 2;
  const scale = exposure0 / exposure1;
  const lower = count1 === 0 ? 0 : odds(binomialBound(count1, total, alpha, 'lower')) * scale;
  const upper = count0 === 0 ? Infinity : odds(binomialBound(count1, total, alpha, 'upper')) * scale;
  return {
    ...inputs,
    estimate: count1 / exposure1 / (count0 / exposure0),
    ci: [lower, upper],
  };
}

/**
 * Exact one-sided tests of a rate ratio against a reference θ₀ (the "target test").
 *
 * Conditional on N = x₁ + x₀, with π₀ = θ₀E₁/(θ₀E₁ + E₀):
 * `pLess = P(X ≤ x₁ | N, π₀)` (H₀: θ ≥ θ₀) and `pGreater = P(X ≥ x₁ | N, π₀)` (H₀: θ ≤ θ₀),
 * X ~ Bin(N, π₀). For the programme's "5 % fewer cases than 2021" target, θ₀ = 0.95 and a
 * small `pLess` is evidence that the fall is real.
 *
 * One-sided on purpose: the programme's targets have a direction ("at least 5 % fewer"), so the
 * question is whether the count fell far enough, not whether it changed; there is no two-sided p.
 * Both tails come from {@link binomialCdf} to full relative accuracy (`pGreater` as the upper
 * tail itself, not 1 − P(X ≤ x₁ − 1), which is 0 past 10⁻¹⁶).
 *
 * Source: METHODOLOGY.md section 4 ("Target test"); as R's
 * `poisson.test(c(x1, x0), T = c(e1, e0), r = theta0, alternative = "less")$p.value`
 * (and `"greater"`), checked for counts 0 to 10^7 in test/reference/stats-grids/rate-ratio-test.csv.
 *
 * @param x1 - whole count in the period of interest
 * @param x0 - whole count in the comparison period
 * @param theta0 - the reference rate ratio, > 0
 * @param options - exposures, 1 by default
 * @returns the test, or `null` when x₁ = x₀ = 0 (nothing to condition on)
 * @throws {RangeError} when a count is negative or not whole, or theta0 or an exposure is not > 0
 *
 * @example
 * rateRatioTest(380, 400, 0.95)?.pLess;    // => 0.5144065048046604 (a 5 % fall is within noise)
 * rateRatioTest(1210, 1400, 0.95)?.pLess;  // => 0.008390500569357126
 */
export function rateRatioTest(x1: number, x0: number, theta0: number, options: Exposures = {}): RateRatioTest | null {
  const count1 = wholeCount(x1, 'x1');
  const count0 = wholeCount(x0, 'x0');
  const exposure1 = exposure(options.exposure1, 'exposure1');
  const exposure0 = exposure(options.exposure0, 'exposure0');
  if (!(theta0 > 0) || !Number.isFinite(theta0)) {
    throw new RangeError(`theta0 must be a finite number > 0, got ${theta0}`);
  }
  const total = count1 + count0;
  if (total === 0) return null;

  const pi0 = (theta0 * exposure1) / (theta0 * exposure1 + exposure0);
  const pLess = binomialCdf(count1, total, pi0);
  const pGreater = binomialCdf(count1 - 1, total, pi0, false);
  return { x1: count1, x0: count0, exposure1, exposure0, theta0, pi0, pLess, pGreater };
}

/** π/(1 − π) from π and its complement, each exact to the last digits (so no cancellation near π = 1). */
function odds(bound: { p: number; q: number }): number {
  return bound.p / bound.q;
}
