/**
 * Reads a Parquet record file into record batches, one row group at a time and only the schema's
 * columns, so memory follows the row group, not the file. Flat text and `DATE` columns in the
 * usual encodings are decoded page by page straight into Int32Arrays (`parquet-pages.ts`); any
 * other column goes through hyparquet (pure JavaScript), whose values are converted one by one.
 *
 * Column types read: dates as `DATE`, as a `TIMESTAMP` (an instant adjusted to UTC is taken in
 * Vietnam's time, UTC+7; a local timestamp as written) or as text `YYYY-MM-DD`; codes, values and
 * ids as text or whole numbers; `accepted` as a boolean, 1/0 or text. A problem's place is
 * `file:row:column`: the 1-based row of the file and the column's position among its columns.
 */
import { open } from 'node:fs/promises';
import { parquetMetadataAsync, parquetSchema, parquetScan } from 'hyparquet';
import type { AsyncBuffer, ColumnMetaData, FileMetaData, SchemaElement } from 'hyparquet';
import {
  BAD_DATE,
  DATE_OUT_OF_RANGE,
  END_DAY,
  FIRST_DAY,
  NO_DAY,
  dayFromBytes,
  dayFromIso,
  isoOfDay,
} from './day-number.ts';
import { ByteDictionary } from './byte-dictionary.ts';
import { reportCell, type RecordReadContext, type RecordReadResult } from './csv-records.ts';
import { IdOrder } from './id-order.ts';
import { hashBytes, hashString, idHash, type IdSet } from './id-set.ts';
import {
  BAD_CELL,
  MAY_HAVE_BAD,
  MAY_HAVE_NULLS,
  NULL_CELL,
  chunkRange,
  decodeChunk,
  type CellConverter,
} from './parquet-pages.ts';
import { BATCH_SIZE, FLAG_FALSE, FLAG_TRUE, type RecordColumn } from './record-schema.ts';

const DAY_MS = 86_400_000;
/** Vietnam's offset from UTC (no daylight saving since 1975). */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

const utf8 = new TextDecoder();

/**
 * hyparquet parsers that leave dates and timestamps as numbers (days, milliseconds) and text as
 * its UTF-8 bytes: no `Date` and no string per cell. A dictionary-encoded column's repeated
 * values are then one shared byte array each.
 */
export const PARQUET_PARSERS = {
  dateFromDays: (days: number) => days,
  timestampFromMilliseconds: (ms: bigint) => Number(ms),
  timestampFromMicroseconds: (us: bigint) => Number(us / 1000n),
  timestampFromNanoseconds: (ns: bigint) => Number(ns / 1_000_000n),
  stringFromBytes: (bytes: Uint8Array) => bytes,
};

/** A Parquet cell as text (for messages and whole-number codes). */
export function cellText(v: unknown): string {
  return v instanceof Uint8Array ? utf8.decode(v) : String(v);
}

/** Hashes a Parquet id cell into `idHash` (the same way in both passes of the duplicate check). */
export function hashCell(v: unknown): void {
  if (v instanceof Uint8Array) hashBytes(v, 0, v.length, false);
  else hashString(String(v));
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (v instanceof Uint8Array && v.length === 0);
}

/** Start and end of a byte cell without the spaces and tabs around it. */
function trimmed(v: Uint8Array): [number, number] {
  let s = 0;
  let e = v.length;
  while (s < e && (v[s] === 32 || v[s] === 9)) s++;
  while (e > s && (v[e - 1] === 32 || v[e - 1] === 9)) e--;
  return [s, e];
}

/**
 * The converter of a column for the page reader (parquet-pages.ts), or null when its form is one
 * only hyparquet reads (timestamps, whole-number codes, booleans: the page reader then declines).
 */
