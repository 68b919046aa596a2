/**
 * Reads flat Parquet column chunks page by page, straight into Int32Arrays, for the common cases:
 * `BYTE_ARRAY` (text) and `INT32` (`DATE`) columns, `PLAIN` or dictionary-encoded, in data pages
 * v1 or v2, required or optional. A dictionary's entries are converted once each (a code to its
 * index, a text date to its day number, an id to its 64-bit hash), and the data pages' dictionary
 * indexes are decoded and mapped in one pass (`parquet-rle.ts`): no JavaScript value per cell. A
 * column of millions of unique ids, `PLAIN`-encoded, is hashed where its bytes lie. Pages are
 * decompressed into one reused buffer, and the levels and indexes decoded into reused arrays.
 *
 * hyparquet (pure JavaScript) reads everything else, and is what this builds on: its page-header
 * and decompression functions are used here. Without this, hyparquet materialises
 * every cell as a JavaScript value (a string or a byte view per unique id), which made Parquet
 * files slower to aggregate than CSV. A caller falls back to hyparquet whenever this returns null.
 *
 * Reference: Apache Parquet format specification, "Data Pages" and "Encodings"
 * (https://parquet.apache.org/docs/file-format/).
 */
import type { ColumnMetaData, Compressors } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { decompressPage } from 'hyparquet/src/datapage.js';
import type { IdOrder } from './id-order.ts';
import { hashBytes, idHash } from './id-set.ts';
import { readRleHybrid } from './parquet-rle.ts';
import { SNAPPY_SLACK, snappyDecompress } from './snappy.ts';

/** Stands for a null cell in a decoded column. */
export const NULL_CELL = -0x7ffffffe;
/** Stands for a cell the value converter refused (a bad date, an unknown code). */
export const BAD_CELL = -0x7ffffffd;

/** How a column's values become integers: one converter per physical type read. */
export interface CellConverter {
  /** A `BYTE_ARRAY` value, bytes `[start, end)` of `buf`; returns BAD_CELL to refuse it. */
  bytes?: (buf: Uint8Array, start: number, end: number) => number;
  /** An `INT32` value; returns BAD_CELL to refuse it. */
  int32?: (value: number) => number;
  /**
   * `BYTE_ARRAY` ids: each value's 64-bit hash (`hashBytes`), its halves written to the two
   * outputs of {@link decodeChunk}, in a loop of its own (no call through a converter per id).
   */
  idHashes?: true;
  /**
   * With `idHashes`: check the ids' order instead of hashing them (`id-order.ts`). Nothing is
   * written to the outputs; {@link decodeChunk} returns 0, with the order marked broken, at the
   * first id out of order, a null, or a page that is not `PLAIN` (a dictionary).
   */
  idOrder?: IdOrder;
  /**
   * What a null becomes in the output (an optional date's NO_DAY), written as the page is decoded;
   * absent: NULL_CELL, and the output is marked MAY_HAVE_NULLS for the caller to look through.
   */
  nullCell?: number;
}

/**
 * A page's definition levels and dictionary indexes, decoded here: reused from page to page and
 * from chunk to chunk (a fresh array for each costs the kernel's zeroing of new memory).
 */
let defined = new Int32Array(0);
let indexes = new Int32Array(0);

/**
 * Where {@link decodeChunk} decompresses each page: one buffer, reused, as a page is read before
 * the next is decompressed (hyparquet makes a new one for each page: a fresh 1.4 MB a row group
 * for an id column, and the kernel's zeroing of new memory cost more than the decompression).
 * Snappy is decoded by `snappy.ts` (JavaScript, word copies); `hysnappy` (WebAssembly) was
 * measured and not taken: it returns a copy of its output, fresh memory again (bench/README.md).
 */
let scratch = new Uint8Array(1 << 16);
const REUSING: Compressors = {
  SNAPPY: (input, size) => {
    if (scratch.length < size + SNAPPY_SLACK)
      scratch = new Uint8Array(Math.max(size + SNAPPY_SLACK, 2 * scratch.length));
    snappyDecompress(input, scratch, size);
    return scratch.subarray(0, size);
  },
};

/** The file position of a column chunk's first page and its length. */
export function chunkRange(meta: ColumnMetaData): [start: number, end: number] {
  const dict = meta.dictionary_page_offset;
  const start = Number(dict !== undefined && dict > 0n && dict < meta.data_page_offset ? dict : meta.data_page_offset);
  return [start, start + Number(meta.total_compressed_size)];
}

/** What {@link decodeChunk} reports: read, and whether nulls and refused values may be in the output. */
export const DECODED = 1;
export const MAY_HAVE_NULLS = 2;
export const MAY_HAVE_BAD = 4;

