/**
 * Looks short texts (area codes, crime groups, severities) up by their UTF-8 bytes, without
 * making a string: a small open-addressing table keyed by a hash of a few bytes, each hit
 * confirmed byte by byte.
 */
export class ByteDictionary {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly bytes: Uint8Array[];
  private readonly ids: number[];

  /** `entries`: text and the id a lookup returns for it. */
  constructor(entries: readonly (readonly [text: string, id: number])[]) {
    const size = 1 << Math.ceil(Math.log2(Math.max(8, entries.length * 4)));
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    this.bytes = [];
    this.ids = [];
    const encoder = new TextEncoder();
    for (const [text, id] of entries) {
      const b = encoder.encode(text);
      if (this.lookup(b, 0, b.length) !== -1) continue;
      let i = slotHash(b, 0, b.length) & this.mask;
      while (this.slots[i] !== -1) i = (i + 1) & this.mask;
      this.slots[i] = this.bytes.length;
      this.bytes.push(b);
      this.ids.push(id);
    }
  }

  /**
   * The id of the text in bytes `[start, end)`, or -1.
   *
   * @example
   * new ByteDictionary([['drugs', 1]]).lookup(Buffer.from('x,drugs'), 2, 7); // => 1
   */
  lookup(buf: Uint8Array, start: number, end: number): number {
    const len = end - start;
    let i = slotHash(buf, start, end) & this.mask;
    for (;;) {
      const e = this.slots[i]!;
      if (e === -1) return -1;
      const b = this.bytes[e]!;
      if (b.length === len) {
        let k = 0;
        while (k < len && b[k] === buf[start + k]) k++;
        if (k === len) return this.ids[e]!;
      }
      i = (i + 1) & this.mask;
    }
  }
}

/**
 * A cheap hash of a short text: its length and three of its bytes (first, middle, last). Texts
 * alike in these share a slot chain and are told apart byte by byte; for the codes and values
 * looked up here (a few dozen to a few hundred, of different lengths and endings) chains are short.
 */
function slotHash(buf: Uint8Array, start: number, end: number): number {
  const len = end - start;
  if (len === 0) return 0;
  let h =
    Math.imul(len, 0x9e3779b1) ^
    Math.imul(buf[start]!, 0x85ebca6b) ^
    Math.imul(buf[end - 1]!, 0xc2b2ae35) ^
    Math.imul(buf[start + (len >> 1)]!, 0x27d4eb2f);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
}
