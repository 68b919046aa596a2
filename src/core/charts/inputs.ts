import { seriesSegment, type SeriesBreak, type SeriesSegment } from '../analysis/series-break.ts';
import { monthIndex, type YearMonth } from '../analysis/months.ts';
import { areaBreaks, type AreaSeriesBreak } from '../areas/area-breaks.ts';
import { mergedInto } from '../areas/merged-into.ts';
import { isOwnEnd } from './break-mark.ts';
import { areaAndDescendants, rootArea } from '../areas/tree.ts';
import { computeIndicators, computeOne } from '../indicators/compute.ts';
import { resolveTargets } from '../targets/resolve.ts';
import type { IndicatorId } from '../indicators/definition.ts';
import type { IndicatorReport, IndicatorResult } from '../indicators/result.ts';
import { YearIndex } from '../indicators/measure.ts';
import { INDICATORS, chartedIndicators } from '../indicators/registry.ts';
import { exactVerdict } from '../indicators/verdict.ts';
import type { Bilingual } from '../messages/lang.ts';
import type { PeriodConvention } from '../periods/convention.ts';
import { monthPosition } from '../periods/month-math.ts';
import { conventionOf } from '../periods/of-data.ts';
import { periodRange } from '../periods/period-range.ts';
import {
  funnelFlags,
  funnelLimits,
  funnelOverdispersion,
  type FunnelFlag,
  type FunnelMethod,
} from '../stats/funnel.ts';
import { smallDenominator } from '../stats/statistical-status.ts';
import { rateRatio } from '../stats/rate-ratio.ts';
import { xmr, type XmrResult } from '../stats/xmr.ts';
import { DEFAULT_TARGET_SET, TARGET_SETS } from '../targets/registry.ts';
import type { TargetSet } from '../targets/target-set.ts';
import type { AreaLevel, AreaRow, DataSet, Status, Target, ViolationField } from '../types.ts';
import { VIOLATION_FIELDS } from '../types.ts';

/**
 * The computed figures the charts read. Built once from a data set ("compute first, then draw"): every
 * number a chart shows comes from here, so chart files hold no arithmetic on the data.
 */

/** First year the charts show: the data start in 2019, two years before the 2021 baseline. */
export const FIRST_YEAR = 2019;

/** Rates drawn over time (chart 3), one chart each: the indicators whose definition says `charts.trend`. */
export const TREND_RATE_IDS: readonly IndicatorId[] = chartedIndicators('trend');
export type TrendRateId = IndicatorId;

/** Rates compared across areas (funnel plot, dot plot, heat map): the definitions saying `charts.areas`. */
export const AREA_RATE_IDS: readonly IndicatorId[] = chartedIndicators('areas');
export type AreaRateId = IndicatorId;

/** Months of the year that set the control limits of the monthly chart: the programme's baseline year. */
export const CONTROL_BASELINE_YEAR = 2021;

/** An area as the charts name it. */
export interface AreaInfo {
  code: string;
  name: Bilingual;
  level: AreaLevel;
  validFrom: string;
  validTo: string | null;
}

/** A count over a run of named months of one statistical year. */
export interface PeriodCount {
  year: number;
  /** First and last named month; null for a whole year from an annual table. */
  firstMonth: number | null;
  lastMonth: number | null;
  count: number;
}

/** A count against the same months of the year before, with the exact Poisson rate-ratio interval. */
export interface CountComparison {
  current: PeriodCount;
  previous: PeriodCount;
  /** current / previous - 1; null when previous is 0. */
  change: number | null;
  /** 95 % interval of the change (rate ratio minus 1); null when both counts are 0. */
  ci95: [number, number] | null;
}

/** A monthly count, in statistical-year order. */
export interface MonthlyCount {
  year: number;
  month: number;
  count: number;
}

