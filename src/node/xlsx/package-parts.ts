import { XML_DECLARATION } from './xml-text.ts';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** Path of the n-th worksheet part, 1-based. */
export const sheetPath = (n: number) => `xl/worksheets/sheet${n}.xml`;

/**
 * [Content_Types].xml: the media type of every part (ECMA-376 part 2, 10.1.2.2 Content Types Stream).
 *
 * @example contentTypesXml(1).includes('PartName="/xl/worksheets/sheet1.xml"') // => true
 */
export function contentTypesXml(sheets: number): string {
  const overrides = Array.from(
    { length: sheets },
    (_, i) => `<Override PartName="/${sheetPath(i + 1)}" ContentType="${SHEET_TYPE}"/>`,
  ).join('');
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    overrides +
    '<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    '</Types>'
  );
}

/**
 * _rels/.rels: the package's relationships to the workbook and the two property parts (ECMA-376 part 2,
 * 9.3 Relationships; part 1, 11.3.10 Workbook Part).
 */
export const ROOT_RELS_XML =
  `${XML_DECLARATION}<Relationships xmlns="${RELS_NS}">` +
  `<Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="xl/workbook.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  `<Relationship Id="rId3" Type="${DOC_REL}/extended-properties" Target="docProps/app.xml"/>` +
  '</Relationships>';

/**
 * xl/_rels/workbook.xml.rels: the workbook's parts (styles rId1, theme rId2, shared strings rId3, then the
 * sheets from rId4 in order), ECMA-376 part 1, 12.3.23 Workbook Part relationships.
 *
 * @example workbookRelsXml(1).includes('Id="rId4"') // => true
 */
export function workbookRelsXml(sheets: number): string {
  const rel = (id: number, type: string, target: string) =>
    `<Relationship Id="rId${id}" Type="${DOC_REL}/${type}" Target="${target}"/>`;
  const sheetRels = Array.from({ length: sheets }, (_, i) => rel(i + 4, 'worksheet', `worksheets/sheet${i + 1}.xml`));
  return (
    `${XML_DECLARATION}<Relationships xmlns="${RELS_NS}">` +
    rel(1, 'styles', 'styles.xml') +
    rel(2, 'theme', 'theme/theme1.xml') +
    rel(3, 'sharedStrings', 'sharedStrings.xml') +
    sheetRels.join('') +
    '</Relationships>'
  );
}
