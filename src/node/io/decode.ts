/**
 * Turns a CSV file's bytes into text, refusing anything that is not UTF-8.
 *
 * Spreadsheet programs in a Vietnamese locale may save "CSV" as Windows-1258, TCVN3 or UTF-16
 * ("Unicode Text"); read as UTF-8 those garble every accented name, so they are refused with a
 * message that says how to save again. A UTF-8 byte-order mark is tolerated (the CSV parser skips it).
 */
import { isUtf8 } from 'node:buffer';

export type DecodeResult =
  | { ok: true; text: string }
  | {
      ok: false;
      reason: 'utf16' | 'nul' | 'invalid_bytes';
      /** 1-based line of the first offending byte, when it can be told. */
      line: number | null;
    };

/**
 * Decodes UTF-8 bytes, or says why they are not UTF-8.
 *
 * @example
 * decodeUtf8(Buffer.from('a,b\n')); // => { ok: true, text: 'a,b\n' }
 * decodeUtf8(Buffer.from([0xff, 0xfe, 0x61, 0x00])); // => { ok: false, reason: 'utf16', line: null }
 */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    return { ok: false, reason: 'utf16', line: null };
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const nul = buffer.indexOf(0);
  if (nul !== -1) return { ok: false, reason: 'nul', line: lineOfByte(buffer, nul) };
  if (!isUtf8(buffer)) {
    // Only on failure: decode leniently and find the first replacement character.
    const lenient = buffer.toString('utf8');
    const at = lenient.indexOf('\uFFFD');
    return { ok: false, reason: 'invalid_bytes', line: at === -1 ? null : countLineBreaks(lenient, 0, at) + 1 };
  }
  return { ok: true, text: buffer.toString('utf8') };
}

function lineOfByte(buffer: Buffer, offset: number): number {
  let line = 1;
  for (let i = buffer.indexOf(10); i !== -1 && i < offset; i = buffer.indexOf(10, i + 1)) line++;
  return line;
}

/** Counts line breaks (LF, CRLF or a lone CR) in `text` from `start` up to, not including, `end`. */
export function countLineBreaks(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}
