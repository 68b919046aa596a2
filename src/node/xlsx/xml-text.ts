/**
 * Text for XML content or an attribute value: `& < > " '` as entities, and the characters XML 1.0 does not
 * allow (controls other than tab, line feed and carriage return, and DEL) left out, as exceljs does.
 * Reference: XML 1.0 (Fifth Edition) 2.2 Characters and 2.4 Character Data; ECMA-376 part 1, 22.9.2.19
 * (ST_Xstring) for the text of cells.
 *
 * @example xmlText('a < b & "c"') // => 'a &lt; b &amp; &quot;c&quot;'
 * @example xmlText('x\u0001y') // => 'xy'
 */
export function xmlText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPED, (c) => ENTITIES[c] ?? '') : text;
}

const NEEDS_ESCAPE = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/;
const ESCAPED = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

/** The declaration every part starts with (XML 1.0, 2.8; ECMA-376 part 2, 8.1.4: UTF-8), and its line break. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
