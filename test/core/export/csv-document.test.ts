import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument } from '../../../src/core/export/csv-document.ts';
import { parseCsv } from '../../../src/core/io/csv.ts';

describe('csvDocument', () => {
  it('writes a byte-order mark, commas and CRLF, numbers plain', () => {
    const text = csvDocument(
      ['Năm', 'Giá trị'],
      [
        [2025, 0.9314857582755967],
        [2026, -0.05],
      ],
    );
    expect(text).toBe('\uFEFFNăm,Giá trị\r\n2025,0.9314857582755967\r\n2026,-0.05\r\n');
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says, and reads back the same (our own CSV reader)', () => {
    const rows = [['Huyện Can Lộc, Hà Tĩnh', 'say "hi"', 'two\nlines', 12, null]];
    const text = csvDocument(['a', 'b', 'c', 'd', 'e'], rows);
    const parsed = parseCsv(text.slice(1), ',');
    expect(parsed.records.map((r) => r.fields)).toEqual([
      ['a', 'b', 'c', 'd', 'e'],
      ['Huyện Can Lộc, Hà Tĩnh', 'say "hi"', 'two\nlines', '12', ''],
    ]);
  });

  it('makes formula-like text inert, leaves numbers alone, writes no NaN', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-5 %')).toBe("'-5 %");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
  });
});
