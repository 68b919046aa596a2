/**
 * Finds duplicate record ids among millions without keeping the ids: each id is hashed to 64 bits
 * (two 32-bit halves). The hashes are appended to 256 partitions by their top byte, and at the end
 * each partition, small enough to stay in cache, goes through an open-addressing table of Int32
 * pairs: inserting 5 million hashes straight into one 64 MB table costs a cache miss each, several
 * times slower. A hash seen twice is a suspect; a second pass over the file reads the suspects' ids
 * as text, so a reported duplicate is always a real one (two different ids with the same 64-bit
 * hash, about 1 in 10^12 for 5 million ids, are told apart there). Memory: 8 to 16 bytes an id.
 */
export class IdSet {
  private readonly parts: Int32Array[] = [];
  private readonly filled = new Int32Array(PARTS);
  /** Hash pairs seen more than once, as `h1:h2` (complete after {@link finish}). */
  readonly suspects = new Set<string>();

  /** `expected`: about how many ids will come (sizes the partitions; they grow as needed). */
  constructor(expected = 1 << 16) {
    const size = 2 * Math.max(64, Math.ceil((expected * 1.1) / PARTS));
    for (let p = 0; p < PARTS; p++) this.parts.push(new Int32Array(size));
  }

  /** Adds one id's hash. */
  add(h1: number, h2: number): void {
    const p = h1 >>> 24;
    let part = this.parts[p]!;
    const at = this.filled[p]!;
    if (at === part.length) {
      const grown = new Int32Array(part.length * 2);
      grown.set(part);
      this.parts[p] = part = grown;
    }
    part[at] = h1;
    part[at + 1] = h2;
    this.filled[p] = at + 2;
  }

  /** Looks for hashes seen twice; fills {@link suspects}. */
  finish(): void {
    let table = new Int32Array(0);
    for (let p = 0; p < PARTS; p++) {
      const part = this.parts[p]!;
      const n = this.filled[p]! / 2;
      const slots = 1 << Math.ceil(Math.log2(Math.max(16, n * 2)));
      if (table.length < slots * 2) table = new Int32Array(slots * 2);
      else table.fill(0, 0, slots * 2);
      const mask = slots - 1;
      for (let k = 0; k < n; k++) {
        const h1 = part[2 * k]!;
        let h2 = part[2 * k + 1]!;
        if (h1 === 0 && h2 === 0) h2 = 1;
        let i = (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask;
        for (;;) {
          const a = table[2 * i]!;
          const b = table[2 * i + 1]!;
          if (a === 0 && b === 0) {
            table[2 * i] = h1;
            table[2 * i + 1] = h2;
            break;
          }
          if (a === h1 && b === h2) {
            this.suspects.add(`${h1}:${h2 === 1 && h1 === 0 ? 0 : h2}`);
            break;
          }
          i = (i + 1) & mask;
        }
      }
      this.parts[p] = new Int32Array(0);
    }
  }
}

const PARTS = 256;

/** Final mix of a 32-bit hash (MurmurHash3's fmix32), so every input bit moves every output bit. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The two 32-bit hashes of the last id hashed (a pair, reused to allocate nothing). */
export const idHash = new Int32Array(2);

/**
 * Hashes bytes `[start, end)` of a CSV field into {@link idHash}; with `escaped`, a doubled quote
 * counts once, so `"a""b"` hashes as `a"b`.
 */
export function hashBytes(buf: Uint8Array, start: number, end: number, escaped: boolean): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  if (escaped) {
    for (let i = start; i < end; i++) {
      const c = buf[i]!;
      if (c === 34 && buf[i + 1] === 34) i++;
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
  } else {
    for (let i = start; i < end; i++) {
      const c = buf[i]!;
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
  }
  idHash[0] = fmix(h1 ^ (end - start));
  idHash[1] = fmix(h2);
}

/** Hashes a string's UTF-16 code units into {@link idHash} (Parquet ids, read as strings). */
export function hashString(s: string): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  idHash[0] = fmix(h1 ^ s.length);
  idHash[1] = fmix(h2);
}