/** The monthly control chart's figures. */
export interface ControlChartData {
  /** The months the limits and signals run on: never across a break of the area's series. */
  months: MonthlyCount[];
  /** XmR of `months`; null when a break leaves fewer than 12 months after it. */
  result: XmrResult | null;
  /** The programme's baseline year when its 12 months set the limits; null after a break or without it. */
  baselineYear: number | null;
  /** How many of the first `months` set the limits: 12 (the baseline year's, or the first after a break), or all. */
  limitMonths: number;
  /** Months before the break the chart restarts at: drawn apart, in no limit or signal. Empty without one. */
  before: MonthlyCount[];
  /** The break the series restarts at (`restarted`) or stops at (the area ended); null without one. */
  break: SeriesBreak | null;
}

/** One field of detected violations, this period against the same period of the year before. */
export interface ViolationComparison extends CountComparison {
  field: ViolationField;
  target: Target | null;
  status: Status;
}

/** Detected violations by field: whole years, or the year to date when the year is not complete. */
export interface ViolationsData {
  kind: 'year' | 'year_to_date';
  rows: ViolationComparison[];
}

/** One area's figure on a funnel plot. */
export interface FunnelArea extends FunnelFlag {
  area: AreaInfo;
}

/** A point of a funnel limit curve. */
export interface FunnelCurvePoint {
  n: number;
  method: FunnelMethod;
  lower998: number;
  lower95: number;
  upper95: number;
  upper998: number;
}

/** Everything a funnel plot draws. */
export interface FunnelData {
  id: AreaRateId;
  /** The target the limits are drawn around. */
  p0: number;
  target: Target;
  areas: FunnelArea[];
  curve: FunnelCurvePoint[];
  /** Spiegelhalter's over-dispersion φ (1: areas vary as chance alone would make them), null when fewer than 3 areas. */
  phi: number | null;
  /** True when φ > 1 widened the normal limits of some area by √φ (small denominators keep exact limits). */
  widened: boolean;
}

/** An area with its reports, one per year it existed in. */
export interface AreaHistory {
  area: AreaInfo;
  reports: IndicatorReport[];
  /** The unit it merged into and the day it did ({@link mergedInto}): why its later years have no figure. */
  merged: { into: AreaInfo; date: string } | null;
}

/** The computed inputs of the chart set. */
export interface ChartInputs {
  year: number;
  area: AreaInfo;
  convention: PeriodConvention;
  /** Last day the data cover (ISO), from the data package, else the end of the last month with rows. */
  cutoff: string | null;
  /** True when the cut-off was inferred from the rows rather than stated. */
  cutoffInferred: boolean;
  dataTitle: string | null;
  synthetic: boolean;
  targetSet: { id: string; title: Bilingual };
  /** The area's reports, one per year from {@link FIRST_YEAR} to the year. */
  history: IndicatorReport[];
  /** The year's report (the last of `history`). */
  report: IndicatorReport;
  /**
   * Total cases, this year to date against the same months of the year before (the months the area existed);
   * null without monthly rows, or when a break of the area's series lies in between ({@link breakBetween}).
   */
  crimeYearToDate: CountComparison | null;
  /** Monthly cases with control limits; null with fewer than 12 months. */
  control: ControlChartData | null;
  /**
   * The days the area's series break within the years shown ({@link areaBreaks}): `series` for counts and
   * rates, `units` for shares of units (safe communes), which break at the reform even for the province.
   */
  breaks: { series: AreaSeriesBreak[]; units: AreaSeriesBreak[] };
  /** Detected violations against the year before; null without rows, or across a break ({@link breakBetween}). */
  violations: ViolationsData | null;
  /** The areas one level down that exist at the end of the year, each with its report for the year (the rates of {@link AREA_RATE_IDS} only). */
  compared: { area: AreaInfo; report: IndicatorReport }[];
  /**
   * The area's own figure for each rate of {@link AREA_RATE_IDS}, over the months the `compared` areas' figures
   * cover (July-December in 2025 for the province, whose 69 communes began on 1 July): what the compared areas
   * add up to, taken from the area's own rows rather than summed from theirs. Never a sum over units of
   * different periods: reports carried over at the reform would count twice (the 2025 denominators of report
   * resolution of the districts, January-June, and of the communes, July-December, sum to 1.728 against the
   * province's 1.597). Absent without compared areas.
   */
  wholeArea: Partial<Record<AreaRateId, IndicatorResult>>;
  funnels: Partial<Record<AreaRateId, FunnelData>>;
  /** Every area one level down that existed in any year shown, with its reports for those years ({@link AREA_RATE_IDS} only). */
  areaHistory: AreaHistory[];
  /**
   * The named months each figure covers, by monthly table, area code (the area and those one level down) and
   * year: the months the table has rows for that fall in the area's life (a month belongs to the unit that exists
   * on its last day). Null for an annual table. Read it with {@link coveredMonths}.
   */
  coverage: Partial<Record<MonthlyTable, Record<string, Record<number, number[]>>>>;
}

