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

/** Malformed quoting, at the field where it happens; or a record with more fields than any sheet holds. */
export interface CsvSyntaxError {
  kind: 'unterminated_quote' | 'text_after_quote' | 'too_many_fields';
  line: number;
  /** 1-based field position in the record (for `too_many_fields`, the first field past the limit). */
  column: number;
}

/**
 * Most fields a record may hold: 16,384, the columns of an Excel sheet. A record with more is reported
 * and dropped unread, so that a line of 50 million commas costs no 50-million-item array.
 */
export const MAX_FIELDS = 16_384;

/** Receives what `scanCsv` reads, one record or problem at a time, in the order of the text. */
export interface CsvVisitor {
  /** A record; `broken` when a syntax error was reported inside it (its shape cannot be trusted). */
  record(line: number, fields: string[], broken: boolean): void;
  error(error: CsvSyntaxError): void;
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
 * @example
 * parseCsv('a,b\r\n"x\ny",2\n').records;
 * // => [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['x\ny', '2'] }]
 */
export function parseCsv(text: string, delimiter: Delimiter = detectDelimiter(text)): CsvParseResult {
  const records: CsvRecord[] = [];
  const errors: CsvSyntaxError[] = [];
  scanCsv(text, delimiter, { record: (line, fields) => records.push({ line, fields }), error: (e) => errors.push(e) });
  return { delimiter, records, errors };
}

/**
 * Reads CSV text record by record, handing each to `visit` and keeping none: the memory a file
 * costs is what the visitor keeps.
 *
 * Lines without a quote take a fast path (one native `split`); a record with a quote anywhere is
 * read character by character.
 *
 * @example
 * scanCsv('a,b\n1,2\n', ',', { record: (line, fields) => console.log(line, fields), error: () => {} });
 * // logs 1 [ 'a', 'b' ] then 2 [ '1', '2' ]
 */
export function scanCsv(text: string, delimiter: Delimiter, visit: CsvVisitor): void {
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
        // A line shorter than the limit cannot hold more fields than it: count only long lines.
        if (stop - i >= MAX_FIELDS && hasMoreFields(text, i, stop, delimiter)) {
          visit.error({ kind: 'too_many_fields', line, column: MAX_FIELDS + 1 });
        } else visit.record(line, text.slice(i, stop).split(delimiter), false);
        line++;
        i = end + 1;
        continue;
      }
    }
    const record = readRecord(text, i, line, delimiter.charCodeAt(0), visit);
    if (record.fields !== null) visit.record(line, record.fields, record.broken);
    i = record.next;
    line = record.nextLine;
  }
}

/** True when `text[start, stop)` holds more than `MAX_FIELDS` fields split at `delimiter`. */
function hasMoreFields(text: string, start: number, stop: number, delimiter: Delimiter): boolean {
  let count = 1;
  for (let j = text.indexOf(delimiter, start); j !== -1 && j < stop; j = text.indexOf(delimiter, j + 1)) {
    if (++count > MAX_FIELDS) return true;
  }
  return false;
}

/**
 * Reads one record from `start`, field by field; returns it (null when it has too many fields) with
 * where the next one starts and whether a syntax error was reported inside it.
 */
function readRecord(
  text: string,
  start: number,
  startLine: number,
  d: number,
  visit: CsvVisitor,
): { fields: string[] | null; broken: boolean; next: number; nextLine: number } {
  const n = text.length;
  const fields: string[] = [];
  let count = 0;
  let broken = false;
  let i = start;
  let line = startLine;
  const keep = (value: string) => {
    if (++count <= MAX_FIELDS) fields.push(value);
    else if (count === MAX_FIELDS + 1) visit.error({ kind: 'too_many_fields', line: startLine, column: count });
  };
  for (;;) {
    if (i < n && text.charCodeAt(i) === QUOTE) {
      // A quoted field: runs to the next quote that is not doubled. The doubled quotes are undone
      // once, at the end: a field of a million "" is one replace, not a million concatenations.
      const column = count + 1;
      const quoteLine = line;
      const segment = ++i;
      let doubled = false;
      let value: string;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          visit.error({ kind: 'unterminated_quote', line: quoteLine, column });
          broken = true;
          line += countLineBreaks(text, i, n);
          value = text.slice(segment);
          i = n;
          break;
        }
        line += countLineBreaks(text, i, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          doubled = true;
          i = q + 2;
          continue;
        }
        value = text.slice(segment, q);
        i = q + 1;
        break;
      }
      if (doubled) value = value.replaceAll('""', '"');
      while (i < n && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
      if (i < n) {
        const c = text.charCodeAt(i);
        if (c !== d && c !== LF && c !== CR) {
          visit.error({ kind: 'text_after_quote', line, column });
          broken = true;
          while (i < n) {
            const c2 = text.charCodeAt(i);
            if (c2 === d || c2 === LF || c2 === CR) break;
            i++;
          }
        }
      }
      keep(value);
    } else {
      // An unquoted field: runs to the delimiter or the end of the line.
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === d || c === LF || c === CR) break;
        j++;
      }
      keep(text.slice(i, j));
      i = j;
    }

    const done = count > MAX_FIELDS ? null : fields;
    if (i >= n) return { fields: done, broken, next: n, nextLine: line };
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      continue;
    }
    // A line break ends the record.
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    return { fields: done, broken, next: i, nextLine: line + 1 };
  }
}