function fastConverter(spec: RecordColumn, form: DateForm | 'value', ctx: RecordReadContext): CellConverter | null {
  switch (spec.kind) {
    case 'id':
      return { idHashes: true };
    case 'date':
    case 'optional_date': {
      // An optional date's null is no date, written as the page is decoded; a required one's is refused.
      const nullDay = spec.kind === 'optional_date' ? { nullCell: NO_DAY } : {};
      if (form === 'days') return { int32: (v) => (v >= FIRST_DAY && v < END_DAY ? v : BAD_CELL), ...nullDay };
      if (form === 'text') {
        return {
          ...nullDay,
          bytes: (buf, s, e) => {
            while (s < e && (buf[s] === 32 || buf[s] === 9)) s++;
            while (e > s && (buf[e - 1] === 32 || buf[e - 1] === 9)) e--;
            const day = dayFromBytes(buf, s, e);
            return day === BAD_DATE || day === DATE_OUT_OF_RANGE ? BAD_CELL : day;
          },
        };
      }
      return null;
    }
    case 'area':
    case 'enum':
    case 'flag': {
      const dictionary = new ByteDictionary(dictionaryTexts(spec, ctx));
      return {
        bytes: (buf, s, e) => {
          while (s < e && (buf[s] === 32 || buf[s] === 9)) s++;
          while (e > s && (buf[e - 1] === 32 || buf[e - 1] === 9)) e--;
          const id = dictionary.lookup(buf, s, e);
          return id === -1 ? BAD_CELL : id;
        },
      };
    }
  }
}

/** The texts a code, value or flag column may hold, with the index each stands for. */
function dictionaryTexts(spec: RecordColumn, ctx: RecordReadContext): (readonly [string, number])[] {
  return spec.kind === 'area'
    ? ctx.areaCodes.map((code, i) => [code, i] as const)
    : spec.kind === 'enum'
      ? (spec.values ?? []).map((v, i) => [v, i] as const)
      : [...FLAG_TRUE.map((t) => [t, 1] as const), ...FLAG_FALSE.map((t) => [t, 0] as const)];
}

/**
 * The loop that turns one column's values (`values[off] ..`, `n` of them) into a batch column,
 * marking bad rows; one specialised loop per kind of column.
 */
type Converter = (
  values: ArrayLike<unknown>,
  off: number,
  n: number,
  out: Int32Array,
  bad: Uint8Array,
  firstRow: number,
) => void;

function converter(spec: RecordColumn, column: number, form: DateForm | 'value', ctx: RecordReadContext): Converter {
  const { problems, file } = ctx;
  const report = (row: number, code: Parameters<typeof reportCell>[5], v: unknown): void =>
    reportCell(problems, file, row, column, spec.name, code, code === 'empty_value' ? '' : cellText(v), spec.values);
  switch (spec.kind) {
    case 'id':
      return (values, off, n, _out, bad, firstRow) => {
        for (let k = 0; k < n; k++) {
          const v = values[off + k];
          if (isEmpty(v)) {
            report(firstRow + k, 'empty_value', v);
            bad[k] = 1;
            continue;
          }
          hashCell(v);
          ctx.ids.add(idHash[0]!, idHash[1]!);
        }
      };
    case 'date':
    case 'optional_date': {
      const optional = spec.kind === 'optional_date';
      return (values, off, n, out, bad, firstRow) => {
        for (let k = 0; k < n; k++) {
          const v = values[off + k];
          // The common case first: a DATE column's day number.
          if (form === 'days' && typeof v === 'number' && v >= FIRST_DAY && v < END_DAY) {
            out[k] = v;
            continue;
          }
          if (isEmpty(v)) {
            if (optional) out[k] = NO_DAY;
            else {
              report(firstRow + k, 'empty_value', v);
              bad[k] = 1;
            }
            continue;
          }
          const day = toDay(v, form);
          if (day === BAD_DATE || day === DATE_OUT_OF_RANGE) {
            reportCell(
              problems,
              file,
              firstRow + k,
              column,
              spec.name,
              day === BAD_DATE ? 'bad_date' : 'date_out_of_range',
              form === 'text' ? cellText(v) : dateText(v, form),
              undefined,
            );
            bad[k] = 1;
          } else out[k] = day;
        }
      };
    }
    case 'area':
    case 'enum':
    case 'flag': {
      const texts = dictionaryTexts(spec, ctx);
      const bytes = new ByteDictionary(texts);
      const byText = new Map<string, number>(texts);
      const code = spec.kind === 'area' ? 'unknown_area' : spec.kind === 'enum' ? 'unknown_value' : 'bad_flag';
      // A dictionary-encoded column repeats the same byte array: look each one up once.
      const seen = new Map<unknown, number>();
      const lookup = (v: unknown): number => {
        if (v instanceof Uint8Array) {
          const [s, e] = trimmed(v);
          return bytes.lookup(v, s, e);
        }
        if (typeof v === 'boolean') return spec.kind === 'flag' ? (v ? 1 : 0) : -1;
        if (spec.kind === 'flag' && (typeof v === 'number' || typeof v === 'bigint'))
          return v == 1 ? 1 : v == 0 ? 0 : -1;
        return byText.get(String(v).trim()) ?? -1;
      };
      return (values, off, n, out, bad, firstRow) => {
        for (let k = 0; k < n; k++) {
          const v = values[off + k];
          let id = seen.get(v);
          if (id === undefined) {
            if (isEmpty(v)) {
              report(firstRow + k, 'empty_value', v);
              bad[k] = 1;
              continue;
            }
            id = lookup(v);
            if (seen.size > 4096) seen.clear();
            seen.set(v, id);
          }
          if (id === -1) {
            report(firstRow + k, code, v);
            bad[k] = 1;
          } else out[k] = id;
        }
      };
    }
  }
}

