import { describe, expect, it } from 'vitest';
import { collectStyles } from '../../../src/node/xlsx/style-sheet.ts';
import type { XlsxStyle, XlsxWorkbook } from '../../../src/node/xlsx/workbook-model.ts';

const properties = { creator: 'c', lastModifiedBy: 'c', title: 't', created: new Date(0), modified: new Date(0) };
const book = (rows: XlsxWorkbook['sheets'][number]['rows']): XlsxWorkbook => ({
  sheets: [{ name: 'S', widths: [], rows }],
  properties,
});

describe('collectStyles', () => {
  it('numbers the formats in order of first use, the row before its cells, equal styles once', () => {
    const bold: XlsxStyle = { font: { bold: true } };
    const percent: XlsxStyle = { numFmt: '0.0 %' };
    const count: XlsxStyle = { numFmt: '#,##0' };
    const styles = collectStyles(
      book([
        { values: ['a', 'b'], style: bold, styles: [{ font: { bold: true }, fill: 'FFEFEFEF', bottomBorder: 'thin' }] },
        { values: [1, 2, 3], styles: [percent, count, { numFmt: '0.0 %' }] },
      ]),
    );
    expect(styles.idOf(undefined)).toBe(0);
    expect(styles.idOf(bold)).toBe(1);
    expect(styles.idOf(percent)).toBe(3);
    expect(styles.idOf(count)).toBe(4);
    expect(styles.idOf({ numFmt: '0.0 %' })).toBe(3);
    expect(styles.idOf({})).toBe(0);
  });

  it('writes custom number formats from id 164, built-in ones by their id, and the fonts, fills and borders used', () => {
    const { xml } = collectStyles(
      book([
        {
          values: [1, 2, 3, 4],
          styles: [
            { numFmt: '+0.0 %;-0.0 %;0.0 %' },
            { numFmt: '#,##0' },
            { font: { color: 'FF9F1D1D' }, alignment: { horizontal: 'left', indent: 1 } },
            { fill: 'FFEFEFEF', bottomBorder: 'thin', alignment: { vertical: 'top', wrapText: true } },
          ],
        },
      ]),
    );
    expect(xml).toContain('<numFmts count="1"><numFmt numFmtId="164" formatCode="+0.0 %;-0.0 %;0.0 %"/></numFmts>');
    expect(xml).toContain('<fonts count="2" x14ac:knownFonts="1">');
    expect(xml).toContain('<font><color rgb="FF9F1D1D"/></font></fonts>');
    expect(xml).toContain(
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
        '<fill><patternFill patternType="solid"><fgColor rgb="FFEFEFEF"/></patternFill></fill></fills>',
    );
    expect(xml).toContain('<border><left/><right/><top/><bottom style="thin"/><diagonal/></border></borders>');
    expect(xml).toContain(
      '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
        '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="left" indent="1"/></xf>' +
        '<xf numFmtId="0" fontId="0" fillId="2" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
        '</cellXfs>',
    );
  });

  it('escapes a number format code', () => {
    expect(collectStyles(book([{ values: [1], styles: [{ numFmt: '0 "<ha>"' }] }])).xml).toContain(
      'formatCode="0 &quot;&lt;ha&gt;&quot;"',
    );
  });
});
