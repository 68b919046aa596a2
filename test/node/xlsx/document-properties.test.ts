import { describe, expect, it } from 'vitest';
import { appPropertiesXml, corePropertiesXml } from '../../../src/node/xlsx/document-properties.ts';

describe('document properties', () => {
  it('writes the creator, the title (escaped) and the fixed dates in whole seconds, UTC', () => {
    const date = new Date(Date.UTC(2026, 9, 14, 0, 0, 0, 250));
    const xml = corePropertiesXml({
      creator: 'chitieu',
      lastModifiedBy: 'chitieu',
      title: 'Báo cáo <nhanh> & "đủ"',
      created: date,
      modified: date,
    });
    expect(xml).toContain(
      '<dc:creator>chitieu</dc:creator><dc:title>Báo cáo &lt;nhanh&gt; &amp; &quot;đủ&quot;</dc:title>',
    );
    expect(xml).toContain('<cp:lastModifiedBy>chitieu</cp:lastModifiedBy>');
    expect(xml).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-10-14T00:00:00Z</dcterms:created>');
    expect(xml).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-10-14T00:00:00Z</dcterms:modified>');
  });

  it('lists the sheet names', () => {
    const xml = appPropertiesXml(['Năm 2026', 'Giới thiệu']);
    expect(xml).toContain('<vt:i4>2</vt:i4>');
    expect(xml).toContain(
      '<vt:vector size="2" baseType="lpstr"><vt:lpstr>Năm 2026</vt:lpstr><vt:lpstr>Giới thiệu</vt:lpstr></vt:vector>',
    );
  });
});
