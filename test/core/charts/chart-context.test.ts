import { describe, expect, it } from 'vitest';
import { buildChartContext, type ChartContext } from '../../../src/core/charts/chart-context.ts';
import { buildChartSet } from '../../../src/core/charts/chart-set.ts';
import { chartDataSet } from './fixture.ts';

/** The context, with every memo key the charts ask for recorded. */
function watchedContext(): { context: ChartContext; keys: string[] } {
  const context = buildChartContext(chartDataSet(), { year: 2026 });
  const keys: string[] = [];
  const memo = context.memo.bind(context);
  return {
    context: {
      ...context,
      memo: <T>(key: string, make: () => T) => {
        keys.push(key);
        return memo(key, make);
      },
    },
    keys,
  };
}

describe('buildChartContext', () => {
  it('computes the area over every year from 2019, and little else', () => {
    const context = buildChartContext(chartDataSet(), { year: 2026 });
    expect(context.history.map((r) => r.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(context.report).toBe(context.history[7]);
    expect(context.area).toMatchObject({ code: '42', level: 'province' });
    expect(context.children).toHaveLength(10); // 4 districts, 6 communes
    expect(context.coverage.criminal_cases?.['42']?.[2026]).toHaveLength(10);
    expect(() => buildChartContext(chartDataSet(), { year: 2026, area: '999' })).toThrow(/unknown area/);
  });

  it('computes a shared value once, however many charts ask', () => {
    const context = buildChartContext(chartDataSet(), { year: 2026 });
    let runs = 0;
    const make = () => ({ run: ++runs });
    expect(context.memo('x', make)).toBe(context.memo('x', make));
    expect(runs).toBe(1);
  });

  it("prepares a chart's data only when that chart is built: the scorecard computes no area, the funnel does", () => {
    const { context, keys } = watchedContext();
    buildChartSet(context, 'vi', ['scorecard']);
    expect(keys).toEqual([]);
    buildChartSet(context, 'vi', ['crime_control']);
    expect(keys).toContain('crime-control');
    expect(keys).not.toContain('compared-areas');
    buildChartSet(context, 'vi', ['area_funnel', 'area_dots']);
    expect(keys).toContain('compared-areas');
    expect(keys).toContain('funnel:clearance_rate');
  });
});
