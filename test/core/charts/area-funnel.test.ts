import { beforeAll, describe, expect, it } from 'vitest';
import { compareAreas } from '../../../src/core/analysis/compare-areas.ts';
import { areaFunnelChart } from '../../../src/core/charts/area-funnel.ts';
import type { PlotChart } from '../../../src/core/charts/chart.ts';
import { buildChartInputs } from '../../../src/core/charts/inputs.ts';
import type { DataSet } from '../../../src/core/types.ts';
import { loadDataFolder } from '../../../src/node/io/load.ts';

let data: DataSet;
beforeAll(async () => {
  const loaded = await loadDataFolder('data');
  if (!loaded.ok) throw new Error('the bundled data do not load');
  data = loaded.data;
});

/** The data of a Plot mark of the chart's options, by mark type (its constructor name) and position. */
function markData(chart: PlotChart, type: string): Record<string, unknown>[][] {
  const marks = (chart.options as { marks: unknown[] }).marks.flat(Infinity as 1) as {
    constructor: { name: string };
    data?: unknown;
  }[];
  return marks
    .filter((m) => m?.constructor?.name === type)
    .map((m) => [...(m.data as Iterable<Record<string, unknown>>)]);
}

describe('the funnel plot (bundled data, 2025, 69 units)', () => {
  it('draws areas with the same figures as one numbered dot, and names them all in one label', () => {
    const inputs = buildChartInputs(data, { year: 2025 });
    const chart = areaFunnelChart(inputs, 'reports_resolution_rate', 'en') as PlotChart;
    const funnel = inputs.funnels.reports_resolution_rate!;
    const pairs = new Set(funnel.areas.map((a) => `${a.numerator}/${a.denominator}`));
    const [dots] = markData(chart, 'Dot');
    expect(dots).toHaveLength(pairs.size);
    expect(pairs.size).toBeLessThan(funnel.areas.length);
    expect(dots!.reduce((s, d) => s + (d.count as number), 0)).toBe(funnel.areas.length);
    // a group's dot is big enough for its number
    for (const d of dots!) expect(d.r).toBeGreaterThanOrEqual((d.count as number) > 1 ? 8.5 : 4);
    const numbered = markData(chart, 'Text')[0]!;
    expect(numbered.map((d) => d.count)).toEqual(dots!.filter((d) => (d.count as number) > 1).map((d) => d.count));
    // every area outside the 95 % limits is named on the chart
    const outside = funnel.areas.filter((a) => a.at95 !== 'inside' && a.at95 !== null);
    const labels = markData(chart, 'Text')
      .slice(1)
      .flat()
      .map((l) => l.text as string)
      .join(', ');
    for (const a of outside) expect(labels).toContain(a.area.name.en.replace(/ (Commune|Ward)$/, ''));
    expect(chart.texts.note.join(' ')).toContain('A larger dot with a number in it');
  });
});

describe('the funnel plot and compareAreas', () => {
  it('flag the same areas, widening normal limits by the square root of φ alike (districts, 2021-2024)', () => {
    let widened = 0;
    for (const year of [2021, 2022, 2023, 2024]) {
      const inputs = buildChartInputs(data, { year });
      for (const id of ['clearance_rate', 'reports_resolution_rate'] as const) {
        const funnel = inputs.funnels[id]!;
        const analysis = compareAreas(data, { year, indicatorId: id, level: 'district' });
        expect(funnel.phi).toBeCloseTo(analysis.phi as number, 12);
        if (funnel.widened) widened++;
        for (const a of funnel.areas) {
          const b = analysis.areas.find((x) => x.area_code === a.area.code);
          expect([a.at95, a.at998], `${year} ${id} ${a.area.code}`).toEqual([b?.flag, b?.flag_998]);
        }
      }
    }
    expect(widened).toBeGreaterThan(0); // the widening was exercised
  });
});
