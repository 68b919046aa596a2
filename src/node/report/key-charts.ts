import { basename } from 'node:path';
import { chartFileName } from '../../core/charts/chart.ts';
import { CHARTS, type ChartId } from '../../core/charts/registry.ts';
import type { IndicatorId } from '../../core/indicators/definition.ts';

/** A chart the briefing shows: its SVG (for the HTML page) and PNG (for Word), paths relative to the report. */
export interface KeyChart {
  svg: string;
  png: string | null;
  caption: string;
}

/** A chart of the set, by its typed id and variant (the indicator it is drawn for, or null). */
export interface ChartKey {
  id: ChartId;
  variant: IndicatorId | null;
}

/**
 * The briefing's charts, in order: the change in crime against 2021, the rates of targets b and c, the
 * violations per field, the share of safe communes of target đ (it shows the break of the 2025 reform, when the
 * units it counts changed), and the areas' clearance in a funnel. The scorecard chart is left out: the
 * briefing's verdict table already says the same.
 */
export const KEY_CHARTS: readonly ChartKey[] = [
  { id: 'crime_baseline', variant: null },
  { id: 'rate_trend', variant: 'reports_resolution_rate' },
  { id: 'rate_trend', variant: 'clearance_rate' },
  { id: 'rate_trend', variant: 'clearance_rate_very_serious' },
  { id: 'violations_by_field', variant: null },
  { id: 'rate_trend', variant: 'safe_communes_share' },
  { id: 'area_funnel', variant: 'clearance_rate' },
];

/** How many charts the briefing shows when none of the key charts is in the folder. */
export const MAX_UNNAMED_CHARTS = 6;

/**
 * The file name (without extension) of a key chart, as the chart's definition in the registry names it.
 *
 * @example keyChartName({ id: 'rate_trend', variant: 'clearance_rate' }) // => '03-rate-trend-clearance-rate'
 */
export function keyChartName(key: ChartKey): string {
  return chartFileName(CHARTS[key.id], key.variant);
}

/**
 * Chooses the briefing's charts, in the order of {@link KEY_CHARTS}, among the files the charts' folder holds
 * (paths relative to the report, under `folder`): each key chart's file name comes from the registry; a chart
 * the data could not give has no file and is left out. The print PNG is preferred for Word; the caption is the
 * chart's title, as its SVG carries it (`<title>`).
 *
 * @example pickKeyCharts(['charts/02-crime-baseline.svg', 'charts/02-crime-baseline.print.png'], () => '<svg><title>T</title></svg>', 'charts')
 * // => [{ svg: 'charts/02-crime-baseline.svg', png: 'charts/02-crime-baseline.print.png', caption: 'T' }]
 */
export function pickKeyCharts(
  files: readonly string[],
  svgText: (file: string) => string,
  folder: string,
  keys: readonly ChartKey[] = KEY_CHARTS,
): KeyChart[] {
  const present = new Set(files);
  const out: KeyChart[] = [];
  for (const key of keys) {
    const name = `${folder}/${keyChartName(key)}`;
    const svg = `${name}.svg`;
    if (!present.has(svg)) continue;
    const png = [`${name}.print.png`, `${name}.png`].find((f) => present.has(f)) ?? null;
    out.push({ svg, png, caption: svgTitle(svgText(svg)) ?? keyChartName(key) });
  }
  return out;
}

/**
 * Without any key chart in the folder (an exporter of other names), the first SVGs by name, each with the PNG of the same name, captioned by the SVG's
 * `<title>` (else its file name).
 */
export function firstCharts(files: readonly string[], svgText: (file: string) => string): KeyChart[] {
  const sorted = [...files].sort();
  const pngs = new Set(sorted.filter((f) => f.endsWith('.png')));
  return sorted
    .filter((f) => f.endsWith('.svg'))
    .slice(0, MAX_UNNAMED_CHARTS)
    .map((svg) => {
      const png = `${svg.slice(0, -4)}.png`;
      return { svg, png: pngs.has(png) ? png : null, caption: svgTitle(svgText(svg)) ?? basename(svg) };
    });
}

/** The text of an SVG's `<title>`, entities decoded; null without one. */
export function svgTitle(svg: string): string | null {
  const title = /<title[^>]*>([^<]{1,300})<\/title>/i.exec(svg)?.[1];
  if (title === undefined) return null;
  return title
    .trim()
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}
