import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rootArea } from '../../core/areas/tree.ts';
import { REPORT_FILES } from './files.ts';
import { firstCharts, pickKeyCharts, type KeyChart } from './key-charts.ts';
import { need, type ChartsExport, type ReportContext, type ReportStep } from './types.ts';
import { listFiles } from './walk.ts';

/**
 * Exports the chart set of one year into `folder` (relative to the report) and picks the briefing's key
 * charts by their typed ids, whose file names the chart registry gives.
 */
export async function exportYearCharts(
  ctx: ReportContext,
  year: number,
  folder: string,
  onSvgsDrawn?: () => void,
): Promise<KeyChart[]> {
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
    ...(onSvgsDrawn ? { onSvgsDrawn } : {}),
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
 * Step 1: the whole chart set (SVG, PNG, Vega-Lite), as `chitieu charts` makes it, into `charts/`, and the
 * further years' sets (`alsoYears`) into `charts/<year>/`; the briefing's key charts are chosen by their typed
 * ids (`KEY_CHARTS`), whose file names the registry gives. The charts need only the data, so they start
 * before the first step (`begin`), one set after the other; the step ends when every SVG is drawn, and the
 * other steps run while the PNG threads draw. The briefings wait for their set's files
 * (`ChartsExport.done`); a set failing after its SVGs are drawn is reported by the step that waits for it.
 */
export const chartsStep: ReportStep = {
  id: 'charts',
  begin(ctx) {
    const own = startYearCharts(ctx, ctx.options.year, REPORT_FILES.charts);
    const also = new Map<number, ChartsExport>();
    let previous = own.drawn;
    for (const year of ctx.options.alsoYears ?? []) {
      const set = startYearCharts(alsoYearContext(ctx, year), year, alsoYearFolder(year), previous);
      also.set(year, set);
      previous = set.drawn;
    }
    ctx.state.chartsExport = own;
    ctx.state.alsoYearsCharts = also;
    return Promise.all([own, ...also.values()].map((set) => set.done)).then(() => undefined);
  },
  async run(ctx) {
    const own = ctx.state.chartsExport ?? startYearCharts(ctx, ctx.options.year, REPORT_FILES.charts);
    ctx.state.chartsExport = own;
    await Promise.all([own, ...(ctx.state.alsoYearsCharts?.values() ?? [])].map((set) => set.drawn));
  },
};

/**
 * The briefing's key charts: set by the whole-year step for a further year, else those of the year's own set
 * once its files are written (waited for here; its failure is thrown here).
 */
export async function keyChartsOf(ctx: ReportContext): Promise<KeyChart[]> {
  ctx.state.keyCharts ??= await need(ctx, 'chartsExport').done;
  return ctx.state.keyCharts;
}

/** Where a further year's charts go: `charts/<year>/`. */
export function alsoYearFolder(year: number): string {
  return `${REPORT_FILES.charts}/${year}`;
}

/** The report's context for a further year: the same data, options and folder, another year, no state yet. */
export function alsoYearContext(ctx: ReportContext, year: number): ReportContext {
  return { ...ctx, options: { ...ctx.options, year }, state: {} };
}

/**
 * Starts {@link exportYearCharts} once `after` has resolved (another set's SVGs drawn: one set at a time on the
 * main thread, in the same order as ever, so every file has the same bytes); if `after` rejects, so does this
 * set, without starting.
 */
export function startYearCharts(
  ctx: ReportContext,
  year: number,
  folder: string,
  after: Promise<unknown> = Promise.resolve(),
): ChartsExport {
  let drawn!: () => void;
  let failed!: (error: unknown) => void;
  const svgsDrawn = new Promise<void>((resolve, reject) => {
    drawn = resolve;
    failed = reject;
  });
  const done = after.then(() => exportYearCharts(ctx, year, folder, drawn));
  // An exporter that does not say (a stand-in in tests): drawn when it is done. A failure after the SVGs were
  // drawn leaves `drawn` resolved and is reported where `done` is awaited.
  done.then(drawn, failed);
  // Both are awaited by a step, or the pipeline stops first and waits for `begin`'s promise: not unhandled.
  svgsDrawn.catch(() => undefined);
  done.catch(() => undefined);
  return { drawn: svgsDrawn, done };
}
