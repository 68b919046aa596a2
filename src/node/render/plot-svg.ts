import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { PlotChart } from '../../core/charts/chart.ts';

/**
 * Draws an Observable Plot chart to an SVG string in Node. Plot needs a DOM: we give it linkedom's document
 * (lighter than JSDOM) and add the `xmlns` attribute a standalone SVG file needs (Plot leaves it to the
 * browser). The chart's title, subtitle, legend and source are marks of the chart, so nothing is lost outside
 * the SVG (plot#1935: Plot's own legends and figure captions are HTML).
 */
export function plotToSvg(chart: PlotChart): string {
  const { document } = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>');
  const node = Plot.plot({ ...chart.options, document: document as unknown as Document }) as unknown as Element;
  if (node.tagName.toLowerCase() !== 'svg')
    throw new Error(`Plot drew a <${node.tagName}>, not an <svg>: a figure needs no title or legend option`);
  node.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return node.outerHTML;
}
