import { basename } from 'node:path';

/** A chart the briefing shows: its SVG (for the HTML page) and PNG (for Word), paths relative to the report. */
export interface KeyChart {
  svg: string;
  png: string | null;
  caption: string;
}

/**
 * What the briefing needs from a chart's JSON sidecar, as `exportCharts` writes it beside each chart
 * (`NAME.json`: id, variant, title, and the chart's files).
 */
export interface ChartSidecarInfo {
  id: string;
  variant: string | null;
  title: string;
  files: { svg?: string; png?: string; print_png?: string };
}

/**
 * The briefing's charts, in order: the change in crime against 2021, the rates of targets b and c, the
 * violations per field, the share of safe communes of target đ (it shows the break of the 2025 reform, when the
 * units it counts changed), and the areas' clearance in a funnel. The scorecard chart is left out: the
 * briefing's verdict table already says the same.
 */
export const KEY_CHARTS: readonly { id: string; variant: string | null }[] = [
  { id: 'crime_baseline', variant: null },
  { id: 'rate_trend', variant: 'reports_resolution_rate' },
  { id: 'rate_trend', variant: 'clearance_rate' },
  { id: 'rate_trend', variant: 'clearance_rate_very_serious' },
  { id: 'violations_by_field', variant: null },
  { id: 'rate_trend', variant: 'safe_communes_share' },
  { id: 'area_funnel', variant: 'clearance_rate' },
];

/** How many charts the briefing shows when the charts have no sidecars to choose by. */
export const MAX_UNNAMED_CHARTS = 6;

/** Reads a sidecar's JSON text; null when it is not one (a Vega-Lite spec, say). */
export function parseSidecar(text: string): ChartSidecarInfo | null {
  try {
    const json = JSON.parse(text) as Partial<ChartSidecarInfo>;
    if (
      typeof json.id !== 'string' ||
      typeof json.title !== 'string' ||
      typeof json.files !== 'object' ||
      json.files === null
    )
      return null;
    return {
      id: json.id,
      variant: typeof json.variant === 'string' ? json.variant : null,
      title: json.title,
      files: json.files,
    };
  } catch {
    return null;
  }
}

/**
 * Chooses the briefing's charts by their sidecars, in the order of {@link KEY_CHARTS}; the print PNG is
 * preferred for Word. `folder` is the charts' folder inside the report (`charts`).
 *
 * @example pickKeyCharts([{id: 'crime_baseline', variant: null, title: 'T', files: {svg: 'a.svg', print_png: 'a.print.png'}}], 'charts')
 * // => [{ svg: 'charts/a.svg', png: 'charts/a.print.png', caption: 'T' }]
 */
export function pickKeyCharts(sidecars: readonly ChartSidecarInfo[], folder: string): KeyChart[] {
  const out: KeyChart[] = [];
  for (const key of KEY_CHARTS) {
    const s = sidecars.find((x) => x.id === key.id && x.variant === key.variant);
    if (!s?.files.svg) continue;
    const png = s.files.print_png ?? s.files.png;
    out.push({ svg: `${folder}/${s.files.svg}`, png: png ? `${folder}/${png}` : null, caption: s.title });
  }
  return out;
}

/**
 * Without sidecars, the first SVGs by name, each with the PNG of the same name, captioned by the SVG's
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
