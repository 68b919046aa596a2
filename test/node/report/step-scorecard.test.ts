import { describe, expect, it } from 'vitest';
import { DEFAULT_TARGET_SET, TARGET_SETS } from '../../../src/core/targets/registry.ts';
import { buildScorecard } from '../../../src/node/report/build-scorecard.ts';
import { flattenScorecard } from '../../../src/node/report/scorecard-table.ts';
import { flatScorecardOf, scorecardStep } from '../../../src/node/report/step-scorecard.ts';
import type { ReportContext } from '../../../src/node/report/types.ts';
import { reportDataSet } from './data.ts';

function context(lang: 'vi' | 'en'): ReportContext {
  const data = reportDataSet();
  const targets = TARGET_SETS[DEFAULT_TARGET_SET]!;
  return {
    options: { data, outDir: '/nowhere', year: 2024, lang, targets },
    deps: { exportCharts: async () => ({ files: [] }), version: 'test', buildNotebooks: null, fonts: null },
    dir: '/nowhere',
    state: {},
  };
}

describe('the scorecard step', () => {
  it('assesses every indicator for every year and area', async () => {
    const ctx = context('vi');
    await scorecardStep.run(ctx);
    expect(ctx.state.scorecard).toEqual(buildScorecard(ctx.options.data, { targets: ctx.options.targets }));
  });

  it('flattens the scorecard once, in the report language, for the CSV and the workbook', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const ctx = context(lang);
      await scorecardStep.run(ctx);
      const rows = flatScorecardOf(ctx);
      expect(rows).toEqual(flattenScorecard(ctx.state.scorecard!, ctx.options.data, lang));
      expect(rows.length).toBeGreaterThan(0);
      expect(flatScorecardOf(ctx)).toBe(rows); // the same table, not made again
    }
  });

  it('needs the scorecard first', () => {
    expect(() => flatScorecardOf(context('vi'))).toThrow(/scorecard/);
  });
});
