import { perDataSet } from '../memo/per-data-set.ts';
import type { DataSet, TableName } from '../types.ts';

/**
 * The rows of a table grouped by the year column, each year's rows in file order, built once per data set
 * ({@link perDataSet}). The area helpers read `YearIndex` (the same split, by year and then by area) instead;
 * this whole-year list serves callers that pass over every row of a year.
 *
 * @example yearRows(data, 'safe_units', 'year').get(2025)?.length; // => 276
 */
export function yearRows(data: DataSet, table: TableName, yearColumn: string): Map<number, Record<string, unknown>[]> {
  return perDataSet(data, `year-rows|${table}|${yearColumn}`, () => {
    const byYear = new Map<number, Record<string, unknown>[]>();
    for (const row of data[table] as unknown as Record<string, unknown>[]) {
      const y = row[yearColumn] as number;
      const list = byYear.get(y);
      if (list) list.push(row);
      else byYear.set(y, [row]);
    }
    return byYear;
  });
}
