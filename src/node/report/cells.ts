/**
 * Cells of the CSV and workbook outputs, made safe to open in a spreadsheet.
 *
 * A text cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage return) is read as a formula by
 * spreadsheet programs, so an area named `=HYPERLINK(...)` in the data could run in the reader's Excel.
 * Such text gets a leading single quote. Numbers the toolkit computed are written as numbers and are
 * never touched: only text can carry a formula.
 *
 * Reference: OWASP, "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection).
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text made inert for a spreadsheet: a single quote before a leading `= + - @`, tab or carriage return.
 *
 * @example neutraliseText('=HYPERLINK("http://x")') // => '\'=HYPERLINK("http://x")'
 * @example neutraliseText('Huyện A') // => 'Huyện A'
 */
export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell of the CSV output: a number as JavaScript prints it, text neutralised and quoted when needed. */
export type CsvValue = string | number | boolean | null;

/**
 * One CSV field (RFC 4180): null is empty; text is neutralised, then quoted when it holds a comma, a quote
 * or a line break.
 *
 * @example csvField('a,b') // => '"a,b"'
 * @example csvField(-0.05) // => '-0.05'
 */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = neutraliseText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document: UTF-8 with a byte-order mark (so that Excel reads Vietnamese letters right), comma
 * separated, CRLF line ends (RFC 4180).
 *
 * @example toCsv([['a', 1]]) // => '\uFEFFa,1\r\n'
 */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
