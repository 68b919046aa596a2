import { join } from 'node:path';
import { REPORT_MESSAGES } from '../../core/messages/report.ts';
import { REPORT_FILES } from './files.ts';
import type { ReportStep } from './types.ts';
import { listFiles } from './walk.ts';

/**
 * Step 8: the notebooks, built on the report's own data into `notebooks/` (open them with
 * `npm run notebooks:serve -- --dir <out>/notebooks`: pages load ES modules, which browsers refuse from
 * file://). When the report runs without them, the manifest says why.
 */
export const notebooksStep: ReportStep = {
  id: 'notebooks',
  async run(ctx) {
    const build = ctx.deps.buildNotebooks;
    if (build === null) {
      ctx.state.notebooks = { included: false, reason: REPORT_MESSAGES.notebooksMissing.en };
      return;
    }
    const to = join(ctx.dir, REPORT_FILES.notebooks);
    await build(to);
    ctx.state.notebooks = { included: true, files: (await listFiles(to)).length };
  },
};
