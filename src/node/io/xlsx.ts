/**
 * Reads an `.xlsx` workbook, one sheet per table, into raw tables, through exceljs.
 *
 * Only values are read: a formula is refused, not evaluated (the file is data, not a program), and
 * merged cells are refused (a merged block holds one value for several cells, so a reader cannot
 * tell which row it belongs to). Before exceljs sees the file, `checkZipExpansion` refuses archives
 * that would unpack beyond `MAX_UNPACKED_BYTES`. Problems are reported as `book.xlsx[sheet]:row:column`.
 */
import type ExcelJS from 'exceljs';
import { columnLetter } from '../xlsx/column-letter.ts';

/** exceljs, imported on first use: a run on CSV files does not pay for loading it (about 0.3 s). */
let excel: typeof ExcelJS | null = null;
import { TABLE_NAMES, type TableName } from '../../core/types.ts';
import type { ProblemSink } from '../../core/io/problem.ts';
import { isBlank, type RawRow, type RawTable } from '../../core/io/raw-table.ts';
import { checkZipExpansion } from './zip-guard.ts';

/** Largest workbook file read: 100 MB. */
export const MAX_WORKBOOK_BYTES = 100e6;
/** Largest total size a workbook's parts may unpack to: 200 MB. */
export const MAX_UNPACKED_BYTES = 200e6;

/**
 * Reads the table sheets of a workbook. Sheets are matched to tables by name, ignoring case and
 * surrounding spaces; other sheets are ignored with a warning. A sheet without any value maps to
 * null. Returns null when the workbook cannot be read at all. Problems are reported, not thrown.
 *
 * @param name the workbook's file name, used in problem reports
 */
export async function readWorkbook(
  bytes: Buffer,
  name: string,
  sink: ProblemSink,
  unpackedLimit: number = MAX_UNPACKED_BYTES,
): Promise<Map<TableName, RawTable | null> | null> {
  const zip = await checkZipExpansion(bytes, unpackedLimit);
  if (!zip.ok) {
    if (zip.reason === 'too_large')
      sink.error(name, null, null, 'unzipped_too_large', { bytes: zip.bytes, limit: unpackedLimit });
    else sink.error(name, null, null, 'workbook_unreadable', { detail: zip.detail });
    return null;
  }
  excel ??= (await import('exceljs')).default;
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    sink.error(name, null, null, 'workbook_unreadable', { detail: e instanceof Error ? e.message : String(e) });
    return null;
  }
  const tables = new Map<TableName, RawTable | null>();
  for (const sheet of workbook.worksheets) {
    const file = `${name}[${sheet.name}]`;
    const table = TABLE_NAMES.find((t) => t === sheet.name.trim().toLowerCase());
    if (table === undefined || tables.has(table)) {
      sink.warn(file, null, null, 'unknown_sheet', { sheet: sheet.name });
      continue;
    }
    tables.set(table, sheetToRawTable(sheet, file, sink));
  }
  return tables;
}

interface Header {
  line: number;
  names: string[];
  columns: number[];
}

/**
 * The first row with a value is the header; a row's cells are taken under the header's columns.
 * Returns null (after reporting) for a sheet without any value.
 */
function sheetToRawTable(sheet: ExcelJS.Worksheet, file: string, sink: ProblemSink): RawTable | null {
  let header = null as Header | null;
  const rows: RawRow[] = [];
  const merges = new Map<string, { top: number; left: number; bottom: number; right: number }>();

  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = new Map<number, string>();
    /** Columns of cells already reported: a formula, or a merged cell that is not the block's first. */
    const reported: number[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.type === (excel as typeof ExcelJS).ValueType.Merge) {
        reported.push(col);
        const master = cell.master;
        const m = merges.get(master.address);
        if (m === undefined) {
          merges.set(master.address, {
            top: Number(master.row),
            left: Number(master.col),
            bottom: rowNumber,
            right: col,
          });
        } else {
          m.bottom = Math.max(m.bottom, rowNumber);
          m.right = Math.max(m.right, col);
        }
        return;
      }
      if (cell.type === (excel as typeof ExcelJS).ValueType.Formula) {
        sink.error(file, rowNumber, col, 'formula_cell', { cell: cell.address });
        reported.push(col);
        return;
      }
      const text = cellText(cell.value);
      if (text.trim() !== '') values.set(col, text);
    });
    if (header === null) {
      if (values.size === 0) return;
      const columns = [...values.keys()].sort((a, b) => a - b);
      header = { line: rowNumber, columns, names: columns.map((c) => values.get(c)!.trim()) };
      return;
    }
    const cells = header.columns.map((c) => values.get(c) ?? '');
    for (const [col] of values) {
      if (!header.columns.includes(col))
        sink.warn(file, rowNumber, col, 'value_without_header', { cell: cellAddress(rowNumber, col) });
    }
    const skip = header.columns.flatMap((c, i) => (reported.includes(c) ? [i] : []));
    if (!isBlank(cells) || skip.length > 0)
      rows.push(skip.length > 0 ? { line: rowNumber, cells, reported: skip } : { line: rowNumber, cells });
  });

  for (const m of merges.values()) {
    sink.error(file, m.top, m.left, 'merged_cells', {
      range: `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`,
    });
  }
  if (header === null) {
    sink.error(file, null, null, 'empty_file', {});
    return null;
  }
  return { file, headerLine: header.line, names: header.names, columns: header.columns, rows };
}

/** A cell's value as text, the way a CSV file would hold it. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 1e21 ? v.toFixed(0) : String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return '';
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('error' in v) return String(v.error);
  if ('text' in v) return typeof v.text === 'string' ? v.text : cellText(v.text as ExcelJS.CellValue);
  return '';
}

/** `A1`-style address of a 1-based row and column. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}
