import type { IndicatorDefinition } from '../indicators/definition.ts';
import type { Bilingual } from '../messages/lang.ts';
import { ANALYSIS_TEXTS } from '../messages/analysis.ts';
import { pChart } from '../stats/p-chart.ts';
import { xmr, type XmrAssurance, type XmrPointType, type XmrSpecialCauseType } from '../stats/xmr.ts';
import type { DataSet } from '../types.ts';
import { areaMonths, areaOf, tableProfile } from './coverage.ts';
import { monthlyMeasure } from './monthly-measure.ts';
import { conventionOf } from '../periods/of-data.ts';
import { monthIndex, type YearMonth } from './months.ts';
import type { SeriesSegment } from './series-break.ts';

/** How many of the latest months the signals are summarised over. */
export const RECENT_MONTHS = 12;

/** Below this monthly mean a count is a rare event, for which XmR limits are unreliable. */
export const RARE_EVENT_MEAN = 1;

/** One month of an XmR chart. */
export interface XmrMonth extends YearMonth {
  value: number;
  /** The rule that flags the month (NHSRplotthedots' precedence), or `common_cause`. */
  type: XmrSpecialCauseType;
  point_type: XmrPointType;
}

/** XmR chart of a monthly count with the "Making Data Count" signals. */
export interface XmrControl {
  chart: 'xmr';
  n: number;
  from: YearMonth;
  to: YearMonth;
  mean: number;
  lower_limit: number;
  upper_limit: number;
  near_lower_limit: number;
  near_upper_limit: number;
  mean_moving_range: number;
  improvement_direction: 'increase' | 'decrease';
  /** The target as a monthly count (the yearly limit / 12), for the assurance verdict; null without one. */
  target: number | null;
  assurance: XmrAssurance | null;
  short_series_warning: boolean;
  /**
   * Fewer than 1 event a month on average: the moving ranges are mostly 0 and the limits collapse or
   * flag every non-zero month; read the yearly counts instead.
   */
  rare_events: boolean;
  points: XmrMonth[];
  recent: {
    from: YearMonth;
    to: YearMonth;
    /** Months flagged special cause. */
    special_cause: number;
    improvement: number;
    concern: number;
    neutral: number;
    signals: XmrMonth[];
    latest_point_type: XmrPointType;
  };
  reason: Bilingual;
}

/** One month of a p-chart. */
export interface PChartMonth extends YearMonth {
  numerator: number;
  denominator: number;
  value: number;
  lower: number;
  upper: number;
  outside: 'above' | 'below' | null;
}

/** p-chart of a monthly proportion (limits `p̄ ± 3√(p̄(1 − p̄)/n_i)`). */
export interface PChartControl {
  chart: 'p';
  n: number;
  from: YearMonth;
  to: YearMonth;
  p_bar: number;
  z: number;
  points: PChartMonth[];
  /** Months left out: no denominator, or a numerator above it (stocks that do not chain). */
  excluded_months: YearMonth[];
  recent: {
    from: YearMonth;
    to: YearMonth;
    above: number;
    below: number;
    signals: PChartMonth[];
  };
  reason: Bilingual;
}

export type MonthlyControl = XmrControl | PChartControl;

/** What {@link monthlyControl} needs to know about the result. */
export interface MonthlyControlInput {
  year: number;
  areaCode: string;
  codes: ReadonlySet<string>;
  breakdown: Record<string, string>;
  segment: SeriesSegment;
  /** Target for the XmR assurance, as a monthly count; null for none. */
  monthlyTarget: number | null;
}

/**
 * The monthly control chart of an indicator from a monthly table, up to the last month of year Y:
 * counts (changes, counts) on an XmR chart with the Making Data Count signals, proportions on a p-chart;
 * with the signals of the latest 12 months summarised.
 *
 * The months are those the table has rows for, inside the segment (no change of territory) and in which
 * the area exists; a month with rows for the table but none under the area counts 0. A monthly
 * proportion is the month's own ratio: for report resolution, reports resolved in the month over the
 * month's workload (its opening stock plus accepted less transferred), well below the yearly rate since
 * most reports take more than a month; the chart watches its stability, not the target.
 *
 * Formulas: XmR `mean ± 2.66·MR̄`; p-chart `p̄ ± 3√(p̄(1 − p̄)/n_i)`.
 * Source: NHSRplotthedots (`stats/xmr.ts`); Montgomery 2013 section 7.2 (`stats/p-chart.ts`);
 * METHODOLOGY.md section 4 (monthly data; p-chart for monthly proportions).
 *
 * @returns null for an annual table, or when fewer than 2 months are usable
 * @example
 * const segment = seriesSegment(data, '42', { from: { year: 2019, month: 1 }, to: { year: 2025, month: 12 } });
 * const input = { year: 2025, areaCode: '42', codes: areaAndDescendants(data.areas, '42'), breakdown: {}, segment, monthlyTarget: null };
 * monthlyControl(data, crimeChangeVsBaseline, input)?.n; // => 84 (bundled data: 2019-2025)
 */
