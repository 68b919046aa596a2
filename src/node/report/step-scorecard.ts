import { need, type ReportContext, type ReportStep } from './types.ts';
import { buildScorecard } from './build-scorecard.ts';
import { flattenScorecard, type FlatRow } from './scorecard-table.ts';

/** Step 2: every indicator for every year and area, assessed. The other steps read it. */
export const scorecardStep: ReportStep = {
  id: 'scorecard',
  async run(ctx) {
    ctx.state.scorecard = buildScorecard(ctx.options.data, { targets: ctx.options.targets });
  },
};

/**
 * The scorecard as one flat table in the report's language (`flattenScorecard`), made once for the CSV and
 * the workbook, which print the same lines.
 */
export function flatScorecardOf(ctx: ReportContext): FlatRow[] {
  ctx.state.flatScorecard ??= flattenScorecard(need(ctx, 'scorecard'), ctx.options.data, ctx.options.lang);
  return ctx.state.flatScorecard;
}
