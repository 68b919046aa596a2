/**
 * Reads one returned file: a form (`.xlsx` made by `chitieu forms`) or a CSV file in the data
 * contract's layout. It recognises the unit and period, and reads every count with its place, or says
 * why it cannot: an old `.xls`, a password, a damaged zip, a file that is not a form, a changed layout,
 * moved rows or columns, merged cells, blanks, text, fractions, negatives, formulas (their cached value
 * is used, and flagged). It knows nothing of the data folder: `check-return.ts` judges the figures.
 */
import { createHash } from 'node:crypto';
import type ExcelJS from 'exceljs';
import { csvTextToRawTable } from '../../core/io/raw-table.ts';
import { decodeUtf8 } from '../../core/io/decode.ts';
import { parseTable } from '../../core/io/parse-table.ts';
import { ProblemSink } from '../../core/io/problem.ts';
import type { Lang } from '../../core/messages/lang.ts';
import type { TableName } from '../../core/types.ts';
import { checkZipExpansion } from '../io/zip-guard.ts';
import type { FigureRow } from './figures.ts';
import { FORM_VERSION, IDENTITY_SHEET, MONTHLY_FORM_TABLES, formLayout, tableForm } from './layout.ts';
import { ReturnProblems, sheetCell } from './problems.ts';
import { IDENTITY_FIELDS, type Identity } from './write-form.ts';

let excel: typeof ExcelJS | null = null;

/** Largest returned file read: 5 MB (a form is about 15 kB). */
export const MAX_RETURN_BYTES = 5e6;
/** Largest size a returned workbook may unpack to: 50 MB. */
export const MAX_RETURN_UNPACKED = 50e6;

/** What a returned file holds. */
export interface ReadReturn {
  file: string;
  sha256: string;
  kind: 'form' | 'csv' | 'other';
  unit: string | null;
  year: number | null;
  month: number | null;
  /** Rows by table, every breakdown present, when the file could be read. */
  tables: Map<TableName, FigureRow[]>;
  /** Where each count was read: `table|key|column` -> `'Án hình sự'!C12` or `file.csv:4:6`. */
  where: Map<string, string>;
  problems: ReturnProblems;
}

/** The id of a breakdown, `drugs/serious` (values in the layout's order; `''` for none). */
export const keyId = (key: Record<string, string>): string => Object.values(key).join('/');
/** The id of one count in `ReadReturn.where`. */
export const countId = (table: string, key: Record<string, string>, column: string): string =>
  `${table}|${keyId(key)}|${column}`;

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/**
 * Reads a returned file's bytes (the caller has checked the size).
 *
 * @example (await readReturn('18073-phuong-thanh-sen-2026-11.xlsx', bytes, 'vi')).unit // => '18073'
 */
export async function readReturn(file: string, bytes: Buffer, lang: Lang): Promise<ReadReturn> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const out: ReadReturn = {
    file,
    sha256,
    kind: 'other',
    unit: null,
    year: null,
    month: null,
    tables: new Map(),
    where: new Map(),
    problems: new ReturnProblems(file, lang),
  };
  const p = out.problems;
  if (bytes.length > MAX_RETURN_BYTES) {
    p.error(null, 'too_large', { bytes: bytes.length, limit: MAX_RETURN_BYTES });
    return out;
  }
  if (bytes.subarray(0, 8).equals(CFB)) {
    // An OLE compound file: an old .xls, or an .xlsx encrypted with a password (ECMA-376 part 2, 4.1).
    if (bytes.includes(ENCRYPTION_INFO)) p.error(null, 'password_protected', {});
    else p.error(null, 'old_xls', {});
    return out;
  }
  if (/\.csv$/i.test(file)) {
    out.kind = 'csv';
    readCsvReturn(bytes, out);
    return out;
  }
  if (/\.xls$/i.test(file)) {
    p.error(null, 'old_xls', {});
    return out;
  }
  if (!bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) {
    p.error(null, /\.xlsx$/i.test(file) ? 'damaged' : 'not_a_form', { detail: 'not a zip archive' });
    return out;
  }
  const zip = await checkZipExpansion(bytes, MAX_RETURN_UNPACKED);
  if (!zip.ok) {
    if (zip.reason === 'too_large')
      p.error(null, 'unpacked_too_large', { bytes: zip.bytes, limit: MAX_RETURN_UNPACKED });
    else p.error(null, 'damaged', { detail: zip.detail });
    return out;
  }
  excel ??= (await import('exceljs')).default;
  const book = new excel.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    p.error(null, 'damaged', { detail: e instanceof Error ? e.message.slice(0, 120) : String(e) });
    return out;
  }
  readForm(book, out);
  return out;
}

