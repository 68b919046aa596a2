import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SCORECARD_COLUMNS } from '../../core/messages/report.ts';
import { csvRows } from '../../core/export/csv-document.ts';
import { REPORT_FILES } from './files.ts';
import { FLAT_COLUMNS } from './scorecard-table.ts';
import { flatScorecardOf } from './step-scorecard.ts';
import type { ReportStep } from './types.ts';

/**
 * Step 4: scorecard.csv, one line per result, headers in the reader's language; figures as plain numbers
 * (a proportion as 0.931), text neutralised against formula injection.
 */
export const scorecardCsvStep: ReportStep = {
  id: 'scorecard_csv',
  async run(ctx) {
    const { lang } = ctx.options;
    const rows = flatScorecardOf(ctx);
    const header = FLAT_COLUMNS.map((c) => SCORECARD_COLUMNS[c][lang]);
    const body = rows.map((r) => FLAT_COLUMNS.map((c) => r.cells[c]));
    await writeFile(join(ctx.dir, REPORT_FILES.scorecardCsv), csvRows([header, ...body]));
  },
};
