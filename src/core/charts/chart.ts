import type { PlotOptions } from '@observablehq/plot';
import type { IndicatorId } from '../indicators/definition.ts';
import type { Lang } from '../messages/lang.ts';
import type { ChartContext } from './chart-context.ts';
import type { ChartId } from './registry.ts';

export type { ChartId } from './registry.ts';

/** The library that draws a chart. */
export type ChartLibrary = 'vega-lite' | 'plot';

/** A Vega-Lite top-level spec (JSON that opens in the Vega editor). Checked by compiling it in the tests. */
export type VegaLiteSpec = { $schema: string } & Record<string, unknown>;

/** The words around a chart: what it shows, what is measured, where the data come from. */
export interface ChartTexts {
  title: string;
  /** What is measured, wrapped to the chart's width. */
  subtitle: string[];
  /**
   * How to read the chart and how it was made (methods, limits, months a figure covers), wrapped: set small
   * under the drawing, above the source, so that the subtitle above it stays one line a reader takes in at once.
   */
  note: string[];
  /** Source and cut-off date, wrapped. */
  source: string[];
  /** A text description for readers who cannot see the chart (screen readers, the sidecar JSON). */
  description: string;
}

interface BuiltChartBase {
  id: ChartId;
  /** The indicator a chart of several variants is drawn for; null for a single chart. */
  variant: IndicatorId | null;
  /** File name without extension: `03-rate-trend-clearance-rate`. */
  name: string;
  lang: Lang;
  texts: ChartTexts;
}

/** A chart drawn by Vega-Lite: its spec carries the title, subtitle and source line. */
export interface VegaLiteChart extends BuiltChartBase {
  library: 'vega-lite';
  spec: VegaLiteSpec;
}

/**
 * A chart drawn by Observable Plot: options for `Plot.plot`, marks included. The title, subtitle, source
 * and legend are marks drawn inside the SVG, so the SVG is the same in a browser and in Node.
 */
export interface PlotChart extends BuiltChartBase {
  library: 'plot';
  options: PlotOptions & { width: number; height: number };
}

export type BuiltChart = VegaLiteChart | PlotChart;

/** A chart that cannot be drawn from the data (no sub-areas, no monthly rows...), and why. */
export interface SkippedChart {
  id: ChartId;
  variant: IndicatorId | null;
  name: string;
  reason: string;
}

/**
 * One chart of the set, as its file defines it: its id, the stable name of its output files, the library that
 * draws it, the indicators it is drawn for, and how it is built. Its data are prepared by the chart itself (in
 * its file or in a `*-data.ts` file beside it, named for it) from the shared {@link ChartContext}, only when
 * it is built. Registered by one line in `registry.ts`.
 */
export interface ChartDefinition<Id extends string = ChartId> {
  id: Id;
  /**
   * The stable file-name prefix of its outputs, written in its file: `03-rate-trend` gives
   * `03-rate-trend-clearance-rate.svg`. Never derived from the chart's place in the set, so adding a chart
   * renames nothing; a new chart takes the next free number.
   */
  name: string;
  library: ChartLibrary;
  /** The indicators it is drawn for, one chart each; `[null]` for a single chart. */
  variants: readonly (IndicatorId | null)[];
  /** Builds the chart from the shared context, or says why it cannot be drawn. */
  build(context: ChartContext, variant: IndicatorId | null, lang: Lang): BuiltChart | SkippedChart;
}

/**
 * Defines a chart, keeping its id a literal type (so that the registry's list gives the ids) and checking its
 * file name: two digits, a dash, lower-case words joined by dashes.
 *
 * @throws Error when the name is not of that form.
 * @example defineChart({ id: 'scorecard', name: '01-scorecard', library: 'vega-lite', variants: [null], build }).name // => '01-scorecard'
 */
export function defineChart<const Id extends string>(definition: ChartDefinition<Id>): ChartDefinition<Id> {
  if (!/^\d\d-[a-z0-9]+(-[a-z0-9]+)*$/.test(definition.name)) {
    throw new Error(`chart ${definition.id}: file name "${definition.name}" is not NN-words-with-dashes`);
  }
  return definition;
}

/**
 * The file name (without extension) of a chart's variant: the chart's own name, then the indicator in kebab
 * case. Formula: `name` for a single chart, `name-indicator-id` (underscores as dashes) for a variant.
 *
 * @example chartFileName({ name: '03-rate-trend' }, 'clearance_rate') // => '03-rate-trend-clearance-rate'
 */
export function chartFileName(definition: { name: string }, variant: IndicatorId | null): string {
  return variant === null ? definition.name : `${definition.name}-${variant.replace(/_/g, '-')}`;
}

/** A chart that cannot be drawn, for `definition`'s variant, with the reason. */
export function skipChart<Id extends ChartId>(
  definition: ChartDefinition<Id>,
  variant: IndicatorId | null,
  reason: string,
): SkippedChart {
  return { id: definition.id, variant, name: chartFileName(definition, variant), reason };
}

/** True when a build gave a chart rather than a reason to skip it. */
export function isBuilt(chart: BuiltChart | SkippedChart): chart is BuiltChart {
  return 'library' in chart;
}