function readForm(book: ExcelJS.Workbook, out: ReadReturn): void {
  const p = out.problems;
  const idSheet = book.getWorksheet(IDENTITY_SHEET);
  if (idSheet === undefined) {
    p.error(null, 'not_a_form', {});
    return;
  }
  out.kind = 'form';
  const identity: Partial<Identity> = {};
  idSheet.eachRow((row) => {
    const k = cellText(row.getCell(1).value).trim();
    if ((IDENTITY_FIELDS as readonly string[]).includes(k))
      identity[k as keyof Identity] = cellText(row.getCell(2).value).trim();
  });
  if (identity.form_version !== FORM_VERSION) {
    p.error(null, 'unknown_version', { version: identity.form_version ?? '?' });
    return;
  }
  const year = Number(identity.year);
  const month = Number(identity.month);
  const lang = identity.lang === 'en' ? 'en' : 'vi';
  if (!identity.unit_code || !Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    p.error(null, 'not_a_form', {});
    return;
  }
  out.unit = identity.unit_code;
  out.year = year;
  out.month = month;
  const layout = formLayout(month, lang);
  if (identity.layout_hash !== layout.hash) {
    p.error(sheetCell(IDENTITY_SHEET, 'B10'), 'layout_changed', {});
    return;
  }
  const C = excel!.ValueType;
  for (const s of layout.sheets) {
    const sheet = book.getWorksheet(s.name);
    if (sheet === undefined) {
      p.error(null, 'missing_sheet', { sheet: s.name });
      continue;
    }
    let broken = false;
    const merges = (sheet as unknown as { _merges: Record<string, { range: string; tl: string }> })._merges;
    for (const m of Object.values(merges ?? {})) {
      p.error(sheetCell(s.name, m.tl), 'merged_cells', { range: m.range });
      broken = true;
    }
    let moved = 0;
    for (const l of s.labels) {
      const found = cellText(sheet.getCell(l.address).value).trim();
      if (found !== l.text) {
        if (moved++ < 3) p.error(sheetCell(s.name, l.address), 'moved', { expected: l.text, found });
        broken = true;
      }
    }
    if (broken) continue;
    const rows = new Map<string, FigureRow>();
    for (const input of s.inputs) {
      const where = sheetCell(s.name, input.address);
      out.where.set(countId(s.table, input.key, input.column), where);
      const cell = sheet.getCell(input.address);
      let value: ExcelJS.CellValue | undefined = cell.value;
      if (cell.type === C.Formula) {
        const result = cell.result;
        if (typeof result === 'number') {
          p.flag(where, 'formula_used', { label: input.label, value: result });
          value = result;
        } else if (result === undefined || result === null || result === '') {
          p.error(where, 'formula_no_value', { label: input.label });
          continue;
        } else value = result as ExcelJS.CellValue;
      }
      const count = readCount(value, where, input.label, out);
      if (count === null) continue;
      const id = keyId(input.key);
      let row = rows.get(id);
      if (!row) rows.set(id, (row = { key: input.key, values: {} }));
      row.values[input.column] = count;
    }
    out.tables.set(s.table, [...rows.values()]);
  }
}

