import { areaAndDescendants, rootArea } from '../areas/tree.ts';
import type { Measure } from '../indicators/definition.ts';
import type { Bilingual } from '../messages/lang.ts';
import { ANALYSIS_TEXTS } from '../messages/analysis.ts';
import { calendarYearOfMonth, monthAtPosition, monthPosition } from '../periods/month-math.ts';
import { monthSpanLabel } from '../periods/month-span-label.ts';
import { monthSpan, monthSpanRange } from '../periods/month-span.ts';
import { sameMonthsPreviousYear } from '../periods/same-months-previous-year.ts';
import { rateRatio } from '../stats/rate-ratio.ts';
import { rolling12MonthSums, yearToDate, type MonthlyValue } from '../stats/rolling.ts';
import type { CrimeGroup, DataSet } from '../types.ts';
import { areaMonths, areaOf, tableProfile } from './coverage.ts';
import { monthlyMeasure } from './monthly-measure.ts';
import { conventionOf } from '../periods/of-data.ts';
import { monthDays, monthIndex, yearMonthAt, type YearMonth } from './months.ts';
import { seriesSegment, type SeriesBreak } from './series-break.ts';

/** Options of {@link yearToDateCases}. */
export interface YearToDateCasesOptions {
  year: number;
  /** Area code; default the province. */
  area?: string;
  /** Only one crime group (e.g. `social_order`); default every group. */
  crimeGroup?: CrimeGroup;
}

/** The cases of a run of months, with its exact days and label. */
export interface PeriodCount {
  year: number;
  first_month: number;
  last_month: number;
  /** First and last day (ISO) under the data's period convention. */
  start: string;
  end: string;
  label: Bilingual;
  /** Cases that occurred; null when a month is missing. */
  count: number | null;
  months_present: number;
  missing: YearMonth[];
}

/** A rolling 12-month sum, named by the month it ends with. */
export interface RollingWindow extends YearMonth {
  start: string;
  end: string;
  label: Bilingual;
  /** Null when a month of the window is missing (never counted as 0). */
  sum: number | null;
  months_present: number;
}

/** Year to date against the same months of the year before, and rolling 12-month sums. */
export interface YearToDateCases {
  year: number;
  area_code: string;
  crime_group: CrimeGroup | null;
  /** The period convention of the data (`meta.periods`). */
  convention: string;
  /** The last named month compared; null when the year has no month for the area. */
  through_month: number | null;
  current: PeriodCount | null;
  previous: PeriodCount | null;
  /** `current − previous`; null unless both are complete. */
  change: number | null;
  /** `current / previous − 1`; null unless both are complete and previous > 0. */
  relative_change: number | null;
  /** Exact conditional Poisson interval of the ratio, minus 1 (R `poisson.test(c(cur, prev))`). */
  ci95: [number, number] | null;
  comparable: boolean;
  rolling: RollingWindow[];
  /** The change of territory the series was cut at; null when none. */
  break: SeriesBreak | null;
  reason: Bilingual;
}

const OCCURRED: Measure = {
  table: 'criminal_cases',
  terms: [{ column: 'occurred', sign: 1, rollUp: 'sum' }],
  label: { vi: 'Số vụ xảy ra', en: 'Cases that occurred' },
};

/**
 * Criminal cases of the year to date against the same months of the year before ("so với cùng kỳ"), and
 * the rolling 12-month sums, for one area.
 *
 * - Year to date: `Σ_{m=1}^{M} x_{Y,m}` against `Σ_{m=1}^{M} x_{Y−1,m}`, months counted from the
 *   statistical year's first month, M the latest month of Y with rows; labelled with exact dates under the
 *   data's convention ('10 tháng đầu năm 2026 (15/12/2025 - 14/10/2026)').
 * - Rolling: `Σ_{k=0}^{11} x_{m−k}` for every month m from the 12th month of the series.
 * - A month missing from the data, or outside the stretch without a change of territory (an area below
 *   the province whose units changed at the 2025 reform), is missing, never 0: sums that need it are null.
 *
 * Source: `stats/rolling.ts` (ONS "year ending" figures; the "cùng kỳ" comparison of police reports,
 * METHODOLOGY.md section 5); `periods/` for the days.
 *
 * @throws Error when the area code is not in `areas.csv`
 * @example yearToDateCases(data, { year: 2026 }).current?.label.vi // => '10 tháng đầu năm 2026 (15/12/2025 - 14/10/2026)'
 */
