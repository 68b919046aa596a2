/**
 * The one export of `node:buffer` that src/node/io/decode.ts imports, for the browser. The notebooks'
 * loader uses the validator's browser-safe modules (src/node/io/csv.ts...), and csv.ts imports one
 * helper from decode.ts, which imports `isUtf8` from `node:buffer`: Vite would otherwise replace that
 * module with one that throws when the page loads. The browser never decodes through decode.ts (the
 * loader uses TextDecoder), so this only has to load. Remove it once csv.ts no longer imports decode.ts.
 */

/** True when the bytes are valid UTF-8 (as Node's `buffer.isUtf8`). */
export function isUtf8(input: ArrayBufferView | ArrayBuffer): boolean {
  const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
