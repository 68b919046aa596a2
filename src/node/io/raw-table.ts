/**
 * A table as read from a file, before any value is checked: the header and each row's cells as
 * text, with the line and column numbers a problem report needs. CSV files and workbook sheets both
 * become a `RawTable`, so the validator has one input shape.
 */
import type { CsvParseResult } from './csv.ts';
import type { ProblemSink } from './problem.ts';

export interface RawRow {
  /** 1-based physical line (CSV) or Excel row number. */
  line: number;
  /** Cells as written, one per header column (same index as `RawTable.names`), not trimmed. */
  cells: string[];
  /** Indexes of cells whose problem the reader has already reported (a formula, a merged cell). */
  reported?: number[];
}

export interface RawTable {
  /** The name problems are reported under: `criminal_cases.csv` or `book.xlsx[criminal_cases]`. */
  file: string;
  /** Line of the header row. */
  headerLine: number;
  /** Column names as written (trimmed). */
  names: string[];
  /** 1-based column number of each name. */
  columns: number[];
  rows: RawRow[];
}

/** True when every cell is empty or spaces: such rows (blank lines, `;;;;` from Excel) are skipped. */
export function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c.length > 0 && c.trim().length > 0) return false;
  return true;
}

/**
 * Turns parsed CSV records into a table: the first non-blank record is the header, blank records are
 * skipped, and a record with another number of fields than the header is reported and left out.
 * Returns null (after reporting) when the file has no header row.
 */
export function csvToRawTable(file: string, parsed: CsvParseResult, sink: ProblemSink): RawTable | null {
  for (const e of parsed.errors) sink.error(file, e.line, e.column, e.kind, {});
  // A record with broken quoting has lost its shape: its field count is no further news.
  const broken = new Set(parsed.errors.map((e) => e.line));
  const records = parsed.records;
  let h = 0;
  while (h < records.length && isBlank(records[h]!.fields)) h++;
  const header = records[h];
  if (header === undefined) {
    sink.error(file, null, null, 'empty_file', {});
    return null;
  }
  const width = header.fields.length;
  const rows: RawRow[] = [];
  for (let r = h + 1; r < records.length; r++) {
    const { line, fields } = records[r]!;
    if (fields.length !== width) {
      if (!isBlank(fields) && !broken.has(line)) sink.error(file, line, null, 'ragged_row', { expected: width, found: fields.length });
      continue;
    }
    if (isBlank(fields)) continue;
    rows.push({ line, cells: fields });
  }
  return {
    file,
    headerLine: header.line,
    names: header.fields.map((f) => f.trim()),
    columns: header.fields.map((_, i) => i + 1),
    rows,
  };
}
