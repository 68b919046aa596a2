import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { normaliseZip } from '../../../src/node/zip/normalise-zip.ts';
import { readZip } from '../../../src/node/zip/read-zip.ts';
import { writeZip } from '../../../src/node/zip/write-zip.ts';

describe('deterministic zip', () => {
  it('reads back what it writes', () => {
    const zip = writeZip([
      { name: 'a.txt', data: Buffer.from('hello') },
      { name: 'dir/ă.xml', data: Buffer.from('<x/>') },
    ]);
    expect(readZip(zip).map((e) => [e.name, e.data.toString()])).toEqual([
      ['a.txt', 'hello'],
      ['dir/ă.xml', '<x/>'],
    ]);
  });

  it('makes a workbook written at two different times byte-identical', async () => {
    const make = async (date: Date) => {
      const book = new ExcelJS.Workbook();
      book.created = new Date('2024-12-31T00:00:00Z');
      book.modified = new Date('2024-12-31T00:00:00Z');
      book.addWorksheet('S').addRow(['x', 1]);
      // JSZip stamps each entry with the current time: vary it.
      const realNow = Date.now;
      Date.now = () => date.getTime();
      try {
        return Buffer.from(await book.xlsx.writeBuffer());
      } finally {
        Date.now = realNow;
      }
    };
    const a = normaliseZip(await make(new Date('2020-01-01T10:00:00Z')));
    const b = normaliseZip(await make(new Date('2030-06-01T23:59:58Z')));
    expect(a.equals(b)).toBe(true);
    // And exceljs can still read it.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(a as unknown as ArrayBuffer);
    expect(book.worksheets[0]?.getCell('A1').value).toBe('x');
  });

  it('passes XML entries through the rewrite', () => {
    const zip = writeZip([{ name: 'docProps/core.xml', data: Buffer.from('<t>2025-11-25T13:00:00Z</t>') }]);
    const out = normaliseZip(zip, (_, xml) => xml.replace(/\d{4}-[^<]+/, '2000-01-01T00:00:00Z'));
    expect(readZip(out)[0]?.data.toString()).toBe('<t>2000-01-01T00:00:00Z</t>');
  });
});
