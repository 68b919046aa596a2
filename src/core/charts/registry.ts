import type { ChartDefinition } from './chart.ts';
import { areaDots } from './area-dots.ts';
import { areaFunnel } from './area-funnel.ts';
import { areaHeatmap } from './area-heatmap.ts';
import { crimeBaseline } from './crime-baseline.ts';
import { crimeControl } from './crime-control.ts';
import { cyberCrimeTrend } from './cyber-crime-trend.ts';
import { drugFreePath } from './drug-free-path.ts';
import { rateTrend } from './rate-trend.ts';
import { scorecard } from './scorecard-chart.ts';
import { violationsByField } from './violations-by-field.ts';

/**
 * The single list of charts, in the order a briefing shows them. The command line, the report and the notebooks
 * read it; a chart's id, file name, library and variants come from its definition. Adding a chart: one file with
 * its definition (README, "Adding a chart"), one line here.
 */
const LIST = [
  scorecard,
  crimeBaseline,
  rateTrend,
  areaFunnel,
  areaDots,
  areaHeatmap,
  crimeControl,
  violationsByField,
  cyberCrimeTrend,
  drugFreePath,
] as const;

/** A chart's id (derived from the list above). */
export type ChartId = (typeof LIST)[number]['id'];

/** Every chart id, in briefing order (derived from the list above). */
export const CHART_IDS: readonly ChartId[] = LIST.map((d) => d.id);

/** The definitions by id. */
export const CHARTS: Readonly<{ [Id in ChartId]: ChartDefinition<Id> }> = Object.fromEntries(
  LIST.map((d) => [d.id, d]),
) as { [Id in ChartId]: ChartDefinition<Id> };

/** The definitions in briefing order. */
export function chartList(): ChartDefinition[] {
  return CHART_IDS.map((id) => CHARTS[id] as ChartDefinition);
}
