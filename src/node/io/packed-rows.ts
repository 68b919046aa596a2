/**
 * Row lists packed by column, for the data-folder cache (`load-cache.ts`): a table whose rows all have the same
 * keys in the same order is kept as one array per column. A column of numbers only becomes a `Float64Array`; a
 * column of strings and nulls becomes a dictionary of its distinct strings and a typed array of positions in it
 * (0 for null); any other column stays an array of its values. A table whose rows differ in their keys is kept
 * as its rows.
 *
 * Why: `v8.deserialize` of 19,000 row objects (the bundled data) builds every cell's string anew and took
 * 20 ms of `chitieu indicators`' start, plus the garbage collection of it; typed arrays and a few hundred
 * distinct strings come back in a fraction of that, and rows rebuilt key by key in the same order share one
 * object shape. `unpackRows(packRows(rows))` equals `rows` (same keys in the same order, same values: -0 and
 * NaN included, since a `Float64Array` keeps every number's bits).
 */

/** One packed column. */
export type PackedColumn =
  | { kind: 'number'; values: Float64Array }
  | { kind: 'string'; dictionary: string[]; codes: Uint16Array | Uint32Array }
  | { kind: 'any'; values: unknown[] };

/** A packed table: columns when every row has the same keys in the same order, else the rows themselves. */
export type PackedRows =
  { kind: 'columns'; length: number; keys: string[]; columns: PackedColumn[] } | { kind: 'rows'; rows: object[] };

/** Whether every row has exactly `keys`, in that order. */
function sameKeys(rows: readonly object[], keys: readonly string[]): boolean {
  for (const row of rows) {
    const own = Object.keys(row);
    if (own.length !== keys.length) return false;
    for (let i = 0; i < keys.length; i++) if (own[i] !== keys[i]) return false;
  }
  return true;
}

function packColumn(values: unknown[]): PackedColumn {
  if (values.every((v) => typeof v === 'number'))
    return { kind: 'number', values: Float64Array.from(values as number[]) };
  if (values.every((v) => typeof v === 'string' || v === null)) {
    const positions = new Map<string, number>();
    const dictionary: string[] = [];
    const codes = values.length > 0 ? new Uint32Array(values.length) : new Uint32Array(0);
    values.forEach((v, i) => {
      if (v === null) return; // 0: null
      let at = positions.get(v as string);
      if (at === undefined) {
        dictionary.push(v as string);
        positions.set(v as string, (at = dictionary.length));
      }
      codes[i] = at;
    });
    return { kind: 'string', dictionary, codes: dictionary.length < 0xffff ? Uint16Array.from(codes) : codes };
  }
  return { kind: 'any', values };
}

/**
 * Packs a list of rows by column (see the module's comment).
 *
 * @example packRows([{ a: 1, b: 'x' }, { a: 2, b: null }]).kind // => 'columns'
 */
export function packRows(rows: readonly object[]): PackedRows {
  const keys = rows.length > 0 ? Object.keys(rows[0]!) : [];
  // `__proto__` would set the prototype in the literal that rebuilds a row: such a table stays as rows.
  if (rows.length === 0 || keys.includes('__proto__') || !sameKeys(rows, keys))
    return { kind: 'rows', rows: [...rows] };
  const columns = keys.map((key) => packColumn(rows.map((row) => (row as Record<string, unknown>)[key])));
  return { kind: 'columns', length: rows.length, keys, columns };
}

/**
 * The rows {@link packRows} packed: same keys in the same order, same values.
 *
 * @example unpackRows(packRows([{ a: 1, b: null }])) // => [{ a: 1, b: null }]
 */
export function unpackRows(packed: PackedRows): Record<string, unknown>[] {
  if (packed.kind === 'rows') return packed.rows as Record<string, unknown>[];
  const { length, keys, columns } = packed;
  // Each column read into a plain array first (nulls restored, strings shared from the dictionary).
  const values = columns.map((column): unknown[] => {
    if (column.kind === 'any') return column.values;
    if (column.kind === 'number') return Array.from(column.values);
    const { dictionary, codes } = column;
    const out = new Array<string | null>(codes.length);
    for (let i = 0; i < codes.length; i++) out[i] = codes[i] === 0 ? null : dictionary[codes[i]! - 1]!;
    return out;
  });
  // Rows made by one object literal with the table's keys: every row gets the same shape at once, where
  // setting keys one by one through a variable (a megamorphic store) took twice as long as deserialising.
  // The keys are quoted as JSON strings, so any column name is a literal key, never code.
  const literal = keys.map((key, k) => `${JSON.stringify(key)}: c[${k}][i]`).join(', ');
  const makeRow = new Function('c', 'i', `return { ${literal} };`) as (
    c: unknown[][],
    i: number,
  ) => Record<string, unknown>;
  const rows = new Array<Record<string, unknown>>(length);
  for (let i = 0; i < length; i++) rows[i] = makeRow(values, i);
  return rows;
}