/** A count from a cell's value, or null after reporting why not. */
function readCount(value: ExcelJS.CellValue | undefined, where: string, label: string, out: ReadReturn): number | null {
  const p = out.problems;
  let number: number;
  if (typeof value === 'number') number = value;
  else {
    const text = cellText(value ?? null).trim();
    if (text === '') {
      p.error(where, 'blank', { label });
      return null;
    }
    if (/^\d+$/.test(text)) return readCount(Number(text), where, label, out);
    if (!/^-?\d+(?:[.,]\d+)?$/.test(text)) {
      p.error(where, 'not_number', { label, value: text.slice(0, 40) });
      return null;
    }
    number = Number(text.replace(',', '.'));
  }
  if (!Number.isFinite(number)) {
    p.error(where, 'not_number', { label, value: String(number) });
    return null;
  }
  if (number < 0) {
    p.error(where, 'negative', { label, value: String(number) });
    return null;
  }
  if (!Number.isInteger(number)) {
    p.error(where, 'not_whole', { label, value: String(number) });
    return null;
  }
  if (number > Number.MAX_SAFE_INTEGER) {
    p.error(where, 'not_number', { label, value: String(number) });
    return null;
  }
  return number;
}

/** A cell's value as text (the form's labels and the identity sheet). */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('error' in v) return String(v.error);
  if ('result' in v) return cellText((v.result ?? null) as ExcelJS.CellValue);
  if ('text' in v) return typeof v.text === 'string' ? v.text : '';
  return '';
}

/**
 * A CSV return: one monthly table in the data contract's layout, the rows of one unit and one month,
 * every breakdown present (zeros written). Checked by the same validator as a data folder's files.
 */
function readCsvReturn(bytes: Buffer, out: ReadReturn): void {
  const p = out.problems;
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    p.error(null, 'csv_problem', { message: `not UTF-8 (${decoded.reason})` });
    return;
  }
  const sink = new ProblemSink(p.lang);
  const raw = csvTextToRawTable(out.file, decoded.text, sink);
  const header = new Set(raw?.names.map((n) => n.trim()) ?? []);
  const table = MONTHLY_FORM_TABLES.find(
    (t) =>
      tableForm(t)
        .inputs.filter((c) => c !== 'cleared_from_earlier')
        .every((c) => header.has(c)) &&
      tableForm(t).dims.every((d) => header.has(d.column)) &&
      header.has('month'),
  );
  if (raw === null || table === undefined) {
    for (const e of sink.errors)
      p.error(e.line === null ? null : `${e.file}:${e.line}${e.column === null ? '' : `:${e.column}`}`, 'csv_problem', {
        message: e.message,
      });
    if (!p.refused) p.error(null, 'csv_unknown_table', {});
    return;
  }
  const parsed = parseTable(table, raw, sink);
  for (const e of sink.errors)
    p.error(e.line === null ? null : `${e.file}:${e.line}${e.column === null ? '' : `:${e.column}`}`, 'csv_problem', {
      message: e.message,
    });
  if (p.refused) return;
  const rows = parsed.rows as unknown as Record<string, unknown>[];
  const periods = new Set(rows.map((r) => `${r.area_code as string}|${r.year as number}|${r.month as number}`));
  if (periods.size !== 1) {
    p.error(null, periods.size === 0 ? 'csv_incomplete' : 'csv_several_periods', { table, missing: 1 } as never);
    return;
  }
  const first = rows[0]!;
  out.unit = first.area_code as string;
  out.year = first.year as number;
  out.month = first.month as number;
  const form = tableForm(table);
  const figures: FigureRow[] = [];
  rows.forEach((r, i) => {
    const key = Object.fromEntries(form.dims.map((d) => [d.column, r[d.column] as string]));
    const values: Record<string, number> = {};
    for (const c of form.inputs) values[c] = typeof r[c] === 'number' ? (r[c] as number) : 0;
    figures.push({ key, values });
    const line = parsed.lines[i];
    for (const c of form.inputs) if (line !== undefined) out.where.set(countId(table, key, c), `${out.file}:${line}`);
  });
  const expected = form.dims.reduce((n, d) => n * d.values.length, 1);
  if (figures.length < expected) {
    p.error(null, 'csv_incomplete', { table, missing: expected - figures.length });
    return;
  }
  out.tables.set(table, figures);
}
