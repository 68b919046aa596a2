import { REPORT_FILES } from './files.ts';
import { briefingDocxStep } from './step-briefing-docx.ts';
import { briefingHtmlStep } from './step-briefing-html.ts';
import { exportYearCharts } from './step-charts.ts';
import { need, type ReportContext, type ReportStep } from './types.ts';

/**
 * Step 8: when the report's year is still in progress (December 2026 with data to October), the pack adds
 * the last whole year (2025) as its own briefing: its charts in `charts/2025/`, `briefing-2025.html` and
 * `briefing-2025.docx`, made by the same steps as the year's own briefing.
 */
export const briefingWholeYearStep: ReportStep = {
  id: 'briefing_whole_year',
  applies: (ctx) => (ctx.options.alsoYears ?? []).length > 0,
  async run(ctx) {
    for (const year of ctx.options.alsoYears ?? []) {
      const folder = `${REPORT_FILES.charts}/${year}`;
      const sub: ReportContext = {
        ...ctx,
        options: { ...ctx.options, year },
        state: { scorecard: need(ctx, 'scorecard') },
      };
      sub.state.keyCharts = await exportYearCharts(sub, year, folder);
      await briefingHtmlStep.run(sub);
      await briefingDocxStep.run(sub);
    }
  },
};
