import type { Bilingual } from '../messages/lang.ts';
import { STATS_TEXTS } from '../messages/stats.ts';

/** Which way is better for the measure charted. */
export type ImprovementDirection = 'increase' | 'decrease' | 'neutral';

/**
 * Why a point is flagged, by the precedence NHSRplotthedots uses (outside the limits first, then a
 * trend, then 2 of 3 near a limit, then a run on one side of the mean).
 */
export type XmrSpecialCauseType =
  | 'above_upper_limit'
  | 'below_lower_limit'
  | 'trend_increasing'
  | 'trend_decreasing'
  | 'two_in_three_above'
  | 'two_in_three_below'
  | 'run_above'
  | 'run_below'
  | 'common_cause';

/** The "Making Data Count" point colour. */
export type XmrPointType =
  | 'common_cause'
  | 'special_cause_improvement'
  | 'special_cause_concern'
  | 'special_cause_neutral_high'
  | 'special_cause_neutral_low';

/** Whether the process, as it runs, can be expected to meet the target. */
export type XmrAssurance = 'consistent_pass' | 'consistent_fail' | 'inconsistent';

export interface XmrOptions {
  /** Which way is improvement; 'neutral' (the default) labels special causes high/low. */
  improvementDirection?: ImprovementDirection;
  /** A target value, for the assurance verdict. */
  target?: number | null;
  /** Drop moving ranges >= 3.267·MR̄ and recompute MR̄ (NHSRplotthedots' default). Default true. */
  screenOutliers?: boolean;
  /** Compute the mean and MR̄ from the first N points only (a baseline); all points are judged. */
  fixAfterNPoints?: number | null;
}

export interface XmrSignals {
  /** Outside the process limits. */
  outsideLimits: boolean;
  /** Part of 7 points in a row all rising or all falling. */
  trend: boolean;
  /** In the outer third, and part of 2 of 3 points in the outer third on the same side. */
  twoInThree: boolean;
  /** Part of 7 points in a row on the same side of the mean. */
  run: boolean;
}

export interface XmrPoint {
  index: number;
  value: number;
  /** `|x_i − x_{i−1}|`; null for the first point. */
  movingRange: number | null;
  /** True when this moving range was left out of MR̄ by the screen (or lies after the baseline). */
  movingRangeExcluded: boolean;
  /** `sgn(x_i − mean)`. */
  relativeToMean: -1 | 0 | 1;
  /** Between the near-limit band and the limit (the outer third), not outside. */
  closeToLimits: boolean;
  /** Every rule the point is part of. */
  signals: XmrSignals;
  /** The rule reported, by NHSRplotthedots' precedence. */
  specialCauseType: XmrSpecialCauseType;
  pointType: XmrPointType;
}

export interface XmrResult {
  n: number;
  /** Points used for the mean and MR̄ (n, or the baseline length). */
  baselineN: number;
  mean: number;
  /** MR̄ after screening. */
  meanMovingRange: number;
  /** MR̄ before screening. */
  meanMovingRangeUnscreened: number;
  /** How many moving ranges the screen left out. */
  movingRangesScreened: number;
  /** `mean − 2.66·MR̄`. */
  lowerLimit: number;
  /** `mean + 2.66·MR̄`. */
  upperLimit: number;
  /** `mean − 1.7733·MR̄` (two thirds of the way to the lower limit). */
  nearLowerLimit: number;
  /** `mean + 1.7733·MR̄`. */
  nearUpperLimit: number;
  improvementDirection: ImprovementDirection;
  points: XmrPoint[];
  /** The last point's type, which the "variation" icon shows. */
  latestPointType: XmrPointType;
  target: number | null;
  /** Null when there is no target or the direction is neutral. */
  assurance: XmrAssurance | null;
  /** True when n < 12: too few points for reliable limits. */
  shortSeriesWarning: boolean;
  warnings: Bilingual[];
}

