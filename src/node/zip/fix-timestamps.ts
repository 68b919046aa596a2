import { centralDirectory } from './central-directory.ts';
import { dosDateTime } from './dos-date-time.ts';

/**
 * A copy of `zip` whose entries all carry the modification time `date`; every other byte is kept.
 *
 * exceljs packs the workbook with JSZip, which stamps each entry with the time of writing (MS-DOS date and
 * time fields of the local headers and the central directory), so two runs a few seconds apart give
 * different bytes. Overwriting those 4 bytes per header makes the file reproducible; the compressed data
 * and CRCs do not depend on them. Zip layout: PKWARE APPNOTE.TXT, sections 4.3.7, 4.3.12 and 4.3.16
 * (time and date at offset 10 of a local header, 12 of a central directory header).
 *
 * Use it when the bytes of the entries must stay as the writer made them (the bundled workbook
 * `data/hatinh-2019-2026.xlsx`); {@link normaliseZip} re-packs them instead.
 *
 * @throws Error if the bytes are not a zip file {@link centralDirectory} reads (no zip64, no comment
 * longer than 65,535 bytes).
 * @example fixZipTimestamps(await workbook.xlsx.writeBuffer(), new Date('2026-10-14T00:00:00Z')) // the same bytes on every run
 */
export function fixZipTimestamps(zip: Uint8Array, date: Date): Buffer {
  const out = Buffer.from(zip);
  const { time, date: day } = dosDateTime(date);
  for (const { central, local } of centralDirectory(out)) {
    out.writeUInt16LE(time, central + 12);
    out.writeUInt16LE(day, central + 14);
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(day, local + 12);
  }
  return out;
}
