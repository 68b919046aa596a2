/**
 * A table as a CSV file a spreadsheet opens right: UTF-8 with a byte-order mark (Excel then reads Vietnamese
 * letters), comma separated, CRLF line ends, fields quoted as RFC 4180 says, numbers as plain numbers
 * (`0.9315`, `-0.05`: no thousands separator, no percent sign, no decimal comma, so Excel in any locale reads
 * them as numbers), and text that would start a formula made inert.
 *
 * Reference: RFC 4180; OWASP, "CSV Injection" (a cell starting with `= + - @`, a tab or a carriage return is
 * read as a formula: it gets a leading single quote).
 */

/** A cell: a number written as JavaScript prints it, text quoted when needed, null empty. */
export type CsvCell = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text made inert for a spreadsheet: a single quote before a leading `= + - @`, tab or carriage return (the
 * CSV, the workbooks and the forms all pass their text cells through it; numbers are never touched).
 *
 * @example neutraliseText('=HYPERLINK("http://x")') // => '\'=HYPERLINK("http://x")'
 * @example neutraliseText('Huyện A') // => 'Huyện A'
 */
export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One CSV field. A number that is not finite is written empty (a spreadsheet has no NaN).
 *
 * @example csvCell('a,b') // => '"a,b"'
 * @example csvCell(-0.05) // => '-0.05'
 * @example csvCell('=1+1') // => "'=1+1"
 */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return String(value);
  const text = neutraliseText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document, header first.
 *
 * @example csvDocument(['năm', 'tỉ lệ'], [[2025, 0.9]]) // => '\uFEFFnăm,tỉ lệ\r\n2025,0.9\r\n'
 */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return csvRows([header, ...rows]);
}

/**
 * A CSV document of rows as given (a header, if any, is the first row).
 *
 * @example csvRows([['a', 1]]) // => '\uFEFFa,1\r\n'
 */
export function csvRows(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
