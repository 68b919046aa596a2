import { REPORT_FILES } from './files.ts';
import { briefingDocxStep } from './step-briefing-docx.ts';
import { briefingHtmlStep } from './step-briefing-html.ts';
import { beginYearCharts, yearCharts } from './step-charts.ts';
import { need, type ReportContext, type ReportStep } from './types.ts';

/** The folder of a further year's charts: `charts/2025/`. */
const folderOf = (year: number) => `${REPORT_FILES.charts}/${year}`;

/**
 * Step 8: when the report's year is still in progress (December 2026 with data to October), the pack adds
 * the last whole year (2025) as its own briefing: its charts in `charts/2025/`, `briefing-2025.html` and
 * `briefing-2025.docx`, made by the same steps as the year's own briefing. Its charts are started before the
 * first step, as the year's own.
 */
export const briefingWholeYearStep: ReportStep = {
  id: 'briefing_whole_year',
  applies: (ctx) => (ctx.options.alsoYears ?? []).length > 0,
  // Its charts are drawn beside the steps before it, as the year's own (step-charts.ts).
  async begin(ctx) {
    await Promise.all((ctx.options.alsoYears ?? []).map((year) => beginYearCharts(ctx, year, folderOf(year))));
  },
  async run(ctx) {
    for (const year of ctx.options.alsoYears ?? []) {
      const sub: ReportContext = {
        ...ctx,
        options: { ...ctx.options, year },
        state: { scorecard: need(ctx, 'scorecard') },
      };
      sub.state.keyCharts = await yearCharts(ctx, year, folderOf(year));
      await briefingHtmlStep.run(sub);
      await briefingDocxStep.run(sub);
    }
  },
};