/**
 * Decodes a flat column chunk (`bytes`: its pages) of `rows` values into `out` (NULL_CELL for a
 * null), converting each value (each dictionary entry once). Returns 0, leaving `out`
 * unspecified, when the chunk uses a type or encoding this does not read; else DECODED with
 * MAY_HAVE_NULLS and MAY_HAVE_BAD set when `out` may hold NULL_CELL or BAD_CELL.
 */
export function decodeChunk(
  bytes: Uint8Array,
  meta: ColumnMetaData,
  optional: boolean,
  rows: number,
  convert: CellConverter,
  out: Int32Array,
  out2: Int32Array | null = null,
): number {
  const isText = meta.type === 'BYTE_ARRAY' && (convert.bytes !== undefined || convert.idHashes === true);
  const isInt = meta.type === 'INT32' && convert.int32 !== undefined;
  if (!isText && !isInt) return 0;
  const nullCell = convert.nullCell ?? NULL_CELL;
  const order = convert.idOrder !== undefined && convert.idOrder.ordered ? convert.idOrder : null;
  let flags = DECODED;
  let dictionaryFlags = 0;
  let dictionary: Int32Array | null = null;
  let dictionary2: Int32Array | null = null;
  const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
  let row = 0;
  while (row < rows && reader.offset < bytes.length - 1) {
    const header = parquetHeader(reader);
    const compressed = bytes.subarray(reader.offset, reader.offset + header.compressed_page_size);
    reader.offset += header.compressed_page_size;
    const size = Number(header.uncompressed_page_size);
    if (header.type === 'DICTIONARY_PAGE') {
      if (order !== null) return breakOrder(order);
      const count = header.dictionary_page_header!.num_values;
      const page = decompressPage(compressed, size, meta.codec, REUSING);
      dictionary = new Int32Array(count);
      dictionary2 = out2 === null ? null : new Int32Array(count);
      dictionaryFlags = plainValues(page, 0, count, isText, convert, dictionary, dictionary2, 0, null);
      continue;
    }
    let values: Uint8Array;
    let encoding: string;
    let count: number;
    let hasNulls = false;
    if (header.type === 'DATA_PAGE') {
      const h = header.data_page_header!;
      count = h.num_values;
      encoding = h.encoding;
      const page = decompressPage(compressed, size, meta.codec, REUSING);
      let pos = 0;
      if (optional) {
        if (defined.length < count) defined = new Int32Array(count);
        if (page.length < 4) return 0;
        const length = page[0]! | (page[1]! << 8) | (page[2]! << 16) | (page[3]! << 24);
        if (length < 0 || 4 + length > page.length) return 0;
        if (readRleHybrid(page, 4, 4 + length, 1, count, defined, 0, null) < 0) return 0;
        pos = 4 + length;
        hasNulls = true;
      }
      values = page.subarray(pos);
    } else if (header.type === 'DATA_PAGE_V2') {
      const h = header.data_page_header_v2!;
      count = h.num_values;
      encoding = h.encoding;
      const levelBytes = h.repetition_levels_byte_length + h.definition_levels_byte_length;
      if (optional && h.definition_levels_byte_length > 0) {
        if (defined.length < count) defined = new Int32Array(count);
        const start = h.repetition_levels_byte_length;
        const end = start + h.definition_levels_byte_length;
        if (end > compressed.length) return 0;
        if (readRleHybrid(compressed, start, end, 1, count, defined, 0, null) < 0) return 0;
        hasNulls = true;
      }
      const rest = compressed.subarray(levelBytes);
      values =
        h.is_compressed !== false && size - levelBytes > 0
          ? decompressPage(rest, size - levelBytes, meta.codec, REUSING)
          : rest;
    } else {
      continue; // an index page
    }
    if (row + count > rows) return 0;
    const def = hasNulls ? defined : null;
    if (order !== null) {
      if (encoding !== 'PLAIN' || (def !== null && def.subarray(0, count).includes(0))) return breakOrder(order);
      if (!order.checkPlain(values, 0, count)) return 0;
      row += count;
      continue;
    }
    if (def !== null && convert.nullCell === undefined) flags |= MAY_HAVE_NULLS;
    if (encoding === 'PLAIN') {
      flags |= plainValues(values, 0, count, isText, convert, out, out2, row, def);
    } else if ((encoding === 'RLE_DICTIONARY' || encoding === 'PLAIN_DICTIONARY') && dictionary !== null) {
      const width = values[0]!;
      if (def === null && out2 === null) {
        // The common case, no nulls and one output: indexes decoded and mapped in one pass.
        if (width === 0) {
          if (dictionary.length === 0) return 0;
          out.fill(dictionary[0]!, row, row + count);
        } else if (readRleHybrid(values, 1, values.length, width, count, out, row, dictionary) < 0) return 0;
      } else {
        let nonNull = count;
        if (def !== null) {
          nonNull = 0;
          for (let i = 0; i < count; i++) nonNull += def[i]!;
        }
        if (indexes.length < nonNull) indexes = new Int32Array(Math.max(nonNull, 1024));
        const idx = indexes.subarray(0, nonNull);
        if (width === 0) idx.fill(0);
        else if (readRleHybrid(values, 1, values.length, width, nonNull, idx, 0, null) < 0) return 0;
        if (!mapIndexes(idx, def, count, dictionary, out, row, nullCell)) return 0;
        if (out2 !== null && !mapIndexes(idx, def, count, dictionary2!, out2, row, nullCell)) return 0;
      }
      flags |= dictionaryFlags;
    } else {
      return 0;
    }
    row += count;
  }
  return row === rows ? flags : 0;
}