/** The tables with a month column. */
export const MONTHLY_TABLES = ['criminal_cases', 'crime_reports', 'violations_detected'] as const;
export type MonthlyTable = (typeof MONTHLY_TABLES)[number];

/**
 * The named months an indicator's figure for an area and year covers (in statistical-year order), or null when
 * its table is annual or has no monthly rows: `[1, ..., 10]` for 2026 in the bundled data, `[7, ..., 12]` for a
 * commune created on 1 July 2025.
 *
 * @example coveredMonths(inputs, 'clearance_rate', '18073', 2025) // => [7, 8, 9, 10, 11, 12]
 */
export function coveredMonths(inputs: ChartInputs, id: IndicatorId, areaCode: string, year: number): number[] | null {
  const table = INDICATORS[id].numerator.table as string;
  if (!(MONTHLY_TABLES as readonly string[]).includes(table)) return null;
  return inputs.coverage[table as MonthlyTable]?.[areaCode]?.[year] ?? null;
}

/** True when a figure covers part of a year only. */
export function isPartialYear(months: readonly number[] | null): boolean {
  return months !== null && months.length > 0 && months.length < 12;
}

/** Options of {@link buildChartInputs}. */
export interface ChartInputOptions {
  year: number;
  /** Area code; default the root of `areas.csv`. */
  area?: string;
  targets?: TargetSet;
}

