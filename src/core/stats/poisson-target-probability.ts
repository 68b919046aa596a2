import type { Bilingual } from '../messages/lang.ts';
import { STATS_TEXTS } from '../messages/stats.ts';
import { poissonCdf } from './poisson-cdf.ts';
import { nonNegative, wholeCount } from './check-arguments.ts';

/**
 * The target `count(T) <= (1 + threshold)·baseline`: threshold −0.05 means "at least 5 % fewer
 * than the baseline year".
 */
export interface CountTarget {
  /** Count in the baseline year. */
  baseline: number;
  /** Relative change allowed, e.g. −0.05. */
  threshold: number;
}

export interface PoissonTargetResult {
  /** `(1 + threshold)·baseline`. */
  limit: number;
  /** `floor(limit)`: the largest whole count that meets the target; −1 when none does. */
  maxCount: number;
  /** Poisson mean used for the (rest of the) target year. */
  mean: number;
  /** Probability of ending the year at or under the limit. */
  probability: number;
  reason: Bilingual;
}

export interface PartialYearInput extends CountTarget {
  /** Count recorded so far in the target year. */
  countSoFar: number;
  /** Months already recorded. */
  monthsObserved: number;
  /** Expected count per month for the months left (e.g. last year's rate, or a trend's). */
  monthlyRate: number;
  /** Months in the (statistical) year. Default 12. */
  monthsInYear?: number;
}

export interface PartialYearResult extends PoissonTargetResult {
  countSoFar: number;
  monthsRemaining: number;
  /** `maxCount − countSoFar`: how many more cases the rest of the year may hold. */
  remainingAllowance: number;
  /** True when the count so far already exceeds the limit (probability 0). */
  alreadyExceeded: boolean;
}

/** Guards `floor` against products such as 0.95·400 landing a hair below a whole number. */
const FLOOR_TOLERANCE = 1e-9;

/**
 * Probability that a count target is met, when the target year's count is Poisson with a
 * projected mean: `P(X <= floor((1 + threshold)·baseline))`, `X ~ Poisson(μ)`.
 *
 * Assumptions: the count is Poisson (no overdispersion; real crime counts are often
 * overdispersed, which makes this probability too close to 0 or 1); μ is known (the uncertainty of
 * the trend that produced it is ignored); the baseline count is fixed, not a random draw.
 *
 * Source: Poisson model for counts as in METHODOLOGY.md section 4 (Garwood, rate ratio);
 * CDF from {@link poissonCdf}, equal to R `ppois(floor(limit), mu)` to 10⁻¹² (relative) for means
 * from 10⁻³ to 10^7 (test/reference/stats-grids/poisson-cdf.csv). The reason's words are
 * `STATS_TEXTS.poissonTarget` (`messages/stats.ts`).
 *
 * @param target - baseline count and threshold
 * @param projectedMean - μ for the target year, e.g. a trend's projected value
 * @throws {RangeError} when baseline or μ is negative or not finite, or threshold < −1
 *
 * @example
 * poissonTargetProbability({ baseline: 400, threshold: -0.05 }, 385).probability;
 * // => 0.41243846054658184 (= ppois(380, 385))
 */
export function poissonTargetProbability(target: CountTarget, projectedMean: number): PoissonTargetResult {
  const { limit, maxCount } = countLimit(target);
  nonNegative(projectedMean, 'projectedMean');
  const probability = maxCount < 0 ? 0 : poissonCdf(maxCount, projectedMean);
  return {
    limit,
    maxCount,
    mean: projectedMean,
    probability,
    reason: STATS_TEXTS.poissonTarget(maxCount, projectedMean, probability),
  };
}

/**
 * Probability that the full year ends at or under the limit, given the count so far:
 * `P(Y <= floor(limit) − c)`, `Y ~ Poisson(λ·(M − m))`, c the count in the m months recorded,
 * λ the monthly rate for the M − m months left.
 *
 * Assumptions: as {@link poissonTargetProbability}, plus a constant rate over the months left
 * (pass a seasonal rate if the year-end months differ) and months independent of one another.
 * With no months left the answer is 0 or 1.
 *
 * Source: as {@link poissonTargetProbability}; R `ppois(floor(limit) - c, lambda * (M - m))`.
 *
 * @param input - target, count so far, months recorded, monthly rate, months in the year
 * @throws {RangeError} when a count is negative or not whole, monthsObserved exceeds monthsInYear,
 *   or the rate is negative
 *
 * @example
 * poissonTargetProbabilityPartialYear({
 *   baseline: 400, threshold: -0.05, countSoFar: 250, monthsObserved: 8, monthlyRate: 32,
 * }).probability;
 * // => 0.5928779739338306 (= ppois(130, 128))
 */
export function poissonTargetProbabilityPartialYear(input: PartialYearInput): PartialYearResult {
  const { limit, maxCount } = countLimit(input);
  const countSoFar = wholeCount(input.countSoFar, 'countSoFar');
  const monthsInYear = wholeCount(input.monthsInYear ?? 12, 'monthsInYear');
  const monthsObserved = wholeCount(input.monthsObserved, 'monthsObserved');
  if (monthsObserved > monthsInYear) {
    throw new RangeError(`monthsObserved (${monthsObserved}) must not exceed monthsInYear (${monthsInYear})`);
  }
  nonNegative(input.monthlyRate, 'monthlyRate');
  const monthsRemaining = monthsInYear - monthsObserved;
  const mean = input.monthlyRate * monthsRemaining;
  const remainingAllowance = maxCount - countSoFar;
  const alreadyExceeded = remainingAllowance < 0;
  const probability = alreadyExceeded ? 0 : poissonCdf(remainingAllowance, mean);

  const reason: Bilingual = alreadyExceeded
    ? STATS_TEXTS.poissonLimitExceeded(countSoFar, monthsObserved, maxCount)
    : STATS_TEXTS.poissonPartialYear({
        countSoFar,
        monthsObserved,
        remainingAllowance,
        monthsRemaining,
        monthlyRate: input.monthlyRate,
        probability,
      });
  return {
    limit,
    maxCount,
    mean,
    probability,
    reason,
    countSoFar,
    monthsRemaining,
    remainingAllowance,
    alreadyExceeded,
  };
}

function countLimit(target: CountTarget): { limit: number; maxCount: number } {
  nonNegative(target.baseline, 'baseline');
  if (!Number.isFinite(target.threshold) || target.threshold < -1) {
    throw new RangeError(`threshold must be a finite number >= -1, got ${target.threshold}`);
  }
  const limit = (1 + target.threshold) * target.baseline;
  return { limit, maxCount: Math.floor(limit + FLOOR_TOLERANCE * Math.max(1, limit)) };
}
