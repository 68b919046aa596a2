import type { IndicatorDefinition } from '../indicators/definition.ts';
import { sumMeasure, type YearIndex } from '../indicators/measure.ts';
import type { IndicatorResult } from '../indicators/result.ts';
import { exactVerdict } from '../indicators/verdict.ts';
import type { Bilingual } from '../messages/lang.ts';
import { ANALYSIS_TEXTS } from '../messages/analysis.ts';
import { poissonTargetProbability, poissonTargetProbabilityPartialYear } from '../stats/poisson-target-probability.ts';
import { cagrProgress, type CagrProgressStatus } from '../stats/progress-cagr.ts';
import { escapProgress, type EscapStatus } from '../stats/progress-escap.ts';
import { rateRatio, rateRatioTest } from '../stats/rate-ratio.ts';
import type { StatisticalStatus } from '../stats/statistical-status.ts';
import type { DataSet, Status, Target } from '../types.ts';
import { monthsCovered, tableProfile } from './coverage.ts';
import { monthlyMeasure } from './monthly-measure.ts';
import { conventionOf } from '../periods/of-data.ts';
import { yearMonthAt, type YearMonth } from './months.ts';
import { UNIT_COUNT_INDICATORS } from '../areas/area-breaks.ts';
import { seriesSegment, type SeriesBreak } from './series-break.ts';
import type { ResultScope } from './trend.ts';
import { verdictStrength } from './verdict-strength.ts';

/** One year of the count series the progress methods read. */
export interface ProgressYear {
  year: number;
  count: number;
  /** How many months the count covers. */
  months_covered: number;
  partial: boolean;
}

/** The `progress` field: is the deadline target on track, and how sure is that. */
export interface ProgressAssessment {
  baseline_year: number;
  baseline_count: number | null;
  /** The deadline. */
  target_year: number;
  /** `(1 + threshold) · baseline`: the count the target allows (380 for a baseline of 400 and −5 %). */
  target_count: number | null;
  /** The largest whole count that meets the target. */
  max_count: number | null;
  /** The year the methods are read at: the report's year, or the deadline once it has passed. */
  assessed_year: number;
  deadline_passed: boolean;
  /** Yearly counts from the baseline to the assessed year. */
  series: ProgressYear[];
  /** The verdict at the deadline year, once the report's year has reached it; null before. */
  at_deadline: {
    year: number;
    count: number;
    value: number;
    ci95: [number, number] | null;
    status: 'met' | 'not_met';
    statistical_status: StatisticalStatus | null;
    partial_year: boolean;
  } | null;
  /** Open SDG / Statistics Canada: observed against required compound annual growth. */
  cagr: {
    status: CagrProgressStatus;
    current_year: number | null;
    cagr_observed: number | null;
    cagr_required: number | null;
    ratio: number | null;
    reason: Bilingual;
  } | null;
  /** ESCAP anticipated progress: time-weighted regression projected to the deadline. */
  escap: {
    status: EscapStatus;
    projected_value: number | null;
    /** 95 % prediction interval of the deadline year's count; null with fewer than 3 years. */
    prediction_interval: [number, number] | null;
    target_inside_prediction_interval: boolean | null;
    current_status_index: number | null;
    gap: number | null;
    slope: number | null;
    reason: Bilingual;
  } | null;
  /**
   * Probability that the deadline year meets the target if its count is Poisson:
   * `projection` (before the deadline year: mean = ESCAP's projected count), `partial_year` (the
   * deadline year under way: the months left at last year's rate for the same months), `observed` (the
   * deadline year complete: the chance that a year with the observed mean would meet it).
   */
  probability: {
    method: 'projection' | 'partial_year' | 'observed';
    value: number;
    mean: number;
    reason: Bilingual;
  } | null;
  /** Exact one-sided test of H₀ ratio ≥ 1 + threshold (0.95) for the assessed year against the baseline. */
  test: { year: number; theta0: number; p_less: number; reason: Bilingual } | null;
  /** The change of territory that makes the baseline not comparable; null when none. */
  break: SeriesBreak | null;
  reason: Bilingual;
}

