import { cp, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { REPORT_MESSAGES } from '../../core/messages/report.ts';
import { REPORT_FILES } from './files.ts';
import type { ReportStep } from './types.ts';
import { listFiles } from './walk.ts';

/**
 * Step 8: the built notebooks. Copies the toolkit's `notebooks/dist` into `notebooks/` when it exists;
 * otherwise records in the manifest that there were none (the notebooks are built by their own command).
 */
export const notebooksStep: ReportStep = {
  id: 'notebooks',
  async run(ctx) {
    const from = ctx.deps.notebooksDir;
    const found = from === null ? null : await stat(from).catch(() => null);
    if (from === null || !found?.isDirectory()) {
      ctx.state.notebooks = { included: false, reason: REPORT_MESSAGES.notebooksMissing.en };
      return;
    }
    const to = join(ctx.dir, REPORT_FILES.notebooks);
    await cp(from, to, { recursive: true, dereference: true });
    ctx.state.notebooks = { included: true, files: (await listFiles(to)).length };
  },
};
