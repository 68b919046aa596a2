import type { AreaRow, DataSet, TableName } from '../types.ts';
import { tableMonths } from '../areas/table-months.ts';
import { areaByCode } from '../areas/tree.ts';
import { validOn } from '../areas/valid-on.ts';
import { YearIndex } from '../indicators/measure.ts';
import { conventionOf } from '../periods/of-data.ts';
import { monthDays } from './months.ts';
import { perDataSet } from '../memo/per-data-set.ts';

/** What a table holds over time: whether it is monthly, its years, and the months each year has rows for. */
export interface TableProfile {
  table: TableName;
  /** True when the rows carry a month (a monthly table). */
  monthly: boolean;
  /** Years with at least one row, ascending. */
  years: number[];
  /** Months with at least one row, per year (monthly tables only), ascending. */
  monthsByYear: Map<number, number[]>;
}

/**
 * The profile of a table, computed once per data set from the shared row index ({@link YearIndex}) and each
 * year's months ({@link tableMonths}).
 *
 * @example tableProfile(data, 'criminal_cases').monthsByYear.get(2026) // => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] (bundled data)
 */
export function tableProfile(
  data: DataSet,
  table: TableName,
  yearColumn: 'year' | 'cohort_year' = 'year',
): TableProfile {
  return perDataSet(data, `table-profile|${table}|${yearColumn}`, () => profileOf(data, table, yearColumn));
}

/** {@link tableProfile}, computed. */
function profileOf(data: DataSet, table: TableName, yearColumn: 'year' | 'cohort_year'): TableProfile {
  const index = YearIndex.of(data);
  const years = index.years(table, yearColumn).sort((a, b) => a - b);
  const monthsByYear = new Map<number, number[]>();
  for (const year of years) {
    const byArea = index.rowsByArea(table, yearColumn, year);
    const monthly = [...(byArea?.values() ?? [])].some((rows) => rows.some((r) => typeof r.month === 'number'));
    if (monthly) monthsByYear.set(year, tableMonths(data, table, yearColumn, year).months);
  }
  return { table, monthly: monthsByYear.size > 0, years, monthsByYear };
}

/**
 * An area by code, from the areas table's shared lookup ({@link areaByCode}).
 *
 * @throws Error when the code is not in `areas.csv`.
 * @example areaOf(data, '42').level // => 'province'
 */
export function areaOf(data: DataSet, code: string): AreaRow {
  const area = areaByCode(data.areas).get(code);
  if (!area) throw new Error(`unknown area code "${code}"`);
  return area;
}

/**
 * The months of statistical year `year` in which an area exists, judged on each month's last day, so
 * that a unit set up on 1 July 2025 owns police month 7/2025 (15/6-14/7) and the district it replaced
 * owns month 6: the month goes to whichever unit holds the territory when the month closes, as the
 * rows are filed.
 *
 * @example areaMonths(data, areaOf(data, '436'), 2025) // => [1, 2, 3, 4, 5, 6] (a district abolished on 30/6/2025)
 */
export function areaMonths(data: DataSet, area: AreaRow, year: number): number[] {
  // Asked for by every result of every report: worked out once per data set, area and year, a copy each time.
  const key = `area-months|${area.area_code}|${area.valid_from}|${area.valid_to}|${year}`;
  return [
    ...perDataSet(data, key, () => {
      const convention = conventionOf(data.meta);
      const out: number[] = [];
      for (let month = 1; month <= 12; month++) {
        if (validOn(area, monthDays(convention, { year, month }).end)) out.push(month);
      }
      return out;
    }),
  ];
}

/**
 * The months of year `year` that a table's figure for an area covers: the months the table has rows for
 * (for an annual table, the months that began by the data's cut-off, all 12 when there is none), less
 * the months in which the area did not exist. Empty when the table has no row for the year.
 *
 * Policy (METHODOLOGY.md section 1.7, CONTRACT.md): a year whose figures cover fewer than 12 months is a
 * partial year (2026 in the bundled data: months 1-10; a 2025 commune: months 7-12); partial counts are
 * not compared with whole years.
 *
 * @example monthsCovered(data, 'criminal_cases', 'year', 2026, '42') // => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] (bundled data)
 */
export function monthsCovered(
  data: DataSet,
  table: TableName,
  yearColumn: 'year' | 'cohort_year',
  year: number,
  areaCode: string,
): number[] {
  const profile = tableProfile(data, table, yearColumn);
  if (!profile.years.includes(year)) return [];
  const exists = new Set(areaMonths(data, areaOf(data, areaCode), year));
  // a monthly table: the months it has rows for; an annual one: the months begun by the cut-off (tableMonths)
  const months = profile.monthly
    ? (profile.monthsByYear.get(year) ?? [])
    : tableMonths(data, table, yearColumn, year).months;
  return months.filter((m) => exists.has(m));
}
