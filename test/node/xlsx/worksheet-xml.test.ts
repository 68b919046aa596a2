import { describe, expect, it } from 'vitest';
import { emptySharedStrings, sharedStringsXml } from '../../../src/node/xlsx/shared-strings.ts';
import { collectStyles } from '../../../src/node/xlsx/style-sheet.ts';
import type { XlsxSheet, XlsxStyle } from '../../../src/node/xlsx/workbook-model.ts';
import { worksheetXml } from '../../../src/node/xlsx/worksheet-xml.ts';

const properties = { creator: 'c', lastModifiedBy: 'c', title: 't', created: new Date(0), modified: new Date(0) };
/** The sheet's XML and the shared strings it added. */
function write(sheet: XlsxSheet): { xml: string; strings: string } {
  const styles = collectStyles({ sheets: [sheet], properties });
  const strings = emptySharedStrings();
  const xml = worksheetXml(sheet, styles, strings);
  return { xml, strings: sharedStringsXml(strings) };
}

describe('worksheetXml', () => {
  const count: XlsxStyle = { numFmt: '#,##0' };

  it('writes text as shared strings, numbers as numbers, an empty cell only when it has a format', () => {
    const { xml, strings } = write({
      name: 'S',
      widths: [],
      rows: [
        { values: ['Tỉnh', 0.052, 1234, null, null, '', 'Tỉnh', -0], styles: [undefined, undefined, count, count] },
      ],
    });
    expect(xml).toContain(
      '<row r="1" spans="1:8" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>0.052</v></c>' +
        '<c r="C1" s="1"><v>1234</v></c><c r="D1" s="1"/><c r="F1" t="s"><v>1</v></c><c r="G1" t="s"><v>0</v></c>' +
        '<c r="H1"><v>0</v></c></row>',
    );
    expect(strings).toContain('count="3" uniqueCount="2"><si><t>Tỉnh</t></si><si><t></t></si></sst>');
  });

  it('writes a number that is not finite as an empty cell (a spreadsheet has no NaN)', () => {
    const { xml } = write({ name: 'S', widths: [], rows: [{ values: [NaN, Infinity, 1], styles: [count] }] });
    expect(xml).toContain('<c r="A1" s="1"/><c r="C1"><v>1</v></c></row>');
  });

  it('keeps a number a number whatever its size, and text that looks like a number text', () => {
    const { xml } = write({ name: 'S', widths: [], rows: [{ values: [1e-7, 123456789012, '42'] }] });
    expect(xml).toContain('<c r="A1"><v>1e-7</v></c><c r="B1"><v>123456789012</v></c><c r="C1" t="s"><v>0</v></c>');
  });

  it('writes the frozen pane, the widths by runs, the row style and height, and the filter', () => {
    const bold: XlsxStyle = { font: { bold: true } };
    const { xml } = write({
      name: 'S',
      widths: [7, 22, null, 15, 15, null],
      rows: [{ values: ['a', 'b', 'c', 'd', 'e', 'f'], style: bold, height: 30 }, { values: [1, 2] }],
      frozen: { columns: 2, rows: 1 },
      filterColumns: 6,
    });
    expect(xml).toContain('<dimension ref="A1:F2"/>');
    expect(xml).toContain(
      '<sheetViews><sheetView workbookViewId="0"><pane xSplit="2" ySplit="1" topLeftCell="C2" activePane="bottomRight" state="frozen"/>',
    );
    expect(xml).toContain(
      '<cols><col min="1" max="1" width="7" customWidth="1"/><col min="2" max="2" width="22" customWidth="1"/>' +
        '<col min="4" max="5" width="15" customWidth="1"/></cols>',
    );
    expect(xml).toContain(
      '<row r="1" ht="30" customHeight="1" spans="1:6" s="1" customFormat="1" x14ac:dyDescent="0.25">',
    );
    expect(xml).toContain('<row r="2" spans="1:6" x14ac:dyDescent="0.25">');
    expect(xml).toContain('</sheetData><autoFilter ref="A1:F1"/>');
    expect(xml).not.toContain('<sheetPr>');
  });

  it('writes the print setup, and the header and footer escaped, in the schema order', () => {
    const { xml } = write({
      name: 'S',
      widths: [],
      rows: [{ values: ['a'] }],
      print: {
        paperSize: 9,
        orientation: 'landscape',
        fitToWidth: 1,
        fitToHeight: 0,
        areaColumns: 1,
        titleRows: 1,
        horizontalCentered: true,
        margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
        oddHeader: '&C&BA && <B> "C"',
        oddFooter: '&CTrang &P/&N',
      },
    });
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:A1"/>');
    expect(xml).toContain(
      '</sheetData><printOptions horizontalCentered="1"/>' +
        '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
        '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
        '<headerFooter><oddHeader>&amp;C&amp;BA &amp;&amp; &lt;B&gt; &quot;C&quot;</oddHeader>' +
        '<oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter></headerFooter></worksheet>',
    );
  });
});
