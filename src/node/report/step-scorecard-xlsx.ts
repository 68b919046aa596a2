import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { IndicatorId, IndicatorUnit } from '../../core/indicators/definition.ts';
import { INDICATORS } from '../../core/indicators/registry.ts';
import { NUMBER_SYMBOLS } from '../../core/format/locale.ts';
import type { Lang } from '../../core/messages/lang.ts';
import { BRIEFING_TEXT, SCORECARD_COLUMNS, SHEET_NAMES } from '../../core/messages/report.ts';
import { STATUS_MARK } from '../../core/messages/scorecard.ts';
import { WORKBOOK_TEXT } from '../../core/messages/office-document.ts';
import { formatDate } from '../../core/format/date.ts';
import { neutraliseText } from '../../core/export/csv-document.ts';
import { readZip } from '../zip/read-zip.ts';
import { writeZip } from '../zip/write-zip.ts';
import { dataTitleIn } from './data-title.ts';
import { documentDate } from './document-date.ts';
import { REPORT_FILES } from './files.ts';
import { flattenScorecard, type FlatColumn, type FlatRow } from './scorecard-table.ts';
import { yearPeriodLabel } from './year-period.ts';
import { need, type ReportStep } from './types.ts';

/**
 * The columns of a year's sheet. The printed ones come first (the print area ends with them); the year, the
 * months, the indicator's id and the reason follow, for filtering and checking on screen. The figure is the
 * number only: its printed text (the CSV's `value_text`, '+5,2 %') would be a second, unusable copy.
 */
export const PRINTED_COLUMNS = [
  'area_code',
  'area',
  'level',
  'indicator',
  'breakdown',
  'value',
  'numerator',
  'denominator',
  'ci_low',
  'ci_high',
  'target',
  'status',
  'statistical',
  'small_denominator',
  'one_case_flips',
] as const satisfies readonly FlatColumn[];
export const SHEET_COLUMNS = [
  ...PRINTED_COLUMNS,
  'year',
  'months',
  'indicator_id',
  'document',
  'reason',
] as const satisfies readonly FlatColumn[];
type SheetColumn = (typeof SHEET_COLUMNS)[number];

/**
 * Excel number formats of the figures, by the indicator's unit: the cell holds the number (0.052), the
 * format shows it ('+5,2 %' where the reader's Excel uses a decimal comma: the separators are the reader's
 * locale's, the space before % is the Vietnamese style of `NUMBER_SYMBOLS`).
 *
 * @example valueFormats('vi').relative_change // => '+0.0 %;-0.0 %;0.0 %'
 */
export function valueFormats(lang: Lang): Record<IndicatorUnit, string> {
  const pct = `0.0${NUMBER_SYMBOLS[lang].percentSuffix}`;
  return { proportion: pct, relative_change: `+${pct};-${pct};${pct}`, count: '#,##0' };
}

/** Columns printed with the value's format. */
const VALUE_COLUMNS = new Set<FlatColumn>(['value', 'ci_low', 'ci_high']);
/** Columns of numbers: their headers stand right, over the figures. */
const NUMBER_COLUMNS = new Set<FlatColumn>([...VALUE_COLUMNS, 'numerator', 'denominator', 'year', 'months']);
/** Text columns right after a column of numbers: indented, so that '+4,9 %' and '≤ −5 %' do not touch. */
const INDENTED_COLUMNS = new Set<FlatColumn>(['target', 'indicator_id']);

/** Column widths, in characters: the printed columns hold one line each, so that a page holds many rows. */
const WIDTHS: Record<SheetColumn, number> = {
  area_code: 7,
  area: 22,
  level: 7,
  indicator: 30,
  breakdown: 12,
  value: 9,
  numerator: 15,
  denominator: 15,
  ci_low: 10,
  ci_high: 10,
  target: 14,
  status: 14,
  statistical: 31,
  small_denominator: 8,
  one_case_flips: 11,
  year: 7,
  months: 9,
  indicator_id: 28,
  document: 40,
  reason: 60,
};

/** zlib's level for the workbook's parts (its default): see the end of {@link scorecardXlsxStep}. */
export const XLSX_DEFLATE_LEVEL = 6;

/** Verdicts in colour, as in the briefing (the mark before the word already says it without colour). */
const STATUS_COLOURS: [mark: string, argb: string][] = [
  [STATUS_MARK.met, 'FF17602F'],
  [STATUS_MARK.not_met, 'FF9F1D1D'],
];

/** Text for a header or footer: `&` starts a code there, so a literal one is doubled. */
const headerText = (text: string) => text.replace(/&/g, '&&');

