/**
 * Turns a CSV file's bytes into text, refusing anything that is not UTF-8.
 *
 * Spreadsheet programs in a Vietnamese locale may save "CSV" as Windows-1258, TCVN3 or UTF-16
 * ("Unicode Text"); read as UTF-8 those garble every accented name, so they are refused with a
 * message that says how to save again. A UTF-8 byte-order mark is tolerated (the CSV parser skips it).
 */
export type DecodeResult =
  | { ok: true; text: string }
  | {
      ok: false;
      reason: 'utf16' | 'nul' | 'invalid_bytes';
      /** 1-based line of the first offending byte, when it can be told. */
      line: number | null;
    };

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Decodes UTF-8 bytes, or says why they are not UTF-8. Browser-safe (WHATWG `TextDecoder`); a byte-order
 * mark is kept for the CSV parser to skip.
 *
 * @example
 * decodeUtf8(new TextEncoder().encode('a,b\n')); // => { ok: true, text: 'a,b\n' }
 * decodeUtf8(new Uint8Array([0xff, 0xfe, 0x61, 0x00])); // => { ok: false, reason: 'utf16', line: null }
 */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    return { ok: false, reason: 'utf16', line: null };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: 'nul', line: lineOfByte(bytes, nul) };
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    // Only on failure: decode leniently and find the first replacement character.
    const text = lenient.decode(bytes);
    const at = text.indexOf('\uFFFD');
    return { ok: false, reason: 'invalid_bytes', line: at === -1 ? null : countLineBreaks(text, 0, at) + 1 };
  }
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) line++;
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
