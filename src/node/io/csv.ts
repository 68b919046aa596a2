/**
 * A small RFC 4180 CSV parser that remembers where every record starts.
 *
 * Fields may be quoted (`"a, b"`), with a doubled quote standing for one (`"say ""hi"""`) and
 * line breaks inside. Records end at LF, CRLF or a lone CR; a final line break adds no record. The
 * delimiter is a comma or, as spreadsheet programs in a Vietnamese locale write it, a semicolon,
 * told from the header row. A UTF-8 byte-order mark is skipped. Two liberties beyond RFC 4180:
 * spaces after a closing quote are skipped, and a quote inside an unquoted field is kept as text.
 *
 * Reference: RFC 4180, "Common Format and MIME Type for Comma-Separated Values (CSV) Files" (2005).
 */
import { countLineBreaks } from './decode.ts';

export type Delimiter = ',' | ';';

/** One record and the physical line (1-based, line breaks inside quotes counted) it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Malformed quoting, at the field where it happens. */
export interface CsvSyntaxError {
  kind: 'unterminated_quote' | 'text_after_quote';
  line: number;
  /** 1-based field position in the record. */
  column: number;
}

export interface CsvParseResult {
  delimiter: Delimiter;
  records: CsvRecord[];
  errors: CsvSyntaxError[];
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const BOM = 0xfeff;

/**
 * Tells the delimiter from the first record: a semicolon when it holds more semicolons than commas
 * outside quotes, otherwise a comma.
 *
 * @example
 * detectDelimiter('year;area_code;occurred\n2024;42;"1,5"'); // => ';'
 */
export function detectDelimiter(text: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (c === LF || c === CR) break;
    else if (c === 44) commas++;
    else if (c === 59) semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Parses CSV text into records of raw (untrimmed) fields.
 *
 * Lines without a quote take a fast path (one native `split`); a record with a quote anywhere is
 * read character by character.
 *
 * @example
 * parseCsv('a,b\r\n"x\ny",2\n').records;
 * // => [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['x\ny', '2'] }]
 */
export function parseCsv(text: string, delimiter: Delimiter = detectDelimiter(text)): CsvParseResult {
  const records: CsvRecord[] = [];
  const errors: CsvSyntaxError[] = [];
  const n = text.length;
  let i = n > 0 && text.charCodeAt(0) === BOM ? 1 : 0;
  let line = 1;
  // The fast path splits lines at LF; a lone CR (old Mac line end) sends every record the slow way.
  const loneCr = /\r(?!\n)/.test(text);
  let nextQuote = -1;
  while (i < n) {
    if (!loneCr) {
      if (nextQuote < i) {
        nextQuote = text.indexOf('"', i);
        if (nextQuote === -1) nextQuote = n;
      }
      let end = text.indexOf('\n', i);
      if (end === -1) end = n;
      if (end < nextQuote) {
        const stop = end > i && text.charCodeAt(end - 1) === CR ? end - 1 : end;
        records.push({ line, fields: text.slice(i, stop).split(delimiter) });
        line++;
        i = end + 1;
        continue;
      }
    }
    const record = readRecord(text, i, line, delimiter.charCodeAt(0), errors);
    records.push({ line, fields: record.fields });
    i = record.next;
    line = record.nextLine;
  }
  return { delimiter, records, errors };
}

/** Reads one record from `start`, field by field; returns it with where the next one starts. */
function readRecord(
  text: string,
  start: number,
  startLine: number,
  d: number,
  errors: CsvSyntaxError[],
): { fields: string[]; next: number; nextLine: number } {
  const n = text.length;
  const fields: string[] = [];
  let i = start;
  let line = startLine;
  for (;;) {
    if (i < n && text.charCodeAt(i) === QUOTE) {
      // A quoted field: runs to the next quote that is not doubled.
      const column = fields.length + 1;
      const quoteLine = line;
      let value = '';
      let segment = ++i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          errors.push({ kind: 'unterminated_quote', line: quoteLine, column });
          line += countLineBreaks(text, i, n);
          value += text.slice(segment);
          i = n;
          break;
        }
        line += countLineBreaks(text, i, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += text.slice(segment, q + 1);
          i = segment = q + 2;
          continue;
        }
        value += text.slice(segment, q);
        i = q + 1;
        break;
      }
      while (i < n && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
      if (i < n) {
        const c = text.charCodeAt(i);
        if (c !== d && c !== LF && c !== CR) {
          errors.push({ kind: 'text_after_quote', line, column });
          while (i < n) {
            const c2 = text.charCodeAt(i);
            if (c2 === d || c2 === LF || c2 === CR) break;
            i++;
          }
        }
      }
      fields.push(value);
    } else {
      // An unquoted field: runs to the delimiter or the end of the line.
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === d || c === LF || c === CR) break;
        j++;
      }
      fields.push(text.slice(i, j));
      i = j;
    }

    if (i >= n) return { fields, next: n, nextLine: line };
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      continue;
    }
    // A line break ends the record.
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    return { fields, next: i, nextLine: line + 1 };
  }
}