/**
 * Limits at mean ± 2.66·MR̄ (3/d2, d2 = 1.128 for ranges of two points).
 * Source: NHSRplotthedots `R/ptd_spc_standard.R` (`limit <- 2.66`).
 * @example
 * XMR_LIMIT; // => 2.66
 */
export const XMR_LIMIT = 2.66;
/**
 * The near-limit band begins two thirds of the way to the limit: 2·2.66/3.
 * Source: NHSRplotthedots `R/ptd_spc_standard.R` (`limitclose <- 2 * (limit / 3)`).
 * @example
 * XMR_NEAR_LIMIT; // => 1.7733333333333334
 */
export const XMR_NEAR_LIMIT = (2 * XMR_LIMIT) / 3;
/**
 * A moving range at or above 3.267·MR̄ (the upper range limit, D4 = 3.267) is screened out.
 * Source: NHSRplotthedots `R/ptd_spc_standard.R` (`mr < 3.267 * amr` kept).
 * @example
 * XMR_MR_SCREEN; // => 3.267
 */
export const XMR_MR_SCREEN = 3.267;
/**
 * Fewer points than this draw a warning.
 * Source: NHSRplotthedots `R/ptd_add_short_group_warnings.R` (`warning_threshold = 12`).
 * @example
 * XMR_MIN_POINTS; // => 12
 */
export const XMR_MIN_POINTS = 12;

/**
 * XmR (individuals and moving range) chart with the "Making Data Count" rules, as
 * NHSRplotthedots computes them.
 *
 * - `MR_i = |x_i − x_{i−1}|`, `MR̄ = mean(MR)`; with screening, moving ranges `>= 3.267·MR̄` are
 *   dropped and MR̄ recomputed once.
 * - Limits `mean ± 2.66·MR̄`; near-limit band from `mean ± 1.7733·MR̄` (the outer third).
 * - A point is special cause when it is outside the limits; or part of 7 points in a row all
 *   strictly rising or all strictly falling (6 consecutive changes of one sign; a repeat breaks the
 *   run); or part of 2 of 3 consecutive points in the outer third, all 3 points on the same side of
 *   the mean (only the points in the outer third are flagged); or part of 7 points in a row on the
 *   same side of the mean (a point on the mean breaks the run).
 * - Improvement/concern follows the side of the point (above/below) or the trend's direction
 *   (rising/falling), oriented by `improvementDirection`. Where a point belongs to two trends the
 *   direction of the one to its right is used, as in the package.
 * - Assurance: target > upper limit → consistent fail if improvement is an increase, consistent
 *   pass if a decrease; target < lower limit → the reverse; otherwise inconsistent (hit and miss).
 *
 * Source: NHS England "Making Data Count"; nhs-r-community/NHSRplotthedots `R/ptd_spc_standard.R`,
 * `R/ptd_calculate_point_type.R`, `R/ptd_calculate_assurance_type.R`,
 * `R/ptd_add_short_group_warnings.R`. METHODOLOGY.md section 4.
 *
 * Departure from the package: when every moving range is 0 (a flat series) the package's screen
 * leaves no moving range and its limits are NaN; here the screen is skipped and the limits equal
 * the mean. Rebasing is not built in: chart each period separately.
 *
 * @param values - the series in time order (monthly counts, say)
 * @param options - improvement direction, target, screening, baseline length
 * @throws {RangeError} when fewer than 2 values, a value or the target is not finite, or
 *   fixAfterNPoints is not a whole number >= 2
 *
 * @example
 * const r = xmr([30, 32, 28, 31, 29, 33, 30, 27, 31, 30, 29, 32], { improvementDirection: 'decrease', target: 20 });
 * r.mean;        // => 30.166666666666668
 * r.upperLimit;  // => 37.42121212121212
 * r.assurance;   // => 'consistent_fail'
 */
