import { areaBreaks, type AreaSeriesBreak } from '../areas/area-breaks.ts';
import { reportingCoverage, type MonthCoverage } from '../analysis/reporting-coverage.ts';
import { areaAndDescendants, rootArea } from '../areas/tree.ts';
import { lazyReport, reportHeadline } from '../indicators/shared-report.ts';
import type { IndicatorId } from '../indicators/definition.ts';
import { YearIndex } from '../indicators/measure.ts';
import { INDICATORS } from '../indicators/registry.ts';
import type { IndicatorReport, IndicatorResult } from '../indicators/result.ts';
import type { Bilingual } from '../messages/lang.ts';
import type { PeriodConvention } from '../periods/convention.ts';
import { monthPosition } from '../periods/month-math.ts';
import { conventionOf } from '../periods/of-data.ts';
import { periodRange } from '../periods/period-range.ts';
import { DEFAULT_TARGET_SET, TARGET_SETS } from '../targets/registry.ts';
import type { TargetSet } from '../targets/target-set.ts';
import type { AreaLevel, AreaRow, DataSet } from '../types.ts';
import { isOwnEnd } from './break-mark.ts';
import { perDataSet } from '../memo/per-data-set.ts';

/**
 * What several charts need, computed once per year and area and nothing more: the data set, the year, the
 * area, the target set, the area's indicator reports from 2019 (each a {@link lazyReport}: an indicator a chart
 * reads with {@link headline} is computed alone, a whole report only when its results are read; both shared by
 * every context on the data set), the period convention, the cut-off date, where the area's series break, and the months each monthly figure covers.
 * Anything only one chart needs (the areas compared, funnel limits, monthly series, control limits, year-to-date
 * comparisons) is prepared by that chart when it is built, in its own file or a `*-data.ts` file beside it;
 * what two charts share is kept in the context's {@link ChartContext.memo} so it is computed once.
 */

/** First year the charts show: the data start in 2019, two years before the 2021 baseline. */
export const FIRST_YEAR = 2019;

/** An area as the charts name it. */
export interface AreaInfo {
  code: string;
  name: Bilingual;
  level: AreaLevel;
  validFrom: string;
  validTo: string | null;
}

/** The tables with a month column. */
export const MONTHLY_TABLES = ['criminal_cases', 'crime_reports', 'violations_detected'] as const;
export type MonthlyTable = (typeof MONTHLY_TABLES)[number];

/** The shared context of the chart set, for one year and area. */
export interface ChartContext {
  /** The data set (read by the charts' data preparation only; drawing code reads computed results). */
  data: DataSet;
  year: number;
  area: AreaInfo;
  /** The area's row in `areas.csv`. */
  areaRow: AreaRow;
  /** The area and every area below it, at any time. */
  codes: ReadonlySet<string>;
  /** The areas one level down (at any time), by Vietnamese name then code. */
  children: readonly AreaRow[];
  targets: TargetSet;
  targetSet: { id: string; title: Bilingual };
  /** The data set's index of year tables, shared by every computation. */
  index: YearIndex;
  convention: PeriodConvention;
  /** Last day the data cover (ISO), from the data package, else the end of the last month with rows. */
  cutoff: string | null;
  /** True when the cut-off was inferred from the rows rather than stated. */
  cutoffInferred: boolean;
  dataTitle: string | null;
  synthetic: boolean;
  /**
   * The area's reports, one per year from {@link FIRST_YEAR} to the year, each computed when read
   * ({@link lazyReport}): read one indicator with {@link headline}, which computes that indicator only.
   */
  history: IndicatorReport[];
  /** The year's report (the last of `history`). */
  report: IndicatorReport;
  /**
   * The days the area's series break within the years shown ({@link areaBreaks}): `series` for counts and
   * rates, `units` for shares of units (safe communes), which break at the reform even for the province.
   */
  breaks: { series: AreaSeriesBreak[]; units: AreaSeriesBreak[] };
  /** Every break of the area's series, shown or not (a comparison with a year before the first shown). */
  allSeriesBreaks: AreaSeriesBreak[];
  /**
   * The named months each figure covers, by monthly table, area code (the area and those one level down) and
   * year: the months the table has rows for that fall in the area's life (a month belongs to the unit that exists
   * on its last day). Null for an annual table. Read it with {@link coveredMonths}.
   */
  coverage: Partial<Record<MonthlyTable, Record<string, Record<number, number[]>>>>;
  /**
   * The months of the year in which some reporting unit under the area has not sent its return
   * (`flags.coverage`, see {@link reportingCoverage}): units reported / expected. Empty when all reported.
   */
  reportingGaps: MonthCoverage[];
  /**
   * A value computed once per context and shared by the charts that need it (the areas compared, by the funnel,
   * the dots and the heat map): `make` runs on the first call for `key` only.
   */
  memo<T>(key: string, make: () => T): T;
}

