/**
 * Test helpers: fill a form as a unit would (programmatically, through exceljs), and the figures a unit
 * returns for a month: its own figures of the same month a year earlier (the generator's shape, and
 * within every rule between counts).
 */
import ExcelJS from 'exceljs';
import type { DataSet } from '../../../src/core/types.ts';
import { FigureIndex } from '../../../src/node/collect/figures.ts';
import { IDENTITY_SHEET, formLayout } from '../../../src/node/collect/layout.ts';

export type CellInput = number | string | null | { formula: string; result?: number };
export type Filler = (table: string, key: Record<string, string>, column: string, unit: string) => CellInput;

/** A filled copy of a form; `edit` may change the workbook further (merge cells, insert rows...). */
export async function fillForm(bytes: Buffer, fill: Filler, edit?: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const id = book.getWorksheet(IDENTITY_SHEET)!;
  const fields = new Map<string, string>();
  id.eachRow((row) => fields.set(String(row.getCell(1).value), String(row.getCell(2).value)));
  const layout = formLayout(Number(fields.get('month')), fields.get('lang') === 'en' ? 'en' : 'vi');
  for (const s of layout.sheets) {
    const sheet = book.getWorksheet(s.name)!;
    for (const i of s.inputs) {
      const v = fill(s.table, i.key, i.column, fields.get('unit_code')!);
      sheet.getCell(i.address).value = v as ExcelJS.CellValue;
    }
  }
  edit?.(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A unit's figures for (year, month): its own figures of the same month of the year before, 0 when none. */
export function lastYearFiller(data: DataSet, year: number, month: number): Filler {
  const figures = new FigureIndex(data);
  return (table, key, column, unit) => figures.value(table, unit, { year: year - 1, month }, key, column) ?? 0;
}
