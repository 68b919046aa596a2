import { briefingDocxStep } from './step-briefing-docx.ts';
import { briefingHtmlStep } from './step-briefing-html.ts';
import { alsoYearContext, alsoYearFolder, exportYearCharts } from './step-charts.ts';
import { need, type ReportContext, type ReportStep } from './types.ts';

/**
 * Step 8: when the report's year is still in progress (December 2026 with data to October), the pack adds
 * the last whole year (2025) as its own briefing: its charts in `charts/2025/`, `briefing-2025.html` and
 * `briefing-2025.docx`, made by the same steps as the year's own briefing. Its charts were started by the
 * charts step, after the year's own; this step waits for their files.
 */
export const briefingWholeYearStep: ReportStep = {
  id: 'briefing_whole_year',
  applies: (ctx) => (ctx.options.alsoYears ?? []).length > 0,
  async run(ctx) {
    for (const year of ctx.options.alsoYears ?? []) {
      const sub: ReportContext = { ...alsoYearContext(ctx, year), state: { scorecard: need(ctx, 'scorecard') } };
      sub.state.keyCharts = await (ctx.state.alsoYearsCharts?.get(year)?.done ??
        exportYearCharts(sub, year, alsoYearFolder(year)));
      await briefingHtmlStep.run(sub);
      await briefingDocxStep.run(sub);
    }
  },
};
