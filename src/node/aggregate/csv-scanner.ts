/**
 * A streaming, byte-level CSV scanner for files of any size.
 *
 * The file is read in chunks into one reused buffer (`FileHandle.read`), never as one string, so a
 * file above the 512 MB a JavaScript string can hold reads like any other (arquero#215 is the
 * failure this avoids). The unfinished record at the end of a chunk is moved to the buffer's start
 * and the next chunk read after it: no buffer is allocated or copied whole per chunk (a stream's
 * fresh chunks and `Buffer.concat` cost a fifth of the time and most of the garbage collection). Each record is handed on as field offsets into the chunk's bytes; the consumer reads the
 * cells it needs where they lie, so no string is made for a well-formed cell.
 *
 * The dialect is the loader's (`io/csv.ts`, RFC 4180): a comma or a semicolon, told from the
 * header line; quoted fields with `""` for a quote and line breaks inside; LF, CRLF or a lone CR
 * ending a record; a UTF-8 byte-order mark skipped; spaces and tabs around a cell trimmed; a quote
 * inside an unquoted field kept as text; blank records (empty lines, `;;;;` from Excel) skipped.
 * A record cut by the end of a chunk is carried over to the next, so chunk size never changes the
 * result (a test scans with 7-byte chunks).
 *
 * Reference: RFC 4180, "Common Format and MIME Type for Comma-Separated Values (CSV) Files" (2005).
 */
import { open } from 'node:fs/promises';

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/** What the scanner tells its consumer. */
export interface CsvScanTarget {
  /** The header: the first record that is not blank. Returns false to stop reading. */
  header(names: string[], line: number): boolean;
  /**
   * A data record. Field `k < count` is bytes `[starts[k], ends[k])` of `buf`, trimmed; `escaped[k]`
   * is 1 when the field holds doubled quotes (see {@link fieldText}). Valid during the call only.
   */
  record(buf: Buffer, starts: Int32Array, ends: Int32Array, escaped: Uint8Array, count: number, line: number): void;
  /** Broken quoting; the record it happens in is not passed to `record`. */
  syntaxError(kind: 'unterminated_quote' | 'text_after_quote', line: number, column: number): void;
  /** The file starts with a UTF-16 byte-order mark (a "Unicode Text" export). Reading stops. */
  notUtf8(reason: 'utf16'): void;
}

export interface CsvScanOptions {
  /** Bytes read at a time (default 1 MiB). */
  chunkSize?: number;
  /**
   * Scan part of the file: from byte `start` (where a record begins), stopping before the first
   * record that begins at or after `stopAt`. Lines are counted from 1 at `start`. With `header`
   * (a part past the header) the header is given, not read: `target.header` is called with it first.
   */
  range?: { start: number; stopAt: number; header?: { names: string[]; delimiter: ',' | ';' } };
}

/** What a scan read. */
export interface CsvScanStats {
  bytes: number;
  /** Data records passed to `record` or refused for broken quoting (blank ones not counted). */
  records: number;
  chunks: number;
  /** Byte just after the last record scanned (with its line break). */
  end: number;
  /** Line breaks passed (inside quotes too): the line of the next record is `lines + 1`. */
  lines: number;
  /** The file's delimiter (as found in its header, or as given). */
  delimiter: ',' | ';';
}

const decoder = new TextDecoder('utf-8');

/**
 * The text of a field, with doubled quotes made single.
 *
 * @example
 * const b = Buffer.from('say ""hi""');
 * fieldText(b, 0, b.length, 1); // => 'say "hi"'
 */
export function fieldText(buf: Uint8Array, start: number, end: number, escaped: number): string {
  const text = decoder.decode(buf.subarray(start, end));
  return escaped ? text.replaceAll('""', '"') : text;
}

/**
 * Scans a CSV file record by record.
 *
 * @example
 * await scanCsvFile('cases.csv', target); // target.header(...), then target.record(...) per row
 */
export async function scanCsvFile(
  path: string,
  target: CsvScanTarget,
  options: CsvScanOptions = {},
): Promise<CsvScanStats> {
  const range = options.range;
  const scanner = new CsvScanner(target, range);
  if (range?.header) target.header(range.header.names, 1);
  const start = range?.start ?? 0;
  const chunkSize = options.chunkSize ?? 1 << 20;
  const handle = await open(path, 'r');
  let buf = Buffer.allocUnsafe(2 * chunkSize);
  /** Bytes of an unfinished record at the start of `buf`, carried over to the next chunk. */
  let kept = 0;
  let bytes = 0;
  let chunks = 0;
  try {
    for (;;) {
      if (buf.length - kept < chunkSize) {
        // A record longer than a chunk (a quoted field with line breaks): a larger buffer.
        const larger = Buffer.allocUnsafe(2 * (kept + chunkSize));
        buf.copy(larger, 0, 0, kept);
        buf = larger;
      }
      const { bytesRead } = await handle.read(buf, kept, chunkSize, start + bytes);
      if (bytesRead === 0) break;
      chunks++;
      scanner.base = start + bytes - kept;
      bytes += bytesRead;
      const filled = kept + bytesRead;
      const used = scanner.scan(buf.subarray(0, filled), false);
      if (scanner.stopped) break;
      kept = filled - used;
      if (kept > 0 && used > 0) buf.copyWithin(0, used, filled);
    }
    if (!scanner.stopped) {
      scanner.base = start + bytes - kept;
      scanner.scan(buf.subarray(0, kept), true);
    }
  } finally {
    await handle.close();
  }
  return {
    bytes,
    records: scanner.records,
    chunks,
    end: scanner.end,
    lines: scanner.lineBreaks(),
    delimiter: scanner.delimiterByte() === 59 ? ';' : ',',
  };
}

