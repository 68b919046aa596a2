import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IndicatorId, IndicatorUnit } from '../../core/indicators/definition.ts';
import { INDICATORS } from '../../core/indicators/registry.ts';
import { NUMBER_SYMBOLS } from '../../core/format/locale.ts';
import type { Lang } from '../../core/messages/lang.ts';
import { BRIEFING_TEXT, SCORECARD_COLUMNS, SHEET_NAMES } from '../../core/messages/report.ts';
import { STATUS_MARK } from '../../core/messages/scorecard.ts';
import { WORKBOOK_TEXT } from '../../core/messages/office-document.ts';
import { formatDate } from '../../core/format/date.ts';
import { neutraliseText } from '../../core/export/csv-document.ts';
import type { XlsxRow, XlsxSheet, XlsxStyle } from '../xlsx/workbook-model.ts';
import { writeXlsx } from '../xlsx/write-xlsx.ts';
import { dataTitleIn } from './data-title.ts';
import { documentDate } from './document-date.ts';
import { REPORT_FILES } from './files.ts';
import type { FlatColumn, FlatRow } from './scorecard-table.ts';
import { flatScorecardOf } from './step-scorecard.ts';
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

/**
 * exceljs wrote no width for a column of its default width, 9 (the column then has the sheet's default,
 * 8.43): kept so that the workbook is the one exceljs wrote.
 */
const EXCELJS_DEFAULT_WIDTH = 9;
const sheetWidth = (width: number) => (width === EXCELJS_DEFAULT_WIDTH ? null : width);

/** zlib's level for the workbook's parts (its default): see the end of {@link scorecardXlsxStep}. */
export const XLSX_DEFLATE_LEVEL = 6;

/** Verdicts in colour, as in the briefing (the mark before the word already says it without colour). */
const STATUS_COLOURS: [mark: string, argb: string][] = [
  [STATUS_MARK.met, 'FF17602F'],
  [STATUS_MARK.not_met, 'FF9F1D1D'],
];

/** Text for a header or footer: `&` starts a code there, so a literal one is doubled. */
const headerText = (text: string) => text.replace(/&/g, '&&');

const BOLD: XlsxStyle = { font: { bold: true } };
/** The header row: bold on grey, a line below, wrapped at the top; numbers' headers right, indented ones indented. */
const HEADER_STYLES: XlsxStyle[] = SHEET_COLUMNS.map((c) => ({
  font: { bold: true },
  fill: 'FFEFEFEF',
  bottomBorder: 'thin',
  alignment: {
    horizontal: NUMBER_COLUMNS.has(c) ? 'right' : 'left',
    vertical: 'top',
    wrapText: true,
    indent: INDENTED_COLUMNS.has(c) ? 1 : 0,
  },
}));
const INDENTED: XlsxStyle = { alignment: { horizontal: 'left', indent: 1 } };
const COUNT_FORMAT: XlsxStyle = { numFmt: '#,##0' };

/**
 * The cell styles of a result's row, by the indicator's unit and the verdict's colour: figures in the unit's
 * format, counts with thousands, the indented columns indented, the verdict in colour. Rows share them.
 */
function rowStyles(lang: Lang): (unit: IndicatorUnit, colour: string | undefined) => (XlsxStyle | undefined)[] {
  const formats = valueFormats(lang);
  const cache = new Map<string, (XlsxStyle | undefined)[]>();
  const valueStyles = new Map<IndicatorUnit, XlsxStyle>();
  const colourStyles = new Map<string, XlsxStyle>();
  return (unit, colour) => {
    const key = `${unit} ${colour}`;
    let styles = cache.get(key);
    if (!styles) {
      let value = valueStyles.get(unit);
      if (!value) valueStyles.set(unit, (value = { numFmt: formats[unit] }));
      let status = colour ? colourStyles.get(colour) : undefined;
      if (colour && !status) colourStyles.set(colour, (status = { font: { color: colour } }));
      styles = SHEET_COLUMNS.map((c) => {
        if (VALUE_COLUMNS.has(c)) return value;
        if (c === 'numerator' || c === 'denominator') return COUNT_FORMAT;
        if (INDENTED_COLUMNS.has(c)) return INDENTED;
        if (c === 'status') return status;
        return undefined;
      });
      cache.set(key, styles);
    }
    return styles;
  };
}

