import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import type { Bilingual } from '../messages/lang.ts';
import { STATS_TEXTS } from '../messages/stats.ts';
import { confidenceLevel } from './check-arguments.ts';

/** How the years are weighted in the trend regression. */
export type EscapWeighting =
  /** `w_i = year_i − first year + 1`: the latest year weighs most (default; see the note below) */
  | 'linear'
  /** ordinary least squares */
  | 'equal';

/** ESCAP's reading of the projection against the target. */
export type EscapStatus =
  /** the latest value already meets the target */
  | 'target_achieved'
  /** the projected value meets the target by the target year ("maintain progress") */
  | 'on_track'
  /** the projection moves towards the target but falls short ("accelerate progress") */
  | 'acceleration_needed'
  /** the projection moves away from the target ("reverse trend") */
  | 'reverse_trend'
  | 'not_available';

export interface EscapProgressInput {
  /** Observations; null (and NaN) values are dropped. All years given enter the regression. */
  series: readonly { year: number; value: number | null }[];
  /** Base year of the index; when it has no value, the next year with one is used. */
  baseYear: number;
  targetValue: number;
  targetYear: number;
  direction: 'increase' | 'decrease';
  /** 'linear' (default), 'equal', or one weight per observation (in year order, after dropping nulls). */
  weighting?: EscapWeighting | readonly number[];
  /** Level of the prediction interval. Default 0.95. */
  level?: number;
}

export interface WeightedTrend {
  n: number;
  /** Weights used, scaled to average 1, in year order. */
  weights: number[];
  /** Change per year. */
  slope: number;
  /** Fitted value at year 0 (as R's `coef(lm(value ~ year))`). */
  intercept: number;
  /** `√(Σw_i e_i² / (n − 2))`; null when n = 2. */
  residualStandardError: number | null;
  /** Residual degrees of freedom, n − 2. */
  df: number;
}

export interface EscapProgressResult {
  status: EscapStatus;
  baseYear: number | null;
  baseValue: number | null;
  currentYear: number | null;
  currentValue: number | null;
  targetYear: number;
  targetValue: number;
  direction: 'increase' | 'decrease';
  /** `CSI = (x_t − x_0)/(x_T − x_0)` capped to [0, 1]; null when x_T = x_0. */
  currentStatusIndex: number | null;
  /** The same before capping. */
  currentStatusIndexUncapped: number | null;
  trend: WeightedTrend | null;
  /** `x̂_T`, the trend's value at the target year. */
  projectedValue: number | null;
  /** Prediction interval for the value at the target year; null when n < 3. */
  predictionInterval: { lower: number; upper: number; level: number } | null;
  /** `gap = (x_T − x̂_T)/(x_T − x_0)`: the share of the required progress the projection misses. */
  gap: number | null;
  /** Whether the target lies inside the prediction interval (the verdict is then within noise). */
  targetInsidePredictionInterval: boolean | null;
  warnings: Bilingual[];
  reason: Bilingual;
}

