import { describe, expect, it } from 'vitest';
import { ROOT_RELS_XML, contentTypesXml, sheetPath, workbookRelsXml } from '../../../src/node/xlsx/package-parts.ts';

describe('package parts', () => {
  it('gives every sheet a content type and a relationship, after styles, theme and shared strings', () => {
    expect(sheetPath(2)).toBe('xl/worksheets/sheet2.xml');
    const types = contentTypesXml(2);
    expect(types.match(/spreadsheetml\.worksheet\+xml/g)).toHaveLength(2);
    expect(types).toContain('<Override PartName="/xl/worksheets/sheet2.xml"');
    for (const part of [
      '/xl/workbook.xml',
      '/xl/styles.xml',
      '/xl/sharedStrings.xml',
      '/xl/theme/theme1.xml',
      '/docProps/core.xml',
      '/docProps/app.xml',
    ])
      expect(types).toContain(`PartName="${part}"`);
    const rels = workbookRelsXml(2);
    expect(rels).toContain(
      'Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"',
    );
    expect(rels).toContain(
      'Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"',
    );
    expect(ROOT_RELS_XML).toContain('Target="xl/workbook.xml"');
  });
});
