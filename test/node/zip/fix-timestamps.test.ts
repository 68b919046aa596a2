import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dosDateTime } from '../../../src/node/zip/dos-date-time.ts';
import { fixZipTimestamps } from '../../../src/node/zip/fix-timestamps.ts';

/** A small workbook written while the clock says `now`. */
async function workbookAt(now: Date): Promise<Uint8Array> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(0);
  wb.modified = new Date(0);
  wb.addWorksheet('t').addRow(['a', 1]);
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  vi.useRealTimers();
  return bytes;
}

describe('fixZipTimestamps', () => {
  afterEach(() => vi.useRealTimers());

  it('makes workbooks written at different times byte-identical', async () => {
    const a = await workbookAt(new Date('2024-01-01T10:00:00Z'));
    const b = await workbookAt(new Date('2025-06-30T23:59:58Z'));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    const fixed = new Date('2026-10-14T00:00:00Z');
    expect(fixZipTimestamps(a, fixed).equals(fixZipTimestamps(b, fixed))).toBe(true);
  });

  it('keeps the workbook readable', async () => {
    const bytes = fixZipTimestamps(
      await workbookAt(new Date('2024-01-01T00:00:00Z')),
      new Date('2026-10-14T00:00:00Z'),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.getWorksheet('t')!.getRow(1).values).toEqual([undefined, 'a', 1]);
  });

  it('encodes MS-DOS dates', () => {
    // 2026-10-14: (2026 - 1980) << 9 | 10 << 5 | 14
    expect(dosDateTime(new Date('2026-10-14T00:00:00Z'))).toEqual({ date: (46 << 9) | (10 << 5) | 14, time: 0 });
  });

  it('refuses bytes that are not a zip file', () => {
    expect(() => fixZipTimestamps(new Uint8Array(100), new Date(0))).toThrow(/not a zip/);
  });
});
