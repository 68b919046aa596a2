import { describe, expect, it } from 'vitest';
import { XML_DECLARATION, xmlText } from '../../../src/node/xlsx/xml-text.ts';

describe('xmlText', () => {
  it('writes the five markup characters as entities', () => {
    expect(xmlText(`<script>alert(1)</script> & "B" 'c'`)).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;B&quot; &apos;c&apos;',
    );
  });

  it('leaves out the controls XML 1.0 does not allow, keeps tab, line feed and carriage return', () => {
    expect(xmlText('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\u007Fh')).toBe('abcdefgh');
    expect(xmlText('a\tb\nc\rd')).toBe('a\tb\nc\rd');
  });

  it('leaves Vietnamese letters and other text as they are (the same string, not a copy)', () => {
    const text = 'Tỉnh Hà Tĩnh — ≤ −5 % ✔ Đạt';
    expect(xmlText(text)).toBe(text);
    expect(xmlText('')).toBe('');
  });

  it('declares UTF-8 on a line of its own', () => {
    expect(XML_DECLARATION).toBe('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n');
  });
});
