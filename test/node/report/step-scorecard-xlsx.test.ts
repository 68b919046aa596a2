import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCORECARD_COLUMNS } from '../../../src/core/messages/report.ts';
import { buildReport } from '../../../src/node/report/pipeline.ts';
import { scorecardStep } from '../../../src/node/report/step-scorecard.ts';
import {
  PRINTED_COLUMNS,
  SHEET_COLUMNS,
  scorecardXlsxStep,
  valueFormats,
} from '../../../src/node/report/step-scorecard-xlsx.ts';
import { FORMULA_NAME, MARKUP_NAME, reportDataSet } from './data.ts';
import { resultRowsPerReport } from '../../helpers/result-rows.ts';
import { stubCharts } from './stub-charts.ts';

let parent: string;
beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), 'chitieu-xlsx-'));
});
afterEach(async () => {
  await rm(parent, { recursive: true, force: true });
});

/** The workbook of the test data (2021-2024, a province and two districts), as a reader's Excel would load it. */
async function workbook(
  lang: 'vi' | 'en' = 'vi',
  data = reportDataSet(),
  name = `report-${lang}`,
): Promise<{ book: ExcelJS.Workbook; file: string }> {
  const out = join(parent, name);
  await buildReport(
    { data, outDir: out, year: 2024, lang },
    { exportCharts: stubCharts, version: '9.9.9-test', buildNotebooks: null, fonts: null },
    [scorecardStep, scorecardXlsxStep],
  );
  const file = join(out, 'scorecard.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
  return { book, file };
}

/** The cells of a sheet's column, by its key, below the header. */
function column(sheet: ExcelJS.Worksheet, key: (typeof SHEET_COLUMNS)[number]): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  const index = SHEET_COLUMNS.indexOf(key) + 1;
  for (let r = 2; r <= sheet.rowCount; r++) cells.push(sheet.getRow(r).getCell(index));
  return cells;
}

/** The row of a result: area and indicator id (and breakdown text, '' for the headline). */
function rowOf(sheet: ExcelJS.Worksheet, area: string, id: string, breakdown = ''): ExcelJS.Row {
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const at = (k: (typeof SHEET_COLUMNS)[number]) => row.getCell(SHEET_COLUMNS.indexOf(k) + 1).value ?? '';
    if (at('area_code') === area && at('indicator_id') === id && at('breakdown') === breakdown) return row;
  }
  throw new Error(`no row ${area} ${id} ${breakdown}`);
}
const cellOf = (row: ExcelJS.Row, key: (typeof SHEET_COLUMNS)[number]) => row.getCell(SHEET_COLUMNS.indexOf(key) + 1);