export function xmr(values: readonly number[], options: XmrOptions = {}): XmrResult {
  const n = values.length;
  if (n < 2) throw new RangeError(`values must hold at least 2 points, got ${n}`);
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new RangeError(`values[${i}] must be a finite number, got ${v}`);
  });
  const improvementDirection = options.improvementDirection ?? 'neutral';
  const screenOutliers = options.screenOutliers ?? true;
  const target = options.target ?? null;
  if (target !== null && !Number.isFinite(target))
    throw new RangeError(`target must be a finite number, got ${target}`);
  const fixAfter = options.fixAfterNPoints ?? null;
  if (fixAfter !== null && (!Number.isInteger(fixAfter) || fixAfter < 2)) {
    throw new RangeError(`fixAfterNPoints must be a whole number >= 2, got ${fixAfter}`);
  }
  const baselineN = fixAfter === null ? n : Math.min(fixAfter, n);
  const baseline = values.slice(0, baselineN);

  const mean = average(baseline);
  const movingRanges: (number | null)[] = values.map((v, i) =>
    i === 0 ? null : Math.abs(v - (values[i - 1] as number)),
  );
  const baselineRanges = movingRanges.slice(1, baselineN) as number[];
  const meanMovingRangeUnscreened = average(baselineRanges);
  const kept =
    screenOutliers && meanMovingRangeUnscreened > 0
      ? baselineRanges.map((mr) => mr < XMR_MR_SCREEN * meanMovingRangeUnscreened)
      : baselineRanges.map(() => true);
  const meanMovingRange = average(baselineRanges.filter((_, i) => kept[i]));

  const lowerLimit = mean - XMR_LIMIT * meanMovingRange;
  const upperLimit = mean + XMR_LIMIT * meanMovingRange;
  const nearLowerLimit = mean - XMR_NEAR_LIMIT * meanMovingRange;
  const nearUpperLimit = mean + XMR_NEAR_LIMIT * meanMovingRange;

  const outside = values.map((v) => v > upperLimit || v < lowerLimit);
  const side = values.map((v) => Math.sign(v - mean) as -1 | 0 | 1);
  const close = values.map((v, i) => !outside[i] && (v < nearLowerLimit || v > nearUpperLimit));

  const trendEnds = sevenPointTrendEnds(values);
  const trend = partOfSeven(trendEnds);
  const run = partOfSeven(sevenOnOneSideEnds(side));
  const twoInThree = partOfTwoInThree(close, side);

  const points: XmrPoint[] = values.map((value, i) => {
    const signals: XmrSignals = {
      outsideLimits: outside[i] as boolean,
      trend: trend[i] as boolean,
      twoInThree: twoInThree[i] as boolean,
      run: run[i] as boolean,
    };
    const specialCauseType = classify(i, values, signals, side[i] as -1 | 0 | 1, trend);
    return {
      index: i,
      value,
      movingRange: movingRanges[i] as number | null,
      movingRangeExcluded: i > 0 && (i >= baselineN || !(kept[i - 1] as boolean)),
      relativeToMean: side[i] as -1 | 0 | 1,
      closeToLimits: close[i] as boolean,
      signals,
      specialCauseType,
      pointType: pointType(specialCauseType, improvementDirection),
    };
  });

  const assurance =
    target === null || improvementDirection === 'neutral'
      ? null
      : target > upperLimit
        ? improvementDirection === 'increase'
          ? 'consistent_fail'
          : 'consistent_pass'
        : target < lowerLimit
          ? improvementDirection === 'increase'
            ? 'consistent_pass'
            : 'consistent_fail'
          : 'inconsistent';

  const shortSeriesWarning = n < XMR_MIN_POINTS;
  const warnings: Bilingual[] = [];
  if (shortSeriesWarning) {
    warnings.push(STATS_TEXTS.xmrShortSeries(n, XMR_MIN_POINTS));
  }
  if (screenOutliers && meanMovingRangeUnscreened === 0) {
    warnings.push(STATS_TEXTS.xmrFlat());
  }

  return {
    n,
    baselineN,
    mean,
    meanMovingRange,
    meanMovingRangeUnscreened,
    movingRangesScreened: kept.filter((k) => !k).length,
    lowerLimit,
    upperLimit,
    nearLowerLimit,
    nearUpperLimit,
    improvementDirection,
    points,
    latestPointType: (points[n - 1] as XmrPoint).pointType,
    target,
    assurance,
    shortSeriesWarning,
    warnings,
  };
}