/** Marks the ids' order broken (a page it cannot follow); returns 0. */
function breakOrder(order: IdOrder): number {
  order.ordered = false;
  return 0;
}

/**
 * Writes `dictionary[idx[j]]` for each of `count` values into `out` from `at` (`nullCell` where
 * `def` is 0). False when an index is out of the dictionary. Two loops, so that the common one
 * (no nulls) tests nothing but the index.
 */
function mapIndexes(
  idx: Int32Array,
  def: Int32Array | null,
  count: number,
  dictionary: Int32Array,
  out: Int32Array,
  at: number,
  nullCell: number,
): boolean {
  const size = dictionary.length;
  if (def === null) {
    for (let i = 0; i < count; i++) {
      const d = idx[i]!;
      if (d >= size) return false;
      out[at + i] = dictionary[d]!;
    }
    return true;
  }
  let j = 0;
  for (let i = 0; i < count; i++) {
    if (def[i] === 0) {
      out[at + i] = nullCell;
      continue;
    }
    const d = idx[j++]!;
    if (d >= size) return false;
    out[at + i] = dictionary[d]!;
  }
  return true;
}

/**
 * Converts `count` PLAIN values from `page` (from byte `pos`) into `out` from `at`; nulls where
 * `def` is 0. Returns MAY_HAVE_BAD when a value was refused (ids: MAY_HAVE_NULLS when one was
 * empty), else 0.
 */
function plainValues(
  page: Uint8Array,
  pos: number,
  count: number,
  isText: boolean,
  convert: CellConverter,
  out: Int32Array,
  out2: Int32Array | null,
  at: number,
  def: Int32Array | null,
): number {
  if (convert.idHashes === true) return hashValues(page, pos, count, out, out2!, at, def);
  let refused = 0;
  const nullCell = convert.nullCell ?? NULL_CELL;
  const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
  const bytes = convert.bytes!;
  const int32 = convert.int32!;
  for (let i = 0; i < count; i++) {
    if (def !== null && def[i] === 0) {
      out[at + i] = nullCell;
      continue;
    }
    let v: number;
    if (isText) {
      const len = view.getUint32(pos, true);
      v = bytes(page, pos + 4, pos + 4 + len);
      pos += 4 + len;
    } else {
      v = int32(view.getInt32(pos, true));
      pos += 4;
    }
    out[at + i] = v;
    if (v === BAD_CELL) refused = MAY_HAVE_BAD;
  }
  return refused;
}

/**
 * Hashes `count` PLAIN `BYTE_ARRAY` ids into `out` and `out2` from `at`; NULL_CELL where `def` is 0
 * or the id is empty. Returns MAY_HAVE_NULLS when an id was empty, else 0.
 */
function hashValues(
  page: Uint8Array,
  pos: number,
  count: number,
  out: Int32Array,
  out2: Int32Array,
  at: number,
  def: Int32Array | null,
): number {
  let empty = 0;
  for (let i = 0; i < count; i++) {
    if (def !== null && def[i] === 0) {
      out[at + i] = NULL_CELL;
      continue;
    }
    const len = page[pos]! | (page[pos + 1]! << 8) | (page[pos + 2]! << 16) | (page[pos + 3]! << 24);
    if (len < 0 || pos + 4 + len > page.length) throw new Error(`a value runs past its page at byte ${pos}`);
    if (len === 0) {
      // An empty id is refused as a missing one (as hyparquet's path and the CSV reader do).
      out[at + i] = NULL_CELL;
      empty = MAY_HAVE_NULLS;
    } else {
      hashBytes(page, pos + 4, pos + 4 + len, false);
      out[at + i] = idHash[0]!;
      out2[at + i] = idHash[1]!;
    }
    pos += 4 + len;
  }
  return empty;
}
