import type { Bilingual } from '../messages/lang.ts';
import { STATS_TEXTS } from '../messages/stats.ts';

/** chitieu's names for the Open SDG statuses (Statistics Canada's wording where a target exists). */
export type CagrProgressStatus =
  | 'target_achieved'
  /** Open SDG `substantial_progress` */
  | 'on_track'
  /** Open SDG `moderate_progress` */
  | 'acceleration_needed'
  | 'limited_progress'
  | 'deterioration'
  | 'not_available';

/** The status as sdg-build names it. */
export type OpenSdgStatus =
  | 'target_achieved'
  | 'substantial_progress'
  | 'moderate_progress'
  | 'limited_progress'
  | 'deterioration'
  | 'not_available';

export interface ProgressThresholds {
  high: number;
  med: number;
  low: number;
}

export interface CagrProgressInput {
  /** Observations; null values are dropped, as sdg-build drops NA. */
  series: readonly { year: number; value: number | null }[];
  /** Base year; when it has no value, the next year with one is used. */
  baseYear: number;
  /** Target value; null or absent for the no-target method. 0 is replaced by 0.001 (sdg-build). */
  targetValue?: number | null;
  /** Year the target is due; required with a target. */
  targetYear?: number | null;
  direction: 'increase' | 'decrease';
  /** No-target method only: a natural limit (e.g. 0 or 100) that scales the thresholds down near it. */
  limit?: number | null;
  /** Overrides of the default thresholds (.95/.6/0 with a target, .015/.005/0 without). */
  thresholds?: Partial<ProgressThresholds>;
}

export interface CagrProgressResult {
  status: CagrProgressStatus;
  openSdgStatus: OpenSdgStatus;
  /** 'target' (ratio of CAGRs) or 'no_target' (observed CAGR against fixed thresholds). */
  method: 'target' | 'no_target';
  /** The base year actually used (the requested one or the next year with data). */
  baseYear: number | null;
  /** Base value used (0 replaced by 0.001). */
  baseValue: number | null;
  currentYear: number | null;
  currentValue: number | null;
  targetYear: number | null;
  targetValue: number | null;
  direction: 'increase' | 'decrease';
  /** `(y_t/y_0)^(1/(t−t_0)) − 1`. */
  cagrObserved: number | null;
  /** `(y_T/y_0)^(1/(T−t_0)) − 1`; null without a target. */
  cagrRequired: number | null;
  /** `R = s·d·CAGR_o/|CAGR_r|`; null without a target. */
  ratio: number | null;
  /** The figure compared with the thresholds: R with a target, `s·d·CAGR_o` without. */
  progressValue: number | null;
  /** Thresholds used, after any scaling near the limit (`coefficient` = C). */
  thresholds: ProgressThresholds & { coefficient?: number };
  /** sdg-build's progress score in [−5, 5]; 5 when the target is achieved. */
  score: number | null;
  targetAchieved: boolean;
  warnings: Bilingual[];
  reason: Bilingual;
}

const STATUS_NAMES: Record<OpenSdgStatus, CagrProgressStatus> = {
  target_achieved: 'target_achieved',
  substantial_progress: 'on_track',
  moderate_progress: 'acceleration_needed',
  limited_progress: 'limited_progress',
  deterioration: 'deterioration',
  not_available: 'not_available',
};

/** sdg-build's exponent for the reduction coefficient near a limit. */
const LIMIT_EXPONENT = 4.44;

