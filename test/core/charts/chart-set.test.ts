import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { buildChartSet, CHARTS } from '../../../src/core/charts/chart-set.ts';
import type { BuiltChart } from '../../../src/core/charts/chart.ts';
import { CHART_IDS } from '../../../src/core/charts/registry.ts';
import { COLOURS, OKABE_ITO, CHART_WIDTH } from '../../../src/core/charts/theme.ts';
import { fixtureContext } from './fixture.ts';

// the fixture with the watched figures (cybercrime, drug-free communes), so that every chart is drawn
const sets = {
  vi: buildChartSet(fixtureContext(2026, { watched: true }), 'vi'),
  en: buildChartSet(fixtureContext(2026, { watched: true }), 'en'),
};
const all = (): BuiltChart[] => [...sets.vi.charts, ...sets.en.charts];

/** Compiles a Vega-Lite spec, collecting warnings. */
function compileWarnings(spec: unknown): string[] {
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    error: (...a: unknown[]) => {
      throw new Error(a.join(' '));
    },
    warn: (...a: unknown[]) => {
      warnings.push(a.join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  compile(spec as never, { logger: logger as never });
  return warnings;
}

describe('the chart set', () => {
  it('registers every chart id once, in briefing order, each with a library', () => {
    expect(Object.keys(CHARTS)).toEqual([...CHART_IDS]);
    for (const id of CHART_IDS) expect(['vega-lite', 'plot']).toContain(CHARTS[id].library);
  });

  it('names each chart as its file writes it, whatever its place in the list: the pack keeps its file names', () => {
    expect(CHART_IDS.map((id) => CHARTS[id].name)).toEqual([
      '01-scorecard',
      '02-crime-baseline',
      '03-rate-trend',
      '04-area-funnel',
      '05-area-dots',
      '06-area-heatmap',
      '07-crime-control',
      '08-violations-by-field',
      '09-cyber-crime-trend',
      '10-drug-free-path',
    ]);
    const numbers = CHART_IDS.map((id) => CHARTS[id].name.slice(0, 2));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(sets.vi.charts.map((c) => c.name)).toContain('03-rate-trend-clearance-rate-very-serious');
    // a chart's file name is its definition's, with the variant's indicator in kebab case
    for (const chart of sets.vi.charts) {
      const { name } = CHARTS[chart.id];
      expect(chart.name).toBe(chart.variant === null ? name : `${name}-${chart.variant.replace(/_/g, '-')}`);
    }
  });

  it('without the watched tables says why their charts are not drawn, and draws the others', () => {
    const plain = buildChartSet(fixtureContext(2026), 'vi');
    expect(plain.skipped.map((s) => s.name)).toEqual(['09-cyber-crime-trend', '10-drug-free-path']);
    expect(plain.charts).toHaveLength(16);
  });

  it('builds every chart and variant from the fixture, in both languages, with unique file names', () => {
    const names = sets.vi.charts.map((c) => c.name);
    expect(sets.vi.skipped).toEqual([]);
    expect(names).toHaveLength(18);
    expect(new Set(names).size).toBe(names.length);
    const order = names.map((n) => n.slice(0, 2));
    expect(order).toEqual([...order].sort());
    expect(sets.en.charts.map((c) => c.name)).toEqual(names);
    for (const chart of all()) expect(chart.library).toBe(CHARTS[chart.id].library);
  });

  it('gives every chart a title, a subtitle, a source line with the cut-off date, and a description', () => {
    for (const chart of sets.vi.charts) {
      expect(chart.texts.title.length).toBeGreaterThan(10);
      expect(chart.texts.subtitle.length).toBeGreaterThan(0);
      expect(chart.texts.source.join(' ')).toContain('số liệu đến ngày 14/10/2026');
      expect(chart.texts.description.length).toBeGreaterThan(20);
    }
    for (const chart of sets.en.charts) expect(chart.texts.source.join(' ')).toContain('data to 14 Oct 2026');
  });

  it('writes numbers in Vietnamese style in vi (90,2 %) and English style in en (90.2%)', () => {
    const vi = sets.vi.charts.find((c) => c.id === 'scorecard') as BuiltChart;
    const en = sets.en.charts.find((c) => c.id === 'scorecard') as BuiltChart;
    expect(vi.texts.description).toMatch(/\d,\d %/);
    expect(vi.texts.description).not.toMatch(/\d\.\d %/);
    expect(en.texts.description).toMatch(/\d\.\d%/);
    const spec = vi.library === 'vega-lite' ? vi.spec : null;
    expect(JSON.stringify(spec)).toContain('"decimal":","');
    expect(JSON.stringify(spec)).toContain('"percent":" %"');
  });

  it('compiles every Vega-Lite spec without a warning', () => {
    for (const chart of all()) {
      if (chart.library !== 'vega-lite') continue;
      expect(compileWarnings(chart.spec), chart.name).toEqual([]);
      expect(chart.spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v6.json');
    }
  });

  it('draws Plot charts at the common width, with the frame inside the SVG', () => {
    for (const chart of all()) {
      if (chart.library !== 'plot') continue;
      expect(chart.options.width).toBe(CHART_WIDTH);
      expect(chart.options.height).toBeGreaterThan(300);
    }
  });

  it('uses only the colour-blind-safe palette', () => {
    const allowed = new Set(
      [...Object.values(COLOURS), ...Object.values(OKABE_ITO), '#f0f0f0'].map((c) => c.toLowerCase()),
    );
    for (const chart of all()) {
      const json = JSON.stringify(chart.library === 'vega-lite' ? chart.spec : { marks: [] });
      for (const colour of json.match(/#[0-9a-fA-F]{6}\b/g) ?? [])
        expect(allowed, `${chart.name}: ${colour}`).toContain(colour.toLowerCase());
      if (chart.library === 'vega-lite' && json.includes('"scheme"')) expect(json).toContain('"scheme":"blueorange"');
    }
  });

  it('says why a chart cannot be drawn, rather than drawing an empty one', () => {
    const district = buildChartSet(fixtureContext(2024, {}, '436'), 'vi');
    const skipped = district.skipped.map((s) => s.name);
    expect(skipped).toContain('04-area-funnel-clearance-rate');
    expect(skipped).toContain('05-area-dots-clearance-rate');
    expect(district.skipped[0]?.reason).toContain('không có địa bàn cấp dưới');
    expect(district.charts.map((c) => c.id)).toContain('scorecard');
  });

  it('keeps drawing code to reading computed results: a chart computes its data in a *-data.ts file beside it', () => {
    const dir = join(import.meta.dirname, '../../../src/core/charts');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    // The modules that compute: the shared context, what several charts share, and each chart's own data.
    const computing = (f: string) =>
      ['chart-context.ts', 'monthly-counts.ts', 'compared-areas.ts', 'inputs.ts'].includes(f) || f.endsWith('-data.ts');
    const computes =
      /indicators\/compute\.ts|indicators\/measure\.ts|stats\/(?:wilson|rate-ratio|xmr|funnel|garwood)\.ts'/;
    const drawing = files.filter((f) => /export const \w+ = defineChart\(/.test(readFileSync(join(dir, f), 'utf8')));
    expect(drawing.length).toBe(CHART_IDS.length);
    for (const file of files) {
      // Types may be shared; values may not come from the computing modules.
      const source = readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((l) => !l.startsWith('import type'))
        .join('\n');
      expect(source, file).not.toMatch(/from 'node:/);
      if (computing(file)) continue;
      expect(source, file).not.toMatch(computes);
      expect(source, file).not.toMatch(/\bDataSet\b|context\.data\b/);
    }
    // A chart's data file is named for it: X-data.ts beside X.ts.
    for (const file of files.filter((f) => f.endsWith('-data.ts'))) {
      expect(drawing, file).toContain(file.replace(/-data\.ts$/, '.ts'));
    }
  });
});
