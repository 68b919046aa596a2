import { perDataSet } from '../memo/per-data-set.ts';
import type { DataSet, TableName } from '../types.ts';

/** A row of a data set's table, as loaded. */
type Row = Record<string, unknown>;

/**
 * Rows of one table, taken from several lists (one area's rows each, as `YearIndex` keeps them), put back in the
 * order of the table's file, so that a sum over them adds in the same order as a pass over the whole table (a
 * weighted sum's last digits depend on the order). The positions are found once per data set and table. Sorts
 * in place and returns the array.
 *
 * @example inFileOrder(data, 'safe_units', [data.safe_units[9], data.safe_units[2]]).map((r) => data.safe_units.indexOf(r)); // => [2, 9]
 */
export function inFileOrder(data: DataSet, table: TableName, rows: Row[]): Row[] {
  if (rows.length < 2) return rows;
  const position = perDataSet(data, `row-positions|${table}`, () => {
    const map = new Map<Row, number>();
    (data[table] as unknown as Row[]).forEach((row, i) => map.set(row, i));
    return map;
  });
  return rows.sort((a, b) => (position.get(a) as number) - (position.get(b) as number));
}