/** One year's sheet: a header row printed on every page, one line per result, A4 landscape, one page wide. */
function addYearSheet(
  book: ExcelJS.Workbook,
  year: number,
  rows: readonly FlatRow[],
  period: string,
  lang: Lang,
): void {
  const sheet = book.addWorksheet(WORKBOOK_TEXT.yearSheet(year)[lang], {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }],
  });
  sheet.columns = SHEET_COLUMNS.map((c) => ({ key: c, width: WIDTHS[c] }));
  const header = sheet.addRow(SHEET_COLUMNS.map((c) => neutraliseText(SCORECARD_COLUMNS[c][lang])));
  header.font = { bold: true };
  header.height = 30;
  header.eachCell((cell, i) => {
    const column = SHEET_COLUMNS[i - 1] as SheetColumn;
    cell.alignment = {
      vertical: 'top',
      wrapText: true,
      horizontal: NUMBER_COLUMNS.has(column) ? 'right' : 'left',
      indent: INDENTED_COLUMNS.has(column) ? 1 : 0,
    };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  const formats = valueFormats(lang);
  for (const r of rows) {
    const id = r.cells.indicator_id as IndicatorId;
    const values = SHEET_COLUMNS.map((c) => {
      const v = c === 'indicator' ? INDICATORS[id].shortTitle[lang] : r.cells[c];
      return typeof v === 'string' ? neutraliseText(v) : v;
    });
    const row = sheet.addRow(values);
    SHEET_COLUMNS.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      if (VALUE_COLUMNS.has(c)) cell.numFmt = formats[r.unit];
      else if (c === 'numerator' || c === 'denominator') cell.numFmt = '#,##0';
      else if (INDENTED_COLUMNS.has(c)) cell.alignment = { horizontal: 'left', indent: 1 };
    });
    const status = String(r.cells.status);
    const colour = STATUS_COLOURS.find(([mark]) => status.startsWith(mark))?.[1];
    if (colour) row.getCell(SHEET_COLUMNS.indexOf('status') + 1).font = { color: { argb: colour } };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: SHEET_COLUMNS.length } };
  const lastPrinted = sheet.getColumn(PRINTED_COLUMNS.length).letter;
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages down as the rows need
    // Absolute rows too ($A$1:$O$253, as Excel writes it): exceljs only puts the $ before the columns.
    printArea: `A$1:${lastPrinted}$${rows.length + 1}`,
    printTitlesRow: '1:1',
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  } as Partial<ExcelJS.PageSetup>;
  sheet.headerFooter = {
    oddHeader: `&C&B${headerText(WORKBOOK_TEXT.pageHeader(period)[lang])}`,
    oddFooter: `&C${WORKBOOK_TEXT.pageFooter[lang]}`,
  } as Partial<ExcelJS.HeaderFooter> as ExcelJS.HeaderFooter;
}

/**
 * Step 4: scorecard.xlsx: one sheet per year, the latest first (figures as numbers with percent formats,
 * headers in the reader's language, frozen header row and area, filters; printed on A4 landscape, one page
 * wide, the header row on every page), and a sheet on the data. Text cells are neutralised against formula
 * injection; dates in the file's properties are fixed and the zip is packed with fixed time stamps, so
 * that the same data give the same bytes.
 */
export const scorecardXlsxStep: ReportStep = {
  id: 'scorecard_xlsx',
  async run(ctx) {
    const { data, lang, targets } = ctx.options;
    const scorecard = need(ctx, 'scorecard');
    const rows = flattenScorecard(scorecard, data, lang);
    const date = documentDate(data);
    const book = new ExcelJS.Workbook();
    book.creator = 'chitieu';
    book.lastModifiedBy = 'chitieu';
    book.created = date;
    book.modified = date;
    book.title = BRIEFING_TEXT.docTitle(ctx.options.year)[lang];

    for (const year of [...scorecard.years].sort((a, b) => b - a)) {
      const period = yearPeriodLabel(data, scorecard, year, lang);
      addYearSheet(
        book,
        year,
        rows.filter((r) => r.cells.year === year),
        period,
        lang,
      );
    }

    const about = book.addWorksheet(SHEET_NAMES.about[lang]);
    about.columns = [{ width: 28 }, { width: 100 }];
    const facts: [string, string][] = [
      [BRIEFING_TEXT.kicker[lang], BRIEFING_TEXT.docTitle(ctx.options.year)[lang]],
      [BRIEFING_TEXT.targetSet[lang], targets.title[lang]],
      [
        BRIEFING_TEXT.cutoffLabel[lang],
        data.meta.cutoff ? formatDate(data.meta.cutoff, lang) : BRIEFING_TEXT.noCutoff[lang],
      ],
      [BRIEFING_TEXT.version[lang], ctx.deps.version],
      [WORKBOOK_TEXT.howToReadLabel[lang], WORKBOOK_TEXT.howToRead[lang]],
    ];
    const title = dataTitleIn(data.meta.title, lang);
    if (title) facts.push([BRIEFING_TEXT.dataSet[lang], title]);
    if (data.meta.synthetic) facts.unshift([BRIEFING_TEXT.warning[lang], BRIEFING_TEXT.synthetic[lang]]);
    for (const [k, v] of facts) {
      const row = about.addRow([neutraliseText(k), neutraliseText(v)]);
      row.getCell(1).font = { bold: true };
      row.alignment = { vertical: 'top', wrapText: true };
    }
    about.pageSetup = {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    } as Partial<ExcelJS.PageSetup>;

    // Stored unpacked by exceljs (its JavaScript deflate would be undone at once), then packed once with zlib,
    // every entry dated 1980-01-01. Level 6: the workbook's 3.8 MB of XML pack in about a quarter of level 9's
    // time, 4 % bigger (477 KB against 460 KB).
    const bytes = Buffer.from(
      await book.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions),
    );
    await writeFile(join(ctx.dir, REPORT_FILES.scorecardXlsx), writeZip(readZip(bytes), { level: XLSX_DEFLATE_LEVEL }));
  },
};
