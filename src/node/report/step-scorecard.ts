import type { ReportStep } from './types.ts';
import { buildScorecard } from './build-scorecard.ts';

/** Step 2: every indicator for every year and area, assessed. The other steps read it. */
export const scorecardStep: ReportStep = {
  id: 'scorecard',
  async run(ctx) {
    ctx.state.scorecard = buildScorecard(ctx.options.data, { targets: ctx.options.targets });
  },
};
