/**
 * Parquet's RLE / bit-packing hybrid (dictionary indexes, definition levels), decoded from a byte
 * array straight into an Int32Array, optionally through a dictionary: one pass, where hyparquet's
 * `readRleBitPackedHybrid` reads bit by bit through a DataView and leaves the indexes to be mapped
 * in a second pass. A bit-packed value is taken from a 32-bit window of four bytes, so widths up to
 * 24 bits (dictionaries of 16 million entries); a wider one returns {@link RLE_UNSUPPORTED}.
 *
 * Reference: Apache Parquet format specification, "Encodings", Run Length Encoding / Bit-Packing
 * Hybrid (RLE = 3) (https://parquet.apache.org/docs/file-format/data-pages/encodings/).
 */

/** Returned when the width is above 24 bits: the caller decodes another way. */
export const RLE_UNSUPPORTED = -1;
/** Returned when an index is outside the dictionary, or the runs end before `count` values. */
export const RLE_BAD = -2;

/**
 * Decodes `count` values of bit width `width` from `buf[pos, end)` into `out` from `at`; with a
 * dictionary, writes `dictionary[value]` instead of the value. Returns the byte after the last run
 * read, {@link RLE_BAD} or {@link RLE_UNSUPPORTED}.
 *
 * @example
 * // A bit-packed run of 8 values of width 2 (header 3 = one group): 0,1,2,3,0,1,2,3.
 * const out = new Int32Array(8);
 * readRleHybrid(new Uint8Array([3, 0b11100100, 0b11100100]), 0, 3, 2, 8, out, 0, null); // => 3
 * Array.from(out); // => [0, 1, 2, 3, 0, 1, 2, 3]
 */
export function readRleHybrid(
  buf: Uint8Array,
  pos: number,
  end: number,
  width: number,
  count: number,
  out: Int32Array,
  at: number,
  dictionary: Int32Array | null,
): number {
  if (width > 24) return RLE_UNSUPPORTED;
  const mask = (1 << width) - 1;
  const valueBytes = (width + 7) >> 3;
  const size = dictionary === null ? 0x7fffffff : dictionary.length;
  const stop = at + count;
  let k = at;
  while (k < stop) {
    if (pos >= end) return RLE_BAD;
    let header = 0;
    let shift = 0;
    let b: number;
    do {
      b = buf[pos++]!;
      header |= (b & 0x7f) << shift;
      shift += 7;
    } while ((b & 0x80) !== 0 && pos < end);
    if ((header & 1) === 1) {
      // Bit-packed: (header >> 1) groups of 8 values, `width` bytes a group.
      const groups = header >>> 1;
      const last = Math.min(stop, k + groups * 8);
      if (pos + groups * width > end) return RLE_BAD;
      k =
        dictionary === null
          ? unpack(buf, pos, width, mask, out, k, last)
          : unpackMapped(buf, pos, width, mask, out, k, last, dictionary);
      if (k < 0) return RLE_BAD;
      pos += groups * width;
    } else {
      // A run: one value, `valueBytes` bytes little-endian, repeated (header >> 1) times.
      if (pos + valueBytes > end) return RLE_BAD;
      let value = 0;
      for (let i = 0; i < valueBytes; i++) value |= buf[pos++]! << (8 * i);
      if (value >= size) return RLE_BAD;
      const last = Math.min(stop, k + (header >>> 1));
      out.fill(dictionary === null ? value : dictionary[value]!, k, last);
      k = last;
    }
  }
  return pos;
}

/** The value at bit `bit` of `buf`, near its end (the four-byte window cut short). */
function valueNearEnd(buf: Uint8Array, bit: number, mask: number): number {
  const i = bit >>> 3;
  let word = 0;
  for (let j = 0; j < 4 && i + j < buf.length; j++) word |= buf[i + j]! << (8 * j);
  return (word >>> (bit & 7)) & mask;
}

/**
 * Unpacks values `k .. last` of a bit-packed run starting at byte `pos`; returns `last`. Each value
 * is cut from the four bytes at its first bit, read whole while they lie inside `buf`.
 */
function unpack(
  buf: Uint8Array,
  pos: number,
  width: number,
  mask: number,
  out: Int32Array,
  k: number,
  last: number,
): number {
  let bit = pos * 8;
  const whole = (buf.length - 3) * 8;
  for (; k < last && bit < whole; k++, bit += width) {
    const i = bit >>> 3;
    out[k] = ((buf[i]! | (buf[i + 1]! << 8) | (buf[i + 2]! << 16) | (buf[i + 3]! << 24)) >>> (bit & 7)) & mask;
  }
  for (; k < last; k++, bit += width) out[k] = valueNearEnd(buf, bit, mask);
  return k;
}

/** As {@link unpack}, through a dictionary; -1 when an index is outside it. */
function unpackMapped(
  buf: Uint8Array,
  pos: number,
  width: number,
  mask: number,
  out: Int32Array,
  k: number,
  last: number,
  dictionary: Int32Array,
): number {
  const size = dictionary.length;
  let bit = pos * 8;
  const whole = (buf.length - 3) * 8;
  for (; k < last && bit < whole; k++, bit += width) {
    const i = bit >>> 3;
    const d = ((buf[i]! | (buf[i + 1]! << 8) | (buf[i + 2]! << 16) | (buf[i + 3]! << 24)) >>> (bit & 7)) & mask;
    if (d >= size) return -1;
    out[k] = dictionary[d]!;
  }
  for (; k < last; k++, bit += width) {
    const d = valueNearEnd(buf, bit, mask);
    if (d >= size) return -1;
    out[k] = dictionary[d]!;
  }
  return k;
}