describe('scorecard.xlsx', () => {
  it('has one sheet per year, the latest first, then the sheet on the data', async () => {
    const { book } = await workbook();
    expect(book.worksheets.map((s) => s.name)).toEqual(['Năm 2024', 'Năm 2023', 'Năm 2022', 'Năm 2021', 'Giới thiệu']);
    // 3 areas x 18 results a year, under one header row.
    for (const sheet of book.worksheets.slice(0, 4)) expect(sheet.rowCount).toBe(1 + 3 * resultRowsPerReport());
    const years = book.worksheets.slice(0, 4).map((s) => new Set(column(s, 'year').map((c) => c.value)));
    expect(years).toEqual([new Set([2024]), new Set([2023]), new Set([2022]), new Set([2021])]);
  });

  it('stores figures as numbers, shown with a percent format, never as printed text', async () => {
    const { book } = await workbook();
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    const formats = valueFormats('vi');
    // 2024: cleared 203 + 19 of 235 + 20 cases that occurred.
    const clearance = rowOf(sheet, '42', 'clearance_rate');
    expect(cellOf(clearance, 'value').value).toBeCloseTo(222 / 255, 12);
    expect(cellOf(clearance, 'value').numFmt).toBe('0.0 %');
    expect(cellOf(clearance, 'numerator').value).toBe(222);
    expect(cellOf(clearance, 'denominator').value).toBe(255);
    expect(cellOf(clearance, 'denominator').numFmt).toBe('#,##0');
    expect(typeof cellOf(clearance, 'ci_low').value).toBe('number');
    // 2024 against 2021: 235 + 20 cases against 250 + 20, a fall of 5.6 %, signed by the format.
    const change = rowOf(sheet, '42', 'crime_change_vs_baseline');
    expect(cellOf(change, 'value').value).toBeCloseTo(255 / 270 - 1, 12);
    expect(cellOf(change, 'value').numFmt).toBe('+0.0 %;-0.0 %;0.0 %');
    expect(formats.relative_change).toBe('+0.0 %;-0.0 %;0.0 %');
    const judicial = rowOf(sheet, '102', 'judicial_violations');
    expect(cellOf(judicial, 'value').value).toBe(1);
    expect(cellOf(judicial, 'value').numFmt).toBe('#,##0');

    for (const s of book.worksheets.slice(0, 4)) {
      for (const key of ['value', 'numerator', 'denominator', 'ci_low', 'ci_high'] as const) {
        for (const cell of column(s, key))
          expect(cell.value === null || typeof cell.value === 'number', `${s.name}!${cell.address}`).toBe(true);
      }
      for (const cell of column(s, 'value').filter((c) => c.value !== null)) expect(cell.numFmt).toMatch(/%|#,##0/);
    }
    // The printed text of a figure ('+5,2 %', the CSV's value_text) is not a column of the workbook.
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).not.toContain(SCORECARD_COLUMNS.value_text.vi);
    expect(headers).toEqual(SHEET_COLUMNS.map((c) => SCORECARD_COLUMNS[c].vi));
  });

  it('prints each year on A4 landscape, one page wide, the header row on every page, the checking columns left out', async () => {
    const { book, file } = await workbook();
    for (const sheet of book.worksheets.slice(0, 4)) {
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
      });
      const last = sheet.getColumn(PRINTED_COLUMNS.length).letter;
      expect(sheet.pageSetup.printArea).toBe(`A1:${last}${sheet.rowCount}`);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
    expect(book.worksheets[0]?.headerFooter.oddHeader).toContain('Năm 2024');
    expect(book.worksheets[0]?.headerFooter.oddFooter).toContain('&P');
    // The print area as Excel writes it, absolute both ways.
    const xml = execFileSync('unzip', ['-p', file, 'xl/workbook.xml'], { encoding: 'utf8' });
    expect(xml).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Năm 2024&apos;!$A$1:$O$${1 + 3 * resultRowsPerReport()}</definedName>`,
    );
    expect(xml).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Năm 2024&apos;!$1:$1</definedName>',
    );
  });

  it('names the sheets and formats the figures in English with --lang en', async () => {
    const { book } = await workbook('en');
    expect(book.worksheets.map((s) => s.name)).toEqual(['2024', '2023', '2022', '2021', 'About']);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    expect(cellOf(rowOf(sheet, '42', 'clearance_rate'), 'value').numFmt).toBe('0.0%');
    expect(cellOf(rowOf(sheet, '42', 'clearance_rate'), 'indicator').value).toBe('Clearance');
  });

  it('keeps hostile and Vietnamese text as text: formulas neutralised, markup escaped, controls left out', async () => {
    const rootName = ' Tỉnh "Hà" Tĩnh & <Kỳ Anh>\u0001 ';
    const { book, file } = await workbook('vi', reportDataSet({ rootName, title: '=1+1 Số liệu' }));
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    const areaOf = (code: string) => cellOf(rowOf(sheet, code, 'clearance_rate'), 'area').value;
    expect(areaOf('101')).toBe(`'${FORMULA_NAME}`);
    expect(areaOf('102')).toBe(MARKUP_NAME);
    expect(areaOf('42')).toBe(' Tỉnh "Hà" Tĩnh & <Kỳ Anh> ');
    for (let r = 1; r <= sheet.rowCount; r++)
      for (const c of sheet.getRow(r).values as unknown[]) expect(typeof c === 'object' && c !== null).toBe(false);
    const about = book.worksheets.at(-1) as ExcelJS.Worksheet;
    const facts = new Map(
      about
        .getSheetValues()
        .slice(1)
        .map((row) => [(row as unknown[])[1], (row as unknown[])[2]]),
    );
    expect([...facts.values()]).toContain("'=1+1 Số liệu");
    expect(about.getCell('A1').font.bold).toBe(true);
    expect(about.getCell('B1').alignment).toMatchObject({ vertical: 'top', wrapText: true });
    const strings = execFileSync('unzip', ['-p', file, 'xl/sharedStrings.xml'], { encoding: 'utf8' });
    expect(strings).toContain('<t>&apos;=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)</t>');
    expect(strings).toContain('<t>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;B&quot;</t>');
    expect(strings).toContain('<t xml:space="preserve"> Tỉnh &quot;Hà&quot; Tĩnh &amp; &lt;Kỳ Anh&gt; </t>');
  });

  it('leaves a missing figure empty with its format, and an empty text as an empty text', async () => {
    const { book } = await workbook();
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    const empty = column(sheet, 'ci_low').filter((c) => c.value === null);
    expect(empty.length).toBeGreaterThan(0);
    for (const cell of empty) expect(cell.numFmt).toMatch(/%|#,##0/);
    expect(cellOf(rowOf(sheet, '42', 'clearance_rate'), 'breakdown').value).toBe('');
  });

  it('styles the header row and colours the verdicts', async () => {
    const { book } = await workbook();
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    const head = (key: (typeof SHEET_COLUMNS)[number]) => sheet.getRow(1).getCell(SHEET_COLUMNS.indexOf(key) + 1);
    expect(sheet.getRow(1).height).toBe(30);
    for (const key of SHEET_COLUMNS) {
      expect(head(key).font.bold).toBe(true);
      expect(head(key).fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } });
      expect(head(key).border.bottom?.style).toBe('thin');
    }
    expect(head('value').alignment).toMatchObject({ horizontal: 'right', vertical: 'top', wrapText: true });
    expect(head('target').alignment).toMatchObject({ horizontal: 'left', indent: 1 });
    expect(cellOf(rowOf(sheet, '42', 'clearance_rate'), 'target').alignment).toMatchObject({ indent: 1 });
    const colours = new Set(
      column(sheet, 'status').map((c) => `${String(c.value).slice(0, 1)} ${c.font?.color?.argb}`),
    );
    expect(colours).toContain('✔ FF17602F');
    expect(colours).toContain('✘ FF9F1D1D');
    expect(sheet.getColumn(SHEET_COLUMNS.indexOf('reason') + 1).width).toBe(60);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:T1`);
    expect(sheet.pageSetup.horizontalCentered).toBe(true);
    expect(sheet.pageSetup.margins).toMatchObject({ left: 0.4, right: 0.4, top: 0.6, bottom: 0.6 });
  });

  it('gives the same bytes for the same data', async () => {
    const first = await readFile((await workbook('vi', reportDataSet(), 'once')).file);
    const second = await readFile((await workbook('vi', reportDataSet(), 'twice')).file);
    expect(second.equals(first)).toBe(true);
  });
});
