import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rootArea } from '../../core/areas/tree.ts';
import { REPORT_FILES } from './files.ts';
import { firstCharts, pickKeyCharts, type KeyChart } from './key-charts.ts';
import type { ReportContext, ReportStep } from './types.ts';
import { listFiles } from './walk.ts';

/**
 * Exports the chart set of one year into `folder` (relative to the report) and picks the briefing's key
 * charts by their typed ids, whose file names the chart registry gives.
 */
export async function exportYearCharts(ctx: ReportContext, year: number, folder: string): Promise<KeyChart[]> {
  const { data, lang, targets } = ctx.options;
  const outDir = join(ctx.dir, folder);
  await mkdir(outDir, { recursive: true });
  await ctx.deps.exportCharts(data, {
    year,
    lang,
    targets,
    area: rootArea(data.areas).area_code,
    formats: ['svg', 'png', 'vl'],
    outDir,
  });
  // What the folder holds is what the report holds, whatever the exporter's list says.
  const files = (await listFiles(outDir)).map((f) => `${folder}/${f}`);
  const svgs = new Map<string, string>();
  for (const f of files.filter((x) => x.endsWith('.svg'))) svgs.set(f, await readFile(join(ctx.dir, f), 'utf8'));
  const svgText = (svg: string) => svgs.get(svg) ?? '';
  const picked = pickKeyCharts(files, svgText, folder);
  return picked.length > 0 ? picked : firstCharts(files, svgText);
}

/**
 * Step 5: the whole chart set (SVG, PNG, Vega-Lite), as `chitieu charts` makes it, into `charts/`; then
 * the briefing's key charts are chosen by their typed ids (`KEY_CHARTS`), whose file names the registry gives.
 */
export const chartsStep: ReportStep = {
  id: 'charts',
  async run(ctx) {
    ctx.state.keyCharts = await exportYearCharts(ctx, ctx.options.year, REPORT_FILES.charts);
  },
};