/** The scanner's state between chunks; `scan` is the whole parser. */
class CsvScanner {
  stopped = false;
  records = 0;
  /** Absolute file offset of the buffer `scan` is given. */
  base = 0;
  /** Absolute offset just after the last record scanned. */
  end = 0;
  private readonly stopAt: number;
  private delimiter = -1;
  private started = false;
  private headerSeen = false;
  private line = 1;
  private starts = new Int32Array(16);
  private ends = new Int32Array(16);
  private escaped = new Uint8Array(16);
  /** 1 for the bytes that end an unquoted field: the delimiter, LF and CR. */
  private stop = new Uint8Array(256);

  constructor(
    private readonly target: CsvScanTarget,
    range?: CsvScanOptions['range'],
  ) {
    this.stopAt = range ? range.stopAt : -1;
    if (range?.header) {
      this.started = true;
      this.headerSeen = true;
      this.delimiter = range.header.delimiter === ';' ? 59 : 44;
      this.stop[this.delimiter] = 1;
      this.stop[LF] = 1;
      this.stop[CR] = 1;
    }
  }

  /** Line breaks passed so far. */
  lineBreaks(): number {
    return this.line - 1;
  }

  delimiterByte(): number {
    return this.delimiter;
  }

  /**
   * Scans `buf` from its start, which is always the start of a record. Returns how many bytes were
   * consumed: everything up to the start of a record the buffer does not finish (all of it at eof).
   */
  scan(buf: Buffer, eof: boolean): number {
    let i = 0;
    if (!this.started) {
      if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
        this.target.notUtf8('utf16');
        this.stopped = true;
        return buf.length;
      }
      if (buf.length < 3 && !eof) return 0;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) i = 3;
      const header = firstLine(buf, i);
      if (header === null && !eof) return 0;
      this.delimiter =
        header === null ? detectDelimiter(buf, i, buf.length) : detectDelimiter(buf, header[0], header[1]);
      this.stop[this.delimiter] = 1;
      this.stop[LF] = 1;
      this.stop[CR] = 1;
      this.started = true;
    }
    const n = buf.length;
    const d = this.delimiter;
    const stop = this.stop;
    let starts = this.starts;
    let ends = this.ends;
    let escaped = this.escaped;
    let line = this.line;
    let recordLine = line;
    let recordStart = i;
    let f = 0;
    let broken = false;

    // Fast path: a whole line without quotes or lone CRs, found with memchr-backed indexOf, its
    // fields split by one comparison a byte. Anything else goes through the general code below.
    let nextQuote = -1;
    let nextCr = -1;
    let escapedDirty = true;
    for (;;) {
      if (f === 0 && this.stopAt >= 0 && this.base + i >= this.stopAt) {
        // The next record belongs to the next part of the file.
        this.stopped = true;
        this.end = this.base + i;
        this.line = line;
        return i;
      }
      if (f === 0 && i < n) {
        const lf = buf.indexOf(LF, i);
        if (lf !== -1) {
          const end = lf > i && buf[lf - 1] === CR ? lf - 1 : lf;
          if (nextQuote !== n && nextQuote < i) {
            nextQuote = buf.indexOf(QUOTE, i);
            if (nextQuote === -1) nextQuote = n;
          }
          if (nextCr !== n && nextCr < i) {
            nextCr = buf.indexOf(CR, i);
            if (nextCr === -1) nextCr = n;
          }
          if (nextQuote >= end && nextCr >= end) {
            if (escapedDirty) {
              escaped.fill(0);
              escapedDirty = false;
            }
            let s = i;
            for (let j = i; j < end; j++) {
              if (buf[j] === d) {
                if (f === starts.length - 1) {
                  this.grow();
                  ({ starts, ends, escaped } = this);
                }
                starts[f] = s;
                ends[f] = j;
                f++;
                s = j + 1;
              }
            }
            starts[f] = s;
            ends[f] = end;
            f++;
            this.emit(buf, f, line, false);
            if (this.stopped) return n;
            line++;
            recordLine = line;
            i = recordStart = lf + 1;
            f = 0;
            if (i >= n) {
              this.line = line;
              this.end = this.base + n;
              return n;
            }
            continue;
          }
        }
      }
      escapedDirty = true;
      if (f === starts.length) {
        this.grow();
        ({ starts, ends, escaped } = this);
      }
      if (i < n && buf[i] === QUOTE) {
        // A quoted field: runs to the next quote that is not doubled.
        const column = f + 1;
        let j = i + 1;
        let esc = 0;
        let q: number;
        for (;;) {
          q = buf.indexOf(QUOTE, j);
          if (q === -1 || (q === n - 1 && !eof)) break;
          if (buf[q + 1] === QUOTE) {
            esc = 1;
            j = q + 2;
            continue;
          }
          break;
        }
        if (q === -1 || (q === n - 1 && !eof)) {
          if (!eof) {
            this.line = recordLine;
            return recordStart;
          }
          // Never closed: the rest of the file is this field.
          if (!broken) this.target.syntaxError('unterminated_quote', line, column);
          broken = true;
          line += countBreaks(buf, i + 1, n);
          starts[f] = i + 1;
          ends[f] = n;
          escaped[f] = esc;
          i = n;
        } else {
          line += countBreaks(buf, i + 1, q);
          starts[f] = i + 1;
          ends[f] = q;
          escaped[f] = esc;
          i = q + 1;
          while (i < n && (buf[i] === SPACE || buf[i] === TAB)) i++;
          if (i >= n && !eof) {
            this.line = recordLine;
            return recordStart;
          }
          if (i < n && stop[buf[i]!] === 0) {
            if (!broken) this.target.syntaxError('text_after_quote', line, column);
            broken = true;
            while (i < n && stop[buf[i]!] === 0) i++;
            if (i >= n && !eof) {
              this.line = recordLine;
              return recordStart;
            }
          }
        }
      } else {
        // An unquoted field: runs to the delimiter or the end of the line.
        const s = i;
        while (i < n && stop[buf[i]!] === 0) i++;
        if (i >= n && !eof) {
          this.line = recordLine;
          return recordStart;
        }
        starts[f] = s;
        ends[f] = i;
        escaped[f] = 0;
      }
      f++;

      let c = i < n ? buf[i]! : -1;
      if (c === d) {
        i++;
        continue;
      }
      if (c === CR) {
        if (i + 1 >= n && !eof) {
          this.line = recordLine;
          return recordStart;
        }
        i += buf[i + 1] === LF ? 2 : 1;
      } else if (c === LF) i++;
      else c = -1; // the end of the file

      this.emit(buf, f, recordLine, broken);
      if (this.stopped) return n;
      if (c === -1) {
        this.line = line;
        this.end = this.base + n;
        return n;
      }
      line++;
      recordLine = line;
      recordStart = i;
      f = 0;
      broken = false;
      if (i >= n) {
        this.line = line;
        this.end = this.base + n;
        return n;
      }
    }
  }

  private emit(buf: Buffer, count: number, line: number, broken: boolean): void {
    const { starts, ends } = this;
    // Trim, and skip a blank record (the empty one after a final line break included).
    let blank = true;
    for (let k = 0; k < count; k++) {
      let s = starts[k]!;
      let e = ends[k]!;
      while (s < e && (buf[s] === SPACE || buf[s] === TAB)) s++;
      while (e > s && (buf[e - 1] === SPACE || buf[e - 1] === TAB)) e--;
      starts[k] = s;
      ends[k] = e;
      if (e > s) blank = false;
    }
    if (blank && !broken) return;
    if (!this.headerSeen) {
      this.headerSeen = true;
      const names: string[] = [];
      for (let k = 0; k < count; k++) names.push(fieldText(buf, starts[k]!, ends[k]!, this.escaped[k]!));
      if (!this.target.header(names, line)) this.stopped = true;
      return;
    }
    this.records++;
    if (broken) return;
    this.target.record(buf, starts, ends, this.escaped, count, line);
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const escaped = new Uint8Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    escaped.set(this.escaped);
    this.starts = starts;
    this.ends = ends;
    this.escaped = escaped;
  }
}

