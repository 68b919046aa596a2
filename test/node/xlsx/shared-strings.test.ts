import { describe, expect, it } from 'vitest';
import { emptySharedStrings, sharedString, sharedStringsXml } from '../../../src/node/xlsx/shared-strings.ts';

describe('shared strings', () => {
  it('numbers each text once, in order of first use, and counts every use', () => {
    const strings = emptySharedStrings();
    expect(['Tỉnh', 'Huyện', 'Tỉnh', '', 'Huyện', ''].map((t) => sharedString(strings, t))).toEqual([0, 1, 0, 2, 1, 2]);
    expect(strings.count).toBe(6);
    expect(sharedStringsXml(strings)).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="3">' +
        '<si><t>Tỉnh</t></si><si><t>Huyện</t></si><si><t></t></si></sst>',
    );
  });

  it('escapes markup, and keeps spaces at either end and line breaks', () => {
    const strings = emptySharedStrings();
    for (const t of ['a & <b> "c"', ' lead', 'trail ', 'two\nlines', 'mid dle']) sharedString(strings, t);
    const xml = sharedStringsXml(strings);
    expect(xml).toContain('<si><t>a &amp; &lt;b&gt; &quot;c&quot;</t></si>');
    expect(xml).toContain('<si><t xml:space="preserve"> lead</t></si>');
    expect(xml).toContain('<si><t xml:space="preserve">trail </t></si>');
    expect(xml).toContain('<si><t xml:space="preserve">two\nlines</t></si>');
    expect(xml).toContain('<si><t>mid dle</t></si>');
  });
});
