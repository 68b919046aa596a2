/**
 * Where things are in a JSON text, as a person editing it counts: line and column, both from 1. Browsers and
 * Node word `JSON.parse` errors differently, and not all of them say where; a reader fixing a target file needs
 * the place. This scanner follows the JSON grammar (RFC 8259) and keeps the place of every value by its path
 * (`$.targets.clearance_rate.threshold`, the paths `parseTargetSet` reports), or stops at the first error.
 */

/** A place in a text: offset (from 0), line and column (from 1; a tab counts as one column). */
export interface TextPlace {
  offset: number;
  line: number;
  column: number;
}

/** The outcome of {@link scanJson}: the places of the values by path, or the place of the first error. */
export type JsonScan = { ok: true; places: Map<string, TextPlace> } | { ok: false; error: TextPlace };

/**
 * The line and column of an offset.
 *
 * @example placeAt('{\n  "a": x', 9) // => { offset: 9, line: 2, column: 8 }
 */
export function placeAt(text: string, offset: number): TextPlace {
  const before = text.slice(0, offset).split('\n');
  return { offset, line: before.length, column: (before[before.length - 1] as string).length + 1 };
}

class JsonSyntax extends Error {
  constructor(readonly offset: number) {
    super('JSON syntax');
  }
}

/**
 * Scans a JSON text (a byte-order mark is skipped).
 *
 * @example scanJson('{"a": [1, 2]}').ok // => true
 * @example scanJson('{ foo: 1 }') // => { ok: false, error: { offset: 2, line: 1, column: 3 } }
 */
export function scanJson(text: string): JsonScan {
  const places = new Map<string, TextPlace>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const fail = (): never => {
    throw new JsonSyntax(i);
  };
  const string = (): string => {
    if (text[i] !== '"') fail();
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string): void => {
    ws();
    places.set(path, placeAt(text, i));
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        const key = string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value(`${path}.${key}`);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail();
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let k = 0; ; k++) {
        value(`${path}[${k}]`);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail();
      }
    }
    if (c === '"') {
      string();
      return;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!number) fail();
    i += (number as RegExpExecArray)[0].length;
  };
  try {
    value('$');
    ws();
    if (i < text.length) fail();
    return { ok: true, places };
  } catch (e) {
    if (e instanceof JsonSyntax) return { ok: false, error: placeAt(text, Math.min(e.offset, text.length)) };
    throw e;
  }
}

/**
 * The place of the value at `path`, or of the nearest enclosing value the text has (`$.targets.x.threshold`
 * missing: the place of `$.targets.x`); null when the text is not JSON.
 *
 * @example jsonPathPlace('{"targets": {"a": 80}}', '$.targets.a')?.column // => 19
 */
export function jsonPathPlace(text: string, path: string): TextPlace | null {
  const scan = scanJson(text);
  if (!scan.ok) return null;
  let p = path;
  for (;;) {
    const found = scan.places.get(p);
    if (found) return found;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return scan.places.get('$') ?? null;
    p = p.slice(0, cut);
  }
}
