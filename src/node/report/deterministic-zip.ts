/**
 * Rewrites a zip archive (an .xlsx or .docx file) so that the same content always gives the same bytes:
 * every entry gets one fixed modification time, entries keep their order, and each entry's content may be
 * rewritten on the way (to pin dates and generated ids inside the XML). Writers such as exceljs (JSZip)
 * and docx (fflate) stamp each entry with the current time, so two runs would otherwise differ.
 *
 * Reference: PKWARE, "APPNOTE.TXT - .ZIP File Format Specification" 6.3.10, sections 4.3.7-4.3.16
 * (local file header, central directory header, end of central directory record); MS-DOS date and time.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/** One file of an archive, unpacked. */
export interface ZipEntry {
  name: string;
  data: Buffer;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
/** 1980-01-01 00:00:00, the earliest MS-DOS date: the time stamp of every entry. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** Bit 11 of the general purpose flag: the name is UTF-8. */
const UTF8_FLAG = 0x0800;

/**
 * The entries of a zip archive, in the order of its central directory. Only what our writers produce is
 * read: stored or deflated entries, no ZIP64, no encryption.
 *
 * @throws Error when the bytes are not such an archive.
 * @example readZip(await Packer.toBuffer(doc)).map((e) => e.name) // => ['[Content_Types].xml', '_rels/.rels', ...]
 */
export function readZip(zip: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== CENTRAL) throw new Error('bad central directory');
    const method = zip.readUInt16LE(p + 10);
    const compressedSize = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const localOffset = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    if (zip.readUInt32LE(localOffset) !== LOCAL) throw new Error(`bad local header for ${name}`);
    const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const raw = zip.subarray(start, start + compressedSize);
    if (method !== 0 && method !== 8) throw new Error(`${name}: compression method ${method}`);
    entries.push({ name, data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw) });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Writes entries as a zip archive, deflated, every entry dated 1980-01-01 00:00, in the order given.
 *
 * @example readZip(writeZip([{name: 'a.txt', data: Buffer.from('a')}]))[0]?.data.toString() // => 'a'
 */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const packed = deflateRawSync(entry.data, { level: 9 });
    const crc = crc32(entry.data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(UTF8_FLAG, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_FLAG, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
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
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * Re-packs an archive with fixed time stamps, passing each text entry (XML, relationships) through
 * `rewrite` first.
 *
 * @example normaliseZip(xlsx, (name, text) => text) // same content, same bytes on every run
 */
export function normaliseZip(zip: Buffer, rewrite: (name: string, text: string) => string = (_, t) => t): Buffer {
  const entries = readZip(zip).map((e) =>
    /\.(xml|rels)$/i.test(e.name) ? { name: e.name, data: Buffer.from(rewrite(e.name, e.data.toString('utf8')), 'utf8') } : e,
  );
  return writeZip(entries);
}
