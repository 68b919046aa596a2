import type { Lang } from '../messages/lang.ts';
import { areaDots } from './area-dots.ts';
import { areaFunnel } from './area-funnel.ts';
import { areaHeatmap } from './area-heatmap.ts';
import { CHART_IDS, type BuiltChart, type ChartDefinition, type ChartId, type SkippedChart } from './chart.ts';
import { crimeBaseline } from './crime-baseline.ts';
import { crimeControl } from './crime-control.ts';
import type { ChartInputs } from './inputs.ts';
import { rateTrend } from './rate-trend.ts';
import { scorecard } from './scorecard-chart.ts';
import { violationsByField } from './violations-by-field.ts';

/**
 * The chart set: the single list of charts, which library draws each, and for which indicators. The command
 * line, the report and the notebooks read it. Adding a chart: one file exporting its definition, one line
 * here, its id in `CHART_IDS`.
 */
export const CHARTS: Readonly<Record<ChartId, ChartDefinition>> = {
  scorecard,
  crime_baseline: crimeBaseline,
  rate_trend: rateTrend,
  area_funnel: areaFunnel,
  area_dots: areaDots,
  area_heatmap: areaHeatmap,
  crime_control: crimeControl,
  violations_by_field: violationsByField,
};

/** Every chart of the set (each variant), built from computed inputs, in order; and those that could not be. */
export function buildChartSet(
  inputs: ChartInputs,
  lang: Lang,
  only?: readonly ChartId[],
): { charts: BuiltChart[]; skipped: SkippedChart[] } {
  const charts: BuiltChart[] = [];
  const skipped: SkippedChart[] = [];
  for (const id of CHART_IDS) {
    if (only && !only.includes(id)) continue;
    const definition = CHARTS[id];
    for (const variant of definition.variants) {
      const built = definition.build(inputs, variant, lang);
      if ('library' in built) charts.push(built);
      else skipped.push(built);
    }
  }
  return { charts, skipped };
}