function average(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** +1 at the 7th point of 7 strictly rising points, −1 of 7 strictly falling, else 0. */
function sevenPointTrendEnds(y: readonly number[]): number[] {
  return y.map((_, i) => {
    if (i < 6) return 0;
    let up = true;
    let down = true;
    for (let k = i - 5; k <= i; k++) {
      const d = Math.sign((y[k] as number) - (y[k - 1] as number));
      if (d !== 1) up = false;
      if (d !== -1) down = false;
    }
    return up ? 1 : down ? -1 : 0;
  });
}

/** 1 at the 7th of 7 points on the same (non-zero) side of the mean, else 0. */
function sevenOnOneSideEnds(side: readonly number[]): number[] {
  return side.map((s, i) => {
    if (i < 6 || s === 0) return 0;
    for (let k = i - 6; k < i; k++) if (side[k] !== s) return 0;
    return 1;
  });
}

/** A point is part of a run of 7 when it or one of the 6 points after it ends such a run. */
function partOfSeven(ends: readonly number[]): boolean[] {
  return ends.map((_, i) => ends.slice(i, i + 7).some((e) => e !== 0));
}

/**
 * A point in the outer third is flagged when one of the three windows of 3 points containing it
 * holds at least 2 points in the outer third and all 3 points on the same side of the mean.
 */
function partOfTwoInThree(close: readonly boolean[], side: readonly number[]): boolean[] {
  const n = close.length;
  const window = (start: number): boolean => {
    if (start < 0 || start + 2 >= n) return false;
    let closeCount = 0;
    let sideSum = 0;
    for (let k = start; k < start + 3; k++) {
      if (close[k]) closeCount += 1;
      sideSum += side[k] as number;
    }
    return closeCount >= 2 && Math.abs(sideSum) === 3;
  };
  return close.map((c, i) => c && (window(i - 2) || window(i - 1) || window(i)));
}

function classify(
  i: number,
  y: readonly number[],
  signals: XmrSignals,
  side: -1 | 0 | 1,
  trend: readonly boolean[],
): XmrSpecialCauseType {
  if (signals.outsideLimits) return side === 1 ? 'above_upper_limit' : 'below_lower_limit';
  if (signals.trend) {
    // NHSRplotthedots: when the next point is also in a trend, take the direction to the right.
    const useRight = i + 1 < y.length && (trend[i + 1] as boolean);
    const d = useRight
      ? Math.sign((y[i + 1] as number) - (y[i] as number))
      : i > 0
        ? Math.sign((y[i] as number) - (y[i - 1] as number))
        : 0;
    return d === 1 ? 'trend_increasing' : 'trend_decreasing';
  }
  if (signals.twoInThree) return side > 0 ? 'two_in_three_above' : 'two_in_three_below';
  if (signals.run) return side > 0 ? 'run_above' : 'run_below';
  return 'common_cause';
}

function pointType(type: XmrSpecialCauseType, direction: ImprovementDirection): XmrPointType {
  if (type === 'common_cause') return 'common_cause';
  const high =
    type === 'above_upper_limit' ||
    type === 'trend_increasing' ||
    type === 'two_in_three_above' ||
    type === 'run_above';
  if (direction === 'neutral') return high ? 'special_cause_neutral_high' : 'special_cause_neutral_low';
  return high === (direction === 'increase') ? 'special_cause_improvement' : 'special_cause_concern';
}