/**
 * ESCAP progress assessment: Current Status Index and the anticipated value at the target year.
 *
 * - Trend: weighted least squares `x = a + b·year` with weights favouring recent years; by default
 *   `w_i = year_i − year_1 + 1`, scaled to average 1.
 * - `x̂_T = a + b·T`; prediction interval `x̂_T ± t_{1−α/2, n−2}·√(s² + SE(x̂_T)²)`, with
 *   `s² = Σw_i e_i²/(n−2)` and `SE(x̂_T)² = s²·(1/Σw_i + (T − ȳ_w)²/Σw_i(year_i − ȳ_w)²)` (ȳ_w the
 *   weighted mean year): a new observation of average weight. This equals R
 *   `predict(lm(x ~ year, weights = w / mean(w)), data.frame(year = T), interval = "prediction")`.
 * - `CSI = (x_t − x_0)/(x_T − x_0)` capped to [0, 1]; `gap = (x_T − x̂_T)/(x_T − x_0)`.
 * - Status: the latest value meets the target → target achieved; x̂_T meets it → on track;
 *   x̂_T lies beyond x_0 in the wanted direction → acceleration needed; otherwise reverse trend.
 *
 * Source: ESCAP, "Progress assessment methodology" (data.unescap.org technical notes): the
 * anticipated value comes from a time-weighted linear regression that gives more importance to
 * recent data; UNECE applies the same index (w3.unece.org/sdg2023/technical-notes.html).
 * [A] Inferred, not found in the published notes: the weights `year_i − year_1 + 1` (ESCAP working
 * paper SD/WP/04, March 2017, proposes time-related weights but its formula was not available), the
 * exact CSI and gap formulas (METHODOLOGY.md section 3), the status cut-offs, and the prediction
 * interval (ESCAP publishes none). Pass `weighting` to use other weights.
 *
 * For a path target (≥ 20 % in 2025, ≥ 50 % by 2030) `targetValue` and `targetYear` are the END milestone's
 * (0.5, 2030), never the year's point on the line between milestones: `deadlineTarget` in
 * `analysis/crime-progress.ts` and `analysis/path-progress.ts` pass them so.
 *
 * The t quantile is `@stdlib/stats-base-dists-t-quantile`, equal to R's `qt(p, df)` to 10⁻¹⁴
 * (relative) for df = 1 to 10^7 at levels 0.80 to 0.999 (test/reference/stats-grids/t-quantile.csv).
 * The reason is worded by `STATS_TEXTS.escap` (`messages/stats.ts`).
 *
 * @param input - series, base year, target, direction, weighting, interval level
 * @throws {RangeError} when a year appears twice, a number is not finite, custom weights do not
 *   match the observations or are not positive, or level is outside (0, 1)
 *
 * @example
 * const r = escapProgress({
 *   series: [{ year: 2021, value: 400 }, { year: 2022, value: 396 }, { year: 2023, value: 390 }, { year: 2024, value: 389 }],
 *   baseYear: 2021, targetValue: 380, targetYear: 2025, direction: 'decrease',
 * });
 * r.projectedValue;      // => 384.60000000000036
 * r.gap;                 // => 0.2300000000000182
 * r.status;              // => 'acceleration_needed'
 */
export function escapProgress(input: EscapProgressInput): EscapProgressResult {
  const { targetValue, targetYear, direction } = input;
  const level = confidenceLevel(input.level ?? 0.95);
  if (!Number.isFinite(targetValue)) throw new RangeError(`targetValue must be a finite number, got ${targetValue}`);
  if (!Number.isFinite(targetYear)) throw new RangeError(`targetYear must be a finite number, got ${targetYear}`);
  const d = direction === 'increase' ? 1 : -1;
  const warnings: Bilingual[] = [];

  const data = input.series
    .filter((row) => row.value !== null && row.value !== undefined && !Number.isNaN(row.value))
    .map((row) => ({ year: row.year, value: row.value as number }))
    .sort((a, b) => a.year - b.year);
  data.forEach((row, i) => {
    if (!Number.isFinite(row.year) || !Number.isFinite(row.value)) {
      throw new RangeError(`series rows need finite year and value, got ${row.year}: ${row.value}`);
    }
    if (i > 0 && row.year === (data[i - 1] as { year: number }).year) {
      throw new RangeError(`year ${row.year} appears more than once in series`);
    }
  });

  const result: EscapProgressResult = {
    status: 'not_available',
    baseYear: null,
    baseValue: null,
    currentYear: null,
    currentValue: null,
    targetYear,
    targetValue,
    direction,
    currentStatusIndex: null,
    currentStatusIndexUncapped: null,
    trend: null,
    projectedValue: null,
    predictionInterval: null,
    gap: null,
    targetInsidePredictionInterval: null,
    warnings,
    reason: STATS_TEXTS.noData(),
  };

  const latest = data[data.length - 1];
  const base = data.find((row) => row.year >= input.baseYear);
  if (latest === undefined) return result;
  result.currentYear = latest.year;
  result.currentValue = latest.value;
  if (base === undefined) {
    result.reason = STATS_TEXTS.noDataFromBaseYear(input.baseYear);
    return result;
  }
  if (base.year !== input.baseYear) {
    warnings.push(STATS_TEXTS.baseYearMoved(input.baseYear, base.year));
  }
  result.baseYear = base.year;
  result.baseValue = base.value;

  const required = targetValue - base.value;
  if (required !== 0) {
    const csi = (latest.value - base.value) / required;
    result.currentStatusIndexUncapped = csi;
    result.currentStatusIndex = Math.min(1, Math.max(0, csi));
  }
  const meets = (x: number): boolean => (d === 1 ? x >= targetValue : x <= targetValue);

  if (data.length >= 2) {
    const weights = weightsFor(
      data.map((row) => row.year),
      input.weighting ?? 'linear',
    );
    const fit = weightedLine(
      data.map((row) => row.year),
      data.map((row) => row.value),
      weights,
    );
    result.trend = fit.trend;
    const projected = fit.trend.intercept + fit.trend.slope * targetYear;
    result.projectedValue = projected;
    if (required !== 0) result.gap = (targetValue - projected) / required;
    if (fit.trend.residualStandardError !== null) {
      const s = fit.trend.residualStandardError;
      const seFit2 = s * s * (1 / fit.sumWeights + (targetYear - fit.meanYear) ** 2 / fit.sxx);
      const half = tQuantile(1 - (1 - level) / 2, fit.trend.df) * Math.sqrt(s * s + seFit2);
      result.predictionInterval = { lower: projected - half, upper: projected + half, level };
      result.targetInsidePredictionInterval = targetValue >= projected - half && targetValue <= projected + half;
    }
  }

  if (meets(latest.value)) {
    result.status = 'target_achieved';
  } else if (result.projectedValue === null) {
    result.reason = STATS_TEXTS.escapOneYear();
    return result;
  } else if (meets(result.projectedValue)) {
    result.status = 'on_track';
  } else if ((result.projectedValue - base.value) * d > 0) {
    result.status = 'acceleration_needed';
  } else {
    result.status = 'reverse_trend';
  }
  result.reason = STATS_TEXTS.escap({
    status: result.status,
    targetYear,
    targetValue,
    projectedValue: result.projectedValue,
    predictionInterval: result.predictionInterval,
    currentStatusIndex: result.currentStatusIndex,
    gap: result.gap,
    targetInside: result.targetInsidePredictionInterval,
  });
  return result;
}

