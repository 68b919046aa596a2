import type { DataSet, TableName } from '../types.ts';

const cache = new WeakMap<object, Map<string, Map<number, Record<string, unknown>[]>>>();

/**
 * The rows of a table grouped by the year column, built once per data set (cached on the data set object).
 *
 * @example yearRows(data, 'safe_units', 'year').get(2025)?.length; // => 276
 */
export function yearRows(data: DataSet, table: TableName, yearColumn: string): Map<number, Record<string, unknown>[]> {
  let byTable = cache.get(data);
  if (!byTable) cache.set(data, (byTable = new Map()));
  const key = `${table}:${yearColumn}`;
  let byYear = byTable.get(key);
  if (!byYear) {
    byYear = new Map();
    for (const row of data[table] as unknown as Record<string, unknown>[]) {
      const y = row[yearColumn] as number;
      const list = byYear.get(y);
      if (list) list.push(row);
      else byYear.set(y, [row]);
    }
    byTable.set(key, byYear);
  }
  return byYear;
}
