import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readZip } from '../../../src/node/zip/read-zip.ts';
import type { XlsxStyle, XlsxWorkbook } from '../../../src/node/xlsx/workbook-model.ts';
import { writeXlsx } from '../../../src/node/xlsx/write-xlsx.ts';

const percent: XlsxStyle = { numFmt: '0.0 %' };
const red: XlsxStyle = { font: { color: 'FF9F1D1D' } };
const header: XlsxStyle = {
  font: { bold: true },
  fill: 'FFEFEFEF',
  bottomBorder: 'thin',
  alignment: { vertical: 'top', wrapText: true },
};
const book: XlsxWorkbook = {
  sheets: [
    {
      name: 'Năm 2024',
      widths: [20, null, 12],
      rows: [
        { values: ['Địa bàn', 'Giá trị', 'Đánh giá'], styles: [header, header, header], height: 30 },
        { values: ['Tỉnh Hà Tĩnh & <B> "C"', 0.052, '✘ Không đạt'], styles: [undefined, percent, red] },
        { values: ['', null, 'x\u0001y'], styles: [undefined, percent] },
      ],
      frozen: { columns: 1, rows: 1 },
      filterColumns: 3,
      print: { paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, areaColumns: 2, titleRows: 1 },
    },
    { name: 'Giới thiệu', widths: [28], rows: [{ values: ['Phiên bản', '1.0'] }] },
  ],
  properties: {
    creator: 'chitieu',
    lastModifiedBy: 'chitieu',
    title: 'Báo cáo',
    created: new Date(Date.UTC(2024, 11, 31)),
    modified: new Date(Date.UTC(2024, 11, 31)),
  },
};

/** The workbook as exceljs, an independent reader, loads it. */
async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(bytes as unknown as ArrayBuffer);
  return loaded;
}

describe('writeXlsx', () => {
  it('packs every part, dated 1980, the same workbook giving the same bytes', () => {
    const bytes = writeXlsx(book);
    expect(readZip(bytes).map((e) => e.name)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/sharedStrings.xml',
      'xl/theme/theme1.xml',
      'xl/styles.xml',
      'docProps/app.xml',
      'docProps/core.xml',
      'xl/workbook.xml',
    ]);
    expect(writeXlsx(book).equals(bytes)).toBe(true);
    expect(bytes.readUInt16LE(12)).toBe(0x21); // the local header's date: 1980-01-01
  });

  it('reads back as written: values and their types, formats, fonts, fills, borders, print setup', async () => {
    const loaded = await load(writeXlsx(book));
    expect(loaded.worksheets.map((s) => s.name)).toEqual(['Năm 2024', 'Giới thiệu']);
    expect(loaded.creator).toBe('chitieu');
    expect(loaded.title).toBe('Báo cáo');
    expect(loaded.created.toISOString()).toBe('2024-12-31T00:00:00.000Z');
    const sheet = loaded.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getCell('A2').value).toBe('Tỉnh Hà Tĩnh & <B> "C"');
    expect(sheet.getCell('B2').value).toBe(0.052);
    expect(sheet.getCell('B2').numFmt).toBe('0.0 %');
    expect(sheet.getCell('C2').font.color?.argb).toBe('FF9F1D1D');
    expect(sheet.getCell('C3').value).toBe('xy'); // a control character has no place in XML
    expect(sheet.getCell('B3').value).toBeNull();
    expect(sheet.getCell('B3').numFmt).toBe('0.0 %');
    expect(sheet.getCell('A1').font.bold).toBe(true);
    expect(sheet.getCell('A1').fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFEFEFEF' },
    });
    expect(sheet.getCell('A1').border.bottom?.style).toBe('thin');
    expect(sheet.getCell('A1').alignment).toMatchObject({ vertical: 'top', wrapText: true });
    expect(sheet.getRow(1).height).toBe(30);
    expect(sheet.getColumn(1).width).toBe(20);
    expect(sheet.getColumn(3).width).toBe(12);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:C1');
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.printArea).toBe('A1:B3');
    expect(sheet.pageSetup.printTitlesRow).toBe('1:1');
  });
});