function areaInfo(row: AreaRow): AreaInfo {
  return {
    code: row.area_code,
    name: { vi: row.name_vi, en: row.name_en },
    level: row.level,
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}

/** The unit an ended area merged into, with the day, as the charts name it. */
function mergerOf(data: DataSet, code: string): AreaHistory['merged'] {
  const merger = mergedInto(data.areas, data.area_crosswalk, code);
  const into = merger && data.areas.find((a) => a.area_code === merger.into);
  return merger && into ? { into: areaInfo(into), date: merger.date } : null;
}

/** True when the area existed on some day of the calendar year. */
function existedIn(area: AreaRow, year: number): boolean {
  return area.valid_from <= `${year}-12-31` && (area.valid_to === null || area.valid_to >= `${year}-01-01`);
}

/** The result of an indicator's headline row. */
export function headline(report: IndicatorReport, id: IndicatorId): IndicatorResult | undefined {
  return report.results.find((r) => r.id === id && Object.keys(r.breakdown).length === 0);
}

/**
 * Computes everything the chart set draws, for one year and area: the indicators for every year from
 * 2019, the same for each area one level down, the monthly series and their control limits, the year-to-date
 * comparisons, and the funnel limits. Pure: reads the data set, writes nothing.
 *
 * @throws Error when the area code is not in `areas.csv`.
 * @example buildChartInputs(data, { year: 2024 }).history.length // => 6 (2019-2024)
 */
export function buildChartInputs(data: DataSet, options: ChartInputOptions): ChartInputs {
  const root = rootArea(data.areas);
  const code = options.area ?? root.area_code;
  const row = data.areas.find((a) => a.area_code === code);
  if (!row) throw new Error(`unknown area code "${code}"`);
  const year = options.year;
  const targets = options.targets ?? (TARGET_SETS[DEFAULT_TARGET_SET] as TargetSet);
  const index = new YearIndex(data);
  const compute = (y: number, area: string) => computeIndicators(data, { year: y, area, targets, index });
  // Areas one level down need only the rates compared across areas: computing just those keeps the 69 communes
  // and 13 districts over 8 years fast.
  const resolvedByYear = new Map<number, ReturnType<typeof resolveTargets>>();
  const resolved = (y: number) => {
    let r = resolvedByYear.get(y);
    if (!r) resolvedByYear.set(y, (r = resolveTargets(targets, TARGET_SETS, y)));
    return r;
  };
  const computeRates = (y: number, area: string): IndicatorReport => {
    const codes = areaAndDescendants(data.areas, area);
    return {
      year: y,
      area_code: area,
      results: AREA_RATE_IDS.map((id) => computeOne(INDICATORS[id], index, y, codes, {}, resolved(y)[id])),
    };
  };
  const convention = conventionOf(data.meta);

  const history: IndicatorReport[] = [];
  for (let y = FIRST_YEAR; y <= year; y++) history.push(compute(y, code));
  const report = history[history.length - 1] as IndicatorReport;

  const children = data.areas
    .filter((a) => a.parent_code === code)
    .sort((a, b) => a.name_vi.localeCompare(b.name_vi, 'vi') || a.area_code.localeCompare(b.area_code));
  const compared = children
    .filter((a) => existedIn(a, year) && (a.valid_to === null || a.valid_to >= `${year}-12-31`))
    .map((a) => ({ area: areaInfo(a), report: computeRates(year, a.area_code) }));
  const areaHistory: AreaHistory[] = children
    .filter((a) => history.some((h) => existedIn(a, h.year)))
    .map((a) => ({
      area: areaInfo(a),
      merged: mergerOf(data, a.area_code),
      reports: history
        .filter((h) => existedIn(a, h.year))
        .map((h) =>
          h.year === year && compared.some((c) => c.area.code === a.area_code)
            ? (compared.find((c) => c.area.code === a.area_code) as { report: IndicatorReport }).report
            : computeRates(h.year, a.area_code),
        ),
    }));

  const coverage: ChartInputs['coverage'] = {};
  for (const table of MONTHLY_TABLES) {
    const byArea = monthCoverage(
      data[table],
      [row, ...children],
      history.map((h) => h.year),
      convention,
    );
    if (byArea) coverage[table] = byArea;
  }
  const codes = areaAndDescendants(data.areas, code);
  const wholeArea: ChartInputs['wholeArea'] = {};
  if (compared.length > 0) {
    for (const id of AREA_RATE_IDS) {
      const byArea = coverage[INDICATORS[id].numerator.table as MonthlyTable];
      const months = byArea
        ? [...new Set(compared.flatMap((c) => byArea[c.area.code]?.[year] ?? []))].sort(
            (a, b) => monthPosition(convention, a) - monthPosition(convention, b),
          )
        : [];
      wholeArea[id] = computeOne(
        INDICATORS[id],
        index,
        year,
        codes,
        {},
        resolved(year)[id],
        code,
        months.length > 0 ? months : undefined,
      );
    }
  }
  const crimeMonths = monthlySums(data.criminal_cases, codes, convention, (r) => r.occurred);
  const funnels: Partial<Record<AreaRateId, FunnelData>> = {};
  for (const id of AREA_RATE_IDS) {
    const funnel = funnelData(id, compared, headline(report, id)?.target ?? null);
    if (funnel) funnels[id] = funnel;
  }

  const controlSegment = seriesSegment(data, code, {
    from: { year: CONTROL_BASELINE_YEAR, month: 1 },
    to: { year: Math.max(year, CONTROL_BASELINE_YEAR), month: 12 },
  });
  const shownFrom = periodRange(convention, history[0]?.year ?? year).start;
  const shownTo = periodRange(convention, year).end;
  const shown = (b: AreaSeriesBreak) => shownFrom < b.date && b.date <= shownTo;
  const seriesBreaks = areaBreaks(data, code);
  // whether a comparison of year `to` with year `from` crosses a break (the area's own end splits nothing before it)
  const splits = (from: number, to: number) =>
    breakBetween({ breaks: { series: seriesBreaks, units: [] }, convention, area: areaInfo(row) }, from, to) !== null;

  const cutoffFromRows = inferCutoff(data, convention);
  return {
    year,
    area: areaInfo(row),
    convention,
    cutoff: data.meta.cutoff ?? cutoffFromRows,
    cutoffInferred: data.meta.cutoff === null && cutoffFromRows !== null,
    dataTitle: data.meta.title,
    synthetic: data.meta.synthetic,
    targetSet: { id: targets.id, title: targets.title },
    history,
    report,
    // never across a break: the same months a year before were on another territory
    crimeYearToDate: splits(year - 1, year)
      ? null
      : yearToDateComparison(crimeMonths, year, convention, coverage.criminal_cases?.[code]?.[year] ?? null),
    control: controlChart(crimeMonths, year, convention, controlSegment, row.valid_from),
    breaks: {
      series: seriesBreaks.filter(shown),
      units: areaBreaks(data, code, { unitCount: true }).filter(shown),
    },
    // never across a break: the year before was on another territory (or the unit did not exist)
    violations: splits(year - 1, year)
      ? null
      : violationsData(data, codes, convention, year, report, coverage.violations_detected?.[code]?.[year] ?? null),
    compared,
    wholeArea,
    funnels,
    areaHistory,
    coverage,
  };
}

/**
 * For each area and year: the months the table has rows for (any area) whose last day falls in the area's
 * life. Null when the table has no monthly rows.
 */
function monthCoverage(
  rows: readonly { year: number; month: number | null }[],
  areas: readonly AreaRow[],
  years: readonly number[],
  convention: PeriodConvention,
): Record<string, Record<number, number[]>> | null {
  const present = new Map<number, Set<number>>();
  for (const r of rows) {
    if (r.month === null) continue;
    let set = present.get(r.year);
    if (!set) {
      set = new Set();
      present.set(r.year, set);
    }
    set.add(r.month);
  }
  if (present.size === 0) return null;
  const out: Record<string, Record<number, number[]>> = {};
  for (const area of areas) {
    const byYear: Record<number, number[]> = {};
    for (const year of years) {
      const months = [...(present.get(year) ?? [])]
        .filter((m) => {
          const end = periodRange(convention, year, m).end;
          return end >= area.valid_from && (area.valid_to === null || end <= area.valid_to);
        })
        .sort((a, b) => monthPosition(convention, a) - monthPosition(convention, b));
      byYear[year] = months;
    }
    out[area.area_code] = byYear;
  }
  return out;
}

type MonthKey = string; // `${year}:${month}`

/** Sums a column of a monthly table by (year, month) under a set of area codes; months with rows anywhere count. */
function monthlySums<R extends { year: number; month: number | null; area_code: string }>(
  rows: readonly R[],
  codes: ReadonlySet<string>,
  convention: PeriodConvention,
  value: (row: R) => number,
): MonthlyCount[] {
  const sums = new Map<MonthKey, MonthlyCount>();
  for (const r of rows) {
    if (r.month === null) continue;
    const key = `${r.year}:${r.month}`;
    let entry = sums.get(key);
    if (!entry) {
      entry = { year: r.year, month: r.month, count: 0 };
      sums.set(key, entry);
    }
    if (codes.has(r.area_code)) entry.count += value(r);
  }
  return [...sums.values()].sort(
    (a, b) => a.year - b.year || monthPosition(convention, a.month) - monthPosition(convention, b.month),
  );
}

/** Months of a year present in a monthly series, in statistical-year order. */
function monthsOf(series: readonly MonthlyCount[], year: number): MonthlyCount[] {
  return series.filter((m) => m.year === year);
}

/** The year to date (up to its last month with rows) against the same months of the year before. */
function yearToDateComparison(
  series: readonly MonthlyCount[],
  year: number,
  convention: PeriodConvention,
  /** The months of the year the area's figure covers (its life), when not all: the rows of later months are not its. */
  covered: readonly number[] | null = null,
): CountComparison | null {
  const current = monthsOf(series, year).filter((m) => covered === null || covered.includes(m.month));
  const last = current[current.length - 1];
  if (!last) return null;
  const through = monthPosition(convention, last.month);
  const previous = monthsOf(series, year - 1).filter((m) => monthPosition(convention, m.month) <= through);
  if (previous.length !== current.length || current.length !== through) return null;
  const first = current[0] as MonthlyCount;
  return compare(
    { year, firstMonth: first.month, lastMonth: last.month, count: sum(current) },
    { year: year - 1, firstMonth: first.month, lastMonth: last.month, count: sum(previous) },
  );
}

function sum(months: readonly MonthlyCount[]): number {
  return months.reduce((s, m) => s + m.count, 0);
}

function compare(current: PeriodCount, previous: PeriodCount): CountComparison {
  const rr = rateRatio(current.count, previous.count);
  return {
    current,
    previous,
    change: previous.count > 0 ? current.count / previous.count - 1 : null,
    ci95: rr.ci && Number.isFinite(rr.ci[1]) ? [rr.ci[0] - 1, rr.ci[1] - 1] : null,
  };
}

/**
 * The first break of the area's series (`inputs.breaks.series`) after the start of year `from` and up to the
 * end of year `to` that a comparison of `to` with `from` would cross; null when there is none. The area's own
 * end is no such break: the months before it are all on one territory (Hà Tĩnh city's first half of 2025
 * compares with its first half of 2024).
 *
 * @example breakBetween(buildChartInputs(data, { year: 2025, area: '445' }), 2024, 2025)?.date // => '2025-01-01'
 */
export function breakBetween(
  inputs: Pick<ChartInputs, 'breaks' | 'convention' | 'area'>,
  from: number,
  to: number,
): AreaSeriesBreak | null {
  const start = periodRange(inputs.convention, from).start;
  const end = periodRange(inputs.convention, to).end;
  return inputs.breaks.series.find((b) => start < b.date && b.date <= end && !isOwnEnd(b, inputs.area)) ?? null;
}

/**
 * XmR over the months from the baseline year to the year, limits from the baseline year's 12 months. Where the
 * area's series breaks (`segment`, {@link seriesSegment}), the chart never runs across the break: after a
 * restart the limits come from the first 12 months after it and the earlier months are kept apart (`before`,
 * empty for a unit set up at the break);
 * with fewer than 12 months since the break there are no limits (`result` null).
 */
function controlChart(
  series: readonly MonthlyCount[],
  year: number,
  convention: PeriodConvention,
  segment: SeriesSegment,
  /** The area's first day: a unit set up at the break has no months before it (its rows there are not its). */
  validFrom: string,
): ControlChartData | null {
  const all = series.filter((m) => m.year >= CONTROL_BASELINE_YEAR && m.year <= year);
  const brk = segment.break;
  const at = (m: YearMonth) => monthIndex(convention, m);
  const from = at(segment.from);
  const to = at(segment.to);
  const months = brk ? all.filter((m) => at(m) >= from && at(m) <= to) : all;
  const before = brk?.restarted && brk.date !== validFrom ? all.filter((m) => at(m) < from) : [];
  if (brk?.restarted) {
    if (months.length === 0) return null;
    if (months.length < 12) return { months, result: null, baselineYear: null, limitMonths: 0, before, break: brk };
    const result = xmr(
      months.map((m) => m.count),
      { improvementDirection: 'decrease', fixAfterNPoints: 12 },
    );
    return { months, result, baselineYear: null, limitMonths: 12, before, break: brk };
  }
  if (months.length < 12) return null;
  const baselineMonths = months.filter((m) => m.year === CONTROL_BASELINE_YEAR).length;
  const baselineYear = baselineMonths === 12 ? CONTROL_BASELINE_YEAR : null;
  const result = xmr(
    months.map((m) => m.count),
    {
      improvementDirection: 'decrease',
      fixAfterNPoints: baselineYear !== null ? 12 : null,
    },
  );
  return { months, result, baselineYear, limitMonths: baselineYear !== null ? 12 : months.length, before, break: brk };
}

/** Detected violations by field: the contract's year-on-year figures, or the year to date in a partial year. */
function violationsData(
  data: DataSet,
  codes: ReadonlySet<string>,
  convention: PeriodConvention,
  year: number,
  report: IndicatorReport,
  months: number[] | null,
): ViolationsData | null {
  const results = report.results.filter((r) => r.id === 'violations_detected_change' && r.breakdown.field);
  if (results.length === 0 || results.every((r) => r.numerator === null)) return null;
  const partial = isPartialYear(months);
  const target = results[0]?.target ?? null;
  if (!partial) {
    const rows = results.flatMap((r): ViolationComparison[] => {
      if (r.numerator === null || r.denominator === null) return [];
      const whole = (y: number, count: number): PeriodCount => ({ year: y, firstMonth: null, lastMonth: null, count });
      return [
        {
          ...compare(whole(year, r.numerator), whole(year - 1, r.denominator)),
          ci95: r.ci95,
          field: r.breakdown.field as ViolationField,
          target: r.target,
          status: r.status,
        },
      ];
    });
    return rows.length > 0 ? { kind: 'year', rows } : null;
  }
  const rows: ViolationComparison[] = [];
  for (const field of VIOLATION_FIELDS) {
    const series = monthlySums(
      data.violations_detected.filter((r) => r.field === field),
      codes,
      convention,
      (r) => r.detected,
    );
    const comparison = yearToDateComparison(series, year, convention, months);
    if (!comparison) continue;
    const status: Status =
      target && comparison.previous.count > 0
        ? exactVerdict(comparison.current.count, comparison.previous.count, -1, target.comparator, target.threshold)
        : 'no_data';
    rows.push({ ...comparison, field, target, status });
  }
  return rows.length > 0 ? { kind: 'year_to_date', rows } : null;
}

/** Funnel flags and limit curves for one rate across the compared areas; null without a usable target. */
function funnelData(
  id: AreaRateId,
  compared: readonly { area: AreaInfo; report: IndicatorReport }[],
  target: Target | null,
): FunnelData | null {
  if (!target || !(target.threshold > 0 && target.threshold < 1)) return null;
  const p0 = target.threshold;
  const usable = compared.flatMap(({ area, report }) => {
    const r = headline(report, id);
    if (!r || r.numerator === null || r.denominator === null || r.denominator <= 0) return [];
    if (r.numerator > r.denominator) return [];
    return [{ area, point: { id: area.code, numerator: r.numerator, denominator: r.denominator } }];
  });
  if (usable.length === 0) return null;
  // The funnel module's own rule: exact binomial limits (qbinom(P, n, p0)/n) where the denominator is small,
  // normal limits otherwise. The curve is drawn with the same limits as the flags, at every whole denominator,
  // so a point is flagged exactly when it lies outside the curve drawn at its denominator. (The interpolated
  // exact limits would flag 2 cases out of 2 as "above 80 %" at 99.8 %, though that happens 64 % of the time.)
  // Areas varying more than chance (φ > 1): normal limits widened by √φ (METHODOLOGY.md §4), as `compareAreas`
  // does, so the chart flags the areas the analysis flags; exact limits of small denominators stay as they are.
  const overdispersion =
    usable.length >= 3
      ? funnelOverdispersion(
          usable.map((u) => u.point),
          p0,
        )
      : null;
  const phi = overdispersion ? overdispersion.phi : null;
  const widen = (n: number) => phi !== null && phi > 1 && !smallDenominator(n, p0);
  const options = (n: number) => (widen(n) ? { phi: phi as number } : {});
  const areas: FunnelArea[] = usable.map(({ area, point }) => ({
    ...(funnelFlags([point], p0, options(point.denominator))[0] as FunnelFlag),
    area,
  }));
  const maxN = Math.max(...areas.map((a) => a.denominator));
  const curve: FunnelCurvePoint[] = [];
  for (const n of curveDenominators(Math.ceil(maxN * 1.08))) {
    const limits = funnelLimits(p0, n, options(n));
    if (!limits) continue;
    const { method, lower998, lower95, upper95, upper998 } = limits;
    curve.push({ n, method, lower998, lower95, upper95, upper998 });
  }
  return { id, p0, target, areas, curve, phi, widened: areas.some((a) => widen(a.denominator)) };
}

/** Denominators at which the limit curves are evaluated: every whole number up to 1000, then about 300 steps. */
function curveDenominators(max: number): number[] {
  const out: number[] = [];
  for (let n = 1; n <= Math.min(max, 1000); n++) out.push(n);
  if (max > 1000) {
    const step = Math.max(1, Math.ceil((max - 1000) / 300));
    for (let n = 1000 + step; n < max; n += step) out.push(n);
    out.push(max);
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
