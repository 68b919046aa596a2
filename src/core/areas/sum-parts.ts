import type { Measure } from '../indicators/definition.ts';
import { monthPosition } from '../periods/month-math.ts';
import type { AreaRow, DataSet } from '../types.ts';
import { conventionOf } from '../periods/of-data.ts';
import { areaByCode, descendantsOf } from './tree.ts';
import type { YearPart } from './year-parts.ts';
import { YearIndex } from '../indicators/measure.ts';
import { inFileOrder } from './row-order.ts';
import { tableMonths } from './table-months.ts';

/** What a measure summed to over the parts of a year. */
export interface PartsSum {
  value: number;
  /** Rows of the table that entered the sum. */
  rows: number;
  /** Rows that entered the sum, per part (same order as the parts). */
  partRows: number[];
  /**
   * The parts the figure covers: every part for a monthly table; for an annual table the parts whose units
   * have rows, or every part when none has (a year with rows, none under the area, counts as zeros).
   */
  used: boolean[];
}

/**
 * Sums a measure over the parts of a year ({@link yearParts}): each row of a part's months under one of its
 * source units (or their descendants) enters with the source's weight. A monthly table takes each part's rows
 * from that part's months only; an annual table takes a unit's row of the year into the part whose days the unit
 * existed on (a unit's annual row covers the months it existed: in 2025 a district's row goes to January–June,
 * a new unit's to July–December).
 *
 * Roll-up `sum` adds every row. Roll-up `stock_first_month` adds only the rows of the earliest month of the
 * whole year (all parts together) that has rows for the area, so a stock handed over at the reform is a
 * transfer, not new work (CONTRACT.md, crime_reports); an annual table's stock is summed.
 *
 * Returns null when the table has no row at all for the year (the figure is then missing, CONTRACT.md).
 *
 * @example sumParts(data, clearanceRate.numerator, 2025, yearParts(data, cw, '42', 2025).parts)?.value; // => 702
 */
export function sumParts(
  data: DataSet,
  measure: Measure,
  year: number,
  parts: readonly YearPart[],
  extraWhere: Record<string, readonly string[]> = {},
): PartsSum | null {
  const yearColumn = measure.yearColumn ?? 'year';
  const byArea = YearIndex.of(data).rowsByArea(measure.table, yearColumn, year);
  if (byArea === undefined) return null;
  const convention = conventionOf(data.meta);
  const where = Object.entries({ ...measure.where, ...extraWhere });
  const weights = parts.map((part) => {
    const map = new Map<string, number>();
    for (const s of part.sources) for (const code of descendantsOf(data.areas, s.area_code)) map.set(code, s.weight);
    return map;
  });
  const partOfMonth = new Map<number, number>();
  parts.forEach((part, i) => part.months.forEach((m) => partOfMonth.set(m, i)));
  const monthly = tableMonths(data, measure.table, yearColumn, year).monthly;
  const areaOf = areaByCode(data.areas);
  // Only the rows of the parts' units are read (the index groups a year's rows by unit), in file order.
  let rows: Record<string, unknown>[] = [];
  let lists = 0;
  for (const code of new Set(weights.flatMap((w) => [...w.keys()]))) {
    const list = byArea.get(code);
    if (list === undefined) continue;
    rows = lists++ === 0 ? [...list] : rows.concat(list);
  }
  if (lists > 1) inFileOrder(data, measure.table, rows); // one unit's rows are already in file order

  const sums = measure.terms.map(() => 0);
  const stocks = measure.terms.map(() => new Map<number, number>());
  const partRows = parts.map(() => 0);
  let count = 0;
  for (const row of rows) {
    if (!where.every(([column, values]) => values.includes(row[column] as string))) continue;
    const code = row.area_code as string;
    let i: number | undefined;
    if (monthly) {
      i = partOfMonth.get(row.month as number);
      if (i === undefined || !weights[i]!.has(code)) continue;
    } else {
      // an annual row covers the months its unit existed: it goes to the part those months fall in
      const area = areaOf.get(code);
      i = weights.findIndex((w, k) => w.has(code) && (!area || overlaps(area, parts[k]!)));
      if (i < 0) i = weights.findIndex((w) => w.has(code));
      if (i < 0) continue;
    }
    const w = weights[i]!.get(code) as number;
    count++;
    partRows[i]!++;
    measure.terms.forEach((term, t) => {
      const v = w * Number(row[term.column] ?? 0);
      if (term.rollUp === 'stock_first_month' && monthly) {
        const m = row.month as number;
        stocks[t]!.set(m, (stocks[t]!.get(m) ?? 0) + v);
      } else {
        sums[t]! += v;
      }
    });
  }

  let value = 0;
  measure.terms.forEach((term, t) => {
    let part = sums[t]!;
    const byMonth = stocks[t]!;
    if (byMonth.size > 0) {
      const first = [...byMonth.keys()].sort((a, b) => monthPosition(convention, a) - monthPosition(convention, b))[0]!;
      part = byMonth.get(first)!;
    }
    value += term.sign * part;
  });
  const anyRows = partRows.some((n) => n > 0);
  const used = parts.map((_, i) => monthly || !anyRows || partRows[i]! > 0);
  return { value, rows: count, partRows, used };
}

/** Does an area exist on some day of a part? */
function overlaps(area: Pick<AreaRow, 'valid_from' | 'valid_to'>, part: Pick<YearPart, 'from' | 'to'>): boolean {
  return area.valid_from <= part.to && (area.valid_to === null || area.valid_to >= part.from);
}
