import { describe, expect, it } from 'vitest';
import { csvField, neutraliseText, toCsv } from '../../../src/node/report/cells.ts';

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

describe('csvField', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
  it('writes computed numbers as they are, even negative ones', () => {
    expect(csvField(-0.05)).toBe('-0.05');
    expect(csvField(null)).toBe('');
  });
  it('neutralises text before quoting it', () => {
    expect(csvField('=A1,B1')).toBe(`"'=A1,B1"`);
  });
});

describe('toCsv', () => {
  it('starts with a byte-order mark and ends lines with CRLF', () => {
    expect(
      toCsv([
        ['Năm', 'Địa bàn'],
        [2024, '-x'],
      ]),
    ).toBe("\uFEFFNăm,Địa bàn\r\n2024,'-x\r\n");
  });
});
