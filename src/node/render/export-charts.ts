import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildChartSet } from '../../core/charts/chart-set.ts';
import { finishSvg as finishSvgTexts } from '../../core/export/finish-svg.ts';
import type { BuiltChart, ChartId, SkippedChart } from '../../core/charts/chart.ts';
import { buildChartContext } from '../../core/charts/chart-context.ts';
import type { Lang } from '../../core/messages/lang.ts';
import type { TargetSet } from '../../core/targets/target-set.ts';
import type { DataSet } from '../../core/types.ts';
import { plotToSvg } from './plot-svg.ts';
import { svgToPngAsync } from './png.ts';
import { DEFAULT_PNG_THREADS } from './png-pool.ts';
import { cachedVegaSvg, svgCacheDir } from './svg-cache.ts';
import { vegaLiteToSvg } from './vega-svg.ts';

/** What `exportCharts` can write for each chart. */
export const EXPORT_FORMATS = ['svg', 'png', 'vl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Charts per PNG thread whose PNGs may wait to be drawn before the next SVG waits for them (one year's set is 18). */
const PNG_BACKLOG = 12;

/** Options of {@link exportCharts}. */
export interface ExportChartsOptions {
  year: number;
  /** Area code; default the province (the root of `areas.csv`). */
  area?: string;
  lang: Lang;
  /** `svg`, `png` (screen and print sizes), `vl` (the Vega-Lite spec, for charts Vega-Lite draws). */
  formats: readonly ExportFormat[];
  outDir: string;
  targets?: TargetSet;
  /** Only these charts (default: the whole set). */
  only?: readonly ChartId[];
  /**
   * Called once every SVG is drawn and written, while PNGs may still be drawing on the PNG threads: from then
   * on the main thread is free for other work (the report's other steps).
   */
  onSvgsDrawn?: () => void;
}

/** How long one chart took to draw, in milliseconds (not written to any file). */
export interface ChartTiming {
  name: string;
  library: BuiltChart['library'];
  svgMs: number;
  pngMs: number;
}

/** What {@link exportCharts} did. */
export interface ExportChartsResult {
  /** Paths of the files written, chart by chart: SVG, screen PNG, print PNG, Vega-Lite JSON, sidecar. */
  files: string[];
  /** Charts the data could not give, with the reason. */
  skipped: SkippedChart[];
  timings: ChartTiming[];
}

/** The JSON sidecar of a chart: its words, for people who cannot see it and for the report. */
export interface ChartSidecar {
  id: ChartId;
  variant: string | null;
  name: string;
  library: BuiltChart['library'];
  lang: Lang;
  year: number;
  area: { code: string; name: string };
  title: string;
  subtitle: string;
  /** How to read the chart and how it was made (methods, months covered), printed under the drawing. */
  note: string;
  source: string;
  description: string;
  /** Size of the SVG in CSS pixels. */
  width: number;
  height: number;
  files: { svg?: string; png?: string; print_png?: string; vega_lite?: string };
}

/**
 * Makes a drawn SVG a standalone, accessible, deterministic file (src/core/export/finish-svg.ts, shared with the
 * notebooks' downloads so that both give the same bytes): a `<title>` and `<desc>`, `role="img"`, and clip-path
 * ids numbered from 1 in each file.
 */
export function finishSvg(svg: string, chart: BuiltChart): string {
  return finishSvgTexts(svg, chart.texts);
}

/**
 * Draws a built chart to SVG with its library. In a built toolkit, a Vega-Lite chart drawn before from the same
 * spec comes from the SVG cache (`svg-cache.ts`).
 */
export async function renderSvg(chart: BuiltChart): Promise<string> {
  const raw =
    chart.library === 'vega-lite'
      ? await cachedVegaSvg(svgCacheDir(), chart.spec, () => vegaLiteToSvg(chart.spec))
      : plotToSvg(chart);
  return finishSvg(raw, chart);
}

function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  return {
    width: Number(/\swidth="([\d.]+)"/.exec(root)?.[1] ?? 0),
    height: Number(/\sheight="([\d.]+)"/.exec(root)?.[1] ?? 0),
  };
}

