import type { TableName, DataSet } from '../types.ts';
import { conventionOf } from '../periods/of-data.ts';
import { periodRange } from '../periods/period-range.ts';
import { yearRows } from './year-rows.ts';

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
  let byKey = cache.get(data);
  if (!byKey) cache.set(data, (byKey = new Map()));
  const key = `${table}:${yearColumn}:${year}`;
  const known = byKey.get(key);
  if (known) return { monthly: known.monthly, months: [...known.months] };
  const out = compute(data, table, yearColumn, year);
  byKey.set(key, out);
  return { monthly: out.monthly, months: [...out.months] };
}

const cache = new WeakMap<object, Map<string, { monthly: boolean; months: number[] }>>();

function compute(
  data: DataSet,
  table: TableName,
  yearColumn: string,
  year: number,
): { monthly: boolean; months: number[] } {
  const rows = yearRows(data, table, yearColumn).get(year) ?? [];
  if (rows.length === 0) return { monthly: false, months: [] };
  const monthly = rows.some((r) => typeof r.month === 'number');
  const months = new Set<number>();
  if (monthly) {
    for (const r of rows) if (typeof r.month === 'number') months.add(r.month);
  } else {
    const convention = conventionOf(data.meta);
    for (let m = 1; m <= 12; m++) {
      if (data.meta.cutoff === null || periodRange(convention, year, m).start <= data.meta.cutoff) months.add(m);
    }
  }
  return { monthly, months: [...months].sort((a, b) => a - b) };
}
