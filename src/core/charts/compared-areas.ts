import { mergedInto } from '../areas/merged-into.ts';
import { areaAndDescendants } from '../areas/tree.ts';
import { identityKey, perDataSet } from '../memo/per-data-set.ts';
import { computeOne } from '../indicators/compute.ts';
import type { IndicatorId } from '../indicators/definition.ts';
import { chartedIndicators, INDICATORS } from '../indicators/registry.ts';
import type { IndicatorReport, IndicatorResult } from '../indicators/result.ts';
import { monthPosition } from '../periods/month-math.ts';
import { resolveTargets } from '../targets/resolve.ts';
import { TARGET_SETS } from '../targets/registry.ts';
import type { AreaRow } from '../types.ts';
import { areaInfo, type AreaInfo, type ChartContext, type MonthlyTable } from './chart-context.ts';

/**
 * The areas one level down, with their figures for the rates compared across areas: the data of the funnel
 * plot, the dot plot and the heat map, computed when the first of them is built and shared through the
 * context's memo. Only the rates the charts compare are computed (the 69 communes and 13 districts over 8 years
 * stay fast).
 */

/** Rates compared across areas (funnel plot, dot plot, heat map): the definitions saying `charts.areas`. */
export const AREA_RATE_IDS: readonly IndicatorId[] = chartedIndicators('areas');
export type AreaRateId = IndicatorId;

/** An area one level down with its report for the year ({@link AREA_RATE_IDS} only). */
export interface ComparedArea {
  area: AreaInfo;
  report: IndicatorReport;
}

/** An area with its reports, one per year it existed in. */
export interface AreaHistory {
  area: AreaInfo;
  reports: IndicatorReport[];
  /** The unit it merged into and the day it did ({@link mergedInto}): why its later years have no figure. */
  merged: { into: AreaInfo; date: string } | null;
}

/** True when the area existed on some day of the calendar year. */
function existedIn(area: AreaRow, year: number): boolean {
  return area.valid_from <= `${year}-12-31` && (area.valid_to === null || area.valid_to >= `${year}-01-01`);
}

/** The targets of each year, resolved once. */
function resolvedTargets(context: ChartContext, year: number): ReturnType<typeof resolveTargets> {
  return context.memo(`resolved-targets:${year}`, () => resolveTargets(context.targets, TARGET_SETS, year));
}

/**
 * The rates of {@link AREA_RATE_IDS} for one area and year, computed once per data set and target set
 * ({@link perDataSet}): the compared areas of a year and the heat map's years are the same figures whichever
 * year the chart shows.
 */
function areaRates(context: ChartContext, year: number, code: string): IndicatorReport {
  return perDataSet(context.data, `area-rates|${identityKey(context.targets)}|${year}|${code}`, () => {
    const codes = areaAndDescendants(context.data.areas, code);
    const targets = resolvedTargets(context, year);
    return {
      year,
      area_code: code,
      results: AREA_RATE_IDS.map((id) => computeOne(INDICATORS[id], context.index, year, codes, {}, targets[id])),
    };
  });
}

/**
 * The areas one level down that exist at the end of the year, each with its report for the year (the rates of
 * {@link AREA_RATE_IDS} only). Empty for an area with none below it.
 *
 * @example comparedAreas(buildChartContext(data, { year: 2026 })).length // => 69 (the communes)
 */
export function comparedAreas(context: ChartContext): ComparedArea[] {
  return context.memo('compared-areas', () =>
    context.children
      .filter((a) => existedIn(a, context.year) && (a.valid_to === null || a.valid_to >= `${context.year}-12-31`))
      .map((a) => ({ area: areaInfo(a), report: areaRates(context, context.year, a.area_code) })),
  );
}

/** The unit an ended area merged into, with the day, as the charts name it. */
function mergerOf(context: ChartContext, code: string): AreaHistory['merged'] {
  const merger = mergedInto(context.data.areas, context.data.area_crosswalk, code);
  const into = merger && context.data.areas.find((a) => a.area_code === merger.into);
  return merger && into ? { into: areaInfo(into), date: merger.date } : null;
}

/**
 * Every area one level down that existed in any year shown, with its reports for those years
 * ({@link AREA_RATE_IDS} only): the heat map's rows.
 */
export function areaHistories(context: ChartContext): AreaHistory[] {
  return context.memo('area-histories', () => {
    const compared = comparedAreas(context);
    return context.children
      .filter((a) => context.history.some((h) => existedIn(a, h.year)))
      .map((a) => ({
        area: areaInfo(a),
        merged: mergerOf(context, a.area_code),
        reports: context.history
          .filter((h) => existedIn(a, h.year))
          .map(
            (h) =>
              (h.year === context.year ? compared.find((c) => c.area.code === a.area_code)?.report : undefined) ??
              areaRates(context, h.year, a.area_code),
          ),
      }));
  });
}

/**
 * The area's own figure for a rate of {@link AREA_RATE_IDS}, over the months the compared areas' figures cover
 * (July-December in 2025 for the province, whose 69 communes began on 1 July): what the compared areas add up
 * to, taken from the area's own rows rather than summed from theirs. Never a sum over units of different
 * periods: reports carried over at the reform would count twice (the 2025 denominators of report resolution of
 * the districts, January-June, and of the communes, July-December, sum to 1.728 against the province's 1.597).
 * Undefined without compared areas.
 */
export function wholeAreaFigure(context: ChartContext, id: AreaRateId): IndicatorResult | undefined {
  return context.memo(`whole-area:${id}`, () => {
    const compared = comparedAreas(context);
    if (compared.length === 0) return undefined;
    const byArea = context.coverage[INDICATORS[id].numerator.table as MonthlyTable];
    const months = byArea
      ? [...new Set(compared.flatMap((c) => byArea[c.area.code]?.[context.year] ?? []))].sort(
          (a, b) => monthPosition(context.convention, a) - monthPosition(context.convention, b),
        )
      : [];
    return computeOne(
      INDICATORS[id],
      context.index,
      context.year,
      context.codes,
      {},
      resolvedTargets(context, context.year)[id],
      context.area.code,
      months.length > 0 ? months : undefined,
    );
  });
}
