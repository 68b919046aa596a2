/**
 * Hashes a Parquet text id column straight from its pages, for the duplicate check.
 *
 * hyparquet turns every value of a `PLAIN` byte-array column into its own Uint8Array view (or
 * string): for a column of millions of unique ids that is most of the file's reading time and of
 * its garbage. Ids are only hashed, so this reads the pages itself (with hyparquet's page-header,
 * decompression and RLE functions) and hashes each value where it lies. It handles flat
 * `BYTE_ARRAY` columns in `PLAIN` or dictionary encoding, data pages v1 and v2; for anything else
 * it says so and the caller takes hyparquet's general path, which hashes the same bytes.
 *
 * Reference: Apache Parquet format specification, "Data Pages" and "Encodings"
 * (https://parquet.apache.org/docs/file-format/).
 */
import type { ColumnMetaData } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { decompressPage } from 'hyparquet/src/datapage.js';
import { readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';
import { hashBytes, idHash, type IdSet } from './id-set.ts';

/**
 * Hashes the ids of one column chunk (`bytes`, from its first page to its end) into `ids`; calls
 * `onNull` with the 0-based index in the chunk of each null. Returns false, having added nothing,
 * when the chunk uses an encoding this does not read.
 */
export function hashIdChunk(
  bytes: Uint8Array, meta: ColumnMetaData, optional: boolean, rows: number, ids: IdSet, onNull: (index: number) => void,
): boolean {
  if (meta.type !== 'BYTE_ARRAY') return false;
  const hashes = new Int32Array(rows * 2);
  let filled = 0;
  const nulls: number[] = [];
  let dictionary: Int32Array | null = null;
  const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
  let row = 0;
  while (row < rows && reader.offset < bytes.length - 1) {
    const header = parquetHeader(reader);
    const compressed = bytes.subarray(reader.offset, reader.offset + header.compressed_page_size);
    reader.offset += header.compressed_page_size;
    const size = Number(header.uncompressed_page_size);
    if (header.type === 'DICTIONARY_PAGE') {
      const count = header.dictionary_page_header!.num_values;
      const page = decompressPage(compressed, size, meta.codec, undefined);
      dictionary = new Int32Array(count * 2);
      let pos = 0;
      const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
      for (let i = 0; i < count; i++) {
        const len = view.getUint32(pos, true);
        hashBytes(page, pos + 4, pos + 4 + len, false);
        dictionary[2 * i] = idHash[0]!;
        dictionary[2 * i + 1] = idHash[1]!;
        pos += 4 + len;
      }
      continue;
    }
    let values: Uint8Array;
    let defined: number[] | null = null;
    let encoding: string;
    let count: number;
    if (header.type === 'DATA_PAGE') {
      const h = header.data_page_header!;
      count = h.num_values;
      encoding = h.encoding;
      const page = decompressPage(compressed, size, meta.codec, undefined);
      let pos = 0;
      if (optional) {
        const levels = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
        defined = new Array<number>(count);
        readRleBitPackedHybrid(levels, 1, defined);
        pos = levels.offset;
      }
      values = page.subarray(pos);
    } else if (header.type === 'DATA_PAGE_V2') {
      const h = header.data_page_header_v2!;
      count = h.num_values;
      encoding = h.encoding;
      const levelBytes = h.repetition_levels_byte_length + h.definition_levels_byte_length;
      if (optional && h.definition_levels_byte_length > 0) {
        const levels = { view: new DataView(compressed.buffer, compressed.byteOffset, compressed.byteLength), offset: h.repetition_levels_byte_length };
        defined = new Array<number>(count);
        readRleBitPackedHybrid(levels, 1, defined, h.definition_levels_byte_length);
      }
      const rest = compressed.subarray(levelBytes);
      values = h.is_compressed !== false && size - levelBytes > 0 ? decompressPage(rest, size - levelBytes, meta.codec, undefined) : rest;
    } else {
      continue; // an index page
    }
    const view = new DataView(values.buffer, values.byteOffset, values.byteLength);
    if (encoding === 'PLAIN') {
      let pos = 0;
      for (let i = 0; i < count; i++) {
        if (defined !== null && defined[i] === 0) {
          nulls.push(row + i);
          continue;
        }
        const len = view.getUint32(pos, true);
        hashBytes(values, pos + 4, pos + 4 + len, false);
        hashes[filled++] = idHash[0]!;
        hashes[filled++] = idHash[1]!;
        pos += 4 + len;
      }
    } else if ((encoding === 'RLE_DICTIONARY' || encoding === 'PLAIN_DICTIONARY') && dictionary !== null) {
      const nonNull = defined === null ? count : defined.reduce((s, d) => s + d, 0);
      const width = values[0]!;
      const indexes = new Array<number>(nonNull);
      if (width > 0) readRleBitPackedHybrid({ view, offset: 1 }, width, indexes, values.length - 1);
      else indexes.fill(0);
      let j = 0;
      for (let i = 0; i < count; i++) {
        if (defined !== null && defined[i] === 0) {
          nulls.push(row + i);
          continue;
        }
        const d = indexes[j++]!;
        hashes[filled++] = dictionary[2 * d]!;
        hashes[filled++] = dictionary[2 * d + 1]!;
      }
    } else {
      return false;
    }
    row += count;
  }
  if (row !== rows) return false;
  for (let i = 0; i < filled; i += 2) ids.add(hashes[i]!, hashes[i + 1]!);
  for (const i of nulls) onNull(i);
  return true;
}
