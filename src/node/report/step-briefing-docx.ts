import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rootArea } from '../../core/areas/tree.ts';
import { areasToWatchOf } from './areas-to-watch.ts';
import { readBriefingSettings } from './briefing-settings.ts';
import { documentDate } from './document-date.ts';
import { documentFrame } from './document-frame.ts';
import { REPORT_FILES } from './files.ts';
import { renderBriefingDocx } from './render-docx.ts';
import { briefingOf } from './step-briefing-html.ts';
import { keyChartsOf } from './step-charts.ts';
import type { ReportStep } from './types.ts';

/**
 * Step 7: the briefing as a Word document in the administrative format (A4; issuing body, number, place and
 * date from the settings file, placeholders without it), charts as PNG; fixed dates and zip stamps.
 */
export const briefingDocxStep: ReportStep = {
  id: 'briefing_docx',
  async run(ctx) {
    const { data, lang, briefingSettingsFile } = ctx.options;
    const settings = await readBriefingSettings(briefingSettingsFile, lang);
    await keyChartsOf(ctx);
    const briefing = briefingOf(ctx);
    const pngs = new Map<string, Buffer>();
    for (const c of briefing.charts) if (c.png) pngs.set(c.png, await readFile(join(ctx.dir, c.png)));
    const date = documentDate(data);
    const frame = documentFrame(settings, {
      lang,
      subject: briefing.title,
      province: rootArea(data.areas),
      date: date.toISOString().slice(0, 10),
    });
    const bytes = await renderBriefingDocx(briefing, pngs, date, { frame, areas: areasToWatchOf(ctx) });
    await writeFile(join(ctx.dir, REPORT_FILES.briefingDocx(ctx.options.year)), bytes);
  },
};
