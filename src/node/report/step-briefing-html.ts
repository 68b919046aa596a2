import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { areasToWatchOf } from './areas-to-watch.ts';
import { buildBriefing, type Briefing } from './briefing.ts';
import { dataTitleIn } from './data-title.ts';
import { withFigurePeriods } from './figure-caption.ts';
import { REPORT_FILES } from './files.ts';
import { embeddedFontCss } from './fonts.ts';
import { keyChartsOf } from './step-charts.ts';
import { renderBriefingHtml } from './render-html.ts';
import { need, type ReportContext, type ReportStep } from './types.ts';

/**
 * The briefing of the report's year, from the scorecard and the key charts, each figure's caption naming its
 * period; built once, for the HTML and Word steps (which wait for the key charts first: `keyChartsOf`).
 */
export function briefingOf(ctx: ReportContext): Briefing {
  if (ctx.state.briefing) return ctx.state.briefing;
  const { data, year, lang, targets } = ctx.options;
  const scorecard = need(ctx, 'scorecard');
  return (ctx.state.briefing = withFigurePeriods(
    buildBriefing({
      // The reader's half of a bilingual data title: no English inside a Vietnamese briefing.
      data: { ...data, meta: { ...data.meta, title: dataTitleIn(data.meta.title, lang) } },
      year,
      lang,
      targets,
      scorecard,
      version: ctx.deps.version,
      charts: need(ctx, 'keyCharts'),
      chartsFolder: `${REPORT_FILES.charts}/`,
    }),
    scorecard.years[0] ?? year,
  ));
}

/** Step 6: the briefing as a self-contained HTML page (fonts and charts inside; prints on A4). */
export const briefingHtmlStep: ReportStep = {
  id: 'briefing_html',
  async run(ctx) {
    await keyChartsOf(ctx);
    const briefing = briefingOf(ctx);
    const svgs = new Map<string, string>();
    for (const c of briefing.charts) svgs.set(c.svg, await readFile(join(ctx.dir, c.svg), 'utf8'));
    const html = renderBriefingHtml(briefing, svgs, await embeddedFontCss(ctx.deps.fonts), areasToWatchOf(ctx));
    await writeFile(join(ctx.dir, REPORT_FILES.briefingHtml(ctx.options.year)), html);
  },
};
