import type { IndicatorDefinition } from '../indicators/definition.ts';
import type { YearIndex } from '../indicators/measure.ts';
import type { IndicatorResult } from '../indicators/result.ts';
import type { DataSet } from '../types.ts';
import { tableProfile } from './coverage.ts';
import { monthlyControl, type MonthlyControl } from './monthly-control.ts';
import { conventionOf } from '../periods/of-data.ts';
import { yearMonthAt } from './months.ts';
import { UNIT_COUNT_INDICATORS } from '../areas/area-breaks.ts';
import { seriesSegment, type SeriesBreak } from './series-break.ts';
import { yearlyTrend, type YearlyTrend } from './yearly-trend.ts';

/** The `trend` field of an assessed result. */
export interface TrendAssessment {
  /** The change of territory the series was cut at (`restarted: true`: tested after it); null when none. */
  break: SeriesBreak | null;
  yearly: YearlyTrend;
  /** Monthly control chart, for indicators from monthly tables; null otherwise. */
  monthly: MonthlyControl | null;
}

/** Where a result sits: its area and the codes under it. */
export interface ResultScope {
  year: number;
  areaCode: string;
  codes: ReadonlySet<string>;
}

/**
 * The trend of one result: the yearly series up to its year with Mann-Kendall and Theil-Sen
 * ({@link yearlyTrend}), and for indicators from monthly tables the monthly XmR or p-chart
 * ({@link monthlyControl}), except a share of leaf units (`leafUnits`: a unit is crime-free over the whole
 * period, not month by month), which has none. For an area whose territory changed within the series (below the province:
 * the districts abolished and the communes set up on 1 July 2025), no test crosses the change: the series
 * restarts after it (or stops at it, for a unit that ended), and `break` says so.
 *
 * The XmR assurance for the crime count uses the target as a monthly count,
 * `(1 + threshold) · baseline / 12` (no season), when the baseline lies in the same stretch.
 *
 * Source: METHODOLOGY.md sections 1.7 and 4.
 *
 * @example
 * const index = new YearIndex(data);
 * const codes = areaAndDescendants(data.areas, '18073');
 * const result = computeIndicators(data, { year: 2026, area: '18073', index }).results.find((r) => r.id === 'clearance_rate');
 * trendAssessment(data, index, clearanceRate, result, { year: 2026, areaCode: '18073', codes }).break;
 * // => { date: '2025-07-01', restarted: true, from: { year: 2025, month: 7 }, to: { year: 2026, month: 12 } } (bundled data)
 */
export function trendAssessment(
  data: DataSet,
  index: YearIndex,
  def: IndicatorDefinition,
  result: IndicatorResult,
  scope: ResultScope,
): TrendAssessment {
  const convention = conventionOf(data.meta);
  const profile = tableProfile(data, def.numerator.table, def.numerator.yearColumn ?? 'year');
  const firstYear = Math.min(profile.years[0] ?? scope.year, scope.year);
  const span = { from: yearMonthAt(convention, firstYear * 12), to: yearMonthAt(convention, scope.year * 12 + 11) };
  const segment = seriesSegment(data, scope.areaCode, span, { unitCount: UNIT_COUNT_INDICATORS.has(def.id) });
  const input = {
    year: scope.year,
    areaCode: scope.areaCode,
    codes: scope.codes,
    breakdown: result.breakdown,
    segment,
  };

  let monthlyTarget: number | null = null;
  const t = result.target;
  if (
    def.comparison?.kind === 'baseline' &&
    t &&
    (t.comparator === '<=' || t.comparator === '<') &&
    segment.break === null &&
    result.denominator !== null &&
    result.denominator > 0
  ) {
    monthlyTarget = ((1 + t.threshold) * result.denominator) / 12;
  }
  return {
    break: segment.break,
    yearly: yearlyTrend(data, index, def, input),
    // A share of leaf units (crime-free communes) is a property of the whole period: it has no monthly series.
    monthly: def.leafUnits ? null : monthlyControl(data, def, { ...input, monthlyTarget }),
  };
}