/**
 * Computes the shared chart context of one year and area, builds the chart set (each chart preparing its own
 * data) and writes each chart: `NAME.svg`,
 * `NAME.png` (screen, twice the SVG size), `NAME.print.png` (16 cm at 300 dpi), `NAME.vl.json` (Vega-Lite
 * charts) and always `NAME.json`, the sidecar with its title and text description. No timestamps: the same
 * data give byte-identical files.
 *
 * @throws Error when the area code is not in `areas.csv`, or a file cannot be written.
 */
export async function exportCharts(data: DataSet, options: ExportChartsOptions): Promise<ExportChartsResult> {
  const context = buildChartContext(data, {
    year: options.year,
    ...(options.area ? { area: options.area } : {}),
    ...(options.targets ? { targets: options.targets } : {}),
  });
  const { charts, skipped } = buildChartSet(context, options.lang, options.only);
  await mkdir(options.outDir, { recursive: true });
  const wants = (format: ExportFormat) => options.formats.includes(format);
  // Each chart's files, in chart order; PNGs render on the PNG pool while the next charts' SVGs are drawn.
  const perChart: { files: string[]; timing: ChartTiming }[] = [];
  const write = (file: string, content: string | Buffer) => writeFile(join(options.outDir, file), content);
  const pngJobs: Promise<void>[] = [];
  let waitFrom = 0;
  try {
    for (const chart of charts) {
      const t0 = performance.now();
      const svg = await renderSvg(chart);
      const t1 = performance.now();
      const timing: ChartTiming = { name: chart.name, library: chart.library, svgMs: t1 - t0, pngMs: 0 };
      const names: ChartSidecar['files'] = {};
      if (wants('svg')) {
        names.svg = `${chart.name}.svg`;
        await write(names.svg, svg);
      }
      if (wants('png')) {
        names.png = `${chart.name}.png`;
        names.print_png = `${chart.name}.print.png`;
        const [screenName, printName] = [names.png, names.print_png];
        const job = (async () => {
          const t2 = performance.now();
          const [screen, print] = await Promise.all([svgToPngAsync(svg, 'screen'), svgToPngAsync(svg, 'print')]);
          timing.pngMs = performance.now() - t2;
          await write(screenName, screen);
          await write(printName, print);
        })();
        job.catch(() => undefined); // awaited below; this only keeps a failure from being reported unhandled meanwhile
        pngJobs.push(job);
        // Up to PNG_BACKLOG charts per PNG thread waiting (a queued job holds its SVG's text, a few hundred kB
        // at most), so that the SVGs are all drawn early and the main thread is free while the PNG threads draw.
        if (pngJobs.length - waitFrom > PNG_BACKLOG * DEFAULT_PNG_THREADS) await pngJobs[waitFrom++];
      }
      if (wants('vl') && chart.library === 'vega-lite') {
        names.vega_lite = `${chart.name}.vl.json`;
        await write(names.vega_lite, `${JSON.stringify(chart.spec, null, 2)}\n`);
      }
      const sidecar: ChartSidecar = {
        id: chart.id,
        variant: chart.variant,
        name: chart.name,
        library: chart.library,
        lang: chart.lang,
        year: context.year,
        area: { code: context.area.code, name: context.area.name[options.lang] },
        title: chart.texts.title,
        subtitle: chart.texts.subtitle.join(' '),
        note: chart.texts.note.join(' '),
        source: chart.texts.source.join(' '),
        description: chart.texts.description,
        ...svgSize(svg),
        files: names,
      };
      await write(`${chart.name}.json`, `${JSON.stringify(sidecar, null, 2)}\n`);
      const files = [names.svg, names.png, names.print_png, names.vega_lite, `${chart.name}.json`];
      perChart.push({
        files: files.filter((f): f is string => f !== undefined).map((f) => join(options.outDir, f)),
        timing,
      });
    }
    options.onSvgsDrawn?.();
  } finally {
    // A chart that fails leaves no PNG being written behind the caller's back.
    await Promise.allSettled(pngJobs);
  }
  await Promise.all(pngJobs);
  const files = perChart.flatMap((c) => c.files);
  const timings = perChart.map((c) => c.timing);
  return { files, skipped, timings };
}
