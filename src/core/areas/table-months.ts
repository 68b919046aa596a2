import type { TableName, DataSet } from '../types.ts';
import { conventionOf } from '../periods/of-data.ts';
import { periodRange } from '../periods/period-range.ts';
import { YearIndex } from '../indicators/measure.ts';
import { perDataSet } from '../memo/per-data-set.ts';

/**
 * The named months of a year a table's figures can cover: for a monthly table the months it has rows for (any
 * area); for an annual table the months begun by the data's cut-off (all 12 when there is none). Empty when
 * the table has no row for the year. Computed once per data set, table and year.
 *
 * @example tableMonths(data, 'criminal_cases', 'year', 2026); // => { monthly: true, months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }
 */
export function tableMonths(
  data: DataSet,
  table: TableName,
  yearColumn: 'year' | 'cohort_year',
  year: number,
): { monthly: boolean; months: number[] } {
  const known = perDataSet(data, `table-months|${table}|${yearColumn}|${year}`, () =>
    compute(data, table, yearColumn, year),
  );
  return { monthly: known.monthly, months: [...known.months] };
}

function compute(
  data: DataSet,
  table: TableName,
  yearColumn: string,
  year: number,
): { monthly: boolean; months: number[] } {
  const byArea = YearIndex.of(data).rowsByArea(table, yearColumn, year);
  if (byArea === undefined) return { monthly: false, months: [] };
  const months = new Set<number>();
  for (const rows of byArea.values()) {
    for (let i = 0; i < rows.length; i++) {
      const month = (rows[i] as { month?: unknown }).month;
      if (typeof month === 'number') months.add(month);
    }
  }
  const monthly = months.size > 0;
  if (!monthly) {
    const convention = conventionOf(data.meta);
    for (let m = 1; m <= 12; m++) {
      if (data.meta.cutoff === null || periodRange(convention, year, m).start <= data.meta.cutoff) months.add(m);
    }
  }
  return { monthly, months: [...months].sort((a, b) => a - b) };
}