/**
 * Progress measure of Open SDG (sdg-build) and Statistics Canada: compound annual growth rates.
 *
 * - `CAGR_o = (y_t/y_0)^(1/(t−t_0)) − 1`, t the latest year with data, t_0 the base year
 * - with a target: `CAGR_r = (y_T/y_0)^(1/(T−t_0)) − 1`, `R = s·d·CAGR_o/|CAGR_r|`, d = +1 when an
 *   increase is wanted and −1 when a decrease is, s = −1 when y_0 < 0;
 *   R >= 0.95 on track, 0.6 <= R < 0.95 acceleration needed, 0 <= R < 0.6 limited, R < 0 deterioration
 * - without a target: `s·d·CAGR_o` against 0.015 / 0.005 / 0; with a limit L the thresholds are
 *   multiplied by `C = 1 − (|y_0|/|L|)^4.44` (|y_0| <= |L|), `1 − ((2|L| − |y_0|)/|L|)^4.44`
 *   (|L| < |y_0| < 2|L|), or 1 (|y_0| >= 2|L|)
 * - target achieved (latest value at or beyond the target, in the wanted direction) overrides all
 *
 * Edge rules, as sdg-build: a base year without data moves to the next year with data; a base value
 * of 0 and a target of 0 become 0.001; base and latest values of opposite signs, or no year with
 * data after the base year, give no progress value (not available, unless the target is achieved).
 * Where sdg-build would raise an error (duplicate years) this throws; where it would divide by zero
 * (target equal to the base value, target year not after the base year) or fail (no data from the
 * base year on) this returns not available with the reason.
 *
 * For a path target (≥ 20 % in 2025, ≥ 50 % by 2030) `targetValue` and `targetYear` are the END milestone's
 * (0.5, 2030), never the year's point on the line between milestones: `deadlineTarget` in
 * `analysis/crime-progress.ts` and `analysis/path-progress.ts` pass them so.
 *
 * The reason and warnings are worded by `STATS_TEXTS` (`messages/stats.ts`), figures printed by
 * `core/format`.
 *
 * Source: open-sdg/sdg-build `sdg/ProgressMeasure.py`; open-sdg/open-sdg
 * `docs/progress-methodology.md`. METHODOLOGY.md section 3.
 *
 * @param input - series, base year, target, direction, optional limit and thresholds
 * @throws {RangeError} when a year appears twice, a value or year is not finite, or a target is
 *   given without a target year
 *
 * @example
 * // Target (a): 5 % fewer cases in 2025 than in 2021; 2023 stands 2.5 % below 2021.
 * const r = cagrProgress({
 *   series: [{ year: 2021, value: 400 }, { year: 2022, value: 396 }, { year: 2023, value: 390 }],
 *   baseYear: 2021, targetValue: 380, targetYear: 2025, direction: 'decrease',
 * });
 * r.cagrRequired; // => -0.012741455098566168
 * r.ratio;        // => 0.9872590686161613
 * r.status;       // => 'on_track'
 */
export function cagrProgress(input: CagrProgressInput): CagrProgressResult {
  const { direction } = input;
  const d = direction === 'increase' ? 1 : -1;
  const warnings: Bilingual[] = [];
  const method = input.targetValue === null || input.targetValue === undefined ? 'no_target' : 'target';
  let targetValue = method === 'target' ? (input.targetValue as number) : null;
  const targetYear = input.targetYear ?? null;
  if (targetValue !== null) {
    if (!Number.isFinite(targetValue)) throw new RangeError(`targetValue must be a finite number, got ${targetValue}`);
    if (targetYear === null || !Number.isFinite(targetYear)) {
      throw new RangeError(`targetYear must be a finite number when a target is given, got ${targetYear}`);
    }
    if (targetValue === 0) {
      warnings.push(STATS_TEXTS.zeroReplaced('target'));
      targetValue = 0.001;
    }
  }

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

  const empty = (reason: Bilingual, extra: Partial<CagrProgressResult> = {}): CagrProgressResult => ({
    status: 'not_available',
    openSdgStatus: 'not_available',
    method,
    baseYear: null,
    baseValue: null,
    currentYear: null,
    currentValue: null,
    targetYear,
    targetValue,
    direction,
    cagrObserved: null,
    cagrRequired: null,
    ratio: null,
    progressValue: null,
    thresholds: defaultThresholds(method, input.thresholds),
    score: null,
    targetAchieved: false,
    warnings,
    reason,
    ...extra,
  });

  const latest = data[data.length - 1];
  if (latest === undefined) {
    return empty(STATS_TEXTS.noData());
  }
  const base = data.find((row) => row.year >= input.baseYear);
  if (base === undefined) {
    return empty(STATS_TEXTS.noDataFromBaseYear(input.baseYear), {
      currentYear: latest.year,
      currentValue: latest.value,
    });
  }
  if (base.year !== input.baseYear) {
    warnings.push(STATS_TEXTS.baseYearMoved(input.baseYear, base.year));
  }

  const currentYear = latest.year;
  const currentValue = latest.value;
  const sign = base.value < 0 ? -1 : 1;
  const thresholds =
    method === 'no_target'
      ? scaledThresholds(base.value, input.limit ?? null, direction, input.thresholds, warnings)
      : defaultThresholds(method, input.thresholds);
  if (method === 'target' && input.limit !== null && input.limit !== undefined) {
    warnings.push(STATS_TEXTS.limitIgnored(input.limit));
  }
  const targetAchieved = targetValue !== null && (d === 1 ? currentValue >= targetValue : currentValue <= targetValue);

  let baseValue = base.value;
  if (baseValue === 0) {
    warnings.push(STATS_TEXTS.zeroReplaced('base'));
    baseValue = 0.001;
  }

  const common = {
    method,
    baseYear: base.year,
    baseValue,
    currentYear,
    currentValue,
    targetYear,
    targetValue,
    direction,
    thresholds,
    targetAchieved,
    warnings,
  } as const;

  let cagrObserved: number | null = null;
  let cagrRequired: number | null = null;
  let ratio: number | null = null;
  let progressValue: number | null = null;
  let unavailable: Bilingual | null = null;

  if ((baseValue > 0 && currentValue < 0) || (baseValue < 0 && currentValue > 0)) {
    unavailable = STATS_TEXTS.oppositeSigns(baseValue, currentValue);
  } else if (currentYear - base.year < 1) {
    unavailable = STATS_TEXTS.onlyOneYearFrom(base.year);
  } else {
    cagrObserved = growth(currentValue, baseValue, currentYear, base.year);
    if (method === 'no_target') {
      progressValue = sign * d * cagrObserved;
    } else if ((targetYear as number) <= base.year) {
      unavailable = STATS_TEXTS.targetYearNotAfterBase(targetYear, base.year);
    } else {
      cagrRequired = growth(targetValue as number, baseValue, targetYear as number, base.year);
      if (cagrRequired === 0) {
        unavailable = STATS_TEXTS.targetEqualsBase();
      } else {
        ratio = (sign * d * cagrObserved) / Math.abs(cagrRequired);
        progressValue = ratio;
      }
    }
  }

  const openSdgStatus = statusFor(progressValue, thresholds, targetAchieved);
  const status = STATUS_NAMES[openSdgStatus];
  const score = scoreFor(method, progressValue, thresholds, targetAchieved);
  const reason = targetAchieved
    ? STATS_TEXTS.targetReached(currentValue, currentYear, targetValue)
    : (unavailable ??
      STATS_TEXTS.cagr({
        method,
        status: openSdgStatus,
        progressValue: progressValue as number,
        cagrObserved: cagrObserved as number,
        cagrRequired,
        thresholds,
      }));

  return { ...common, status, openSdgStatus, cagrObserved, cagrRequired, ratio, progressValue, score, reason };
}

