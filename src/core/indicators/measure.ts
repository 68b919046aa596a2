import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { DataSet, TableName } from '../types.ts';
import type { Measure } from './definition.ts';
import { conventionOf } from '../periods/of-data.ts';
import { monthPosition } from '../periods/month-math.ts';
import type { PeriodConvention } from '../periods/convention.ts';

/** What a measure summed to, and which rows it used. */
export interface MeasureValue {
  value: number;
  /** Rows of the table that entered the sum. */
  rows: number;
  /** Months the rows covered (null for an annual table). */
  months: number[] | null;
}

/**
 * Arquero tables of a data set, split by year once and cached, so that computing every indicator for every
 * area and year filters small tables. Built lazily per table.
 */
export class YearIndex {
  readonly #data: DataSet;
  readonly #cache = new Map<string, Map<number, ColumnTable>>();

  /** The data's period convention: it orders the months of a statistical year. */
  readonly convention: PeriodConvention;

  constructor(data: DataSet) {
    this.#data = data;
    this.convention = conventionOf(data.meta);
  }

  /** The data set the index reads. */
  get data(): DataSet {
    return this.#data;
  }

  /** The rows of `table` whose `yearColumn` is `year`, as an Arquero table; null when there are none. */
  year(table: TableName, yearColumn: string, year: number): ColumnTable | null {
    const key = `${table}:${yearColumn}`;
    let byYear = this.#cache.get(key);
    if (!byYear) {
      byYear = new Map();
      const groups = new Map<number, Record<string, unknown>[]>();
      for (const row of this.#data[table] as unknown as Record<string, unknown>[]) {
        const y = row[yearColumn] as number;
        const list = groups.get(y) ?? [];
        list.push(row);
        groups.set(y, list);
      }
      for (const [y, rows] of groups) byYear.set(y, aq.from(rows));
      this.#cache.set(key, byYear);
    }
    return byYear.get(year) ?? null;
  }
}

/**
 * Sums a measure over the rows of one year under a set of area codes.
 *
 * A term with roll-up `sum` adds every row; a term with roll-up `stock_first_month` adds only the rows of
 * the earliest month of the statistical year that has rows for the area (CONTRACT.md, crime_reports: a stock seen later in the
 * year, such as the reports handed to the new units at the 2025 reform, is a transfer, not new work).
 * Returns null when the table has no row at all for the year (the indicator is then `no_data`); a year
 * with rows but none under the area sums to zero. With `onlyMonths`, only the rows of those months enter
 * (a same-months comparison, CONTRACT.md "cùng kỳ").
 */
export function sumMeasure(
  index: YearIndex,
  measure: Measure,
  year: number,
  areaCodes: ReadonlySet<string>,
  extraWhere: Record<string, readonly string[]> = {},
  onlyMonths: readonly number[] | null = null,
): MeasureValue | null {
  const yearTable = index.year(measure.table, measure.yearColumn ?? 'year', year);
  if (!yearTable) return null;
  const where = Object.entries({ ...measure.where, ...extraWhere });
  const monthFilter = onlyMonths ? new Set(onlyMonths) : null;
  const selected = yearTable.filter(
    aq.escape(
      (d: Record<string, unknown>) =>
        areaCodes.has(d.area_code as string) &&
        (monthFilter === null || monthFilter.has(d.month as number)) &&
        where.every(([column, values]) => values.includes(d[column] as string)),
    ),
  );
  const rows = selected.numRows();
  const hasMonth = selected.columnNames().includes('month');
  const monthValues = hasMonth ? (selected.array('month') as ArrayLike<number | null>) : null;
  const monthSet = new Set<number>();
  if (monthValues)
    for (let i = 0; i < monthValues.length; i++) {
      const m = monthValues[i];
      if (m !== null && m !== undefined) monthSet.add(m);
    }
  // Months in the order of the statistical year: in a year running October to September (National
  // Assembly convention), month 10 comes first and holds the year's opening stock.
  const position = (m: number) => monthPosition(index.convention, m);
  const months = monthSet.size > 0 ? [...monthSet].sort((a, b) => position(a) - position(b)) : null;

  let value = 0;
  for (const term of measure.terms) {
    let part: number;
    if (rows === 0) {
      part = 0;
    } else if (term.rollUp === 'stock_first_month' && months) {
      const first = months[0];
      part = selected
        .filter(aq.escape((d: Record<string, unknown>) => d.month === first))
        .rollup({ total: aq.op.sum(term.column) })
        .get('total', 0) as number;
    } else {
      part = selected.rollup({ total: aq.op.sum(term.column) }).get('total', 0) as number;
    }
    value += term.sign * (part ?? 0);
  }
  return { value, rows, months };
}
