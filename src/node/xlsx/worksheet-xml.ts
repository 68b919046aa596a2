import { columnLetter } from './column-letter.ts';
import { sharedString, type SharedStrings } from './shared-strings.ts';
import type { StyleSheet } from './style-sheet.ts';
import type { XlsxRow, XlsxSheet } from './workbook-model.ts';
import { XML_DECLARATION, xmlText } from './xml-text.ts';

const HEAD =
  XML_DECLARATION +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">';

/** `cols` (18.3.1.17): one `col` (18.3.1.13) per run of neighbouring columns of one width; default widths left out. */
function colsXml(widths: readonly (number | null)[]): string {
  const cols: string[] = [];
  for (let i = 0; i < widths.length;) {
    const width = widths[i];
    let j = i + 1;
    while (j < widths.length && widths[j] === width) j++;
    if (width !== null && width !== undefined)
      cols.push(`<col min="${i + 1}" max="${j}" width="${width}" customWidth="1"/>`);
    i = j;
  }
  return cols.length ? `<cols>${cols.join('')}</cols>` : '';
}

/** One `row` (18.3.1.73) with its cells (18.3.1.4): text as shared strings, numbers as they are, empty cells only when styled. */
function rowXml(
  row: XlsxRow,
  r: number,
  columns: number,
  letters: readonly string[],
  styles: StyleSheet,
  strings: SharedStrings,
): string {
  const rowStyle = styles.idOf(row.style);
  let xml =
    `<row r="${r}"${row.height !== undefined ? ` ht="${row.height}" customHeight="1"` : ''} spans="1:${columns}"` +
    `${rowStyle ? ` s="${rowStyle}" customFormat="1"` : ''} x14ac:dyDescent="0.25">`;
  const { values, styles: cellStyles } = row;
  for (let c = 0; c < values.length; c++) {
    const value = values[c];
    const s = styles.idOf(cellStyles?.[c]);
    const ref = `${letters[c]}${r}`;
    const style = s ? ` s="${s}"` : '';
    if (typeof value === 'string') xml += `<c r="${ref}"${style} t="s"><v>${sharedString(strings, value)}</v></c>`;
    else if (typeof value === 'number' && Number.isFinite(value)) xml += `<c r="${ref}"${style}><v>${value}</v></c>`;
    else if (s) xml += `<c r="${ref}"${style}/>`;
  }
  return `${xml}</row>`;
}

/**
 * xl/worksheets/sheetN.xml: the sheet's view (a frozen pane), column widths, rows, filter and print setup,
 * in the order of the `worksheet` element's schema (ECMA-376 part 1, 18.3.1.99: sheetPr, dimension,
 * sheetViews, sheetFormatPr, cols, sheetData, autoFilter, printOptions, pageMargins, pageSetup, headerFooter).
 * Text goes into `strings` (the workbook's shared string table) in the order it is met. A number that is not
 * finite is written as an empty cell (a spreadsheet has no NaN).
 *
 * @example worksheetXml({ name: 'S', widths: [], rows: [{ values: [1] }] }, styles, strings).includes('<c r="A1"><v>1</v></c>') // => true
 */
export function worksheetXml(sheet: XlsxSheet, styles: StyleSheet, strings: SharedStrings): string {
  const columns = Math.max(1, ...sheet.rows.map((r) => r.values.length));
  const letters = Array.from({ length: columns }, (_, i) => columnLetter(i + 1));
  const lastColumn = letters[columns - 1] as string;
  const print = sheet.print;
  const parts: string[] = [HEAD];
  if (print) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  parts.push(`<dimension ref="A1:${lastColumn}${Math.max(1, sheet.rows.length)}"/>`);
  if (sheet.frozen) {
    const { columns: x, rows: y } = sheet.frozen;
    parts.push(
      `<sheetViews><sheetView workbookViewId="0"><pane xSplit="${x}" ySplit="${y}" topLeftCell="${columnLetter(x + 1)}${y + 1}" activePane="bottomRight" state="frozen"/>` +
        '<selection pane="bottomRight"/></sheetView></sheetViews>',
    );
  }
  parts.push('<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>');
  parts.push(colsXml(sheet.widths));
  parts.push('<sheetData>');
  sheet.rows.forEach((row, i) => parts.push(rowXml(row, i + 1, columns, letters, styles, strings)));
  parts.push('</sheetData>');
  if (sheet.filterColumns) parts.push(`<autoFilter ref="A1:${columnLetter(sheet.filterColumns)}1"/>`);
  if (print) {
    if (print.horizontalCentered) parts.push('<printOptions horizontalCentered="1"/>');
    const m = print.margins;
    if (m)
      parts.push(
        `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`,
      );
    parts.push(
      `<pageSetup paperSize="${print.paperSize}" orientation="${print.orientation}" fitToWidth="${print.fitToWidth}" fitToHeight="${print.fitToHeight}"/>`,
    );
    if (print.oddHeader !== undefined || print.oddFooter !== undefined)
      parts.push(
        '<headerFooter>' +
          (print.oddHeader !== undefined ? `<oddHeader>${xmlText(print.oddHeader)}</oddHeader>` : '') +
          (print.oddFooter !== undefined ? `<oddFooter>${xmlText(print.oddFooter)}</oddFooter>` : '') +
          '</headerFooter>',
      );
  }
  parts.push('</worksheet>');
  return parts.join('');
}
