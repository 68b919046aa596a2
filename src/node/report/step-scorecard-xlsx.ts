import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { IndicatorUnit } from '../../core/indicators/definition.ts';
import { BRIEFING_TEXT, SCORECARD_COLUMNS, SHEET_NAMES } from '../../core/messages/report.ts';
import { formatDate } from '../../core/format/date.ts';
import { neutraliseText } from './cells.ts';
import { normaliseZip } from '../zip/normalise-zip.ts';
import { documentDate } from './document-date.ts';
import { REPORT_FILES } from './files.ts';
import { FLAT_COLUMNS, flattenScorecard, type FlatColumn } from './scorecard-table.ts';
import { need, type ReportStep } from './types.ts';

/** Excel number formats of the figures, by the indicator's unit. */
const VALUE_FORMATS: Record<IndicatorUnit, string> = {
  proportion: '0.0%',
  relative_change: '+0.0%;-0.0%;0.0%',
  count: '#,##0',
};

/** Columns printed with the value's format. */
const VALUE_COLUMNS = new Set<FlatColumn>(['value', 'ci_low', 'ci_high']);

/** Column widths, in characters. */
const WIDTHS: Partial<Record<FlatColumn, number>> = {
  year: 7, months: 9, area_code: 9, area: 24, level: 9, indicator_id: 28, indicator: 44, breakdown: 14,
  value: 10, value_text: 14, numerator: 14, denominator: 14, ci_low: 11, ci_high: 11, target: 14,
  status: 18, statistical: 22, small_denominator: 11, one_case_flips: 11, reason: 60,
};

/**
 * Step 4: scorecard.xlsx, one sheet of every result (figures as numbers with percent formats, headers in the
 * reader's language, frozen header row and filters) and a sheet on the data. Text cells are neutralised
 * against formula injection; dates in the file's properties are fixed and the zip is re-packed with fixed
 * time stamps, so that the same data give the same bytes.
 */
export const scorecardXlsxStep: ReportStep = {
  id: 'scorecard_xlsx',
  async run(ctx) {
    const { data, lang, targets } = ctx.options;
    const rows = flattenScorecard(need(ctx, 'scorecard'), data, lang);
    const date = documentDate(data);
    const book = new ExcelJS.Workbook();
    book.creator = 'chitieu';
    book.lastModifiedBy = 'chitieu';
    book.created = date;
    book.modified = date;
    book.title = BRIEFING_TEXT.docTitle(ctx.options.year)[lang];

    const sheet = book.addWorksheet(SHEET_NAMES.scorecard[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = FLAT_COLUMNS.map((c) => ({ key: c, width: WIDTHS[c] ?? 12 }));
    const header = sheet.addRow(FLAT_COLUMNS.map((c) => neutraliseText(SCORECARD_COLUMNS[c][lang])));
    header.font = { bold: true };
    header.alignment = { vertical: 'top', wrapText: true };
    for (const r of rows) {
      const row = sheet.addRow(FLAT_COLUMNS.map((c) => {
        const v = r.cells[c];
        return typeof v === 'string' ? neutraliseText(v) : v;
      }));
      FLAT_COLUMNS.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        if (VALUE_COLUMNS.has(c)) cell.numFmt = VALUE_FORMATS[r.unit];
        else if (c === 'numerator' || c === 'denominator') cell.numFmt = '#,##0';
      });
    }
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: FLAT_COLUMNS.length } };

    const about = book.addWorksheet(SHEET_NAMES.about[lang]);
    about.columns = [{ width: 28 }, { width: 100 }];
    const facts: [string, string][] = [
      [BRIEFING_TEXT.kicker[lang], BRIEFING_TEXT.docTitle(ctx.options.year)[lang]],
      [BRIEFING_TEXT.targetSet[lang], targets.title[lang]],
      [BRIEFING_TEXT.cutoffLabel[lang], data.meta.cutoff ? formatDate(data.meta.cutoff, lang) : BRIEFING_TEXT.noCutoff[lang]],
      [BRIEFING_TEXT.version[lang], ctx.deps.version],
    ];
    if (data.meta.title) facts.push([BRIEFING_TEXT.dataSet[lang], data.meta.title]);
    if (data.meta.synthetic) facts.unshift([BRIEFING_TEXT.warning[lang], BRIEFING_TEXT.synthetic[lang]]);
    for (const [k, v] of facts) {
      const row = about.addRow([neutraliseText(k), neutraliseText(v)]);
      row.getCell(1).font = { bold: true };
      row.alignment = { vertical: 'top', wrapText: true };
    }

    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    await writeFile(join(ctx.dir, REPORT_FILES.scorecardXlsx), normaliseZip(bytes));
  },
};
