/**
 * Reads a CSV record file (cases or reports) into {@link RecordBatch}es: the header is matched to
 * the schema, and each cell is read from its bytes (dates to day numbers, codes and values to
 * dictionary indexes, ids hashed). Every bad cell is reported at its `file:line:column`; a record
 * with a bad cell is left out of the batches, so the counting code only sees readable records.
 */
import type { IdRun } from './id-order.ts';
import { DATE_OUT_OF_RANGE, MAX_YEAR, MIN_YEAR, NO_DAY, BAD_DATE, dayFromBytes } from './day-number.ts';
import { ByteDictionary } from './byte-dictionary.ts';
import { fieldText, scanCsvFile, type CsvScanOptions, type CsvScanTarget } from './csv-scanner.ts';
import { hashBytes, idHash, type IdSet } from './id-set.ts';
import type { AggregateProblems } from './problems.ts';
import {
  BATCH_SIZE,
  FLAG_FALSE,
  FLAG_TRUE,
  RecordBatch,
  type BatchSink,
  type ColumnKind,
  type RecordSchema,
} from './record-schema.ts';

/** What reading a record file needs besides the file. */
export interface RecordReadContext {
  schema: RecordSchema;
  /** Name problems are reported under. */
  file: string;
  /** Area codes, in the order of their indexes. */
  areaCodes: readonly string[];
  problems: AggregateProblems;
  ids: IdSet;
  sink: BatchSink;
  /** Filled in from the header: the 1-based column number of each schema column (for later problems). */
  columnOf: number[];
}

/** What a read found. */
export interface RecordReadResult {
  /** False when the file could not be read as a table (a missing column, not UTF-8, unreadable). */
  readable: boolean;
  /** Data records in the file (or the part read). */
  records: number;
  /** CSV: the byte after the last record read, and the line breaks passed. */
  end?: number;
  lines?: number;
  /**
   * Parquet: set when every id of the file (or the part read) came in strictly increasing byte
   * order, so that none was added to `ids` (`id-order.ts`); absent when the ids were hashed.
   */
  idRun?: IdRun;
}

/** Codes to tell the kinds apart in the hot loop without comparing strings. */
const KIND_CODE: Record<ColumnKind, number> = { id: 0, date: 1, optional_date: 2, area: 3, enum: 4, flag: 5 };

/** Reads a CSV record file; see {@link RecordReadContext}. */
export async function readCsvRecords(
  path: string,
  ctx: RecordReadContext,
  options: CsvScanOptions = {},
): Promise<RecordReadResult> {
  const decoder = new CsvRecordDecoder(ctx);
  try {
    const stats = await scanCsvFile(path, decoder, options);
    if (!decoder.headerSeen && decoder.readable) ctx.problems.error(ctx.file, null, null, 'empty_file', {});
    decoder.flush();
    return {
      readable: decoder.readable && decoder.headerSeen,
      records: stats.records,
      end: stats.end,
      lines: stats.lines,
    };
  } catch (error) {
    ctx.problems.error(ctx.file, null, null, 'file_unreadable', {
      path,
      detail: (error as NodeJS.ErrnoException).code ?? String(error),
    });
    return { readable: false, records: 0 };
  }
}

class CsvRecordDecoder implements CsvScanTarget {
  readable = true;
  headerSeen = false;
  /** Column number (1-based) of each schema column. */
  private readonly columnOf: number[];
  private width = 0;
  /** Field index of each schema column. */
  private fieldOf: Int32Array;
  private readonly kinds: Int32Array;
  private readonly dictionaries: (ByteDictionary | null)[];
  private readonly batch: RecordBatch;

  constructor(private readonly ctx: RecordReadContext) {
    const { columns } = ctx.schema;
    this.columnOf = ctx.columnOf;
    this.columnOf.length = 0;
    for (const _ of columns) this.columnOf.push(0);
    this.fieldOf = new Int32Array(columns.length);
    this.kinds = Int32Array.from(columns, (c) => KIND_CODE[c.kind]);
    const areas = new ByteDictionary(ctx.areaCodes.map((c, i) => [c, i] as const));
    const flags = new ByteDictionary([
      ...FLAG_TRUE.map((t) => [t, 1] as const),
      ...FLAG_FALSE.map((t) => [t, 0] as const),
    ]);
    this.dictionaries = columns.map((c) =>
      c.kind === 'area'
        ? areas
        : c.kind === 'enum'
          ? new ByteDictionary((c.values ?? []).map((v, i) => [v, i] as const))
          : c.kind === 'flag'
            ? flags
            : null,
    );
    this.batch = new RecordBatch(ctx.schema, BATCH_SIZE);
  }

