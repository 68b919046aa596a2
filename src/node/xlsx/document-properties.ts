import type { XlsxProperties } from './workbook-model.ts';
import { XML_DECLARATION, xmlText } from './xml-text.ts';

/** A date as the core properties write it: W3CDTF, whole seconds, UTC. */
const w3cdtf = (date: Date) => date.toISOString().replace(/\.\d{3}/, '');

/**
 * docProps/core.xml: creator, title, last modified by, and the fixed creation and modification dates (ECMA-376
 * part 2, 11 Core Properties).
 *
 * @example corePropertiesXml({ creator: 'chitieu', lastModifiedBy: 'chitieu', title: 'T', created: new Date(0), modified: new Date(0) }).includes('<dcterms:created xsi:type="dcterms:W3CDTF">1970-01-01T00:00:00Z</dcterms:created>') // => true
 */
export function corePropertiesXml(p: XlsxProperties): string {
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${xmlText(p.creator)}</dc:creator><dc:title>${xmlText(p.title)}</dc:title>` +
    '<dc:subject></dc:subject><dc:description></dc:description><cp:keywords></cp:keywords><cp:category></cp:category>' +
    `<cp:lastModifiedBy>${xmlText(p.lastModifiedBy)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(p.created)}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(p.modified)}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * docProps/app.xml: the application's properties with the list of sheet names (ECMA-376 part 1, 22.2
 * Extended Properties), as exceljs wrote them.
 *
 * @example appPropertiesXml(['S']).includes('<vt:lpstr>S</vt:lpstr>') // => true
 */
export function appPropertiesXml(sheetNames: readonly string[]): string {
  const n = sheetNames.length;
  return (
    `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${n}" baseType="lpstr">${sheetNames.map((s) => `<vt:lpstr>${xmlText(s)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts>` +
    '<Company></Company><Manager></Manager><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion>' +
    '</Properties>'
  );
}