/** Options of {@link buildChartContext}. */
export interface ChartContextOptions {
  year: number;
  /** Area code; default the root of `areas.csv`. */
  area?: string;
  targets?: TargetSet;
}

/** An area's row as the charts name it. */
export function areaInfo(row: AreaRow): AreaInfo {
  return {
    code: row.area_code,
    name: { vi: row.name_vi, en: row.name_en },
    level: row.level,
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}

/**
 * The shared context of the chart set for one year and area: the area's reports for every year from 2019 and
 * the little every chart reads. Pure: reads the data set, writes nothing. Cheap next to the charts of areas,
 * which compute their own figures only when they are built.
 *
 * @throws Error when the area code is not in `areas.csv`.
 * @example buildChartContext(data, { year: 2024 }).history.length // => 6 (2019-2024)
 */
export function buildChartContext(data: DataSet, options: ChartContextOptions): ChartContext {
  const root = rootArea(data.areas);
  const code = options.area ?? root.area_code;
  const row = data.areas.find((a) => a.area_code === code);
  if (!row) throw new Error(`unknown area code "${code}"`);
  const year = options.year;
  const targets = options.targets ?? (TARGET_SETS[DEFAULT_TARGET_SET] as TargetSet);
  const index = YearIndex.of(data);
  const convention = conventionOf(data.meta);

  const history: IndicatorReport[] = [];
  for (let y = FIRST_YEAR; y <= year; y++) history.push(lazyReport(data, { year: y, area: code, targets }));
  const report = history[history.length - 1] as IndicatorReport;

  const children = perDataSet(data, `chart-children|${code}`, () =>
    data.areas
      .filter((a) => a.parent_code === code)
      .sort((a, b) => a.name_vi.localeCompare(b.name_vi, 'vi') || a.area_code.localeCompare(b.area_code)),
  );
  const coverage: ChartContext['coverage'] = {};
  for (const table of MONTHLY_TABLES) {
    const byArea = monthCoverage(
      data,
      table,
      [row, ...children],
      history.map((h) => h.year),
      convention,
    );
    if (byArea) coverage[table] = byArea;
  }

  const shownFrom = periodRange(convention, history[0]?.year ?? year).start;
  const shownTo = periodRange(convention, year).end;
  const shown = (b: AreaSeriesBreak) => shownFrom < b.date && b.date <= shownTo;
  const allSeriesBreaks = perDataSet(data, `chart-breaks|${code}|series`, () => areaBreaks(data, code));
  const unitBreaks = perDataSet(data, `chart-breaks|${code}|units`, () => areaBreaks(data, code, { unitCount: true }));
  const cutoffFromRows = perDataSet(data, 'chart-cutoff', () => inferCutoff(data, convention));
  const memos = new Map<string, unknown>();
  const monthsOfYear = coveredMonths({ coverage }, 'clearance_rate', code, year) ?? [];
  const reportingGaps = reportingCoverage(data, year, code, monthsOfYear).filter((c) => c.reported < c.expected);
  return {
    data,
    year,
    area: areaInfo(row),
    areaRow: row,
    codes: areaAndDescendants(data.areas, code),
    children,
    targets,
    targetSet: { id: targets.id, title: targets.title },
    index,
    convention,
    cutoff: data.meta.cutoff ?? cutoffFromRows,
    cutoffInferred: data.meta.cutoff === null && cutoffFromRows !== null,
    dataTitle: data.meta.title,
    synthetic: data.meta.synthetic,
    history,
    report,
    breaks: {
      series: allSeriesBreaks.filter(shown),
      units: unitBreaks.filter(shown),
    },
    allSeriesBreaks,
    coverage,
    reportingGaps,
    memo<T>(key: string, make: () => T): T {
      if (!memos.has(key)) memos.set(key, make());
      return memos.get(key) as T;
    },
  };
}

/**
 * The named months an indicator's figure for an area and year covers (in statistical-year order), or null when
 * its table is annual or has no monthly rows: `[1, ..., 10]` for 2026 in the bundled data, `[7, ..., 12]` for a
 * commune created on 1 July 2025.
 *
 * @example coveredMonths(context, 'clearance_rate', '18073', 2025) // => [7, 8, 9, 10, 11, 12]
 */
export function coveredMonths(
  context: Pick<ChartContext, 'coverage'>,
  id: IndicatorId,
  areaCode: string,
  year: number,
): number[] | null {
  const table = INDICATORS[id].numerator.table as string;
  if (!(MONTHLY_TABLES as readonly string[]).includes(table)) return null;
  return context.coverage[table as MonthlyTable]?.[areaCode]?.[year] ?? null;
}

/** True when a figure covers part of a year only. */
export function isPartialYear(months: readonly number[] | null): boolean {
  return months !== null && months.length > 0 && months.length < 12;
}

/**
 * The result of an indicator's headline row (no breakdown). For a report of the context's history, only that
 * indicator is computed ({@link reportHeadline}), unless the year's whole report is made.
 */
export function headline(report: IndicatorReport, id: IndicatorId): IndicatorResult | undefined {
  return reportHeadline(report, id);
}

/**
 * The first break of the area's series (`context.breaks.series`) after the start of year `from` and up to the
 * end of year `to` that a comparison of `to` with `from` would cross; null when there is none. The area's own
 * end is no such break: the months before it are all on one territory (Hà Tĩnh city's first half of 2025
 * compares with its first half of 2024).
 *
 * @example breakBetween(buildChartContext(data, { year: 2025, area: '445' }), 2024, 2025)?.date // => '2025-01-01'
 */
export function breakBetween(
  context: Pick<ChartContext, 'breaks' | 'convention' | 'area'>,
  from: number,
  to: number,
): AreaSeriesBreak | null {
  const start = periodRange(context.convention, from).start;
  const end = periodRange(context.convention, to).end;
  return context.breaks.series.find((b) => start < b.date && b.date <= end && !isOwnEnd(b, context.area)) ?? null;
}

/**
 * Whether a comparison of year `to` with year `from` crosses any break of the area's series, shown or not (the
 * area's own end splits nothing before it).
 */
export function splitsSeries(context: ChartContext, from: number, to: number): boolean {
  const { convention, area } = context;
  return breakBetween({ convention, area, breaks: { series: context.allSeriesBreaks, units: [] } }, from, to) !== null;
}

/**
 * For each area and year: the months the table has rows for (any area) whose last day falls in the area's
 * life. Null when the table has no monthly rows. The months present and each area's months of a year are
 * worked out once per data set ({@link perDataSet}); each context gets its own arrays.
 */
function monthCoverage(
  data: DataSet,
  table: MonthlyTable,
  areas: readonly AreaRow[],
  years: readonly number[],
  convention: PeriodConvention,
): Record<string, Record<number, number[]>> | null {
  const present = perDataSet(data, `chart-months-present|${table}`, () => {
    const byYear = new Map<number, Set<number>>();
    for (const r of data[table] as readonly { year: number; month: number | null }[]) {
      if (r.month === null) continue;
      let set = byYear.get(r.year);
      if (!set) {
        set = new Set();
        byYear.set(r.year, set);
      }
      set.add(r.month);
    }
    return byYear;
  });
  if (present.size === 0) return null;
  // Each month's last day, worked out once per year and month (not once per area: 70 areas asked the same).
  const ends = new Map<number, Map<number, string>>();
  const monthEnd = (year: number, month: number): string => {
    let byMonth = ends.get(year);
    if (!byMonth) ends.set(year, (byMonth = new Map()));
    let end = byMonth.get(month);
    if (end === undefined) byMonth.set(month, (end = periodRange(convention, year, month).end));
    return end;
  };
  const out: Record<string, Record<number, number[]>> = {};
  for (const area of areas) {
    const byYear: Record<number, number[]> = {};
    for (const year of years) {
      const key = `chart-months|${table}|${area.area_code}|${area.valid_from}|${area.valid_to}|${year}`;
      byYear[year] = [
        ...perDataSet(data, key, () =>
          [...(present.get(year) ?? [])]
            .filter((m) => {
              const end = monthEnd(year, m);
              return end >= area.valid_from && (area.valid_to === null || end <= area.valid_to);
            })
            .sort((a, b) => monthPosition(convention, a) - monthPosition(convention, b)),
        ),
      ];
    }
    out[area.area_code] = byYear;
  }
  return out;
}

/** The last day of the latest month (or year) any period table has rows for. */
function inferCutoff(data: DataSet, convention: PeriodConvention): string | null {
  let best: { year: number; position: number; month: number | null } | null = null;
  for (const table of [data.criminal_cases, data.crime_reports, data.violations_detected] as const) {
    for (const r of table as readonly { year: number; month: number | null }[]) {
      const position = r.month === null ? 13 : monthPosition(convention, r.month);
      if (!best || r.year > best.year || (r.year === best.year && position > best.position)) {
        best = { year: r.year, position, month: r.month };
      }
    }
  }
  if (!best) return null;
  return periodRange(convention, best.year, best.month).end;
}
