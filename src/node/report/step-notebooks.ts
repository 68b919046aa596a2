import { join } from 'node:path';
import { REPORT_FILES } from './files.ts';
import type { ReportStep } from './types.ts';
import { listFiles } from './walk.ts';

/**
 * Step 9: the notebooks, built on the report's own data into `notebooks/` (started before the first step, on
 * a worker thread when run from the bundle, and waited for here) (open them with
 * `npm run notebooks:serve -- --dir <out>/notebooks`: pages load ES modules, which browsers refuse from
 * file://). When the report runs without them (no builder), the step is skipped, not shown in the
 * progress, and the manifest says why.
 */
export const notebooksStep: ReportStep = {
  id: 'notebooks',
  applies: (ctx) => ctx.deps.buildNotebooks !== null,
  // The build reads the data folder, not the other steps' files: it starts first and runs beside them.
  begin(ctx) {
    const build = ctx.deps.buildNotebooks;
    if (build === null) throw new Error('internal: the notebooks step runs only with a builder');
    const pending = build(join(ctx.dir, REPORT_FILES.notebooks));
    ctx.state.notebooksBuild = pending;
    return pending;
  },
  async run(ctx) {
    const build = ctx.deps.buildNotebooks;
    if (build === null) throw new Error('internal: the notebooks step runs only with a builder');
    const to = join(ctx.dir, REPORT_FILES.notebooks);
    await (ctx.state.notebooksBuild ?? build(to));
    ctx.state.notebooks = { included: true, files: (await listFiles(to)).length };
  },
};