/** One year's sheet: a header row printed on every page, one line per result, A4 landscape, one page wide. */
function yearSheet(
  year: number,
  rows: readonly FlatRow[],
  period: string,
  lang: Lang,
  stylesOf: ReturnType<typeof rowStyles>,
): XlsxSheet {
  const header: XlsxRow = {
    values: SHEET_COLUMNS.map((c) => neutraliseText(SCORECARD_COLUMNS[c][lang])),
    styles: HEADER_STYLES,
    style: BOLD,
    height: 30,
  };
  const lines = rows.map((r): XlsxRow => {
    const id = r.cells.indicator_id as IndicatorId;
    const values = SHEET_COLUMNS.map((c) => {
      const v = c === 'indicator' ? INDICATORS[id].shortTitle[lang] : r.cells[c];
      return typeof v === 'string' ? neutraliseText(v) : v;
    });
    const status = String(r.cells.status);
    const colour = STATUS_COLOURS.find(([mark]) => status.startsWith(mark))?.[1];
    return { values, styles: stylesOf(r.unit, colour) };
  });
  return {
    name: WORKBOOK_TEXT.yearSheet(year)[lang],
    widths: SHEET_COLUMNS.map((c) => sheetWidth(WIDTHS[c])),
    rows: [header, ...lines],
    frozen: { columns: 2, rows: 1 },
    filterColumns: SHEET_COLUMNS.length,
    print: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0, // as many pages down as the rows need
      areaColumns: PRINTED_COLUMNS.length,
      titleRows: 1,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      oddHeader: `&C&B${headerText(WORKBOOK_TEXT.pageHeader(period)[lang])}`,
      oddFooter: `&C${WORKBOOK_TEXT.pageFooter[lang]}`,
    },
  };
}

/** The sheet on the data: a fact per row, its label in bold, wrapped at the top; printed portrait, one page wide. */
function aboutSheet(name: string, facts: readonly [string, string][]): XlsxSheet {
  const wrapped: XlsxStyle = { alignment: { vertical: 'top', wrapText: true } };
  const styles: XlsxStyle[] = [{ font: { bold: true }, alignment: { vertical: 'top', wrapText: true } }, wrapped];
  return {
    name,
    widths: [28, 100],
    rows: facts.map(([k, v]) => ({ values: [neutraliseText(k), neutraliseText(v)], styles, style: wrapped })),
    print: { paperSize: 9, orientation: 'portrait', fitToWidth: 1, fitToHeight: 0 },
  };
}

/**
 * Step 5: scorecard.xlsx: one sheet per year, the latest first (figures as numbers with percent formats,
 * headers in the reader's language, frozen header row and area, filters; printed on A4 landscape, one page
 * wide, the header row on every page), and a sheet on the data. Text cells are neutralised against formula
 * injection; dates in the file's properties are fixed and the zip is packed with fixed time stamps, so
 * that the same data give the same bytes. The parts are written by `src/node/xlsx/` (`writeXlsx`).
 */
export const scorecardXlsxStep: ReportStep = {
  id: 'scorecard_xlsx',
  async run(ctx) {
    const { data, lang, targets } = ctx.options;
    const scorecard = need(ctx, 'scorecard');
    const rows = flatScorecardOf(ctx);
    const date = documentDate(data);
    const stylesOf = rowStyles(lang);
    const sheets = [...scorecard.years]
      .sort((a, b) => b - a)
      .map((year) =>
        yearSheet(
          year,
          rows.filter((r) => r.cells.year === year),
          yearPeriodLabel(data, scorecard, year, lang),
          lang,
          stylesOf,
        ),
      );

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
    sheets.push(aboutSheet(SHEET_NAMES.about[lang], facts));

    // Packed once with zlib at level 6, every entry dated 1980-01-01: the workbook's 3.8 MB of XML pack in
    // about a quarter of level 9's time, 4 % bigger (477 KB against 460 KB).
    const properties = {
      creator: 'chitieu',
      lastModifiedBy: 'chitieu',
      title: BRIEFING_TEXT.docTitle(ctx.options.year)[lang],
      created: date,
      modified: date,
    };
    const bytes = writeXlsx({ sheets, properties }, { level: XLSX_DEFLATE_LEVEL });
    await writeFile(join(ctx.dir, REPORT_FILES.scorecardXlsx), bytes);
  },
};
