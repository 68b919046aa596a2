/**
 * The RLE / bit-packing hybrid decoder (parquet-rle.ts) against hyparquet's `readRleBitPackedHybrid`
 * (the independent decoder) on random streams of runs and bit-packed groups, widths 1 to 24.
 */
import fc from 'fast-check';
import { readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';
import { describe, expect, it } from 'vitest';
import { RLE_BAD, RLE_UNSUPPORTED, readRleHybrid } from '../../../src/node/aggregate/parquet-rle.ts';

/** Writes `n` as an unsigned LEB128 varint. */
function varint(n: number, bytes: number[]): void {
  while (n >= 0x80) {
    bytes.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  bytes.push(n);
}

/** Encodes runs (`{ run: value, times }`) and bit-packed groups (`{ packed: values }`, padded to 8). */
function encode(width: number, parts: ({ run: number; times: number } | { packed: number[] })[]): Uint8Array {
  const bytes: number[] = [];
  for (const part of parts) {
    if ('run' in part) {
      varint(part.times << 1, bytes);
      for (let i = 0; i < (width + 7) >> 3; i++) bytes.push((part.run >>> (8 * i)) & 0xff);
    } else {
      const groups = Math.ceil(part.packed.length / 8);
      varint((groups << 1) | 1, bytes);
      const packed = new Uint8Array(groups * width);
      part.packed.forEach((v, k) => {
        for (let b = 0; b < width; b++) if ((v >>> b) & 1) packed[(k * width + b) >> 3]! |= 1 << ((k * width + b) & 7);
      });
      bytes.push(...packed);
    }
  }
  return new Uint8Array(bytes);
}

const stream = fc.integer({ min: 1, max: 24 }).chain((width) =>
  fc.record({
    width: fc.constant(width),
    parts: fc.array(
      fc.oneof(
        fc.record({ run: fc.integer({ min: 0, max: 2 ** width - 1 }), times: fc.integer({ min: 1, max: 300 }) }),
        fc.record({ packed: fc.array(fc.integer({ min: 0, max: 2 ** width - 1 }), { minLength: 1, maxLength: 70 }) }),
      ),
      { minLength: 1, maxLength: 12 },
    ),
  }),
);

/** How many values the parts hold (a bit-packed part's padding included). */
const total = (parts: ({ run: number; times: number } | { packed: number[] })[]): number =>
  parts.reduce((n, p) => n + ('run' in p ? p.times : Math.ceil(p.packed.length / 8) * 8), 0);

describe('readRleHybrid', () => {
  it('decodes as hyparquet does, at an offset in the output and in the bytes', () => {
    fc.assert(
      fc.property(stream, fc.integer({ min: 0, max: 5 }), ({ width, parts }, lead) => {
        const body = encode(width, parts);
        const buf = new Uint8Array(lead + body.length);
        buf.set(body, lead);
        const count = total(parts);
        const expected = new Array<number>(count).fill(0);
        readRleBitPackedHybrid({ view: new DataView(buf.buffer), offset: lead }, width, expected, body.length);
        const out = new Int32Array(count + 3);
        expect(readRleHybrid(buf, lead, buf.length, width, count, out, 3, null)).toBe(buf.length);
        expect(Array.from(out.subarray(3))).toEqual(expected);
      }),
      { numRuns: 300, seed: 20261205 },
    );
  });

  it('maps the values through a dictionary, and refuses an index outside it', () => {
    const buf = encode(3, [{ packed: [0, 1, 2, 3, 4, 5, 6, 7] }, { run: 2, times: 4 }]);
    const dictionary = Int32Array.from([10, 11, 12, 13, 14, 15, 16, 17]);
    const out = new Int32Array(12);
    readRleHybrid(buf, 0, buf.length, 3, 12, out, 0, dictionary);
    expect(Array.from(out)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 12, 12, 12, 12]);
    expect(readRleHybrid(buf, 0, buf.length, 3, 12, out, 0, dictionary.subarray(0, 7))).toBe(RLE_BAD);
    expect(readRleHybrid(buf, 0, buf.length, 3, 12, out, 0, dictionary.subarray(0, 2))).toBe(RLE_BAD);
  });

  it('says when the bytes end before the values, and declines widths above 24 bits', () => {
    const buf = encode(4, [{ run: 5, times: 10 }]);
    expect(readRleHybrid(buf, 0, buf.length, 4, 11, new Int32Array(11), 0, null)).toBe(RLE_BAD);
    expect(readRleHybrid(buf, 0, buf.length, 25, 10, new Int32Array(10), 0, null)).toBe(RLE_UNSUPPORTED);
  });
});
