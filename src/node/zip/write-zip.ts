import { crc32, deflateRawSync } from 'node:zlib';
import { dosDateTime } from './dos-date-time.ts';
import type { ZipEntry } from './read-zip.ts';
import { CENTRAL_HEADER, END_OF_CENTRAL_DIRECTORY, LOCAL_HEADER } from './signatures.ts';

/** 1980-01-01 00:00:00, the earliest MS-DOS date: the time stamp of every entry. */
const STAMP = dosDateTime(new Date(Date.UTC(1980, 0, 1)));
/** Bit 11 of the general purpose flag: the name is UTF-8. */
const UTF8_FLAG = 0x0800;

/** How {@link writeZip} packs: the deflate level (default 9) and the one time stamp of every entry. */
export interface WriteZipOptions {
  level?: number;
  /** Default 1980-01-01 00:00, the earliest MS-DOS date. */
  date?: Date;
}

/**
 * Writes entries as a zip archive, deflated (Node's zlib), every entry dated 1980-01-01 00:00 (or `date`),
 * in the order given.
 * Reference: APPNOTE.TXT 4.3.7 (local file header), 4.3.12 (central directory header), 4.3.16 (end of
 * central directory record).
 *
 * @example readZip(writeZip([{name: 'a.txt', data: Buffer.from('a')}]))[0]?.data.toString() // => 'a'
 */
export function writeZip(entries: readonly ZipEntry[], options: WriteZipOptions = {}): Buffer {
  const stamp = options.date ? dosDateTime(options.date) : STAMP;
  const level = options.level ?? 9;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const packed = deflateRawSync(entry.data, { level });
    const crc = crc32(entry.data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(UTF8_FLAG, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(stamp.time, 10);
    local.writeUInt16LE(stamp.date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_HEADER, 0);
    central.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_FLAG, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(stamp.time, 12);
    central.writeUInt16LE(stamp.date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