/** How a Parquet column's values become a date. */
type DateForm = 'days' | 'utc_ms' | 'local_ms' | 'text';

/** True when a file starts with the Parquet magic bytes `PAR1`. */
export function isParquetMagic(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x41 && head[2] === 0x52 && head[3] === 0x31;
}

/**
 * The footer last read in this thread, kept for the next opening of the same file (unchanged: the
 * same size and modification time). Splitting a file into shares reads it, then the main thread's
 * share: parsing the footer of a 50-row-group file costs some 30 ms.
 */
let lastFooter: { path: string; size: number; mtimeMs: number; metadata: FileMetaData } | null = null;

/**
 * Opens a Parquet file and reads its footer (once for repeated openings of an unchanged file). Slices are read through one file handle (hyparquet's
 * own `asyncBufferFromFile` opens the file again for every slice); `readInto` reads into a buffer
 * the caller reuses. `close` releases the handle.
 */
export async function openParquet(path: string): Promise<{
  file: AsyncBuffer;
  metadata: FileMetaData;
  readInto: (bytes: Uint8Array, start: number) => Promise<void>;
  close: () => Promise<void>;
}> {
  const handle = await open(path, 'r');
  try {
    const { size, mtimeMs } = await handle.stat();
    /** Fills `bytes` with the file's bytes from `start`. */
    const readInto = async (bytes: Uint8Array, start: number): Promise<void> => {
      let done = 0;
      while (done < bytes.length) {
        const { bytesRead } = await handle.read(bytes, done, bytes.length - done, start + done);
        if (bytesRead === 0) throw new Error(`unexpected end of file at byte ${start + done}`);
        done += bytesRead;
      }
    };
    const file: AsyncBuffer = {
      byteLength: size,
      async slice(start: number, end?: number): Promise<ArrayBuffer> {
        const bytes = new Uint8Array((end ?? size) - start);
        await readInto(bytes, start);
        return bytes.buffer;
      },
    };
    const known = lastFooter;
    const same = known !== null && known.path === path && known.size === size && known.mtimeMs === mtimeMs;
    const metadata = same ? known.metadata : await parquetMetadataAsync(file);
    lastFooter = { path, size, mtimeMs, metadata };
    return { file, metadata, readInto, close: () => handle.close() };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/**
 * Reads a Parquet record file; see {@link RecordReadContext}. `groups` limits the reading to row
 * groups `[from, to)` (a part of the file read by one thread); rows keep their numbers in the file.
 */
export async function readParquetRecords(
  path: string,
  ctx: RecordReadContext,
  groups?: [number, number],
): Promise<RecordReadResult> {
  const { schema, file: name, problems } = ctx;
  const columnOf = ctx.columnOf;
  columnOf.length = 0;
  for (const _ of schema.columns) columnOf.push(0);
  let opened: Awaited<ReturnType<typeof openParquet>>;
  try {
    opened = await openParquet(path);
  } catch (error) {
    problems.error(name, null, null, 'parquet_unreadable', { detail: (error as Error).message });
    return { readable: false, records: 0 };
  }
  try {
    return await readOpened(opened, ctx, columnOf, groups ?? [0, opened.metadata.row_groups.length]);
  } finally {
    await opened.close();
  }
}

async function readOpened(
  { file, metadata, readInto }: Awaited<ReturnType<typeof openParquet>>,
  ctx: RecordReadContext,
  columnOf: number[],
  [from, to]: [number, number],
): Promise<RecordReadResult> {
  const { schema, file: name, problems } = ctx;
  const leaves = parquetSchema(metadata).children;
  const elementOf = new Map<string, { element: SchemaElement; position: number }>();
  leaves.forEach((child, i) =>
    elementOf.set(child.element.name.toLowerCase(), { element: child.element, position: i + 1 }),
  );

  // The header: every schema column present, with a type it can be read from.
  let readable = true;
  const plans = schema.columns.map((spec, c) => {
    const found = elementOf.get(spec.name);
    if (found === undefined) {
      problems.error(name, null, null, 'missing_column', { column: spec.name });
      readable = false;
      return null;
    }
    columnOf[c] = found.position;
    const form = columnForm(spec, found.element);
    if (form === null) {
      problems.error(name, null, found.position, 'parquet_column_type', {
        column: spec.name,
        type: typeName(found.element),
        expected: EXPECTED[spec.kind],
      });
      readable = false;
      return null;
    }
    return { spec, c, name: found.element.name, column: found.position, form, element: found.element };
  });
  if (!readable) return { readable, records: 0 };

  const converters = plans.map((p) => converter(p!.spec, p!.column, p!.form, ctx));
  const fast = plans.map((p) => fastConverter(p!.spec, p!.form, ctx));
  // The ids are followed in order while they come in order (id-order.ts); the first one out of
  // order makes this reader hash the ids read before it, and every id after.
  const order = new IdOrder();
  const idColumn = plans.findIndex((p) => p!.spec.kind === 'id');
  const orderConverter: CellConverter = { idHashes: true, idOrder: order };
  const shareRows = metadata.row_groups.slice(from, to).reduce((n, g) => n + Number(g.num_rows), 0);
  /** Ends the run of ids in order before group `g`: the ids of the groups before it are hashed. */
  const endOrder = async (g: number): Promise<void> => {
    order.ordered = false;
    ctx.ids.reserve(shareRows);
    const plan = plans[idColumn]!;
    if (g > from) await addIdHashesOf(metadata, readInto, plan.name, optional(plan), [from, g], ctx.ids);
  };
  if (idColumn === -1 || fast[idColumn] === null) await endOrder(from);
  let records = 0;
  try {
    const scan = await parquetScan({
      file,
      metadata,
      columns: plans.map((p) => p!.name),
      parsers: PARQUET_PARSERS,
      useOffsetIndex: false,
    });
    /** The column chunk of a row group a column's pages are decoded from directly; undefined when none. */
    const chunkMeta = (g: number, c: number): ColumnMetaData | undefined =>
      fast[c] === null
        ? undefined
        : metadata.row_groups[g]!.columns.find(
            (col) => col.meta_data?.path_in_schema.length === 1 && col.meta_data.path_in_schema[0] === plans[c]!.name,
          )?.meta_data;
    const inRange = (g: number): boolean => g >= from && g < to && Number(metadata.row_groups[g]!.num_rows) > 0;
    const nextInRange = (g: number): number => {
      let k = g;
      while (k < to && !inRange(k)) k++;
      return k;
    };
    // Every buffer a row group needs is allocated once, for the largest group, and reused: fresh
    // buffers for each group cost more in page faults (the kernel zeroing new memory) than the
    // decoding into them. A batch is counted before the sink returns, so reuse is safe.
    let most = 0;
    for (let g = from; g < to; g++) if (inRange(g)) most = Math.max(most, Number(metadata.row_groups[g]!.num_rows));
    const colBuffers = plans.map((p) => new Int32Array(p!.spec.kind === 'id' ? 0 : most));
    const hashBuffers = [new Int32Array(most), new Int32Array(most)] as const;
    const badBuffer = new Uint8Array(most);
    const lineBuffer = new Int32Array(most);
    /**
     * The bytes of a row group's directly decoded column chunks. The next group's are read while
     * this one is decoded: the reads run on libuv's threads, so the decoding never waits for them.
     * Two sets of buffers, used in turn: one being decoded, one being read into.
     */
    const chunkBuffers: Uint8Array[][] = [[], []];
    let turn = 0;
    const readChunks = (g: number): Promise<(Uint8Array | null)[]> => {
      const buffers = chunkBuffers[turn]!;
      turn ^= 1;
      const reading = Promise.all(
        plans.map(async (_, c) => {
          const meta = chunkMeta(g, c);
          if (meta === undefined) return null;
          const [start, end] = chunkRange(meta);
          if ((buffers[c]?.length ?? -1) < end - start) buffers[c] = new Uint8Array(Math.ceil((end - start) * 1.25));
          const bytes = buffers[c]!.subarray(0, end - start);
          await readInto(bytes, start);
          return bytes;
        }),
      );
      reading.catch(() => {}); // awaited (and thrown) when its group comes
      return reading;
    };
    let ahead: { g: number; chunks: Promise<(Uint8Array | null)[]> } | null = null;
    if (nextInRange(from) < to) ahead = { g: nextInRange(from), chunks: readChunks(nextInRange(from)) };
    let groupStart = 0;
    for (const [g, group] of metadata.row_groups.entries()) {
      const rowStart = groupStart;
      const rows = Number(group.num_rows);
      groupStart += rows;
      if (!inRange(g)) continue;
      const chunks = ahead !== null && ahead.g === g ? await ahead.chunks : await readChunks(g);
      const following = nextInRange(g + 1);
      ahead = following < to ? { g: following, chunks: readChunks(following) } : null;
      const cols = colBuffers.map((col) => (col.length > 0 ? col.subarray(0, rows) : col));
      const bad = badBuffer.subarray(0, rows).fill(0);
      for (let c = 0; c < plans.length; c++) {
        const plan = plans[c]!;
        const isId = plan.spec.kind === 'id';
        // Straight from the pages when the column allows (parquet-pages.ts), else through hyparquet.
        const meta = chunkMeta(g, c);
        const bytes = chunks[c] ?? null;
        if (isId && order.ordered) {
          const inOrder = meta !== undefined && bytes !== null;
          if (
            inOrder &&
            decodeChunk(bytes, meta, optional(plan), rows, orderConverter, cols[c]!) !== 0 &&
            order.ordered
          )
            continue;
          await endOrder(g);
        }
        if (meta !== undefined && bytes !== null) {
          const out = isId ? hashBuffers[0].subarray(0, rows) : cols[c]!;
          const out2 = isId ? hashBuffers[1].subarray(0, rows) : null;
          const status = decodeChunk(bytes, meta, optional(plan), rows, fast[c]!, out, out2);
          if (status !== 0 && !((status & MAY_HAVE_BAD) !== 0 && out.includes(BAD_CELL))) {
            if ((status & MAY_HAVE_NULLS) !== 0) {
              nullsOf(out, plan.spec.kind === 'optional_date', bad, (k) =>
                reportCell(problems, name, rowStart + k + 1, plan.column, plan.spec.name, 'empty_value', '', undefined),
              );
            }
            if (isId) ctx.ids.addAll(out, out2!, bad);
            continue;
          }
        }
        const values = await scan.readColumn({ column: plan.name, rowStart, rowEnd: rowStart + rows });
        converters[c]!(values as ArrayLike<unknown>, 0, rows, cols[c]!, bad, rowStart + 1);
      }
      records += rows;
      // Hand the rows on in batches: views of the group's columns, or, when some rows were
      // refused, copies of the good ones.
      const line = rowNumbers(rowStart, lineBuffer.subarray(0, rows));
      const keep = bad.includes(1) ? compact(cols, line, bad) : rows;
      for (let k0 = 0; k0 < keep; k0 += BATCH_SIZE) {
        const k1 = Math.min(keep, k0 + BATCH_SIZE);
        ctx.sink({
          schema,
          size: k1 - k0,
          count: k1 - k0,
          line: line.subarray(k0, k1),
          cols: cols.map((col) => (col.length > 0 ? col.subarray(k0, k1) : col)),
        });
      }
    }
  } catch (error) {
    problems.error(name, null, null, 'parquet_unreadable', { detail: (error as Error).message });
    return { readable: false, records };
  }
  return order.ordered ? { readable, records, idRun: order.run() } : { readable, records };
}

/**
 * Hashes the ids of row groups `[from, to)` of a Parquet file into `ids`: the ids of shares whose
 * runs in order overlap (aggregate.ts). Only for groups whose ids were followed in order.
 */
export async function addParquetIdHashes(
  path: string,
  idColumn: string,
  groups: [number, number],
  ids: IdSet,
): Promise<void> {
  const { metadata, readInto, close } = await openParquet(path);
  try {
    const leaf = parquetSchema(metadata).children.find((c) => c.element.name.toLowerCase() === idColumn)!.element;
    await addIdHashesOf(metadata, readInto, leaf.name, optional({ element: leaf }), groups, ids);
  } finally {
    await close();
  }
}

/** Hashes the ids of row groups `[from, to)` into `ids`, straight from their pages (read again). */
async function addIdHashesOf(
  metadata: FileMetaData,
  readInto: (bytes: Uint8Array, start: number) => Promise<void>,
  name: string,
  isOptional: boolean,
  [from, to]: [number, number],
  ids: IdSet,
): Promise<void> {
  let h1 = new Int32Array(0);
  let h2 = new Int32Array(0);
  let skip = new Uint8Array(0);
  for (let g = from; g < to; g++) {
    const group = metadata.row_groups[g]!;
    const rows = Number(group.num_rows);
    if (rows === 0) continue;
    const meta = group.columns.find(
      (col) => col.meta_data?.path_in_schema.length === 1 && col.meta_data.path_in_schema[0] === name,
    )?.meta_data;
    if (meta === undefined) throw new Error(`no column chunk ${name} in row group ${g}`);
    const [start, end] = chunkRange(meta);
    const bytes = new Uint8Array(end - start);
    await readInto(bytes, start);
    if (h1.length < rows) {
      h1 = new Int32Array(rows);
      h2 = new Int32Array(rows);
      skip = new Uint8Array(rows);
    }
    const out = h1.subarray(0, rows);
    const out2 = h2.subarray(0, rows);
    if (decodeChunk(bytes, meta, isOptional, rows, { idHashes: true }, out, out2) === 0)
      throw new Error(`the ids of row group ${g} could not be read again`);
    ids.addAll(out, out2, skip.subarray(0, rows));
  }
}

/** Whether a column may hold nulls. */
function optional(plan: { element: SchemaElement }): boolean {
  return plan.element.repetition_type !== 'REQUIRED';
}

// The per-row loops, kept out of the async reader so that they are optimised once.

/** Marks nulls: NO_DAY in an optional date column, else a refused row (and `report(k)`). */
function nullsOf(out: Int32Array, optional: boolean, bad: Uint8Array, report: (k: number) => void): void {
  for (let k = 0; k < out.length; k++) {
    if (out[k] !== NULL_CELL) continue;
    if (optional) out[k] = NO_DAY;
    else {
      report(k);
      bad[k] = 1;
    }
  }
}

/** Fills `line` with the 1-based row numbers of a row group's rows; returns it. */
function rowNumbers(rowStart: number, line: Int32Array): Int32Array {
  for (let k = 0; k < line.length; k++) line[k] = rowStart + k + 1;
  return line;
}

/** Moves the rows not refused to the front of every column; returns how many there are. */
function compact(cols: Int32Array[], line: Int32Array, bad: Uint8Array): number {
  let keep = 0;
  for (let k = 0; k < line.length; k++) {
    if (bad[k]) continue;
    for (const col of cols) if (col.length > 0) col[keep] = col[k]!;
    line[keep++] = line[k]!;
  }
  return keep;
}

const EXPECTED: Record<RecordColumn['kind'], string> = {
  id: 'STRING / INT',
  date: 'DATE / TIMESTAMP / STRING (YYYY-MM-DD)',
  optional_date: 'DATE / TIMESTAMP / STRING (YYYY-MM-DD)',
  area: 'STRING / INT',
  enum: 'STRING',
  flag: 'BOOLEAN / INT / STRING',
};

function typeName(e: SchemaElement): string {
  return [e.type, e.logical_type?.type ?? e.converted_type].filter(Boolean).join(' ');
}

/** Whether a column's type suits the schema column; for dates, how to read it. Null when it does not. */
function columnForm(spec: RecordColumn, e: SchemaElement): DateForm | 'value' | null {
  const isText =
    e.type === 'BYTE_ARRAY' &&
    (e.converted_type === 'UTF8' ||
      e.logical_type?.type === 'STRING' ||
      e.logical_type?.type === 'ENUM' ||
      e.converted_type === 'ENUM' ||
      (e.converted_type === undefined && e.logical_type === undefined));
  const isInt =
    (e.type === 'INT32' || e.type === 'INT64') &&
    e.converted_type !== 'DATE' &&
    e.logical_type?.type !== 'DATE' &&
    e.logical_type?.type !== 'TIMESTAMP' &&
    !String(e.converted_type ?? '').startsWith('TIMESTAMP') &&
    e.converted_type !== 'DECIMAL';
  switch (spec.kind) {
    case 'date':
    case 'optional_date':
      if (e.converted_type === 'DATE' || e.logical_type?.type === 'DATE') return 'days';
      if (e.logical_type?.type === 'TIMESTAMP') return e.logical_type.isAdjustedToUTC ? 'utc_ms' : 'local_ms';
      if (e.converted_type === 'TIMESTAMP_MILLIS' || e.converted_type === 'TIMESTAMP_MICROS' || e.type === 'INT96')
        return 'utc_ms';
      return isText ? 'text' : null;
    case 'id':
    case 'area':
      return isText || isInt ? 'value' : null;
    case 'enum':
      return isText ? 'value' : null;
    case 'flag':
      return isText || isInt || e.type === 'BOOLEAN' ? 'value' : null;
  }
}

function toDay(v: unknown, form: DateForm | 'value'): number {
  if (form === 'text') {
    if (v instanceof Uint8Array) {
      const [s, e] = trimmed(v);
      return dayFromBytes(v, s, e);
    }
    return typeof v === 'string' ? dayFromIso(v.trim()) : BAD_DATE;
  }
  const n = Number(v);
  if (!Number.isFinite(n)) return BAD_DATE;
  const day = form === 'days' ? n : Math.floor((n + (form === 'utc_ms' ? VIETNAM_OFFSET_MS : 0)) / DAY_MS);
  return day >= FIRST_DAY && day < END_DAY ? day : DATE_OUT_OF_RANGE;
}

/** A date value outside the supported years, written for a message. */
function dateText(v: unknown, form: DateForm | 'value'): string {
  const n = Number(v);
  if (!Number.isFinite(n)) return String(v);
  return isoOfDay(form === 'days' ? n : Math.floor((n + (form === 'utc_ms' ? VIETNAM_OFFSET_MS : 0)) / DAY_MS));
}
