import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { ChartExporter } from '../../../src/node/report/types.ts';

/** A small SVG chart with a title. */
function svg(title: string, bars: number[]): string {
  const rects = bars
    .map((b, i) => `<rect x="${20 + i * 50}" y="${180 - b}" width="40" height="${b}" fill="#4a7ab5"/>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="220" viewBox="0 0 640 220"><title>${title}</title>` +
    `<rect width="640" height="220" fill="white"/>${rects}<text x="20" y="205" font-family="sans-serif" font-size="12">${title}</text></svg>`
  );
}

/**
 * A stand-in for `exportCharts` (src/node/render/export-charts.ts), writing files as it does: for each chart
 * `NAME.svg`, `NAME.png`, `NAME.print.png`, `NAME.vl.json` and the sidecar `NAME.json`.
 */
export const stubCharts: ChartExporter = async (_data, options) => {
  await mkdir(options.outDir, { recursive: true });
  const files: string[] = [];
  const write = async (file: string, content: string | Buffer) => {
    await writeFile(join(options.outDir, file), content);
    files.push(join(options.outDir, file));
  };
  const charts: [string, string, string | null, string, number[]][] = [
    ['01-scorecard', 'scorecard', null, 'Bảng chỉ tiêu', [120, 90, 140]],
    ['02-crime-baseline', 'crime_baseline', null, 'Tổng số vụ so với 2021', [100, 110, 95, 90, 92]],
    ['03-rate-trend-clearance-rate', 'rate_trend', 'clearance_rate', 'Tỉ lệ điều tra, khám phá', [150, 155, 149, 160]],
  ];
  for (const [name, id, variant, title, bars] of charts) {
    const text = svg(title, bars);
    const names: Record<string, string> = {};
    if (options.formats.includes('svg')) await write((names.svg = `${name}.svg`), text);
    if (options.formats.includes('png')) {
      await write((names.png = `${name}.png`), new Resvg(text).render().asPng());
      await write(
        (names.print_png = `${name}.print.png`),
        new Resvg(text, { fitTo: { mode: 'zoom', value: 2 } }).render().asPng(),
      );
    }
    if (options.formats.includes('vl')) {
      await write(
        (names.vega_lite = `${name}.vl.json`),
        `${JSON.stringify({ $schema: 'https://vega.github.io/schema/vega-lite/v6.json', title })}\n`,
      );
    }
    await write(`${name}.json`, `${JSON.stringify({ id, variant, name, title, files: names }, null, 2)}\n`);
  }
  return { files };
};
