import { XML_DECLARATION, xmlText } from './xml-text.ts';

/** The workbook's text cells: each distinct text once, numbered in order of first use, and how many cells use one. */
export interface SharedStrings {
  index: Map<string, number>;
  /** Text cells written (the `count` of the table). */
  count: number;
}

/** An empty table, filled by {@link sharedString} as the sheets are written. */
export function emptySharedStrings(): SharedStrings {
  return { index: new Map(), count: 0 };
}

/**
 * The index of a text in the table (the `<v>` of a cell with `t="s"`), added at the end if new.
 * Reference: ECMA-376 part 1, 18.4 Shared String Table; 18.3.1.4 c (Cell), 18.18.11 ST_CellType.
 *
 * @example sharedString(emptySharedStrings(), 'Tỉnh') // => 0
 */
export function sharedString(strings: SharedStrings, text: string): number {
  strings.count++;
  let i = strings.index.get(text);
  if (i === undefined) {
    i = strings.index.size;
    strings.index.set(text, i);
  }
  return i;
}

/** A string item's text element: with `xml:space="preserve"` when spaces at either end or a line break must be kept. */
const textElement = (text: string) =>
  /^\s|\n|\s$/.test(text) ? `<t xml:space="preserve">${xmlText(text)}</t>` : `<t>${xmlText(text)}</t>`;

/**
 * xl/sharedStrings.xml: the `sst` element with its `si` items in index order (ECMA-376 part 1, 18.4.9 sst,
 * 18.4.8 si, 18.4.12 t).
 *
 * @example sharedStringsXml({ index: new Map([['a', 0]]), count: 2 }).endsWith('count="2" uniqueCount="1"><si><t>a</t></si></sst>') // => true
 */
export function sharedStringsXml(strings: SharedStrings): string {
  const items: string[] = [];
  for (const text of strings.index.keys()) items.push(`<si>${textElement(text)}</si>`);
  return (
    XML_DECLARATION +
    `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.count}" uniqueCount="${items.length}">` +
    `${items.join('')}</sst>`
  );
}
