/**
 * The duplicate-id check's short cut for ids in order: ids whose bytes come in strictly increasing
 * order are all different, so a file exported in key order (a database's usual order) needs no id
 * hashed and nothing kept but its first and last id. Comparing an id with the one before costs
 * less than hashing it, and the 8 bytes a record of the id set (`id-set.ts`), whose fresh memory
 * cost the kernel about as much as the hashing, are never touched.
 *
 * The first id out of order ends the short cut: the reader then hashes the ids read before it
 * (reading their column again) and every id after, as for any file. Shares of a file read on
 * several threads each keep their own run; the runs must not overlap ({@link runsApart}), else the
 * shares' ids are hashed as well. The check finds the same duplicates either way.
 *
 * Used for Parquet `BYTE_ARRAY` ids in `PLAIN` pages (`parquet-pages.ts`); a CSV file's ids are
 * hashed as they are read.
 */

/** The first and the last id of a run of ids in strictly increasing byte order (null: no id yet). */
export interface IdRun {
  first: Uint8Array | null;
  last: Uint8Array | null;
}

/**
 * Compares bytes `a[as, ae)` with `b[bs, be)` as unsigned bytes, a shorter prefix first (UTF-8's
 * byte order is its code points' order); negative, zero or positive.
 *
 * @example
 * const t = new TextEncoder();
 * compareBytes(t.encode('HS-9'), 0, 4, t.encode('HS-10'), 0, 5); // => positive ('9' > '1')
 */
export function compareBytes(a: Uint8Array, as: number, ae: number, b: Uint8Array, bs: number, be: number): number {
  const n = Math.min(ae - as, be - bs);
  let i = 0;
  // Four bytes at a time, read big-endian so that the words compare as the bytes do.
  for (; i + 4 <= n; i += 4) {
    const x = ((a[as + i]! << 24) | (a[as + i + 1]! << 16) | (a[as + i + 2]! << 8) | a[as + i + 3]!) >>> 0;
    const y = ((b[bs + i]! << 24) | (b[bs + i + 1]! << 16) | (b[bs + i + 2]! << 8) | b[bs + i + 3]!) >>> 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  for (; i < n; i++) {
    const x = a[as + i]!;
    const y = b[bs + i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return ae - as - (be - bs);
}

/** Follows the ids of one reader (a file, or a share of it) while they come in strictly increasing order. */
export class IdOrder {
  /** True while every id seen was greater than the one before it. */
  ordered = true;
  private first: Uint8Array | null = null;
  private last = new Uint8Array(64);
  private lastLength = -1;

  /** The run so far (copies); meaningful while {@link ordered}. */
  run(): IdRun {
    return { first: this.first, last: this.lastLength < 0 ? null : this.last.slice(0, this.lastLength) };
  }

  /**
   * Checks `count` `PLAIN` `BYTE_ARRAY` values of `page` from byte `pos` (a 4-byte little-endian
   * length, then the bytes). False, with {@link ordered} false, at the first value not greater than
   * the one before, or empty.
   *
   * @throws {Error} when a value runs past the page (a damaged file).
   */
  checkPlain(page: Uint8Array, pos: number, count: number): boolean {
    const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
    const size = page.length;
    let prevStart = -1;
    let prevLength = 0;
    for (let i = 0; i < count; i++) {
      const len = pos + 4 <= size ? view.getInt32(pos, true) : -1;
      const start = pos + 4;
      if (len < 0 || start + len > size) throw new Error(`a value runs past its page at byte ${pos}`);
      // An empty id ends the run too: the hashing path refuses it.
      const inOrder =
        len === 0
          ? false
          : prevStart >= 0
            ? lessInPage(view, page, prevStart, prevLength, start, len)
            : this.lastLength < 0 || compareBytes(this.last, 0, this.lastLength, page, start, start + len) < 0;
      if (!inOrder) {
        this.ordered = false;
        return false;
      }
      if (this.first === null) this.first = page.slice(start, start + len);
      prevStart = start;
      prevLength = len;
      pos = start + len;
    }
    if (prevStart >= 0) {
      if (this.last.length < prevLength) this.last = new Uint8Array(2 * prevLength);
      this.last.set(page.subarray(prevStart, prevStart + prevLength));
      this.lastLength = prevLength;
    }
    return true;
  }
}

/**
 * Whether the id at `[a, a + aLength)` of a page is below the one at `[b, b + bLength)`, `b` after
 * `a`: as {@link compareBytes}, with the bytes past the last whole word read as one word too
 * when the page has room (the bytes beyond the shorter id shifted out).
 */
function lessInPage(view: DataView, page: Uint8Array, a: number, aLength: number, b: number, bLength: number): boolean {
  const n = aLength < bLength ? aLength : bLength;
  let j = 0;
  for (; j + 4 <= n; j += 4) {
    const x = view.getUint32(a + j);
    const y = view.getUint32(b + j);
    if (x !== y) return x < y;
  }
  const tail = n - j;
  if (tail > 0) {
    if (b + j + 4 <= page.length) {
      const shift = (4 - tail) * 8;
      const x = view.getUint32(a + j) >>> shift;
      const y = view.getUint32(b + j) >>> shift;
      if (x !== y) return x < y;
    } else {
      for (; j < n; j++) {
        const x = page[a + j]!;
        const y = page[b + j]!;
        if (x !== y) return x < y;
      }
    }
  }
  return aLength < bLength;
}

/**
 * Whether runs of ids (one per share of a file) share no id: sorted by their first ids, each ends
 * before the next begins. A run with no id is apart from any.
 *
 * @example
 * const t = new TextEncoder();
 * runsApart([{ first: t.encode('b'), last: t.encode('c') }, { first: t.encode('a'), last: t.encode('a') }]); // => true
 * runsApart([{ first: t.encode('a'), last: t.encode('c') }, { first: t.encode('c'), last: t.encode('d') }]); // => false
 */
export function runsApart(runs: readonly IdRun[]): boolean {
  const full = runs.filter((r): r is { first: Uint8Array; last: Uint8Array } => r.first !== null && r.last !== null);
  full.sort((x, y) => compareBytes(x.first, 0, x.first.length, y.first, 0, y.first.length));
  for (let k = 1; k < full.length; k++) {
    const { last } = full[k - 1]!;
    const { first } = full[k]!;
    if (compareBytes(last, 0, last.length, first, 0, first.length) >= 0) return false;
  }
  return true;
}
