import type { Measure } from '../indicators/definition.ts';
import type { DataSet, TableName } from '../types.ts';
import type { YearMonth } from './months.ts';
import { perDataSet } from '../memo/per-data-set.ts';

type Row = Record<string, unknown>;
function rowsOfArea(data: DataSet, table: TableName, code: string): readonly Row[] {
  const areas = perDataSet(data, `rows-by-area|${table}`, () => {
    const out = new Map<string, Row[]>();
    for (const row of data[table] as unknown as Row[]) {
      const list = out.get(row.area_code as string) ?? [];
      list.push(row);
      out.set(row.area_code as string, list);
    }
    return out;
  });
  return areas.get(code) ?? [];
}

/**
 * A measure's monthly sums under a set of area codes, one per month asked for (0 where no row matches):
 * `Σ_terms sign · Σ_rows column` over the rows of that month. Within one month a stock term
 * (`stock_first_month`) is the month's own stock, so every term is a plain sum.
 *
 * Pure; the rows are grouped by area once per data set, and summed by month once per measure and areas.
 *
 * @example monthlyMeasure(data, clearanceRate.numerator, areaAndDescendants(data.areas, '42'), {}, [{ year: 2024, month: 1 }])
 * // => [57] (bundled data: cases cleared in police month 1/2024)
 */
export function monthlyMeasure(
  data: DataSet,
  measure: Measure,
  codes: ReadonlySet<string>,
  where: Record<string, readonly string[]>,
  months: readonly YearMonth[],
): number[] {
  const position = new Map(months.map((ym, i) => [ym.year * 100 + ym.month, i]));
  const sums = months.map(() => 0);
  const byMonth = monthSums(data, measure, codes, where);
  for (const [key, i] of position) sums[i] = byMonth.get(key) ?? 0;
  return sums;
}

/**
 * The measure's sum in every month the rows have (key `year · 100 + month`), made once per data set, measure,
 * areas and breakdown ({@link perDataSet}): a trend or control chart up to a later year reads the same sums.
 * Each month adds its rows in the order {@link monthlyMeasure} always added them (area by area, file order).
 */
function monthSums(
  data: DataSet,
  measure: Measure,
  codes: ReadonlySet<string>,
  where: Record<string, readonly string[]>,
): ReadonlyMap<number, number> {
  const key = `month-sums|${JSON.stringify(measure)}|${[...codes].join(',')}|${JSON.stringify(where)}`;
  return perDataSet(data, key, () => {
    const sums = new Map<number, number>();
    const conditions = Object.entries({ ...measure.where, ...where });
    for (const code of codes) {
      for (const row of rowsOfArea(data, measure.table, code)) {
        if (!conditions.every(([column, values]) => values.includes(row[column] as string))) continue;
        const k = (row.year as number) * 100 + ((row.month as number | null) ?? 0);
        let value = 0;
        for (const term of measure.terms) value += term.sign * ((row[term.column] as number | null) ?? 0);
        sums.set(k, (sums.get(k) ?? 0) + value);
      }
    }
    return sums;
  });
}
