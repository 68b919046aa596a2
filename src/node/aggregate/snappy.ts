/**
 * Snappy decompression into a buffer the caller reuses, copying four bytes at a time. A Parquet
 * page of ids (`HS-00000001`, `HS-00000002`, ...) decompresses as two short elements an id, a
 * back-reference and a literal of a few bytes, so the cost is per element: hyparquet's decoder
 * (`snappyUncompress`, from snappyjs) copies each byte by itself; this one moves a word at a time
 * through a DataView wherever the buffer has room past the element (it writes up to three bytes
 * beyond an element, which the next element then overwrites). On the benchmark's pages it is about
 * twice as fast (bench/README.md).
 *
 * Reference: Google, Snappy framing-free format description,
 * https://github.com/google/snappy/blob/main/format_description.txt
 */

/** Room a buffer needs past the decompressed bytes for the word copies to be used up to its end. */
export const SNAPPY_SLACK = 8;

/**
 * Decompresses `input` (a raw Snappy block: the length as a varint, then literals and copies) into
 * `output[0, size)`. `output` may be longer than `size`; bytes past `size` may be overwritten.
 *
 * @throws {Error} when the input is damaged or does not decompress to exactly `size` bytes.
 * @example
 * // 'abcabcabc': the varint length 9, a literal of 3 bytes, a copy of 6 bytes from 3 back.
 * const out = new Uint8Array(9 + SNAPPY_SLACK);
 * snappyDecompress(new Uint8Array([9, 0x08, 97, 98, 99, 0x09, 3]), out, 9);
 * new TextDecoder().decode(out.subarray(0, 9)); // => 'abcabcabc'
 */
export function snappyDecompress(input: Uint8Array, output: Uint8Array, size: number): void {
  const inEnd = input.length;
  if (size > output.length) throw new Error('snappy: output buffer too small');
  const outView = new DataView(output.buffer, output.byteOffset, output.byteLength);
  const inView = new DataView(input.buffer, input.byteOffset, input.byteLength);
  let pos = 0;
  while (pos < inEnd && input[pos++]! >= 128); // the length, known already
  let out = 0;
  /** Word copies stay below this (a word written at `at` ends by `at + 4`). */
  const wordEnd = output.length - 4;
  while (pos < inEnd) {
    const c = input[pos++]!;
    const tag = c & 3;
    if (tag === 0) {
      // A literal: 1-60 bytes told by the tag, longer ones by 1-4 bytes after it.
      let len = (c >>> 2) + 1;
      if (len > 60) {
        const n = len - 60;
        if (pos + n > inEnd) throw new Error('snappy: literal length past the input');
        len = input[pos]!;
        if (n > 1) len |= input[pos + 1]! << 8;
        if (n > 2) len |= input[pos + 2]! << 16;
        if (n > 3) len |= input[pos + 3]! << 24;
        len = (len >>> 0) + 1;
        pos += n;
      }
      if (pos + len > inEnd || out + len > size) throw new Error('snappy: literal past the end');
      if (len > 32) output.set(input.subarray(pos, pos + len), out);
      else if (out + len <= wordEnd && pos + len + 4 <= inEnd) {
        for (let j = 0; j < len; j += 4) outView.setUint32(out + j, inView.getUint32(pos + j));
      } else for (let j = 0; j < len; j++) output[out + j] = input[pos + j]!;
      pos += len;
      out += len;
      continue;
    }
    // A copy of `len` bytes from `offset` back, the offset in 1, 2 or 4 bytes.
    let len: number;
    let offset: number;
    if (tag === 1) {
      len = ((c >>> 2) & 7) + 4;
      offset = input[pos]! | ((c >>> 5) << 8);
      pos += 1;
    } else if (tag === 2) {
      len = (c >>> 2) + 1;
      offset = input[pos]! | (input[pos + 1]! << 8);
      pos += 2;
    } else {
      len = (c >>> 2) + 1;
      offset = (input[pos]! | (input[pos + 1]! << 8) | (input[pos + 2]! << 16) | (input[pos + 3]! << 24)) >>> 0;
      pos += 4;
    }
    if (pos > inEnd) throw new Error('snappy: copy past the input');
    if (offset === 0 || offset > out || out + len > size) throw new Error('snappy: copy out of range');
    const from = out - offset;
    // Four bytes at a time when the source word is complete before it is read (offset >= 4).
    if (offset >= 4 && out + len <= wordEnd) {
      for (let j = 0; j < len; j += 4) outView.setUint32(out + j, outView.getUint32(from + j));
    } else for (let j = 0; j < len; j++) output[out + j] = output[from + j]!;
    out += len;
  }
  if (out !== size) throw new Error('snappy: the output is not its stated length');
}
