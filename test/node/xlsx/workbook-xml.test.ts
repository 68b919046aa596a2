import { describe, expect, it } from 'vitest';
import type { XlsxPrint } from '../../../src/node/xlsx/workbook-model.ts';
import { workbookXml } from '../../../src/node/xlsx/workbook-xml.ts';

const print: XlsxPrint = {
  paperSize: 9,
  orientation: 'landscape',
  fitToWidth: 1,
  fitToHeight: 0,
  areaColumns: 15,
  titleRows: 1,
};
const rows = (n: number) => Array.from({ length: n }, () => ({ values: [1] }));

describe('workbookXml', () => {
  it('lists the sheets in order, with the print area and the rows printed on every page, absolute both ways', () => {
    const xml = workbookXml([
      { name: 'Năm 2024', widths: [], rows: rows(309), print },
      { name: 'Giới thiệu', widths: [], rows: rows(7) },
    ]);
    expect(xml).toContain(
      '<sheets><sheet sheetId="1" name="Năm 2024" state="visible" r:id="rId4"/>' +
        '<sheet sheetId="2" name="Giới thiệu" state="visible" r:id="rId5"/></sheets>',
    );
    expect(xml).toContain(
      '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Năm 2024&apos;!$A$1:$O$309</definedName>' +
        '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Năm 2024&apos;!$1:$1</definedName></definedNames>',
    );
  });

  it('doubles an apostrophe in a sheet name and escapes markup; no defined names when nothing is printed', () => {
    const xml = workbookXml([{ name: `O'Neil & <Co>`, widths: [], rows: rows(2), print }]);
    expect(xml).toContain('name="O&apos;Neil &amp; &lt;Co&gt;"');
    expect(xml).toContain('>&apos;O&apos;&apos;Neil &amp; &lt;Co&gt;&apos;!$A$1:$O$2</definedName>');
    expect(workbookXml([{ name: 'S', widths: [], rows: rows(1) }])).not.toContain('definedNames');
  });
});