export function monthlyControl(
  data: DataSet,
  def: IndicatorDefinition,
  input: MonthlyControlInput,
): MonthlyControl | null {
  const profile = tableProfile(data, def.numerator.table);
  if (!profile.monthly) return null;
  const convention = conventionOf(data.meta);
  const from = monthIndex(convention, input.segment.from);
  const to = monthIndex(convention, input.segment.to);
  const area = areaOf(data, input.areaCode);
  const months: YearMonth[] = [];
  for (const year of profile.years) {
    if (year > input.year) break;
    const exists = new Set(areaMonths(data, area, year));
    for (const month of profile.monthsByYear.get(year) ?? []) {
      const i = monthIndex(convention, { year, month });
      if (i >= from && i <= to && exists.has(month)) months.push({ year, month });
    }
  }
  months.sort((a, b) => monthIndex(convention, a) - monthIndex(convention, b));
  const where = Object.fromEntries(Object.entries(input.breakdown).map(([k, v]) => [k, [v]]));
  const numerators = monthlyMeasure(data, def.numerator, input.codes, where, months);

  if (def.unit === 'proportion' && def.denominator) {
    const denominators = monthlyMeasure(data, def.denominator, input.codes, where, months);
    const kept: number[] = [];
    const excluded: YearMonth[] = [];
    months.forEach((ym, i) => {
      const x = numerators[i] as number;
      const n = denominators[i] as number;
      if (n > 0 && x >= 0 && x <= n) kept.push(i);
      else excluded.push(ym);
    });
    if (kept.length < 2) return null;
    const chart = pChart(
      kept.map((i) => ({ numerator: numerators[i] as number, denominator: denominators[i] as number })),
    );
    const points: PChartMonth[] = chart.points.map((p, k) => ({
      ...(months[kept[k] as number] as YearMonth),
      numerator: p.numerator,
      denominator: p.denominator,
      value: p.proportion as number,
      lower: p.lowerLimit as number,
      upper: p.upperLimit as number,
      outside: p.outside,
    }));
    const recent = points.slice(-RECENT_MONTHS);
    const signals = recent.filter((p) => p.outside !== null);
    const above = signals.filter((p) => p.outside === 'above').length;
    const below = signals.length - above;
    const first = points[0] as PChartMonth;
    const last = points[points.length - 1] as PChartMonth;
    const ym = (p: YearMonth): YearMonth => ({ year: p.year, month: p.month });
    return {
      chart: 'p',
      n: points.length,
      from: ym(first),
      to: ym(last),
      p_bar: chart.pBar as number,
      z: chart.z,
      points,
      excluded_months: excluded,
      recent: { from: ym(recent[0] as PChartMonth), to: ym(last), above, below, signals },
      reason: ANALYSIS_TEXTS.pChart({
        n: points.length,
        pBar: chart.pBar as number,
        recent: recent.length,
        above,
        below,
        direction: def.direction,
        excluded: excluded.length,
      }),
    };
  }

  if (months.length < 2) return null;
  const chart = xmr(numerators, { improvementDirection: def.direction, target: input.monthlyTarget });
  const points: XmrMonth[] = chart.points.map((p, i) => ({
    ...(months[i] as YearMonth),
    value: p.value,
    type: p.specialCauseType,
    point_type: p.pointType,
  }));
  const recent = points.slice(-RECENT_MONTHS);
  const signals = recent.filter((p) => p.type !== 'common_cause');
  const count = (t: XmrPointType) => signals.filter((p) => p.point_type === t).length;
  const improvement = count('special_cause_improvement');
  const concern = count('special_cause_concern');
  const ym = (p: YearMonth): YearMonth => ({ year: p.year, month: p.month });
  return {
    chart: 'xmr',
    n: chart.n,
    from: ym(points[0] as XmrMonth),
    to: ym(points[points.length - 1] as XmrMonth),
    mean: chart.mean,
    lower_limit: chart.lowerLimit,
    upper_limit: chart.upperLimit,
    near_lower_limit: chart.nearLowerLimit,
    near_upper_limit: chart.nearUpperLimit,
    mean_moving_range: chart.meanMovingRange,
    improvement_direction: def.direction,
    target: chart.target,
    assurance: chart.assurance,
    short_series_warning: chart.shortSeriesWarning,
    rare_events: chart.mean < RARE_EVENT_MEAN,
    points,
    recent: {
      from: ym(recent[0] as XmrMonth),
      to: ym(points[points.length - 1] as XmrMonth),
      special_cause: signals.length,
      improvement,
      concern,
      neutral: signals.length - improvement - concern,
      signals,
      latest_point_type: chart.latestPointType,
    },
    reason: ANALYSIS_TEXTS.xmr({
      n: chart.n,
      mean: chart.mean,
      lower: chart.lowerLimit,
      upper: chart.upperLimit,
      recent: recent.length,
      special: signals.length,
      improvement,
      concern,
      assurance: chart.assurance,
      short: chart.shortSeriesWarning,
      rare: chart.mean < RARE_EVENT_MEAN,
    }),
  };
}
