import type { Lang } from '../messages/lang.ts';
import { isBuilt, type BuiltChart, type ChartId, type SkippedChart } from './chart.ts';
import type { ChartContext } from './chart-context.ts';
import { chartList } from './registry.ts';

export { CHARTS } from './registry.ts';

/**
 * Every chart of the set (each variant) for one year and area, in the registry's order, and those that could
 * not be drawn, with the reason. Each chart prepares its own data when it is built; `only` limits the set to
 * some charts, so the others compute nothing.
 *
 * @example buildChartSet(buildChartContext(data, { year: 2025 }), 'vi').charts[0]?.name // => '01-scorecard'
 */
export function buildChartSet(
  context: ChartContext,
  lang: Lang,
  only?: readonly ChartId[],
): { charts: BuiltChart[]; skipped: SkippedChart[] } {
  const charts: BuiltChart[] = [];
  const skipped: SkippedChart[] = [];
  for (const definition of chartList()) {
    if (only && !only.includes(definition.id)) continue;
    for (const variant of definition.variants) {
      const built = definition.build(context, variant, lang);
      if (isBuilt(built)) charts.push(built);
      else skipped.push(built);
    }
  }
  return { charts, skipped };
}
