import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv, type Delimiter } from '../../../src/core/io/csv.ts';
import { decodeUtf8 } from '../../../src/core/io/decode.ts';

const fields = (text: string): string[][] => parseCsv(text).records.map((r) => r.fields);
const lines = (text: string): number[] => parseCsv(text).records.map((r) => r.line);

describe('parseCsv', () => {
  it('splits plain fields and keeps empty ones', () => {
    expect(fields('a,b,c\n1,,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
    ]);
    expect(fields('a,b,\n')).toEqual([['a', 'b', '']]);
  });

  it('reads quoted fields with delimiters and doubled quotes inside', () => {
    expect(fields('name,note\n"Hà Tĩnh, tỉnh","say ""hi"""\n')).toEqual([
      ['name', 'note'],
      ['Hà Tĩnh, tỉnh', 'say "hi"'],
    ]);
    expect(fields('""\n')).toEqual([['']]);
    expect(fields('"",""\n')).toEqual([['', '']]);
  });

  it('keeps line breaks inside quotes and counts them in the physical line numbers', () => {
    const text = 'a,b\n"x\ny",1\n"p\r\nq\r\nr",2\nlast,3\n';
    expect(fields(text)).toEqual([
      ['a', 'b'],
      ['x\ny', '1'],
      ['p\r\nq\r\nr', '2'],
      ['last', '3'],
    ]);
    expect(lines(text)).toEqual([1, 2, 4, 7]);
  });

  it('takes CRLF, LF and lone CR line ends alike', () => {
    expect(fields('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(fields('a,b\r1,2\r')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(lines('a\r\nb\nc\rd')).toEqual([1, 2, 3, 4]);
  });

  it('adds no record for a final line break, and none for empty text', () => {
    expect(fields('a\n')).toEqual([['a']]);
    expect(fields('a')).toEqual([['a']]);
    expect(fields('')).toEqual([]);
    expect(fields('\uFEFF')).toEqual([]);
  });

  it('keeps blank lines in the middle as one empty field (the table reader skips them)', () => {
    expect(fields('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
    expect(lines('a\n\nb\n')).toEqual([1, 2, 3]);
  });

  it('skips a byte-order mark', () => {
    expect(fields('\uFEFFyear,area_code\n2024,42\n')).toEqual([
      ['year', 'area_code'],
      ['2024', '42'],
    ]);
  });

  it('reads semicolon files, where a decimal comma stays inside its field', () => {
    const parsed = parseCsv('year;area_code;occurred\n2024;42;5,5\n');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.records[1]!.fields).toEqual(['2024', '42', '5,5']);
  });

  it('skips spaces after a closing quote, and keeps a quote inside an unquoted field as text', () => {
    expect(fields('"a" ,b\n')).toEqual([['a', 'b']]);
    expect(fields('5" pipe,b\n')).toEqual([['5" pipe', 'b']]);
  });

  it('reports an unterminated quote where it opens, and text after a closing quote', () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n').errors).toEqual([{ kind: 'unterminated_quote', line: 2, column: 2 }]);
    const after = parseCsv('a,b\n"x"y,2\n');
    expect(after.errors).toEqual([{ kind: 'text_after_quote', line: 2, column: 1 }]);
    expect(after.records[1]!.fields).toEqual(['x', '2']);
  });
});

describe('detectDelimiter', () => {
  it('picks the separator that the header uses most, outside quotes', () => {
    expect(detectDelimiter('a,b,c\n1;2;3;4;5\n')).toBe(',');
    expect(detectDelimiter('a;b;c\n1,2,3,4,5\n')).toBe(';');
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
    expect(detectDelimiter('population\n1\n')).toBe(',');
  });
});

describe('decodeUtf8', () => {
  it('decodes UTF-8, keeping Vietnamese letters', () => {
    expect(decodeUtf8(Buffer.from('Hà Tĩnh\n'))).toEqual({ ok: true, text: 'Hà Tĩnh\n' });
  });

  it('finds the line of the first byte that is not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('a\nb\nc'), Buffer.from([0xe0, 0x0a])]);
    expect(decodeUtf8(bytes)).toEqual({ ok: false, reason: 'invalid_bytes', line: 3 });
  });

  it('refuses UTF-16 in either byte order, and NUL bytes', () => {
    expect(decodeUtf8(Buffer.from([0xfe, 0xff, 0x00, 0x61]))).toEqual({ ok: false, reason: 'utf16', line: null });
    expect(decodeUtf8(Buffer.from('a\nb', 'utf16le'))).toEqual({ ok: false, reason: 'nul', line: 1 });
  });
});

/** Writes records as CSV the way a careful writer would, quoting only what needs it. */
function writeCsv(rows: readonly string[][], delimiter: Delimiter, newline: string): string {
  const quote = (s: string): string =>
    /["\r\n]/.test(s) || s.includes(delimiter) || (s.length > 0 && s.trim() !== s) || s.startsWith('\uFEFF')
      ? `"${s.replaceAll('"', '""')}"`
      : s;
  // A one-field row holding nothing would be a blank line: quote it.
  return rows.map((r) => (r.length === 1 && r[0] === '' ? '""' : r.map(quote).join(delimiter))).join(newline) + newline;
}

describe('parseCsv property', () => {
  it('returns the rows a CSV was written from, with each record starting on its physical line', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'Đ', 'ĩ', ' ', ',', ';', '"', '\n', '\r', '5', '.') });
    const table = fc
      .integer({ min: 1, max: 5 })
      .chain((width) =>
        fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 20 }),
      );
    fc.assert(
      fc.property(
        table,
        fc.constantFrom<Delimiter>(',', ';'),
        fc.constantFrom('\n', '\r\n'),
        (rows, delimiter, newline) => {
          const text = writeCsv(rows, delimiter, newline);
          const parsed = parseCsv(text, delimiter);
          expect(parsed.errors).toEqual([]);
          expect(parsed.records.map((r) => r.fields)).toEqual(rows);
          let line = 1;
          parsed.records.forEach((record, i) => {
            expect(record.line).toBe(line);
            line += 1 + rows[i]!.reduce((n, f) => n + (f.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
