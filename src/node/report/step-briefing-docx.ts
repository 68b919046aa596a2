import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { documentDate } from './document-date.ts';
import { REPORT_FILES } from './files.ts';
import { renderBriefingDocx } from './render-docx.ts';
import { briefingOf } from './step-briefing-html.ts';
import type { ReportStep } from './types.ts';

/** Step 7: the briefing as a Word document (A4), charts as PNG; fixed dates and zip stamps. */
export const briefingDocxStep: ReportStep = {
  id: 'briefing_docx',
  async run(ctx) {
    const briefing = briefingOf(ctx);
    const pngs = new Map<string, Buffer>();
    for (const c of briefing.charts) if (c.png) pngs.set(c.png, await readFile(join(ctx.dir, c.png)));
    const bytes = await renderBriefingDocx(briefing, pngs, documentDate(ctx.options.data));
    await writeFile(join(ctx.dir, REPORT_FILES.briefingDocx(ctx.options.year)), bytes);
  },
};
