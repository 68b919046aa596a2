/**
 * A table as read from a file, before any value is checked: the header and each row's cells as
 * text, with the line and column numbers a problem report needs. CSV files and workbook sheets both
 * become a `RawTable`, so the validator has one input shape.
 */
import { detectDelimiter, MAX_FIELDS, scanCsv, type CsvParseResult, type CsvSyntaxError } from './csv.ts';
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
  for (const e of parsed.errors) reportSyntaxError(file, e, sink);
  // A record with broken quoting has lost its shape: its field count is no further news.
  const broken = new Set(parsed.errors.map((e) => e.line));
  const builder = new RawTableBuilder(file, sink);
  for (const { line, fields } of parsed.records) builder.record(line, fields, broken.has(line));
  return builder.finish();
}

/**
 * Reads CSV text straight into a table, as `csvToRawTable(file, parseCsv(text), sink)` does, but
 * without first keeping every record: blank and ragged records are dropped as they are read, so a
 * hostile file of blank lines or stray fields costs no memory for them.
 */
export function csvTextToRawTable(file: string, text: string, sink: ProblemSink): RawTable | null {
  const builder = new RawTableBuilder(file, sink);
  scanCsv(text, detectDelimiter(text), {
    record: (line, fields, broken) => builder.record(line, fields, broken),
    error: (e) => reportSyntaxError(file, e, sink),
  });
  return builder.finish();
}

function reportSyntaxError(file: string, e: CsvSyntaxError, sink: ProblemSink): void {
  if (e.kind === 'too_many_fields') sink.error(file, e.line, null, 'too_many_fields', { limit: MAX_FIELDS });
  else sink.error(file, e.line, e.column, e.kind, {});
}

/** Builds a raw table from records in file order. */
class RawTableBuilder {
  private header: { line: number; fields: string[] } | null = null;
  private readonly rows: RawRow[] = [];

  constructor(
    private readonly file: string,
    private readonly sink: ProblemSink,
  ) {}

  record(line: number, fields: string[], broken: boolean): void {
    if (this.header === null) {
      if (!isBlank(fields)) this.header = { line, fields };
      return;
    }
    if (fields.length !== this.header.fields.length) {
      if (!isBlank(fields) && !broken) {
        this.sink.error(this.file, line, null, 'ragged_row', {
          expected: this.header.fields.length,
          found: fields.length,
        });
      }
      return;
    }
    if (isBlank(fields)) return;
    this.rows.push({ line, cells: fields });
  }

  /** The table, or null (after reporting) when no header row was found. */
  finish(): RawTable | null {
    const header = this.header;
    if (header === null) {
      this.sink.error(this.file, null, null, 'empty_file', {});
      return null;
    }
    return {
      file: this.file,
      headerLine: header.line,
      names: header.fields.map((f) => f.trim()),
      columns: header.fields.map((_, i) => i + 1),
      rows: this.rows,
    };
  }
}
