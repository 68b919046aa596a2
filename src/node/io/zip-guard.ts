/**
 * A guard against zip bombs, run before a workbook is handed to exceljs (which unpacks every part
 * into memory). An `.xlsx` file is a zip archive; the guard reads its central directory, refuses an
 * archive whose parts declare more than the limit once unpacked, and then inflates each part into
 * nothing, counting bytes and stopping at the limit, since declared sizes can lie.
 *
 * Reference: PKWARE, "APPNOTE.TXT - .ZIP File Format Specification" 6.3.10, sections 4.3.12-4.3.16.
 */
import { createInflateRaw } from 'node:zlib';

export type ZipCheck =
  | { ok: true; entries: number; unpackedBytes: number }
  | { ok: false; reason: 'not_zip'; detail: string }
  | { ok: false; reason: 'too_large'; bytes: number };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Checks that a zip archive unpacks to at most `limit` bytes.
 *
 * @example
 * await checkZipExpansion(await readFile('book.xlsx'), 200e6); // => { ok: true, entries: 9, unpackedBytes: 41233 }
 */
export async function checkZipExpansion(zip: Buffer, limit: number): Promise<ZipCheck> {
  const directory = readCentralDirectory(zip);
  if ('detail' in directory) return { ok: false, reason: 'not_zip', detail: directory.detail };

  let declared = 0;
  for (const e of directory.entries) declared += e.size;
  if (declared > limit) return { ok: false, reason: 'too_large', bytes: declared };

  let actual = 0;
  for (const e of directory.entries) {
    if (e.localOffset + 30 > zip.length || zip.readUInt32LE(e.localOffset) !== LOCAL) {
      return { ok: false, reason: 'not_zip', detail: 'bad local header' };
    }
    const start = e.localOffset + 30 + zip.readUInt16LE(e.localOffset + 26) + zip.readUInt16LE(e.localOffset + 28);
    const data = zip.subarray(start, start + e.compressedSize);
    if (e.method === 0) actual += data.length;
    else if (e.method === 8) {
      const n = await inflatedSize(data, limit - actual);
      if (n === null) return { ok: false, reason: 'not_zip', detail: 'corrupt compressed data' };
      actual += n;
    } else return { ok: false, reason: 'not_zip', detail: `compression method ${e.method}` };
    if (actual > limit) return { ok: false, reason: 'too_large', bytes: actual };
  }
  return { ok: true, entries: directory.entries.length, unpackedBytes: actual };
}

interface Entry {
  method: number;
  compressedSize: number;
  /** Declared unpacked size (from the ZIP64 extra field when the 32-bit field is 0xFFFFFFFF). */
  size: number;
  localOffset: number;
}

function readCentralDirectory(zip: Buffer): { entries: Entry[] } | { detail: string } {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { detail: 'not a zip archive' };
  let count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && zip.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
    const at = Number(zip.readBigUInt64LE(eocd - 12));
    if (at + 56 > zip.length || zip.readUInt32LE(at) !== ZIP64_EOCD) return { detail: 'bad ZIP64 directory' };
    count = Number(zip.readBigUInt64LE(at + 32));
    offset = Number(zip.readBigUInt64LE(at + 48));
  }
  const entries: Entry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== CENTRAL) return { detail: 'bad central directory' };
    const entry: Entry = {
      method: zip.readUInt16LE(p + 10),
      compressedSize: zip.readUInt32LE(p + 20),
      size: zip.readUInt32LE(p + 24),
      localOffset: zip.readUInt32LE(p + 42),
    };
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    readZip64Extra(zip.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), entry);
    entries.push(entry);
    p += 46 + nameLength + extraLength + zip.readUInt16LE(p + 32);
  }
  return { entries };
}

/** Replaces the 32-bit fields marked 0xFFFFFFFF by their 64-bit values from the ZIP64 extra field. */
function readZip64Extra(extra: Buffer, entry: Entry): void {
  for (let q = 0; q + 4 <= extra.length; q += 4 + extra.readUInt16LE(q + 2)) {
    if (extra.readUInt16LE(q) !== 0x0001) continue;
    let at = q + 4;
    const end = at + extra.readUInt16LE(q + 2);
    const next = (): number | null =>
      at + 8 <= end && at + 8 <= extra.length ? Number(extra.readBigUInt64LE((at += 8) - 8)) : null;
    if (entry.size === 0xffffffff) entry.size = next() ?? entry.size;
    if (entry.compressedSize === 0xffffffff) entry.compressedSize = next() ?? entry.compressedSize;
    if (entry.localOffset === 0xffffffff) entry.localOffset = next() ?? entry.localOffset;
    return;
  }
}

/** Bytes `data` inflates to, counted without keeping them; stops early past `budget`. Null if corrupt. */
function inflatedSize(data: Buffer, budget: number): Promise<number | null> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let n = 0;
    inflate.on('data', (chunk: Buffer) => {
      n += chunk.length;
      if (n > budget) {
        inflate.destroy();
        resolve(n);
      }
    });
    inflate.on('end', () => resolve(n));
    inflate.on('error', () => resolve(null));
    inflate.end(data);
  });
}