export function yearToDateCases(data: DataSet, options: YearToDateCasesOptions): YearToDateCases {
  const convention = conventionOf(data.meta);
  const year = options.year;
  const areaCode = options.area ?? rootArea(data.areas).area_code;
  const area = areaOf(data, areaCode);
  const codes = areaAndDescendants(data.areas, areaCode);
  const profile = tableProfile(data, 'criminal_cases');
  const firstYear = Math.min(profile.years[0] ?? year, year - 1);
  const span = { from: yearMonthAt(convention, firstYear * 12), to: yearMonthAt(convention, year * 12 + 11) };
  const segment = seriesSegment(data, areaCode, span);
  const lo = monthIndex(convention, segment.from);
  const hi = monthIndex(convention, segment.to);

  const months: YearMonth[] = [];
  for (const y of profile.years) {
    if (y > year) break;
    const exists = new Set(areaMonths(data, area, y));
    for (const m of profile.monthsByYear.get(y) ?? []) {
      const i = monthIndex(convention, { year: y, month: m });
      if (i >= lo && i <= hi && exists.has(m)) months.push({ year: y, month: m });
    }
  }
  const where: Record<string, readonly string[]> = options.crimeGroup ? { crime_group: [options.crimeGroup] } : {};
  const values = monthlyMeasure(data, OCCURRED, codes, where, months);
  // rolling.ts orders months as (year, month); positions in the statistical year keep that order for
  // conventions whose year does not start in January.
  const series: MonthlyValue[] = months.map((ym, i) => ({
    year: ym.year,
    month: monthPosition(convention, ym.month),
    value: values[i] as number,
  }));
  const named = (ym: { year: number; month: number }): YearMonth => ({
    year: ym.year,
    month: monthAtPosition(convention, ym.month),
  });
  const namedMissing = (list: readonly { year: number; month: number }[]) => list.map(named);

  const rolling: RollingWindow[] = rolling12MonthSums(series).map((w) => {
    const endYm = named(w);
    const startYm = yearMonthAt(convention, monthIndex(convention, endYm) - 11);
    const start = monthDays(convention, startYm).start;
    const end = monthDays(convention, endYm).end;
    return {
      ...endYm,
      start,
      end,
      label: ANALYSIS_TEXTS.rollingLabel(
        endYm.month,
        calendarYearOfMonth(convention, endYm.year, endYm.month),
        start,
        end,
      ),
      sum: w.sum,
      months_present: w.monthsPresent,
    };
  });

  const base: YearToDateCases = {
    year,
    area_code: areaCode,
    crime_group: options.crimeGroup ?? null,
    convention: convention.id,
    through_month: null,
    current: null,
    previous: null,
    change: null,
    relative_change: null,
    ci95: null,
    comparable: false,
    rolling,
    break: segment.break,
    reason: ANALYSIS_TEXTS.ytdNoMonths(year),
  };
  const inYear = series.filter((p) => p.year === year);
  if (inYear.length === 0) return base;

  const throughPosition = Math.max(...inYear.map((p) => p.month));
  const ytd = yearToDate(series, year, throughPosition);
  const lastMonth = monthAtPosition(convention, throughPosition);
  const span0 = monthSpan(convention, year, lastMonth);
  const range = monthSpanRange(convention, span0);
  const prev = sameMonthsPreviousYear(convention, span0);
  const label = (y: number): Bilingual => ({
    vi: monthSpanLabel(convention, { year: y, firstMonth: span0.firstMonth, lastMonth }, 'vi'),
    en: monthSpanLabel(convention, { year: y, firstMonth: span0.firstMonth, lastMonth }, 'en'),
  });
  const current: PeriodCount = {
    year,
    first_month: span0.firstMonth,
    last_month: lastMonth,
    start: range.start,
    end: range.end,
    label: label(year),
    count: ytd.current.sum,
    months_present: ytd.current.monthsPresent,
    missing: namedMissing(ytd.current.missing),
  };
  const previous: PeriodCount = {
    year: year - 1,
    first_month: prev.firstMonth,
    last_month: prev.lastMonth,
    start: prev.start,
    end: prev.end,
    label: label(year - 1),
    count: ytd.previous.sum,
    months_present: ytd.previous.monthsPresent,
    missing: namedMissing(ytd.previous.missing),
  };
  let ci95: [number, number] | null = null;
  if (ytd.comparable && (ytd.previous.sum as number) > 0) {
    const rr = rateRatio(ytd.current.sum as number, ytd.previous.sum as number);
    if (rr.ci && Number.isFinite(rr.ci[1])) ci95 = [rr.ci[0] - 1, rr.ci[1] - 1];
  }
  return {
    ...base,
    through_month: lastMonth,
    current,
    previous,
    change: ytd.change,
    relative_change: ytd.relativeChange,
    ci95,
    comparable: ytd.comparable,
    reason: ANALYSIS_TEXTS.ytd({
      current,
      previous,
      relativeChange: ytd.relativeChange,
      ci95,
      comparable: ytd.comparable,
      brk: segment.break,
    }),
  };
}
