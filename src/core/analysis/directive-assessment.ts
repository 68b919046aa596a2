import { areaAndDescendants, rootArea } from '../areas/tree.ts';
import { computeIndicators } from '../indicators/compute.ts';
import type { IndicatorId, Measure } from '../indicators/definition.ts';
import { sumMeasure, YearIndex } from '../indicators/measure.ts';
import type { Bilingual } from '../messages/lang.ts';
import { ANALYSIS_TEXTS } from '../messages/analysis.ts';
import { rateRatio, rateRatioTest } from '../stats/rate-ratio.ts';
import type { StatisticalStatus } from '../stats/statistical-status.ts';
import { directive2025 } from '../targets/directive-2025.ts';
import type { TargetSet } from '../targets/target-set.ts';
import type { DataSet, Status, Target } from '../types.ts';
import { monthsCovered, tableProfile } from './coverage.ts';
import { monthlyMeasure } from './monthly-measure.ts';
import { conventionOf } from '../periods/of-data.ts';
import { yearMonthAt } from './months.ts';
import { seriesSegment } from './series-break.ts';
import { verdictStrength } from './verdict-strength.ts';

/** Options of {@link directiveAssessment}. */
export interface DirectiveAssessmentOptions {
  year: number;
  /** Area code; default the province. */
  area?: string;
  /** Target set for the rates; default `directive-2025`. */
  targets?: TargetSet;
  index?: YearIndex;
}

/** Social-order crime in one year against the year before. */
export interface SocialOrderYear {
  year: number;
  count: number | null;
  previous_count: number | null;
  /** The months compared (the same in both years). */
  months: number[];
  /** True when only some months were compared (a partial year against the same months of the year before). */
  same_months_only: boolean;
  /** `count / previous − 1`. */
  change: number | null;
  /** Exact conditional Poisson interval of the ratio, minus 1. */
  ci95: [number, number] | null;
  /** `met` when the count fell (count < previous). */
  status: Status;
  statistical_status: StatisticalStatus | null;
  /** Exact test of H₀ "no fall" (ratio ≥ 1): `P(X ≤ x | x + x_prev, 1/2)`. */
  p_less: number | null;
  reason: Bilingual;
}

/** One rate against the directive's target. */
export interface DirectiveRate {
  id: IndicatorId;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  ci95: [number, number] | null;
  target: Target | null;
  status: Status;
  statistical_status: StatisticalStatus | null;
  reason: Bilingual;
}

/** Whether a year meets the 2025 directive, part by part, with the reasons. */
export interface DirectiveAssessment {
  year: number;
  area_code: string;
  target_set: string;
  social_order: {
    /** Every year from the second year of the data to the year assessed. */
    years: SocialOrderYear[];
    /** The verdict of the year assessed. */
    status: Status;
    /** True when social-order crime fell in every year listed that has data; null when none has. */
    falling_every_year: boolean | null;
    reason: Bilingual;
  };
  /** Clearance (all, very serious + especially serious) and report resolution against the directive's targets. */
  rates: DirectiveRate[];
  /** `met` when every part is met; `not_met` when one is not; otherwise `no_data`. */
  status: Status;
  reasons: Bilingual[];
}

const SOCIAL_ORDER: Measure = {
  table: 'criminal_cases',
  terms: [{ column: 'occurred', sign: 1, rollUp: 'sum' }],
  where: { crime_group: ['social_order'] },
  label: { vi: 'Số vụ phạm tội về trật tự xã hội', en: 'Crimes against social order' },
};

/** The rates the directive sets targets for, in the order they are printed. */
export const DIRECTIVE_RATES: readonly IndicatorId[] = [
  'clearance_rate',
  'clearance_rate_very_serious',
  'reports_resolution_rate',
];