/** The largest whole count x with `x / baseline − 1 <comparator> threshold`, decided exactly; −1 when none. */
function largestMeeting(baseline: number, target: Target): number {
  const met = (x: number) => exactVerdict(x, baseline, -1, target.comparator, target.threshold) === 'met';
  let x = Math.max(0, Math.floor((1 + target.threshold) * baseline + 1e-9));
  while (x >= 0 && !met(x)) x--;
  while (met(x + 1)) x++;
  return x;
}

/**
 * The target progress aims at: for a path target (milestones), its END milestone, threshold and year (50 % in
 * 2030, not the year's 26 % on the line to it); otherwise the target as it is.
 *
 * @example deadlineTarget({ comparator: '<=', threshold: -0.07, deadline_year: 2030, milestones: [{ year: 2026, threshold: -0.06 }, { year: 2030, threshold: -0.1 }] })?.threshold // => -0.1
 */
export function deadlineTarget(target: Target | null): Target | null {
  const end = target?.milestones?.at(-1);
  if (!target || !end) return target;
  return { ...target, threshold: end.threshold, deadline_year: end.year, interpolated: false };
}

/**
 * Progress towards a deadline target on a count against a baseline year (`crime_change_vs_baseline`:
 * 5 % fewer cases in 2025 than in 2021), by four methods side by side:
 *
 * - Open SDG / Statistics Canada: `CAGR_o = (y_t/y_0)^(1/(t−t_0)) − 1`,
 *   `CAGR_r = (y_T/y_0)^(1/(T−t_0)) − 1`, `R = −CAGR_o/|CAGR_r|`; R ≥ 0.95 on track
 *   (`stats/progress-cagr.ts`);
 * - ESCAP: weighted regression (weights rising with the year) projected to T with a 95 % prediction
 *   interval (`stats/progress-escap.ts`);
 * - Poisson probability of ending the deadline year at or under the target count
 *   (`stats/poisson-target-probability.ts`);
 * - exact conditional test of H₀ θ ≥ 1 + threshold, `p = P(X ≤ x_t | x_t + x_0, π₀)`,
 *   `π₀ = θ₀/(1 + θ₀)` (`stats/rate-ratio.ts`, R `poisson.test(c(xt, x0), r = 0.95, alternative = "less")`).
 *
 * A path target (milestones: −6 % in 2026 to −10 % in 2030) is aimed at its END milestone: the required CAGR,
 * ESCAP's projection, the probability, the test and the verdict at the deadline all use the last milestone's
 * threshold and year ({@link deadlineTarget}), never the year's point on the line.
 *
 * Only whole years enter the CAGR and ESCAP series (a partial year's count is not comparable). For a
 * year after the deadline, the methods are read at the deadline year, `deadline_passed` is true and
 * `at_deadline` gives the verdict there. For an area whose territory changed between the baseline and the
 * assessed year, nothing is computed and `break` says why.
 *
 * Source: METHODOLOGY.md section 3 (required CAGR 0.95^(1/4) − 1 = −1.27 %/yr) and section 4 (target
 * test); open-sdg `docs/progress-methodology.md`; ESCAP progress assessment methodology.
 *
 * @returns null when the result has no deadline target, the indicator is not a change against a baseline
 *   year, or the year is before the baseline
 * @example
 * const index = new YearIndex(data);
 * const result2023 = computeIndicators(data, { year: 2023, index }).results.find((r) => r.id === 'crime_change_vs_baseline');
 * const scope = { year: 2023, areaCode: '42', codes: areaAndDescendants(data.areas, '42') };
 * crimeProgress(data, index, crimeChangeVsBaseline, result2023, scope)?.cagr?.status; // => 'limited_progress' (bundled data)
 */
