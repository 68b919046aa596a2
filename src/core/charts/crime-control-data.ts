import { seriesSegment, type SeriesBreak, type SeriesSegment } from '../analysis/series-break.ts';
import { monthIndex, type YearMonth } from '../analysis/months.ts';
import type { PeriodConvention } from '../periods/convention.ts';
import { xmr, type XmrResult } from '../stats/xmr.ts';
import type { ChartContext } from './chart-context.ts';
import { monthlyCrimeCounts, type MonthlyCount } from './monthly-counts.ts';

/**
 * The data of the control chart (crime-control.ts): the area's monthly cases with XmR limits ("Making Data
 * Count", NHS England; `stats/xmr.ts`), set on the programme's baseline year, never across a break of the
 * area's series.
 */

/** Months of the year that set the control limits of the monthly chart: the programme's baseline year. */
export const CONTROL_BASELINE_YEAR = 2021;

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

/**
 * The control chart of the area's monthly cases from the baseline year to the year; null with fewer than 12
 * months (or none after a break).
 *
 * @example crimeControlData(buildChartContext(data, { year: 2026 }))?.baselineYear // => 2021
 */
export function crimeControlData(context: ChartContext): ControlChartData | null {
  return context.memo('crime-control', () => {
    const { data, year, area } = context;
    const segment = seriesSegment(data, area.code, {
      from: { year: CONTROL_BASELINE_YEAR, month: 1 },
      to: { year: Math.max(year, CONTROL_BASELINE_YEAR), month: 12 },
    });
    return controlChart(monthlyCrimeCounts(context), year, context.convention, segment, context.areaRow.valid_from);
  });
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
