import { CENTRAL_HEADER, END_OF_CENTRAL_DIRECTORY, LOCAL_HEADER } from './signatures.ts';

/** Where one entry's two headers start: its central directory header and the local header it points to. */
export interface EntryHeaders {
  central: number;
  local: number;
}

/**
 * The headers of every entry of a zip archive, in the order of its central directory: found from the end
 * of central directory record (searched backwards over the archive comment), then header by header. Both
 * signatures of each entry are checked. Reference: APPNOTE.TXT 4.3.12 (central directory header: name,
 * extra and comment lengths at 28, 30, 32, local header offset at 42) and 4.3.16.
 *
 * Only archives without ZIP64 records and with a comment of at most 65,535 bytes are read: those our
 * writers (exceljs, docx, {@link writeZip}) produce.
 *
 * @throws Error when there is no end of central directory record, or a header lacks its signature.
 * @example centralDirectory(writeZip([{ name: 'a.txt', data: Buffer.from('a') }])) // => [{ central: 38, local: 0 }]
 */
export function centralDirectory(zip: Buffer): EntryHeaders[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  const out: EntryHeaders[] = [];
  let at = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error(`zip: bad central directory header at ${at}`);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`zip: bad local header at ${local}`);
    out.push({ central: at, local });
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}