/** Counts line breaks (LF, CRLF, lone CR) in bytes `[start, end)`. */
function countBreaks(buf: Uint8Array, start: number, end: number): number {
  let lines = 0;
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c === LF) lines++;
    else if (c === CR && buf[i + 1] !== LF) lines++;
  }
  return lines;
}

/**
 * Start and end of the first line with something other than spaces, tabs and delimiters on it
 * (the header), ended by a line break outside quotes; null when the buffer does not finish it yet.
 */
function firstLine(buf: Uint8Array, from: number): [number, number] | null {
  let quoted = false;
  let start = from;
  let blank = true;
  for (let i = from; i < buf.length; i++) {
    const c = buf[i];
    if (c === QUOTE) {
      quoted = !quoted;
      blank = false;
    } else if (!quoted && (c === LF || c === CR)) {
      if (!blank) return [start, i];
      start = i + 1;
    } else if (c !== SPACE && c !== TAB && c !== 44 && c !== 59) blank = false;
  }
  return null;
}

/** A semicolon when the first line holds more semicolons than commas outside quotes (as `io/csv.ts`). */
function detectDelimiter(buf: Uint8Array, start: number, end: number): number {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 44) commas++;
    else if (c === 59) semicolons++;
  }
  return semicolons > commas ? 59 : 44;
}
