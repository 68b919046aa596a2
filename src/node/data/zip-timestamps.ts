/**
 * Sets every entry's modification time in a zip file (such as an .xlsx) to one fixed date.
 *
 * exceljs packs the workbook with JSZip, which stamps each entry with the time of writing (MS-DOS
 * date and time fields of the local headers and the central directory), so two runs a few seconds
 * apart give different bytes. Overwriting those 4 bytes per header makes the file reproducible; the
 * compressed data and CRCs do not depend on them. Zip layout: PKWARE APPNOTE.TXT, sections 4.3.7,
 * 4.3.12 and 4.3.16.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** MS-DOS time and date words of a UTC date (2-second resolution). */
export function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/**
 * A copy of `zip` whose entries all carry the modification time `date`.
 *
 * @throws Error if the bytes are not a zip file this function understands (no zip64, no comment
 * longer than 65,535 bytes).
 */
export function fixZipTimestamps(zip: Uint8Array, date: Date): Buffer {
  const out = Buffer.from(zip);
  const { time, date: day } = dosDateTime(date);
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (out.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const entries = out.readUInt16LE(eocd + 10);
  let at = out.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (out.readUInt32LE(at) !== CENTRAL) throw new Error(`zip: bad central directory header at ${at}`);
    out.writeUInt16LE(time, at + 12);
    out.writeUInt16LE(day, at + 14);
    const local = out.readUInt32LE(at + 42);
    if (out.readUInt32LE(local) !== LOCAL) throw new Error(`zip: bad local header at ${local}`);
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(day, local + 12);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}
