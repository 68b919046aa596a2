/**
 * Duplicate rows: two rows of a table with the same key (period, area and breakdown columns, or the
 * code in `areas`) would be counted twice. Every line of a duplicated key is reported, each naming
 * all the lines that share it.
 */
import type { ParsedTable } from './parse-table.ts';
import type { ProblemSink } from './problem.ts';
import { TABLE_SCHEMAS } from './schema.ts';

/** The columns that identify a row of a table, in the order the key is printed. */
export function keyColumns(table: ParsedTable): string[] {
  const schema = TABLE_SCHEMAS[table.table];
  const period =
    schema.yearColumn === null ? [] : [schema.yearColumn, ...(table.monthly ? ['month'] : []), 'area_code'];
  return [...period, ...schema.key];
}

/**
 * Reports every row whose key another row has too.
 *
 * Each key column's values are numbered; when the numbers fit, a row's key is one number (mixed
 * radix), and sorting a typed array of them finds duplicates without a million-string map.
 */
export function checkDuplicateKeys(table: ParsedTable, sink: ProblemSink): void {
  if (!table.complete) return;
  const columns = keyColumns(table);
  const rows = table.rows as unknown as Record<string, unknown>[];
  const n = rows.length;

  const ids = columns.map((c) => {
    const numbering = new Map<unknown, number>();
    const out = new Int32Array(n);
    for (let r = 0; r < n; r++) {
      const v = rows[r]![c];
      if (v === undefined) {
        out[r] = -1; // refused cell: the row's key is unknown
        continue;
      }
      let id = numbering.get(v);
      if (id === undefined) numbering.set(v, (id = numbering.size));
      out[r] = id;
    }
    return { out, size: numbering.size };
  });

  let radix = 1;
  for (const { size } of ids) radix *= Math.max(size, 1);
  const keyOf: (r: number) => number | string | null =
    radix <= Number.MAX_SAFE_INTEGER
      ? (r) => {
          let key = 0;
          for (const { out, size } of ids) {
            if (out[r]! < 0) return null;
            key = key * size + out[r]!;
          }
          return key;
        }
      : (r) => (ids.some(({ out }) => out[r]! < 0) ? null : ids.map(({ out }) => out[r]).join(','));

  // Which keys occur more than once.
  const duplicated = new Set<number | string>();
  if (radix <= Number.MAX_SAFE_INTEGER) {
    const keys = new Float64Array(n);
    for (let r = 0; r < n; r++) keys[r] = (keyOf(r) as number | null) ?? Number.NaN;
    keys.sort();
    for (let r = 1; r < n; r++) if (keys[r] === keys[r - 1]) duplicated.add(keys[r]!);
  } else {
    const seen = new Set<number | string>();
    for (let r = 0; r < n; r++) {
      const key = keyOf(r);
      if (key === null) continue;
      if (seen.has(key)) duplicated.add(key);
      else seen.add(key);
    }
  }
  if (duplicated.size === 0) return;

  const groups = new Map<number | string, number[]>();
  for (let r = 0; r < n; r++) {
    const key = keyOf(r);
    if (key === null || !duplicated.has(key)) continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [r]);
    else group.push(r);
  }
  const problems: { line: number; key: string; lines: number[] }[] = [];
  for (const group of groups.values()) {
    const row = rows[group[0]!]!;
    const key = columns.map((c) => `${c}=${String(row[c])}`).join(', ');
    const lines = group.map((r) => table.lines[r]!);
    for (const line of lines) problems.push({ line, key, lines });
  }
  problems.sort((a, b) => a.line - b.line);
  for (const p of problems) sink.error(table.file, p.line, null, 'duplicate_key', { key: p.key, lines: p.lines });
}