  header(names: string[], line: number): boolean {
    this.headerSeen = true;
    this.width = names.length;
    const { file, problems, schema } = this.ctx;
    const index = new Map<string, number>();
    names.forEach((name, i) => {
      const key = name.toLowerCase();
      if (key === '') return;
      if (index.has(key)) problems.error(file, line, i + 1, 'duplicate_column', { column: name });
      else index.set(key, i);
    });
    schema.columns.forEach((c, k) => {
      const i = index.get(c.name);
      if (i === undefined) {
        problems.error(file, null, null, 'missing_column', { column: c.name });
        this.readable = false;
      } else {
        this.fieldOf[k] = i;
        this.columnOf[k] = i + 1;
      }
    });
    return this.readable;
  }

  notUtf8(reason: 'utf16'): void {
    this.ctx.problems.error(this.ctx.file, null, null, 'not_utf8', { reason });
    this.readable = false;
  }

  syntaxError(kind: 'unterminated_quote' | 'text_after_quote', line: number, column: number): void {
    this.ctx.problems.error(this.ctx.file, line, column, kind, {});
  }

  record(buf: Buffer, starts: Int32Array, ends: Int32Array, escaped: Uint8Array, count: number, line: number): void {
    if (count !== this.width) {
      this.ctx.problems.error(this.ctx.file, line, null, 'ragged_row', { expected: this.width, found: count });
      return;
    }
    const batch = this.batch;
    const k = batch.count;
    const cols = batch.cols;
    const kinds = this.kinds;
    const fieldOf = this.fieldOf;
    let ok = true;
    for (let c = 0; c < kinds.length; c++) {
      const f = fieldOf[c]!;
      const s = starts[f]!;
      const e = ends[f]!;
      const kind = kinds[c]!;
      if (s === e) {
        if (kind === 2) {
          cols[c]![k] = NO_DAY;
          continue;
        }
        this.problem(line, c, 'empty_value', buf, s, e, escaped[f]!);
        ok = false;
        continue;
      }
      if (kind === 1 || kind === 2) {
        const day = dayFromBytes(buf, s, e);
        if (day === BAD_DATE || day === DATE_OUT_OF_RANGE) {
          this.problem(line, c, day === BAD_DATE ? 'bad_date' : 'date_out_of_range', buf, s, e, escaped[f]!);
          ok = false;
        } else cols[c]![k] = day;
      } else if (kind === 0) {
        hashBytes(buf, s, e, escaped[f] === 1);
        this.ctx.ids.add(idHash[0]!, idHash[1]!);
      } else {
        const id = escaped[f] === 1 ? -1 : this.dictionaries[c]!.lookup(buf, s, e);
        if (id === -1) {
          this.problem(
            line,
            c,
            kind === 3 ? 'unknown_area' : kind === 4 ? 'unknown_value' : 'bad_flag',
            buf,
            s,
            e,
            escaped[f]!,
          );
          ok = false;
        } else cols[c]![k] = id;
      }
    }
    if (!ok) return;
    batch.line[k] = line;
    if (++batch.count === batch.size) this.flush();
  }

  /** Hands the batch on and starts a new one. */
  flush(): void {
    if (this.batch.count === 0) return;
    this.ctx.sink(this.batch);
    this.batch.count = 0;
  }

  private problem(
    line: number,
    c: number,
    code: 'empty_value' | 'bad_date' | 'date_out_of_range' | 'unknown_area' | 'unknown_value' | 'bad_flag',
    buf: Buffer,
    s: number,
    e: number,
    escaped: number,
  ): void {
    const { file, problems, schema } = this.ctx;
    const spec = schema.columns[c]!;
    const column = this.columnOf[c]!;
    const value = code === 'empty_value' ? '' : fieldText(buf, s, e, escaped);
    reportCell(problems, file, line, column, spec.name, code, value, spec.values);
  }
}

/** Reports a bad cell with the loader's message for its kind (shared with the Parquet reader). */
export function reportCell(
  problems: AggregateProblems,
  file: string,
  line: number,
  column: number,
  name: string,
  code: 'empty_value' | 'bad_date' | 'date_out_of_range' | 'unknown_area' | 'unknown_value' | 'bad_flag',
  value: string,
  allowed: readonly string[] | undefined,
): void {
  switch (code) {
    case 'empty_value':
      return problems.error(file, line, column, code, { column: name });
    case 'bad_date':
      return problems.error(file, line, column, code, { column: name, value });
    case 'date_out_of_range':
      return problems.error(file, line, column, code, { column: name, value, min: MIN_YEAR, max: MAX_YEAR });
    case 'unknown_area':
      return problems.error(file, line, column, code, { column: name, code: value });
    case 'unknown_value':
      return problems.error(file, line, column, code, { column: name, value, allowed: allowed ?? [] });
    case 'bad_flag':
      return problems.error(file, line, column, code, { column: name, value });
  }
}
