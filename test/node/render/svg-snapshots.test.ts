import { describe, expect, it } from 'vitest';
import { buildChartSet } from '../../../src/core/charts/chart-set.ts';
import { finishSvg, renderSvg } from '../../../src/node/render/export-charts.ts';
import { measureVegaText } from '../../../src/node/render/vega-svg.ts';
import { fixtureContext, fixtureInputs } from '../../core/charts/fixture.ts';

/** Rounds every decimal to one place, so that a change in the last bits of a layout does not fail a snapshot. */
export function roundNumbers(svg: string): string {
  return svg.replace(/-?\d+\.\d+(?:e-?\d+)?/g, (m) => {
    const rounded = Number(m).toFixed(1);
    return rounded === '-0.0' ? '0.0' : rounded;
  });
}

const charts = {
  vi: buildChartSet(fixtureInputs(2026), 'vi').charts,
  en: buildChartSet(fixtureInputs(2026), 'en').charts,
};

describe('SVG snapshots of the chart set (fixture data, numbers rounded)', () => {
  for (const chart of charts.vi) {
    it(`${chart.name} (vi, ${chart.library})`, async () => {
      const svg = await renderSvg(chart);
      await expect(roundNumbers(svg)).toMatchFileSnapshot(`__snapshots__/${chart.name}.vi.svg`);
    });
  }
  for (const chart of charts.en.filter((c) => ['scorecard', 'area_funnel', 'crime_control'].includes(c.id))) {
    it(`${chart.name} (en, ${chart.library})`, async () => {
      const svg = await renderSvg(chart);
      await expect(roundNumbers(svg)).toMatchFileSnapshot(`__snapshots__/${chart.name}.en.svg`);
    });
  }
});

/** The charts of the watched figures (cybercrime, drug-free communes): the fixture with their tables. */
const watched = (['vi', 'en'] as const).flatMap(
  (lang) =>
    buildChartSet(fixtureContext(2026, { watched: true }), lang, ['cyber_crime_trend', 'drug_free_path']).charts,
);

describe('SVG snapshots of the charts of watched figures (fixture data with their tables)', () => {
  it('draws both charts in both languages', () => {
    expect(watched.map((c) => `${c.name}.${c.lang}`)).toEqual([
      '09-cyber-crime-trend.vi',
      '10-drug-free-path.vi',
      '09-cyber-crime-trend.en',
      '10-drug-free-path.en',
    ]);
  });
  for (const chart of watched) {
    it(`${chart.name} (${chart.lang}, ${chart.library})`, async () => {
      const svg = await renderSvg(chart);
      await expect(roundNumbers(svg)).toMatchFileSnapshot(`__snapshots__/${chart.name}.${chart.lang}.svg`);
    });
  }
});

describe('SVG output', () => {
  it('is the same bytes however many charts the process has drawn before', async () => {
    const plot = charts.vi.find((c) => c.id === 'area_funnel');
    const vega = charts.vi.find((c) => c.id === 'area_heatmap');
    for (const chart of [plot, vega]) {
      if (!chart) throw new Error('missing chart');
      const first = await renderSvg(chart);
      for (const other of charts.vi.slice(0, 4)) await renderSvg(other);
      expect(await renderSvg(chart)).toBe(first);
    }
  });

  it('is a standalone, accessible SVG: xmlns, role, title and description, white background, the shipped font', async () => {
    for (const chart of charts.vi) {
      const svg = await renderSvg(chart);
      const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
      expect(root, chart.name).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(root).toContain('role="img"');
      expect(svg).toContain(`<title id="chart-title">${chart.texts.title.replace(/&/g, '&amp;')}</title>`);
      expect(svg).toContain('<desc id="chart-desc">');
      expect(svg).toMatch(/font-family(?:="|:)\s*Noto Sans/);
    }
  });

  it('numbers Plot clip paths from 1 in each file', () => {
    const chart = charts.vi.find((c) => c.library === 'plot');
    if (!chart) throw new Error('missing chart');
    const svg =
      '<svg width="10"><clipPath id="plot-clip-7"/><g clip-path="url(#plot-clip-7)"/><g clip-path="url(#plot-clip-9)"/></svg>';
    expect(finishSvg(svg, chart)).toContain(
      'id="plot-clip-1"/><g clip-path="url(#plot-clip-1)"/><g clip-path="url(#plot-clip-2)"',
    );
  });

  it("gives Vega the font's true text widths, truncating to a label limit as Vega does", () => {
    expect(measureVegaText({ fontSize: 12 }, 'Đạt')).toBeCloseTo(19.824, 9);
    expect(measureVegaText({ fontSize: 12, fontWeight: 'bold' }, 'Đạt')).toBeGreaterThan(19.824);
    const limited = measureVegaText({ fontSize: 12, limit: 40 }, 'Phường Bắc Hồng Lĩnh');
    expect(limited).toBeLessThan(40);
    expect(measureVegaText({ fontSize: 12 }, '')).toBe(0);
  });
});
