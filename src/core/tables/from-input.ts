import type { DataSet, DataSetMeta, TableName, TableRows } from '../types.ts';
import { TABLE_NAMES } from '../types.ts';

/** Something that holds rows: an array of objects, an Arquero table, or a danfo.js DataFrame. */
export type RowsInput = readonly object[] | { objects(): object[] } | { columns: string[]; values: unknown };

/**
 * Plain row objects from any {@link RowsInput}. Arquero tables give their `objects()`; danfo.js
 * DataFrames (duck-typed on `columns` and `values`, so danfo is never imported here) give one object per
 * row.
 *
 * @example toRows([{ year: 2024 }]) // => [{ year: 2024 }]
 */
export function toRows(input: RowsInput): Record<string, unknown>[] {
  if (Array.isArray(input)) return input as Record<string, unknown>[];
  if ('objects' in input && typeof input.objects === 'function') return input.objects() as Record<string, unknown>[];
  if ('columns' in input && 'values' in input) {
    const columns = input.columns;
    const values = input.values as unknown[][];
    return values.map((row) => Object.fromEntries(columns.map((c, i) => [c, normaliseCell(row[i])])));
  }
  throw new TypeError('expected an array of rows, an Arquero table or a danfo.js DataFrame');
}

/** danfo.js fills missing cells with NaN or undefined: the contract's empty cell is null. */
function normaliseCell(value: unknown): unknown {
  if (value === undefined || (typeof value === 'number' && Number.isNaN(value))) return null;
  return value;
}

/**
 * A {@link DataSet} from tables held in memory (rows, Arquero tables or DataFrames), for library users who
 * do not read a data folder. Tables left out are empty; `month` defaults to null. The rows are taken as
 * they are: validate files with the Node loader (`loadDataFolder`) first.
 *
 * @example dataSetFrom({ areas, criminal_cases: df }).criminal_cases.length // => df's row count
 */
export function dataSetFrom(tables: Partial<Record<TableName, RowsInput>>, meta: Partial<DataSetMeta> = {}): DataSet {
  const out: Partial<Record<TableName, unknown[]>> = {};
  for (const name of TABLE_NAMES) {
    const input = tables[name];
    const rows = input ? toRows(input) : [];
    out[name] = rows.map((r) => ('year' in r && !('month' in r) ? { ...r, month: null } : r));
  }
  return {
    ...(out as { [K in TableName]: TableRows[K][] }),
    meta: { periods: 'calendar', cutoff: null, title: null, synthetic: false, sources: [], ...meta },
  };
}
