import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rootArea } from '../../core/areas/tree.ts';
import { REPORT_FILES } from './files.ts';
import { firstCharts, parseSidecar, pickKeyCharts, type ChartSidecarInfo } from './key-charts.ts';
import type { ReportStep } from './types.ts';
import { listFiles } from './walk.ts';

/**
 * Step 5: the whole chart set (SVG, PNG, Vega-Lite), as `chitieu charts` makes it, into `charts/`; then
 * the briefing's key charts are chosen by the JSON sidecars the exporter writes beside each chart.
 */
export const chartsStep: ReportStep = {
  id: 'charts',
  async run(ctx) {
    const { data, year, lang, targets } = ctx.options;
    const folder = REPORT_FILES.charts;
    const outDir = join(ctx.dir, folder);
    await mkdir(outDir, { recursive: true });
    await ctx.deps.exportCharts(data, {
      year, lang, targets, area: rootArea(data.areas).area_code, formats: ['svg', 'png', 'vl'], outDir,
    });
    // What the folder holds is what the report holds, whatever the exporter's list says.
    const files = await listFiles(outDir);
    const sidecars: ChartSidecarInfo[] = [];
    for (const f of files.filter((x) => x.endsWith('.json') && !x.endsWith('.vl.json'))) {
      const sidecar = parseSidecar(await readFile(join(outDir, f), 'utf8'));
      if (sidecar) sidecars.push(sidecar);
    }
    if (sidecars.length > 0) {
      ctx.state.keyCharts = pickKeyCharts(sidecars, folder);
      return;
    }
    const svgs = new Map<string, string>();
    for (const f of files.filter((x) => x.endsWith('.svg'))) svgs.set(`${folder}/${f}`, await readFile(join(outDir, f), 'utf8'));
    ctx.state.keyCharts = firstCharts(files.map((f) => `${folder}/${f}`), (svg) => svgs.get(svg) ?? '');
  },
};
