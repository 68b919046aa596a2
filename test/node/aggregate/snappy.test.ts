import { snappyUncompress } from 'hyparquet';
import { snappyCompress } from 'hyparquet-writer/src/snappy.js';
import { describe, expect, it } from 'vitest';
import { SNAPPY_SLACK, snappyDecompress } from '../../../src/node/aggregate/snappy.ts';

/** A small deterministic generator (xorshift32), so that the inputs are the same every run. */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

/** Byte for byte (toEqual on large typed arrays takes seconds). */
const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));

/** Inputs with short and long literals, near and far copies, and overlapping runs. */
function inputs(): Uint8Array[] {
  const next = random(7);
  const text = new TextEncoder();
  const ids = Array.from({ length: 3000 }, (_, k) => `HS-${String(k + 1).padStart(8, '0')}`);
  const page = new Uint8Array(ids.length * 15);
  ids.forEach((id, k) => {
    page.set([11, 0, 0, 0], 15 * k);
    page.set(text.encode(id), 15 * k + 4);
  });
  const noise = Uint8Array.from({ length: 100_000 }, () => Math.floor(next() * 256));
  const mixed = Uint8Array.from({ length: 200_000 }, (_, i) => (next() < 0.9 ? (i % 7) * 3 : Math.floor(next() * 256)));
  const runs = Uint8Array.from({ length: 70_000 }, (_, i) => (i % 1000 < 500 ? 65 : (i >> 3) & 255));
  const out: Uint8Array[] = [
    page,
    noise,
    mixed,
    runs,
    new Uint8Array(0),
    text.encode('a'),
    text.encode('abcabcabcabc'),
  ];
  for (let n = 1; n < 80; n++) out.push(Uint8Array.from({ length: n * 37 }, (_, i) => (i * n) % 11));
  return out;
}

describe('Snappy decompression into a reused buffer', () => {
  it('gives back what was compressed, as hyparquet does, with or without room past the end', () => {
    for (const original of inputs()) {
      const compressed = snappyCompress(original);
      const roomy = new Uint8Array(original.length + SNAPPY_SLACK).fill(0xee);
      snappyDecompress(compressed, roomy, original.length);
      expect(same(roomy.subarray(0, original.length), original)).toBe(true);
      // No room past the end: the last elements are copied a byte at a time.
      const exact = new Uint8Array(original.length);
      snappyDecompress(compressed, exact, original.length);
      expect(same(exact, original)).toBe(true);
      const theirs = new Uint8Array(original.length);
      snappyUncompress(compressed, theirs);
      expect(same(theirs, original)).toBe(true);
    }
  });

  it('refuses a damaged block', () => {
    const original = new TextEncoder().encode('abcabcabcabc'.repeat(20));
    const compressed = snappyCompress(original);
    const out = new Uint8Array(original.length + SNAPPY_SLACK);
    expect(() => snappyDecompress(compressed.subarray(0, compressed.length - 2), out, original.length)).toThrow(
      /snappy/,
    );
    expect(() => snappyDecompress(compressed, out, original.length + 1)).toThrow(/stated length/);
    expect(() => snappyDecompress(compressed, new Uint8Array(4), original.length)).toThrow(/too small/);
    // A copy reaching before the start of the output.
    expect(() => snappyDecompress(new Uint8Array([4, 0x01, 9]), out, 4)).toThrow(/copy out of range/);
  });
});