/** sdg-build's `growth_calculation`. */
function growth(value: number, baseValue: number, year: number, baseYear: number): number {
  return (value / baseValue) ** (1 / (year - baseYear)) - 1;
}

function defaultThresholds(
  method: 'target' | 'no_target',
  overrides: Partial<ProgressThresholds> = {},
): ProgressThresholds {
  const defaults = method === 'target' ? { high: 0.95, med: 0.6, low: 0 } : { high: 0.015, med: 0.005, low: 0 };
  return { ...defaults, ...overrides };
}

function scaledThresholds(
  baseValue: number,
  limit: number | null,
  direction: 'increase' | 'decrease',
  overrides: Partial<ProgressThresholds> | undefined,
  warnings: Bilingual[],
): ProgressThresholds & { coefficient?: number } {
  const thresholds = defaultThresholds('no_target', overrides);
  if (limit === null) return thresholds;
  if ((direction === 'decrease' && baseValue < limit) || (direction === 'increase' && baseValue > limit)) {
    warnings.push(STATS_TEXTS.baseBeyondLimit(baseValue, limit));
  }
  const b = Math.abs(baseValue);
  const l = Math.abs(limit);
  const coefficient = b >= 2 * l ? 1 : b <= l ? 1 - (b / l) ** LIMIT_EXPONENT : 1 - ((2 * l - b) / l) ** LIMIT_EXPONENT;
  return {
    high: thresholds.high * coefficient,
    med: thresholds.med * coefficient,
    low: thresholds.low * coefficient,
    coefficient,
  };
}

/** sdg-build's `get_progress_status`. */
function statusFor(value: number | null, t: ProgressThresholds, targetAchieved: boolean): OpenSdgStatus {
  if (targetAchieved) return 'target_achieved';
  if (value === null) return 'not_available';
  if (value >= t.high) return 'substantial_progress';
  if (value >= t.med) return 'moderate_progress';
  if (value >= t.low) return 'limited_progress';
  return 'deterioration';
}

/** sdg-build's `SeriesProgress.get_score` (score functions fixed for the default thresholds). */
function scoreFor(
  method: 'target' | 'no_target',
  value: number | null,
  t: ProgressThresholds & { coefficient?: number },
  targetAchieved: boolean,
): number | null {
  if (targetAchieved) return 5;
  if (value === null) return null;
  if (method === 'no_target') {
    const coeff = t.coefficient ?? 1;
    if (value < t.low) return Math.max(125 * value - 2.5, -5);
    if (coeff === 0) return 5;
    if (value >= t.high) return Math.min((500 * value) / coeff - 5, 5);
    if (value >= t.med) return (250 * value) / coeff - 1.25;
    return (500 * value) / coeff - 2.5;
  }
  if (value >= t.med) return Math.min(7.1429 * value - 4.2857, 5);
  return Math.max(4.1667 * value - 2.5, -5);
}
