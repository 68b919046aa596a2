import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument, csvRows, neutraliseText } from '../../../src/core/export/csv-document.ts';
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

describe('neutraliseText', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","y")'])(
    'puts a quote before %j',
    (text) => {
      expect(neutraliseText(text)).toBe(`'${text}`);
    },
  );
  it.each(['Huyện A', '−5 %', '≥ 80 %', '', "'already"])('leaves %j alone', (text) => {
    expect(neutraliseText(text)).toBe(text);
  });
});

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });
  it('writes computed numbers as they are, even negative ones', () => {
    expect(csvCell(-0.05)).toBe('-0.05');
    expect(csvCell(null)).toBe('');
  });
  it('neutralises text before quoting it', () => {
    expect(csvCell('=A1,B1')).toBe(`"'=A1,B1"`);
  });
});

describe('csvRows', () => {
  it('starts with a byte-order mark and ends lines with CRLF', () => {
    expect(
      csvRows([
        ['Năm', 'Địa bàn'],
        [2024, '-x'],
      ]),
    ).toBe("\uFEFFNăm,Địa bàn\r\n2024,'-x\r\n");
  });
});