/** The social-order count of year y against y − 1, whole years or the same months. */
function socialOrderYear(
  data: DataSet,
  index: YearIndex,
  areaCode: string,
  codes: ReadonlySet<string>,
  y: number,
): SocialOrderYear {
  const none = (reason: Bilingual): SocialOrderYear => ({
    year: y,
    count: null,
    previous_count: null,
    months: [],
    same_months_only: false,
    change: null,
    ci95: null,
    status: 'no_data',
    statistical_status: null,
    p_less: null,
    reason,
  });
  const convention = conventionOf(data.meta);
  const span = { from: yearMonthAt(convention, (y - 1) * 12), to: yearMonthAt(convention, y * 12 + 11) };
  const segment = seriesSegment(data, areaCode, span);
  if (segment.break) return none(ANALYSIS_TEXTS.socialOrderBreak(y, segment.break.date));
  const monthsNow = monthsCovered(data, 'criminal_cases', 'year', y, areaCode);
  const monthsBefore = monthsCovered(data, 'criminal_cases', 'year', y - 1, areaCode);
  if (monthsNow.length === 0 || monthsBefore.length === 0) return none(ANALYSIS_TEXTS.socialOrderNoData(y));

  let count: number;
  let previous: number;
  let months: number[];
  let sameMonthsOnly = false;
  if (monthsNow.length === 12 && monthsBefore.length === 12) {
    count = sumMeasure(index, SOCIAL_ORDER, y, codes)?.value ?? 0;
    previous = sumMeasure(index, SOCIAL_ORDER, y - 1, codes)?.value ?? 0;
    months = monthsNow;
  } else {
    if (!tableProfile(data, 'criminal_cases').monthly) return none(ANALYSIS_TEXTS.socialOrderNoData(y));
    months = monthsNow.filter((m) => monthsBefore.includes(m));
    if (months.length === 0) return none(ANALYSIS_TEXTS.socialOrderNoData(y));
    sameMonthsOnly = true;
    const sum = (year: number) =>
      monthlyMeasure(
        data,
        SOCIAL_ORDER,
        codes,
        {},
        months.map((month) => ({ year, month })),
      ).reduce((a, b) => a + b, 0);
    count = sum(y);
    previous = sum(y - 1);
  }
  const status: Status = count < previous ? 'met' : 'not_met';
  const change = previous > 0 ? count / previous - 1 : null;
  const rr = rateRatio(count, previous);
  const ci95: [number, number] | null = rr.ci && Number.isFinite(rr.ci[1]) ? [rr.ci[0] - 1, rr.ci[1] - 1] : null;
  const target: Target = { comparator: '<', threshold: 0, deadline_year: null };
  const test = rateRatioTest(count, previous, 1);
  return {
    year: y,
    count,
    previous_count: previous,
    months,
    same_months_only: sameMonthsOnly,
    change,
    ci95,
    status,
    statistical_status: change === null ? null : verdictStrength({ value: change, ci95, target, status }),
    p_less: test?.pLess ?? null,
    reason: ANALYSIS_TEXTS.socialOrderYear({
      year: y,
      count,
      previous,
      months: months.length,
      sameMonthsOnly,
      status,
      pLess: test?.pLess ?? null,
    }),
  };
}

/**
 * Does a year meet Hà Tĩnh's 2025 crime-prevention directive?
 *
 * - Crime against social order falls every year: `x_Y < x_{Y−1}` (crime_group `social_order`, all
 *   severities), each year against the one before; a partial year is compared with the same months of
 *   the year before. With each year: the exact rate-ratio interval and the one-sided exact test of
 *   H₀ θ ≥ 1, `p = P(X ≤ x_Y | x_Y + x_{Y−1}, 1/2)` (R `poisson.test(c(xY, xY1), alternative = "less")`).
 * - Clearance (all cases; very serious + especially serious) and report resolution beat the national
 *   targets (`targets/directive-2025.ts`: > 75 %, > 90 %, > 90 %), each with its statistical status.
 *
 * Source: the province's 2025 crime-prevention directive (`targets/directive-2025.ts`; text not
 * retrieved); METHODOLOGY.md sections 1.3 (national targets), 3 (report social-order crime separately)
 * and 4 (rate ratio, target test).
 *
 * @throws Error when the area code is not in `areas.csv`
 * @example directiveAssessment(data, { year: 2025 }).status // => 'met' (bundled data)
 */
export function directiveAssessment(data: DataSet, options: DirectiveAssessmentOptions): DirectiveAssessment {
  const year = options.year;
  const areaCode = options.area ?? rootArea(data.areas).area_code;
  const index = options.index ?? new YearIndex(data);
  const codes = areaAndDescendants(data.areas, areaCode);
  const targets = options.targets ?? directive2025;

  const firstYear = tableProfile(data, 'criminal_cases').years[0] ?? year;
  const years: SocialOrderYear[] = [];
  for (let y = Math.min(firstYear + 1, year); y <= year; y++)
    years.push(socialOrderYear(data, index, areaCode, codes, y));
  const current = years.find((y) => y.year === year) ?? socialOrderYear(data, index, areaCode, codes, year);
  const withData = years.filter((y) => y.status !== 'no_data');
  const fallingEveryYear = withData.length === 0 ? null : withData.every((y) => y.status === 'met');

  const report = computeIndicators(data, { year, area: areaCode, targets, index });
  const rates: DirectiveRate[] = DIRECTIVE_RATES.map((id) => {
    const r = report.results.find((x) => x.id === id && Object.keys(x.breakdown).length === 0);
    if (!r) throw new Error(`indicator ${id} missing from the report`);
    return {
      id,
      value: r.value,
      numerator: r.numerator,
      denominator: r.denominator,
      ci95: r.ci95,
      target: r.target,
      status: r.status,
      statistical_status: verdictStrength(r),
      reason: r.reason,
    };
  });

  const parts = [current.status, ...rates.map((r) => r.status)];
  const status: Status = parts.includes('not_met') ? 'not_met' : parts.includes('no_data') ? 'no_data' : 'met';
  const socialReason = ANALYSIS_TEXTS.socialOrderSummary({
    year,
    status: current.status,
    fallingEveryYear,
    from: withData[0]?.year ?? null,
    failed: withData.filter((y) => y.status !== 'met').map((y) => y.year),
  });
  return {
    year,
    area_code: areaCode,
    target_set: targets.id,
    social_order: { years, status: current.status, falling_every_year: fallingEveryYear, reason: socialReason },
    rates,
    status,
    reasons: [
      current.reason,
      socialReason,
      ...rates.map((r) => ANALYSIS_TEXTS.directiveRate(r.id, r.status, r.statistical_status, r.reason)),
    ],
  };
}
