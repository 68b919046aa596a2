import type { PlotOptions } from '@observablehq/plot';
import type { IndicatorId } from '../indicators/definition.ts';
import type { Lang } from '../messages/lang.ts';
import type { ChartInputs } from './inputs.ts';

/** The charts of the set, in the order a briefing shows them. */
export const CHART_IDS = [
  'scorecard',
  'crime_baseline',
  'rate_trend',
  'area_funnel',
  'area_dots',
  'area_heatmap',
  'crime_control',
  'violations_by_field',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

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

/** One chart of the set: which library draws it, for which indicators, and how. */
export interface ChartDefinition {
  id: ChartId;
  library: ChartLibrary;
  /** The indicators it is drawn for, one chart each; `[null]` for a single chart. */
  variants: readonly (IndicatorId | null)[];
  /** Builds the chart from computed inputs, or says why it cannot be drawn. */
  build(inputs: ChartInputs, variant: IndicatorId | null, lang: Lang): BuiltChart | SkippedChart;
}

/** The file name of a chart: its place in the set, its id and its variant, in kebab case. */
export function chartName(id: ChartId, variant: IndicatorId | null): string {
  const order = String(CHART_IDS.indexOf(id) + 1).padStart(2, '0');
  const kebab = (s: string) => s.replace(/_/g, '-');
  return variant === null ? `${order}-${kebab(id)}` : `${order}-${kebab(id)}-${kebab(variant)}`;
}

/** True when a build gave a chart rather than a reason to skip it. */
export function isBuilt(chart: BuiltChart | SkippedChart): chart is BuiltChart {
  return 'library' in chart;
}
