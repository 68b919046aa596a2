// The chitieu side of `bench/charts.mjs`, bundled by that script with esbuild into bench/.work/ (dependencies
// stay external and resolve from the project's node_modules). Two uses:
//
//   import { writeSpecs } from '.../charts-bundle.mjs'   the specs: load data/, build the chart set for
//                                                         several years/areas/languages, keep the Vega-Lite ones
//   node .../charts-bundle.mjs render IN_DIR OUT_DIR     the timed run: every IN_DIR/*.vl.json to SVG and
//                                                         screen PNG in this one process, timings as JSON on stdout
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildChartSet } from '../src/core/charts/chart-set.ts';
import type { VegaLiteChart } from '../src/core/charts/chart.ts';
import { buildChartInputs } from '../src/core/charts/inputs.ts';
import type { Lang } from '../src/core/messages/lang.ts';
import { formatProblem, loadDataFolder } from '../src/node/io/load.ts';
import { svgToPngAsync } from '../src/node/render/png.ts';
import { DEFAULT_PNG_THREADS } from '../src/node/render/png-pool.ts';
import { vegaLiteToSvg } from '../src/node/render/vega-svg.ts';

export interface SpecInfo {
  file: string;
  year: number;
  area: string;
  lang: Lang;
  chart: string;
}

export interface SpecsResult {
  specs: SpecInfo[];
  /** Plot charts built along the way and left out (vega-cli cannot draw them). */
  plotChartsLeftOut: number;
  /** Chart sets computed (year × area × language). */
  sets: number;
}

/**
 * Writes `count` Vega-Lite specs of the chart set to `outDir` as `YEAR-AREA-LANG-NAME.vl.json`: the province
 * first, newest year first, both languages, then the areas one level down, until there are `count`.
 */
export async function writeSpecs(dataDir: string, outDir: string, count: number): Promise<SpecsResult> {
  const loaded = await loadDataFolder(dataDir, { lang: 'en' });
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => formatProblem(p)).join('\n'));
  const data = loaded.data;
  mkdirSync(outDir, { recursive: true });
  const root = data.areas.find((a) => !a.parent_code);
  if (!root) throw new Error('areas.csv has no root');
  const children = data.areas.filter((a) => a.parent_code === root.area_code).map((a) => a.area_code);
  const lastYear = data.criminal_cases.reduce((max, r) => Math.max(max, r.year), 0);
  const specs: SpecInfo[] = [];
  let plotChartsLeftOut = 0;
  let sets = 0;
  for (const area of [root.area_code, ...children]) {
    for (let year = lastYear; year >= 2020; year--) {
      let inputs;
      try {
        inputs = buildChartInputs(data, { year, area });
      } catch {
        continue; // the area did not exist that year
      }
      for (const lang of ['vi', 'en'] as const) {
        sets++;
        const { charts } = buildChartSet(inputs, lang);
        for (const chart of charts) {
          if (chart.library !== 'vega-lite') {
            plotChartsLeftOut++;
            continue;
          }
          const file = `${year}-${area}-${lang}-${chart.name}.vl.json`;
          writeFileSync(join(outDir, file), `${JSON.stringify((chart as VegaLiteChart).spec, null, 2)}\n`);
          specs.push({ file, year, area, lang, chart: chart.name });
          if (specs.length >= count) return { specs, plotChartsLeftOut, sets };
        }
      }
    }
  }
  return { specs, plotChartsLeftOut, sets };
}

export interface RenderTimings {
  charts: number;
  /** Process start to the first chart: Node start-up and loading the modules (vega, vega-lite, resvg). */
  startupMs: number;
  /** Read spec + Vega-Lite compile + Vega toSVG + write, summed over the charts. */
  svgMs: number;
  /** resvg screen PNG (twice the SVG size, Noto Sans only) + write, summed over the charts. */
  pngMs: number;
  /** CPU time of this process (user + system), start to end. */
  cpuMs: number;
  perChart: { file: string; svgMs: number; pngMs: number; svgBytes: number; pngBytes: number }[];
}

/**
 * Renders every `*.vl.json` of `inDir` to `outDir/NAME.svg` and `outDir/NAME.png`: SVGs one after the other
 * on the main thread, each PNG on the PNG worker pool while the next SVG is drawn (at most two per pool
 * thread in flight), as `exportCharts` does. `pngMs` is the time spent waiting for PNGs beyond the SVG work.
 */
export async function renderAll(inDir: string, outDir: string): Promise<RenderTimings> {
  const startupMs = performance.now();
  mkdirSync(outDir, { recursive: true });
  const files = readdirSync(inDir).filter((f) => f.endsWith('.vl.json')).sort();
  const perChart: RenderTimings['perChart'] = [];
  let svgMs = 0;
  let pngMs = 0;
  const inFlight: Promise<void>[] = [];
  for (const file of files) {
    const base = file.replace(/\.vl\.json$/, '');
    const t0 = performance.now();
    const spec = JSON.parse(readFileSync(join(inDir, file), 'utf8'));
    const svg = await vegaLiteToSvg(spec);
    writeFileSync(join(outDir, `${base}.svg`), svg);
    const t1 = performance.now();
    svgMs += t1 - t0;
    const started = performance.now();
    const entry = { file, svgMs: t1 - t0, pngMs: 0, svgBytes: Buffer.byteLength(svg), pngBytes: 0 };
    perChart.push(entry);
    inFlight.push(svgToPngAsync(svg, 'screen').then((png) => {
      writeFileSync(join(outDir, `${base}.png`), png);
      entry.pngMs = performance.now() - started;
      entry.pngBytes = png.length;
    }));
    if (inFlight.length >= 2 * DEFAULT_PNG_THREADS) {
      const w0 = performance.now();
      await inFlight.shift();
      pngMs += performance.now() - w0;
    }
  }
  const w0 = performance.now();
  await Promise.all(inFlight);
  pngMs += performance.now() - w0;
  const cpu = process.cpuUsage();
  return { charts: files.length, startupMs, svgMs, pngMs, cpuMs: (cpu.user + cpu.system) / 1000, perChart };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2] === 'render') {
  const [inDir, outDir] = process.argv.slice(3);
  if (!inDir || !outDir) throw new Error('usage: render IN_DIR OUT_DIR');
  const timings = await renderAll(inDir, outDir);
  process.stdout.write(`${JSON.stringify(timings)}\n`);
}