export function crimeProgress(
  data: DataSet,
  index: YearIndex,
  def: IndicatorDefinition,
  result: IndicatorResult,
  scope: ResultScope,
): ProgressAssessment | null {
  const target = deadlineTarget(result.target);
  if (def.comparison?.kind !== 'baseline' || !target || target.deadline_year === null) return null;
  const baselineYear = def.comparison.year;
  const deadline = target.deadline_year;
  if (scope.year < baselineYear || deadline <= baselineYear) return null;
  const assessed = Math.min(scope.year, deadline);
  const deadlinePassed = scope.year > deadline;
  const convention = conventionOf(data.meta);
  const table = def.numerator.table;

  const out: ProgressAssessment = {
    baseline_year: baselineYear,
    baseline_count: null,
    target_year: deadline,
    target_count: null,
    max_count: null,
    assessed_year: assessed,
    deadline_passed: deadlinePassed,
    series: [],
    at_deadline: null,
    cagr: null,
    escap: null,
    probability: null,
    test: null,
    break: null,
    reason: { vi: '', en: '' },
  };

  const span = { from: yearMonthAt(convention, baselineYear * 12), to: yearMonthAt(convention, assessed * 12 + 11) };
  const segment = seriesSegment(data, scope.areaCode, span, { unitCount: UNIT_COUNT_INDICATORS.has(def.id) });
  if (segment.break) {
    out.break = segment.break;
    out.reason = ANALYSIS_TEXTS.progressBreak(segment.break.date, baselineYear);
    return out;
  }

  const monthsOf = new Map<number, number[]>();
  for (let year = baselineYear; year <= assessed; year++) {
    const sum = sumMeasure(index, def.numerator, year, scope.codes);
    if (!sum) continue;
    const months = monthsCovered(data, table, 'year', year, scope.areaCode);
    out.series.push({ year, count: sum.value, months_covered: months.length, partial: months.length < 12 });
    monthsOf.set(year, months);
  }
  const base = out.series.find((p) => p.year === baselineYear);
  if (!base || base.partial || base.count <= 0) {
    out.reason = ANALYSIS_TEXTS.progressNoBaseline(baselineYear);
    return out;
  }
  const baseline = base.count;
  const threshold = target.threshold;
  const targetCount = (1 + threshold) * baseline;
  const maxCount = largestMeeting(baseline, target);
  out.baseline_count = baseline;
  out.target_count = targetCount;
  out.max_count = maxCount;
  const whole = out.series.filter((p) => !p.partial).map((p) => ({ year: p.year, value: p.count }));
  const latest = out.series[out.series.length - 1] as ProgressYear;
  const atAssessed = latest.year === assessed ? latest : null;

  const cagr = cagrProgress({
    series: whole,
    baseYear: baselineYear,
    targetValue: targetCount,
    targetYear: deadline,
    direction: def.direction,
  });
  out.cagr = {
    status: cagr.status,
    current_year: cagr.currentYear,
    cagr_observed: cagr.cagrObserved,
    cagr_required: cagr.cagrRequired,
    ratio: cagr.ratio,
    reason: cagr.reason,
  };
  const escap = escapProgress({
    series: whole,
    baseYear: baselineYear,
    targetValue: targetCount,
    targetYear: deadline,
    direction: def.direction,
  });
  const pi = escap.predictionInterval;
  out.escap = {
    status: escap.status,
    projected_value: escap.projectedValue,
    prediction_interval: pi ? [pi.lower, pi.upper] : null,
    target_inside_prediction_interval: escap.targetInsidePredictionInterval,
    current_status_index: escap.currentStatusIndex,
    gap: escap.gap,
    slope: escap.trend?.slope ?? null,
    reason: escap.reason,
  };

  // The probability model is written for "at most so many cases"; other comparators get none.
  const countTarget = maxCount >= 0 ? { baseline, threshold: maxCount / baseline - 1 } : null;
  const lessIsBetter = target.comparator === '<=' || target.comparator === '<';
  if (lessIsBetter && countTarget === null) {
    out.probability = {
      method: assessed < deadline ? 'projection' : 'observed',
      value: 0,
      mean: 0,
      reason: ANALYSIS_TEXTS.noCountMeets(),
    };
  } else if (lessIsBetter && countTarget) {
    if (assessed < deadline || !atAssessed) {
      if (escap.projectedValue !== null) {
        const mean = Math.max(0, escap.projectedValue);
        const p = poissonTargetProbability(countTarget, mean);
        out.probability = {
          method: 'projection',
          value: p.probability,
          mean,
          reason: ANALYSIS_TEXTS.probabilityProjection(deadline, p.reason),
        };
      }
    } else if (atAssessed.partial && atAssessed.months_covered > 0) {
      const observed = atAssessed.months_covered;
      const rate = remainingMonthlyRate(data, def, scope, deadline, atAssessed.count, monthsOf.get(deadline) ?? []);
      const p = poissonTargetProbabilityPartialYear({
        ...countTarget,
        countSoFar: atAssessed.count,
        monthsObserved: observed,
        monthlyRate: rate.rate,
      });
      out.probability = {
        method: 'partial_year',
        value: p.probability,
        mean: p.mean,
        reason: ANALYSIS_TEXTS.probabilityPartial(rate.fromPreviousYear, p.reason),
      };
    } else {
      const p = poissonTargetProbability(countTarget, atAssessed.count);
      out.probability = {
        method: 'observed',
        value: p.probability,
        mean: atAssessed.count,
        reason: ANALYSIS_TEXTS.probabilityObserved(p.reason),
      };
    }
  }

  if (atAssessed && !atAssessed.partial) {
    const theta0 = 1 + threshold;
    const test = theta0 > 0 ? rateRatioTest(atAssessed.count, baseline, theta0) : null;
    if (test) {
      out.test = {
        year: assessed,
        theta0,
        p_less: test.pLess,
        reason: ANALYSIS_TEXTS.targetTest(atAssessed.count, baseline, theta0, test.pLess),
      };
    }
  }

  if (
    scope.year >= deadline &&
    atAssessed &&
    atAssessed.year === deadline &&
    !(atAssessed.partial && !deadlinePassed)
  ) {
    const rr = rateRatio(atAssessed.count, baseline);
    const ci95: [number, number] | null = rr.ci && Number.isFinite(rr.ci[1]) ? [rr.ci[0] - 1, rr.ci[1] - 1] : null;
    const value = atAssessed.count / baseline - 1;
    const status = exactVerdict(atAssessed.count, baseline, -1, target.comparator, threshold);
    out.at_deadline = {
      year: deadline,
      count: atAssessed.count,
      value,
      ci95,
      status,
      statistical_status: verdictStrength({ value, ci95, status, target }),
      partial_year: atAssessed.partial,
    };
  }

  out.reason = ANALYSIS_TEXTS.progressSummary({
    year: scope.year,
    deadline,
    deadlinePassed,
    atDeadline: out.at_deadline,
    baselineYear,
    baseline,
    maxCount,
    cagr: out.cagr.status,
    escap: out.escap.status,
    probability: out.probability?.value ?? null,
    theta0: 1 + threshold,
    pLess: out.test?.p_less ?? null,
  });
  return out;
}

