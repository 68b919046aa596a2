/**
 * Draws one unit's return form for one period as an `.xlsx` workbook, from its layout
 * (`layout.ts`): a cover sheet (unit, period with its dates, deadline, instructions, live counts of
 * blank cells and failing checks), one sheet per table with Vietnamese labels, yellow input cells
 * unlocked and limited to whole numbers >= 0 by data validation, the unit's previous figures beside
 * them, check cells that turn red, every other cell protected; and a hidden identity sheet.
 * The same inputs give the same bytes (fixed dates, normalised zip).
 */
import type ExcelJS from 'exceljs';
import type { AreaRow } from '../../core/types.ts';
import type { PeriodConvention } from '../../core/periods/convention.ts';
import { periodLabel } from '../../core/periods/period-label.ts';
import { periodRange } from '../../core/periods/period-range.ts';
import { formatDate } from '../../core/format/date.ts';
import { FORM_TEXT } from '../../core/messages/collect.ts';
import type { Lang } from '../../core/messages/lang.ts';
import { readZip } from '../zip/read-zip.ts';
import { writeZip } from '../zip/write-zip.ts';
import { neutraliseText } from '../../core/export/csv-document.ts';
import { FigureIndex, previousMonth, type Period } from './figures.ts';
import { IDENTITY_SHEET, formLayout, type FormLayout, type SheetLayout } from './layout.ts';

let excel: typeof ExcelJS | null = null;

/** What one form is for. */
export interface FormRequest {
  unit: AreaRow;
  year: number;
  month: number;
  convention: PeriodConvention;
  /** ISO date. */
  deadline: string;
  lang: Lang;
  figures: FigureIndex;
}

/** The fields of the identity sheet, in order. */
export const IDENTITY_FIELDS = [
  'form_version',
  'unit_code',
  'unit_name',
  'year',
  'month',
  'period_start',
  'period_end',
  'convention',
  'lang',
  'layout_hash',
] as const;
export type Identity = Record<(typeof IDENTITY_FIELDS)[number], string>;

const YELLOW = 'FFFFF2B3';
const GREY = 'FFEFEFEF';
const RED = 'FFC62828';
const thin = { style: 'thin' as const, color: { argb: 'FFB0B0B0' } };
const box = { top: thin, left: thin, bottom: thin, right: thin };

/** A form's file name: code first, then the unit's name without marks, then the period. */
export function formFileName(unit: AreaRow, year: number, month: number): string {
  const slug = unit.name_vi
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${unit.area_code}-${slug}-${year}-${String(month).padStart(2, '0')}.xlsx`;
}

/**
 * The bytes of one unit's form.
 *
 * @example await writeForm({ unit, year: 2026, month: 11, convention: PERIOD_CONVENTIONS.police, deadline: '2026-11-16', lang: 'vi', figures })
 */
export async function writeForm(req: FormRequest): Promise<Buffer> {
  excel ??= (await import('exceljs')).default;
  const { unit, year, month, convention, lang } = req;
  const layout = formLayout(month, lang);
  const range = periodRange(convention, year, month);
  const when = new Date(`${range.end}T00:00:00Z`);
  const book = new excel.Workbook();
  book.creator = 'chitieu';
  book.lastModifiedBy = 'chitieu';
  book.created = when;
  book.modified = when;
  const period = periodLabel(convention, year, month, lang);
  const unitText = `${unit.name_vi} (${unit.area_code})`;

  await addCover(book, layout, unitText, period, formatDate(req.deadline, lang), lang);
  for (const sheet of layout.sheets) await addTableSheet(book, sheet, req, unitText, period);

  const id = book.addWorksheet(IDENTITY_SHEET, { state: 'veryHidden' });
  const identity: Identity = {
    form_version: layout.version,
    unit_code: unit.area_code,
    unit_name: unit.name_vi,
    year: String(year),
    month: String(month),
    period_start: range.start,
    period_end: range.end,
    convention: convention.id,
    lang,
    layout_hash: layout.hash,
  };
  for (const f of IDENTITY_FIELDS) id.addRow([f, neutraliseText(identity[f])]);
  await id.protect('', {});
  // exceljs stores the parts unpacked (its JavaScript deflate cost half of a form's time); Node's zlib then
  // deflates them, level 1 (a form is small either way, and 69 of them are written in one run), every entry
  // dated `when`.
  const stored = Buffer.from(
    await book.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions),
  );
  return writeZip(readZip(stored), { level: 1, date: when });
}

async function addCover(
  book: ExcelJS.Workbook,
  layout: FormLayout,
  unit: string,
  period: string,
  deadline: string,
  lang: Lang,
): Promise<void> {
  const cover = book.addWorksheet(FORM_TEXT.coverSheet[lang], {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  cover.columns = [{ width: 24 }, { width: 90 }];
  const title = cover.getCell('A1');
  title.value = FORM_TEXT.heading[lang];
  title.font = { bold: true, size: 14 };
  const facts: [string, string][] = [
    [FORM_TEXT.unit[lang], unit],
    [FORM_TEXT.period[lang], period],
    [FORM_TEXT.deadline[lang], deadline],
    [FORM_TEXT.version[lang], layout.version],
  ];
  facts.forEach(([k, v], i) => {
    cover.getCell(3 + i, 1).value = k;
    cover.getCell(3 + i, 1).font = { bold: true };
    cover.getCell(3 + i, 2).value = neutraliseText(v);
  });
  const q = (name: string) => `'${name.replace(/'/g, "''")}'`;
  const blanks = layout.sheets.map((s) => `COUNTBLANK(${q(s.name)}!${s.inputRange})`).join('+');
  const fails = layout.sheets.map((s) => `COUNTIF(${q(s.name)}!${s.checkRange},"?*")`).join('+');
  const inputs = layout.sheets.reduce((sum, s) => sum + s.inputs.length, 0);
  cover.getCell('A8').value = FORM_TEXT.blanks[lang];
  cover.getCell('B8').value = { formula: blanks, result: inputs } as ExcelJS.CellFormulaValue;
  cover.getCell('A9').value = FORM_TEXT.failures[lang];
  cover.getCell('B9').value = { formula: fails, result: 0 } as ExcelJS.CellFormulaValue;
  for (const a of ['A8', 'A9']) cover.getCell(a).font = { bold: true };
  for (const a of ['B8', 'B9']) cover.getCell(a).alignment = { horizontal: 'left' };
  cover.addConditionalFormatting({
    ref: 'B8:B9',
    rules: [
      { type: 'expression', priority: 1, formulae: ['B8>0'], style: { font: { color: { argb: RED }, bold: true } } },
    ],
  });
  cover.getCell('A11').value = FORM_TEXT.instructionsHead[lang];
  cover.getCell('A11').font = { bold: true };
  FORM_TEXT.instructions[lang].forEach((line, i) => {
    const c = cover.getCell(12 + i, 1);
    c.value = line;
  });
  await cover.protect('', { selectLockedCells: true, selectUnlockedCells: true });
}

