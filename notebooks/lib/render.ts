/**
 * Draws the library's charts in a page: a Vega-Lite spec through vega-lite and vega (SVG renderer), a
 * Plot chart through `Plot.plot`. The chart is the one `chitieu charts` exports: same spec, same
 * options; only the renderer differs (the browser here, resvg there).
 *
 * Each chart comes back in a `<figure class="chitieu-chart" data-chart="…">`; the browser check
 * (test/browser/run.mjs) finds every such figure and fails when one holds no drawn SVG.
 */
import * as Plot from '@observablehq/plot';
import * as vega from 'vega';
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import type { BuiltChart, ChartDefinition, SkippedChart } from '../../src/core/charts/chart.ts';
import type { ChartInputs } from '../../src/core/charts/inputs.ts';
import type { IndicatorId } from '../../src/core/indicators/definition.ts';
import { FONT_FAMILY } from '../../src/core/charts/theme.ts';
import type { Lang } from '../../src/core/messages/lang.ts';
import { h } from './dom.ts';
import { chartDownloads, chartSvg, elementSvg, installVegaTextMetrics } from './download.ts';
import { NOTEBOOK_MESSAGES as M } from '../../src/core/messages/notebooks.ts';
import { timed } from './timing.ts';

/** Waits for the shipped font, so text is measured and laid out with the font it is drawn in. */
export async function fontsReady(): Promise<void> {
  await Promise.all([document.fonts.load(`12px "${FONT_FAMILY}"`), document.fonts.load(`bold 12px "${FONT_FAMILY}"`)]);
}

/** The SVG element of a Vega-Lite spec, drawn by vega's SVG renderer. */
export async function renderVegaLite(spec: object): Promise<{ element: HTMLElement; view: vega.View }> {
  await fontsReady();
  // Laid out with the shipped font's widths, as `chitieu charts` lays it out (its SVG download is that file).
  installVegaTextMetrics();
  const { spec: vgSpec } = compile(spec as TopLevelSpec);
  const element = h('div', { class: 'chitieu-vega' });
  const view = new vega.View(vega.parse(vgSpec), { renderer: 'svg', container: element, hover: true });
  await view.runAsync();
  return { element, view };
}

/**
 * A chart of the library, drawn, in a figure carrying `data-chart` (its file name), `data-library`,
 * and a text description for screen readers. A chart the data cannot give says why instead.
 */
export async function renderChart(chart: BuiltChart | SkippedChart, lang: Lang = 'vi'): Promise<HTMLElement> {
  if (!('library' in chart)) {
    return h(
      'figure',
      { class: 'chitieu-chart chitieu-chart-skipped', 'data-chart-skipped': chart.name },
      M.chartSkipped(chart.reason)[lang],
    );
  }
  const figure = h('figure', {
    class: 'chitieu-chart',
    'data-chart': chart.name,
    'data-library': chart.library,
    role: 'img',
    'aria-label': `${chart.texts.title}. ${chart.texts.description}`,
  });
  if (chart.library === 'vega-lite') {
    const { element } = await renderVegaLite(chart.spec);
    figure.appendChild(element);
  } else {
    await fontsReady();
    figure.appendChild(Plot.plot(chart.options));
  }
  figure.appendChild(chartDownloads(chart.name, () => chartSvg(chart), lang));
  return figure;
}

/** Draws several charts, one figure each, in a `<div>`. */
export async function renderCharts(
  charts: readonly (BuiltChart | SkippedChart)[],
  lang: Lang = 'vi',
): Promise<HTMLElement> {
  const figures = await Promise.all(charts.map((c) => renderChart(c, lang)));
  return h('div', { class: 'chitieu-charts' }, figures);
}

/**
 * Builds a chart definition's charts for the given variants (all of them by default), exactly as
 * `chitieu charts` builds them. Each build (the chart's data preparation and its spec) is timed as computing
 * ({@link timed}: `chart:ID`).
 *
 * @example chartsOf(rateTrend, inputs, 'vi', ['clearance_rate']) // => [the clearance-rate trend chart]
 */
export function chartsOf(
  def: ChartDefinition,
  inputs: ChartInputs,
  lang: Lang = 'vi',
  variants: readonly (IndicatorId | null)[] = def.variants,
): (BuiltChart | SkippedChart)[] {
  return variants.map((v) => timed(`chart:${def.id}`, () => def.build(inputs, v, lang)));
}

/**
 * A figure for a chart drawn in the notebook itself (with Plot), marked like the library's charts so
 * the browser check finds it. Use it only for views the chart set does not have.
 */
export async function notebookFigure(
  name: string,
  draw: () => Element,
  label: string,
  lang: Lang = 'vi',
): Promise<HTMLElement> {
  await fontsReady();
  const drawn = draw();
  const svg = (drawn instanceof SVGSVGElement ? drawn : drawn.querySelector('svg')) as SVGSVGElement | null;
  return h(
    'figure',
    { class: 'chitieu-chart', 'data-chart': name, 'data-library': 'plot-notebook', role: 'img', 'aria-label': label },
    drawn,
    svg ? chartDownloads(name, async () => elementSvg(svg, { title: label, description: label }), lang) : null,
  );
}