/**
 * Expected cases per month for the months of the deadline year not yet recorded: the previous year's
 * count in those same months (season kept) divided by their number; the year's own rate so far when the
 * previous year lacks them.
 */
function remainingMonthlyRate(
  data: DataSet,
  def: IndicatorDefinition,
  scope: ResultScope,
  year: number,
  countSoFar: number,
  monthsSoFar: readonly number[],
): { rate: number; fromPreviousYear: boolean } {
  const remaining: YearMonth[] = [];
  for (let month = 1; month <= 12; month++) {
    if (!monthsSoFar.includes(month)) remaining.push({ year: year - 1, month });
  }
  const previousMonths = tableProfile(data, def.numerator.table).monthsByYear.get(year - 1) ?? [];
  const previousCovered = monthsCovered(data, def.numerator.table, 'year', year - 1, scope.areaCode);
  const available = remaining.every((ym) => previousMonths.includes(ym.month) && previousCovered.includes(ym.month));
  if (remaining.length > 0 && available) {
    const sums = monthlyMeasure(data, def.numerator, scope.codes, {}, remaining);
    return { rate: sums.reduce((a, b) => a + b, 0) / remaining.length, fromPreviousYear: true };
  }
  return { rate: countSoFar / Math.max(1, monthsSoFar.length), fromPreviousYear: false };
}