function weightsFor(years: readonly number[], weighting: EscapWeighting | readonly number[]): number[] {
  let raw: number[];
  if (weighting === 'linear') {
    raw = years.map((y) => y - (years[0] as number) + 1);
  } else if (weighting === 'equal') {
    raw = years.map(() => 1);
  } else {
    if (weighting.length !== years.length) {
      throw new RangeError(`weighting has ${weighting.length} weights for ${years.length} observations`);
    }
    weighting.forEach((w, i) => {
      if (!(w > 0) || !Number.isFinite(w))
        throw new RangeError(`weighting[${i}] must be a finite number > 0, got ${w}`);
    });
    raw = [...weighting];
  }
  const mean = raw.reduce((a, b) => a + b, 0) / raw.length;
  return raw.map((w) => w / mean);
}

/** Weighted least squares line, computed around the weighted mean year for accuracy. */
function weightedLine(
  years: readonly number[],
  values: readonly number[],
  weights: readonly number[],
): { trend: WeightedTrend; meanYear: number; sumWeights: number; sxx: number } {
  const n = years.length;
  const sumWeights = weights.reduce((a, b) => a + b, 0);
  const meanYear = weights.reduce((acc, w, i) => acc + w * (years[i] as number), 0) / sumWeights;
  const meanValue = weights.reduce((acc, w, i) => acc + w * (values[i] as number), 0) / sumWeights;
  let sxx = 0;
  let sxy = 0;
  weights.forEach((w, i) => {
    const dx = (years[i] as number) - meanYear;
    sxx += w * dx * dx;
    sxy += w * dx * ((values[i] as number) - meanValue);
  });
  const slope = sxy / sxx;
  const rss = weights.reduce((acc, w, i) => {
    const e = (values[i] as number) - (meanValue + slope * ((years[i] as number) - meanYear));
    return acc + w * e * e;
  }, 0);
  const df = n - 2;
  return {
    trend: {
      n,
      weights: [...weights],
      slope,
      intercept: meanValue - slope * meanYear,
      residualStandardError: df > 0 ? Math.sqrt(rss / df) : null,
      df,
    },
    meanYear,
    sumWeights,
    sxx,
  };
}
