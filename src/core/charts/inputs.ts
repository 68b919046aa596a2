import type { IndicatorResult } from '../indicators/result.ts';
import type { DataSet } from '../types.ts';
import { areaFunnelData, type FunnelData } from './area-funnel-data.ts';
import { buildChartContext, type ChartContext, type ChartContextOptions } from './chart-context.ts';
import {
  AREA_RATE_IDS,
  areaHistories,
  comparedAreas,
  wholeAreaFigure,
  type AreaHistory,
  type AreaRateId,
  type ComparedArea,
} from './compared-areas.ts';
import { crimeYearToDate } from './crime-baseline-data.ts';
import { prepared } from './preparation-timer.ts';
import { crimeControlData, type ControlChartData } from './crime-control-data.ts';
import type { CountComparison } from './monthly-counts.ts';
import { violationsByFieldData, type ViolationsData } from './violations-by-field-data.ts';

/**
 * The chart set's inputs as one object, as they were before each chart prepared its own data: the shared
 * {@link ChartContext} plus every chart's data under the names the notebooks read (`compared`, `funnels`,
 * `areaHistory`...). Each of those is computed on first read, by the chart's own preparation, and kept (not
 * enumerable: spreading or printing the object computes nothing). Each first read goes through {@link prepared}, so
 * a page that times its computing counts it even when it happens in a cell that draws.
 * New code builds a context ({@link buildChartContext}) and lets the charts prepare what they draw.
 */

export { AREA_RATE_IDS, type AreaHistory, type AreaRateId } from './compared-areas.ts';
export { breakBetween, coveredMonths, FIRST_YEAR, headline, isPartialYear, type AreaInfo } from './chart-context.ts';
export type { CountComparison, MonthlyCount, PeriodCount } from './monthly-counts.ts';
export type { FunnelArea, FunnelCurvePoint, FunnelData } from './area-funnel-data.ts';
export type { ControlChartData } from './crime-control-data.ts';
export type { ViolationComparison, ViolationsData } from './violations-by-field-data.ts';

/** Options of {@link buildChartInputs}: those of the context. */
export type ChartInputOptions = ChartContextOptions;

/** The context with every chart's data, each computed when first read. */
export interface ChartInputs extends ChartContext {
  /** Total cases this year to date against the same months of the year before ({@link crimeYearToDate}). */
  readonly crimeYearToDate: CountComparison | null;
  /** Monthly cases with control limits ({@link crimeControlData}). */
  readonly control: ControlChartData | null;
  /** Detected violations against the year before ({@link violationsByFieldData}). */
  readonly violations: ViolationsData | null;
  /** The areas one level down at the end of the year, with their rates ({@link comparedAreas}). */
  readonly compared: ComparedArea[];
  /** The area's own figure over the compared areas' months ({@link wholeAreaFigure}); empty without them. */
  readonly wholeArea: Partial<Record<AreaRateId, IndicatorResult>>;
  /** The funnel of each rate that has one ({@link areaFunnelData}). */
  readonly funnels: Partial<Record<AreaRateId, FunnelData>>;
  /** Every area one level down in any year shown ({@link areaHistories}). */
  readonly areaHistory: AreaHistory[];
}

/**
 * The shared context of one year and area with every chart's data on it, computed when first read.
 *
 * @throws Error when the area code is not in `areas.csv`.
 * @example buildChartInputs(data, { year: 2024 }).history.length // => 6 (2019-2024)
 */
export function buildChartInputs(data: DataSet, options: ChartInputOptions): ChartInputs {
  const context = buildChartContext(data, options);
  const lazy = <T>(name: string, get: () => T): PropertyDescriptor => {
    let done = false;
    let value: T;
    return {
      get: () => {
        if (!done) {
          value = prepared(`inputs:${name}`, get);
          done = true;
        }
        return value;
      },
      enumerable: false,
    };
  };
  const byRate = <T>(value: (id: AreaRateId) => T | null | undefined): Partial<Record<AreaRateId, T>> => {
    const out: Partial<Record<AreaRateId, T>> = {};
    for (const id of AREA_RATE_IDS) {
      const v = value(id);
      if (v !== null && v !== undefined) out[id] = v;
    }
    return out;
  };
  return Object.defineProperties(context, {
    crimeYearToDate: lazy('crimeYearToDate', () => crimeYearToDate(context)),
    control: lazy('control', () => crimeControlData(context)),
    violations: lazy('violations', () => violationsByFieldData(context)),
    compared: lazy('compared', () => comparedAreas(context)),
    wholeArea: lazy('wholeArea', () =>
      context.memo('inputs:whole-area', () => byRate((id) => wholeAreaFigure(context, id))),
    ),
    funnels: lazy('funnels', () => context.memo('inputs:funnels', () => byRate((id) => areaFunnelData(context, id)))),
    areaHistory: lazy('areaHistory', () => areaHistories(context)),
  }) as ChartInputs;
}