async function addTableSheet(
  book: ExcelJS.Workbook,
  layout: SheetLayout,
  req: FormRequest,
  unit: string,
  period: string,
): Promise<void> {
  const sheet = book.addWorksheet(layout.name, {
    views: [{ state: 'frozen', ySplit: 5, xSplit: 0 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = layout.widths.map((width) => ({ width }));
  sheet.getCell('A1').value = layout.title;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  sheet.getCell('A2').value = neutraliseText(`${unit}: ${period}`);
  for (const l of layout.labels) {
    const c = sheet.getCell(l.address);
    c.value = l.text;
    if (l.row <= 5) {
      c.font = { bold: true };
      c.alignment = { wrapText: true, vertical: 'top' };
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: GREY } };
    }
  }
  sheet.getRow(5).height = 45;
  for (const i of layout.inputs) {
    const c = sheet.getCell(i.address);
    c.protection = { locked: false };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: YELLOW } };
    c.border = box;
    c.numFmt = '#,##0';
    c.dataValidation = {
      type: 'whole',
      operator: 'greaterThanOrEqual',
      allowBlank: true,
      formulae: [0],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: FORM_TEXT.inputErrorTitle[req.lang],
      error: FORM_TEXT.inputError[req.lang],
    };
  }
  const yearly = layout.refs.length === 1;
  const refPeriods: Period[] = yearly
    ? [{ year: req.year - 1, month: null }]
    : [previousMonth(req.year, req.month), { year: req.year - 1, month: req.month }];
  for (const r of layout.references) {
    const c = sheet.getCell(r.address);
    const v = req.figures.value(layout.table, req.unit.area_code, refPeriods[r.ref]!, r.key, r.column);
    if (v !== null) c.value = v;
    c.numFmt = '#,##0';
    c.font = { color: { argb: 'FF555555' } };
    c.border = box;
  }
  for (const t of layout.totals) {
    const c = sheet.getCell(t.address);
    c.value = { formula: t.formula, result: 0 } as ExcelJS.CellFormulaValue;
    c.font = { bold: true };
    c.numFmt = '#,##0';
  }
  for (const k of layout.checks) {
    const c = sheet.getCell(k.address);
    c.value = { formula: k.formula, result: '' } as ExcelJS.CellFormulaValue;
    c.font = { color: { argb: RED }, bold: true };
  }
  sheet.addConditionalFormatting({
    ref: layout.checkRange,
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: [`LEN(${layout.checkRange.split(':')[0]})>0`],
        style: {
          fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: RED } },
          font: { color: { argb: 'FFFFFFFF' }, bold: true },
        },
      },
    ],
  });
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}
