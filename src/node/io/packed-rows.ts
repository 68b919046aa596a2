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
  // One row maker for the table: an object literal with the table's keys, reading each column where it lies
  // (a typed array of numbers; a dictionary indexed by the typed array of codes, null at 0; an array). Every
  // row gets the same shape at once, with no array made per column: setting keys one by one through a variable
  // (a megamorphic store) took as long as deserialising the rows themselves. The keys are quoted as JSON
  // strings, so any column name is a literal key, never code.
  const params: string[] = [];
  const args: unknown[] = [];
  const cells = columns.map((column, k) => {
    params.push(`c${k}`);
    if (column.kind !== 'string') {
      args.push(column.values);
      return `c${k}[i]`;
    }
    params.push(`d${k}`);
    args.push(column.codes, [null, ...column.dictionary]);
    return `d${k}[c${k}[i]]`;
  });
  const literal = keys.map((key, k) => `${JSON.stringify(key)}: ${cells[k]}`).join(', ');
  const factory = new Function(...params, `return (i) => ({ ${literal} });`) as (
    ...columns: unknown[]
  ) => (i: number) => Record<string, unknown>;
  const makeRow = factory(...args);
  const rows = new Array<Record<string, unknown>>(length);
  for (let i = 0; i < length; i++) rows[i] = makeRow(i);
  return rows;
}
