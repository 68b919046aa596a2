import { columnLetter } from './column-letter.ts';
import type { XlsxSheet } from './workbook-model.ts';
import { XML_DECLARATION, xmlText } from './xml-text.ts';

const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A sheet's name in a formula: in apostrophes, an apostrophe inside doubled (ECMA-376 part 1, 18.17.2.3). */
const sheetRef = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * xl/workbook.xml: the sheets in order and the defined names that print them, `_xlnm.Print_Area` (the
 * printed columns of every row) and `_xlnm.Print_Titles` (rows repeated on every page), absolute both ways
 * as Excel writes them. Reference: ECMA-376 part 1, 18.2.27 workbook, 18.2.5 definedName and 18.2.6
 * (the built-in names).
 *
 * @example workbookXml([{ name: 'S', widths: [], rows: [] }]).includes('<sheet sheetId="1" name="S" state="visible" r:id="rId4"/>') // => true
 */
export function workbookXml(sheets: readonly XlsxSheet[]): string {
  const names: string[] = [];
  sheets.forEach((sheet, i) => {
    const print = sheet.print;
    const ref = sheetRef(sheet.name);
    if (print?.areaColumns)
      names.push(
        `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${xmlText(`${ref}!$A$1:$${columnLetter(print.areaColumns)}$${Math.max(1, sheet.rows.length)}`)}</definedName>`,
      );
    if (print?.titleRows)
      names.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(`${ref}!$1:$${print.titleRows}`)}</definedName>`,
      );
  });
  const sheetList = sheets
    .map((s, i) => `<sheet sheetId="${i + 1}" name="${xmlText(s.name)}" state="visible" r:id="rId${i + 4}"/>`)
    .join('');
  return (
    `${XML_DECLARATION}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${DOC_REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">` +
    '<fileVersion appName="xl" lastEdited="5" lowestEdited="5" rupBuild="9303"/><workbookPr defaultThemeVersion="164011" filterPrivacy="1"/>' +
    `<sheets>${sheetList}</sheets>` +
    (names.length ? `<definedNames>${names.join('')}</definedNames>` : '') +
    '<calcPr calcId="171027"/></workbook>'
  );
}
