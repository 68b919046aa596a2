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
  /** Other sets' hashes, per partition, kept as they came (looked through by {@link finish}, never copied). */
  private readonly absorbed: (readonly Int32Array[])[] = [];
  /** Hash pairs seen more than once, as `h1:h2` (complete after {@link finish}). */
  readonly suspects = new Set<string>();

  /** `expected`: about how many ids will come (sizes the partitions; they grow as needed). */
  constructor(expected = 1 << 16) {
    // One allocation for all partitions (256 separate ones cost several times more).
    const size = 2 * Math.max(64, Math.ceil((expected * 1.1) / PARTS));
    const block = new Int32Array(size * PARTS);
    for (let p = 0; p < PARTS; p++) this.parts.push(block.subarray(p * size, (p + 1) * size));
  }

  /** Makes room for `more` ids beyond those added so far (a Parquet file says how many rows it has). */
  reserve(more: number): void {
    const per = 2 * Math.ceil((more * 1.1) / PARTS);
    const short: number[] = [];
    for (let p = 0; p < PARTS; p++) if (this.parts[p]!.length < this.filled[p]! + per) short.push(p);
    const block = new Int32Array(short.reduce((n, p) => n + this.filled[p]! + per, 0));
    let at = 0;
    for (const p of short) {
      const grown = block.subarray(at, at + this.filled[p]! + per);
      grown.set(this.parts[p]!.subarray(0, this.filled[p]!));
      this.parts[p] = grown;
      at += grown.length;
    }
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

  /** The hashes added so far, per partition (plain data that can cross to another thread). */
  state(): Int32Array[] {
    return this.parts.map((part, p) => part.subarray(0, this.filled[p]!));
  }

  /**
   * Adds the hashes of another set's state (a share of the file read on another thread). They are
   * kept as they are, not copied in: {@link finish} looks through them partition by partition.
   */
  absorb(parts: readonly Int32Array[]): void {
    this.absorbed.push(parts);
  }

  /** Adds the hashes `h1[k]`, `h2[k]` of every `k` where `skip[k]` is 0. */
  addAll(h1: Int32Array, h2: Int32Array, skip: Uint8Array): void {
    const parts = this.parts;
    const filled = this.filled;
    for (let k = 0; k < h1.length; k++) {
      if (skip[k] !== 0) continue;
      const a = h1[k]!;
      const p = a >>> 24;
      let part = parts[p]!;
      const at = filled[p]!;
      if (at === part.length) {
        const grown = new Int32Array(part.length * 2);
        grown.set(part);
        parts[p] = part = grown;
      }
      part[at] = a;
      part[at + 1] = h2[k]!;
      filled[p] = at + 2;
    }
  }

  /** Looks for hashes seen twice (here or in an absorbed set); fills {@link suspects}. */
  finish(): void {
    let table = new Int32Array(0);
    for (let p = 0; p < PARTS; p++) {
      const lists = [this.parts[p]!.subarray(0, this.filled[p]!), ...this.absorbed.map((parts) => parts[p]!)];
      const n = lists.reduce((sum, list) => sum + list.length / 2, 0);
      const slots = 1 << Math.ceil(Math.log2(Math.max(16, n * 2)));
      if (table.length < slots * 2) table = new Int32Array(slots * 2);
      else table.fill(0, 0, slots * 2);
      for (const list of lists) this.insertAll(list, table, slots - 1);
      this.parts[p] = new Int32Array(0);
    }
    this.absorbed.length = 0;
  }

  /** Inserts hash pairs into an open-addressing table of `mask + 1` slots; a pair already there is a suspect. */
  private insertAll(list: Int32Array, table: Int32Array, mask: number): void {
    const n = list.length / 2;
    for (let k = 0; k < n; k++) {
      const h1 = list[2 * k]!;
      let h2 = list[2 * k + 1]!;
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

/**
 * The two 32-bit hashes of the last id hashed (a pair, reused to allocate nothing). The first is
 * never one of the four lowest 32-bit integers: the readers keep those as markers (parquet-pages.ts's
 * NULL_CELL and BAD_CELL), so an id's hash is never taken for an empty or refused cell.
 */
export const idHash = new Int32Array(2);

/** A first hash clear of the four lowest integers (the markers), those moved up by four. */
function clearOfMarkers(h: number): number {
  return h < -0x7ffffffc ? h + 4 : h;
}

/** Scratch space for an id with doubled quotes, made single before hashing. */
let unescaped = new Uint8Array(256);

/**
 * Hashes bytes `[start, end)` (a CSV field, a Parquet value) into {@link idHash}: two lanes over
 * 4-byte words, MurmurHash3's block mix (x86, 32 bits) for the first and a multiply-xorshift for
 * the second, each with MurmurHash3's final mix. With `escaped`, a doubled quote counts once, so
 * `"a""b"` hashes as `a"b`.
 *
 * Reference: A. Appleby, MurmurHash3 (public domain), https://github.com/aappleby/smhasher
 */
export function hashBytes(buf: Uint8Array, start: number, end: number, escaped: boolean): void {
  if (escaped) {
    if (unescaped.length < end - start) unescaped = new Uint8Array(2 * (end - start));
    let n = 0;
    for (let i = start; i < end; i++) {
      const c = buf[i]!;
      if (c === 34 && buf[i + 1] === 34) i++;
      unescaped[n++] = c;
    }
    hashBytes(unescaped, 0, n, false);
    return;
  }
  let h1 = 0x3c6ef372;
  let h2 = 0x9747b28c;
  let i = start;
  for (; i + 4 <= end; i += 4) {
    let k = buf[i]! | (buf[i + 1]! << 8) | (buf[i + 2]! << 16) | (buf[i + 3]! << 24);
    h2 = Math.imul(h2 ^ k, 0x5bd1e995);
    h2 ^= h2 >>> 15;
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h1 ^= Math.imul(k, 0x1b873593);
    h1 = (h1 << 13) | (h1 >>> 19);
    h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
  }
  if (i < end) {
    let k = buf[i]!;
    if (i + 1 < end) k |= buf[i + 1]! << 8;
    if (i + 2 < end) k |= buf[i + 2]! << 16;
    h2 = Math.imul(h2 ^ k, 0x5bd1e995);
    h2 ^= h2 >>> 15;
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h1 ^= Math.imul(k, 0x1b873593);
  }
  const len = end - start;
  idHash[0] = clearOfMarkers(fmix(h1 ^ len));
  idHash[1] = fmix(h2 ^ Math.imul(len, 0x85ebca6b));
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
  idHash[0] = clearOfMarkers(fmix(h1 ^ s.length));
  idHash[1] = fmix(h2);
}
