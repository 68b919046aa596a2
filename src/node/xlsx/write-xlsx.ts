import { writeZip } from '../zip/write-zip.ts';
import type { ZipEntry } from '../zip/read-zip.ts';
import { OFFICE_THEME_XML } from './office-theme.ts';
import { ROOT_RELS_XML, contentTypesXml, sheetPath, workbookRelsXml } from './package-parts.ts';
import { appPropertiesXml, corePropertiesXml } from './document-properties.ts';
import { emptySharedStrings, sharedStringsXml } from './shared-strings.ts';
import { collectStyles } from './style-sheet.ts';
import type { XlsxWorkbook } from './workbook-model.ts';
import { workbookXml } from './workbook-xml.ts';
import { worksheetXml } from './worksheet-xml.ts';

/** How {@link writeXlsx} packs the parts: zlib's deflate level (default 6). */
export interface WriteXlsxOptions {
  level?: number;
}

/**
 * A workbook as .xlsx bytes: the SpreadsheetML parts (ECMA-376 part 1, 12.2 and 18: workbook, one worksheet
 * per sheet, shared strings, styles, theme; part 2: content types, relationships, core properties) packed
 * with {@link writeZip}, every entry dated 1980-01-01, in the order exceljs 4.4 wrote them. Nothing depends
 * on the clock: the same workbook gives the same bytes.
 *
 * @example readZip(writeXlsx(book)).map((e) => e.name)[0] // => '[Content_Types].xml'
 */
export function writeXlsx(book: XlsxWorkbook, options: WriteXlsxOptions = {}): Buffer {
  const styles = collectStyles(book);
  const strings = emptySharedStrings();
  const sheets = book.sheets.map((sheet) => worksheetXml(sheet, styles, strings));
  const text = (name: string, xml: string): ZipEntry => ({ name, data: Buffer.from(xml, 'utf8') });
  const entries: ZipEntry[] = [
    text('[Content_Types].xml', contentTypesXml(sheets.length)),
    text('_rels/.rels', ROOT_RELS_XML),
    text('xl/_rels/workbook.xml.rels', workbookRelsXml(sheets.length)),
    ...sheets.map((xml, i) => text(sheetPath(i + 1), xml)),
    text('xl/sharedStrings.xml', sharedStringsXml(strings)),
    text('xl/theme/theme1.xml', OFFICE_THEME_XML),
    text('xl/styles.xml', styles.xml),
    text('docProps/app.xml', appPropertiesXml(book.sheets.map((s) => s.name))),
    text('docProps/core.xml', corePropertiesXml(book.properties)),
    text('xl/workbook.xml', workbookXml(book.sheets)),
  ];
  return writeZip(entries, { level: options.level ?? 6 });
}
