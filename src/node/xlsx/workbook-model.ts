/**
 * What {@link writeXlsx} (write-xlsx.ts) writes: a workbook as plain data. Only what the toolkit's workbooks
 * use is modelled: text and number cells, a few cell styles, column widths, a frozen pane, a filter on the
 * header row, print setup, header and footer, and the document's properties.
 */

/** A cell's value: text (a shared string), a number, or nothing (the cell is written only when it has a style). */
export type XlsxValue = string | number | null;

/**
 * A cell's or a row's format (ECMA-376 part 1, 18.8.45 xf and 18.8.22 font, 18.8.20 fill, 18.8.4 border,
 * 18.8.1 alignment). Styles are compared by content: two equal objects are one `xf` of styles.xml.
 */
export interface XlsxStyle {
  /** Number format code, e.g. '#,##0' or '0.0 %'; a built-in code is written by its id (18.8.30). */
  numFmt?: string;
  font?: { bold?: boolean; /** ARGB, e.g. 'FF17602F'. */ color?: string };
  /** Solid fill, ARGB. */
  fill?: string;
  /** A thin line under the cell. */
  bottomBorder?: 'thin';
  alignment?: {
    horizontal?: 'left' | 'right' | 'center';
    vertical?: 'top' | 'center' | 'bottom';
    wrapText?: boolean;
    /** In steps of three spaces; 0 or missing: none. */
    indent?: number;
  };
}

/** One row: its values from column A on, the style of each cell, and the row's own style and height. */
export interface XlsxRow {
  values: readonly XlsxValue[];
  /** Per cell, the same length as `values` or shorter; rows may share one array. */
  styles?: readonly (XlsxStyle | undefined)[];
  /** The row's style (`s` with `customFormat`): what a cell typed into the row later gets. */
  style?: XlsxStyle;
  /** Height in points (`ht` with `customHeight`). */
  height?: number;
}

/** Printing one sheet (18.3.1.63 pageSetup, 18.3.1.70 printOptions, 18.3.1.62 pageMargins, 18.3.1.46 headerFooter). */
export interface XlsxPrint {
  /** 9: A4 (the paper sizes listed under 18.3.1.63). */
  paperSize: number;
  orientation: 'portrait' | 'landscape';
  /** Fit to this many pages wide and tall (0: as many as needed); `fitToPage` is set. */
  fitToWidth: number;
  fitToHeight: number;
  /** The printed columns, 1 to this one, of every row: `_xlnm.Print_Area`. */
  areaColumns?: number;
  /** The rows 1 to this one are printed on every page: `_xlnm.Print_Titles`. */
  titleRows?: number;
  horizontalCentered?: boolean;
  /** Inches. */
  margins?: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Header and footer with their codes (&C centre, &B bold, &P page, &N pages: 18.3.1.46). */
  oddHeader?: string;
  oddFooter?: string;
}

/** One worksheet. */
export interface XlsxSheet {
  name: string;
  /** Column widths in characters, from column A; null: the sheet's default width. */
  widths: readonly (number | null)[];
  rows: readonly XlsxRow[];
  /** Columns and rows frozen at the top left (18.3.1.66 pane, state frozen). */
  frozen?: { columns: number; rows: number };
  /** A filter on the first row over this many columns (18.3.1.2 autoFilter). */
  filterColumns?: number;
  print?: XlsxPrint;
}

/** The document's properties (ECMA-376 part 2, 11: core properties). */
export interface XlsxProperties {
  creator: string;
  lastModifiedBy: string;
  title: string;
  created: Date;
  modified: Date;
}

/** A workbook: its sheets in order and its properties. */
export interface XlsxWorkbook {
  sheets: readonly XlsxSheet[];
  properties: XlsxProperties;
}
