import type { XlsxStyle, XlsxWorkbook } from './workbook-model.ts';
import { XML_DECLARATION, xmlText } from './xml-text.ts';

/**
 * Built-in number formats that have an id and are not written into styles.xml (ECMA-376 part 1, 18.8.30
 * numFmt, the table of implied formats); any other code gets an id from 164 on.
 */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
};
const FIRST_CUSTOM_FORMAT = 164;

/** The default font, fills and border every styles.xml starts with (as Excel writes them). */
const DEFAULT_FONT =
  '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>';
const DEFAULT_FILLS = [
  '<fill><patternFill patternType="none"/></fill>',
  '<fill><patternFill patternType="gray125"/></fill>',
];
const DEFAULT_BORDER = '<border><left/><right/><top/><bottom/><diagonal/></border>';

/** The workbook's cell formats: the id of each style, and styles.xml. */
export interface StyleSheet {
  /** The `s` of a cell or row with this style; 0 (the default format) for none. */
  idOf(style: XlsxStyle | undefined): number;
  /** styles.xml. */
  xml: string;
}

/** A list of distinct XML fragments, each with its index in order of first use. */
class Table {
  readonly items: string[];
  readonly index = new Map<string, number>();
  constructor(initial: string[]) {
    this.items = [...initial];
    initial.forEach((x, i) => this.index.set(x, i));
  }
  add(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.items.push(xml) - 1;
      this.index.set(xml, i);
    }
    return i;
  }
}

/**
 * The cell formats of a workbook, numbered in the order they are first used (sheet by sheet, row by row: the
 * row's own style, then its cells from the left), as the cell format records (`cellXfs`, 18.8.10) of
 * styles.xml with their fonts (18.8.23), fills (18.8.21), borders (18.8.5) and number formats (18.8.31).
 * Equal styles share one record, compared by content. Reference: ECMA-376 part 1, 18.8 Styles.
 *
 * @example collectStyles({ sheets: [], properties }).idOf(undefined) // => 0
 */
export function collectStyles(book: XlsxWorkbook): StyleSheet {
  const numFmts = new Map<string, number>();
  const fonts = new Table([DEFAULT_FONT]);
  const fills = new Table(DEFAULT_FILLS);
  const borders = new Table([DEFAULT_BORDER]);
  const xfs = new Table(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  const byObject = new Map<XlsxStyle, number>();

  const add = (style: XlsxStyle): number => {
    let numFmtId = 0;
    if (style.numFmt !== undefined) {
      numFmtId = BUILT_IN_FORMATS[style.numFmt] ?? numFmts.get(style.numFmt) ?? FIRST_CUSTOM_FORMAT + numFmts.size;
      if (BUILT_IN_FORMATS[style.numFmt] === undefined) numFmts.set(style.numFmt, numFmtId);
    }
    const { font, alignment: a } = style;
    const fontId = font
      ? fonts.add(`<font>${font.bold ? '<b/>' : ''}${font.color ? `<color rgb="${font.color}"/>` : ''}</font>`)
      : 0;
    const fillId = style.fill
      ? fills.add(`<fill><patternFill patternType="solid"><fgColor rgb="${style.fill}"/></patternFill></fill>`)
      : 0;
    const borderId = style.bottomBorder
      ? borders.add(`<border><left/><right/><top/><bottom style="${style.bottomBorder}"/><diagonal/></border>`)
      : 0;
    const alignment = a
      ? `<alignment${a.horizontal ? ` horizontal="${a.horizontal}"` : ''}${a.vertical ? ` vertical="${a.vertical}"` : ''}${
          a.wrapText ? ' wrapText="1"' : ''
        }${a.indent ? ` indent="${a.indent}"` : ''}/>`
      : '';
    const applied =
      (numFmtId ? ' applyNumberFormat="1"' : '') +
      (fontId ? ' applyFont="1"' : '') +
      (fillId ? ' applyFill="1"' : '') +
      (borderId ? ' applyBorder="1"' : '') +
      (alignment ? ' applyAlignment="1"' : '');
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}`;
    return xfs.add(alignment ? `${head}>${alignment}</xf>` : `${head}/>`);
  };
  const idOf = (style: XlsxStyle | undefined): number => {
    if (style === undefined) return 0;
    let id = byObject.get(style);
    if (id === undefined) {
      id = add(style);
      byObject.set(style, id);
    }
    return id;
  };

  const seen = new Set<readonly (XlsxStyle | undefined)[]>();
  for (const sheet of book.sheets) {
    for (const row of sheet.rows) {
      idOf(row.style);
      if (row.styles && !seen.has(row.styles)) {
        seen.add(row.styles);
        for (const style of row.styles) idOf(style);
      }
    }
  }

  const formats = [...numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`);
  const xml =
    XML_DECLARATION +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main">' +
    (formats.length ? `<numFmts count="${formats.length}">${formats.join('')}</numFmts>` : '') +
    `<fonts count="${fonts.items.length}" x14ac:knownFonts="1">${fonts.items.join('')}</fonts>` +
    `<fills count="${fills.items.length}">${fills.items.join('')}</fills>` +
    `<borders count="${borders.items.length}">${borders.items.join('')}</borders>` +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.items.length}">${xfs.items.join('')}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
    '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext><ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst>' +
    '</styleSheet>';
  return { idOf, xml };
}
