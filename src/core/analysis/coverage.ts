import type { AreaRow, DataSet, TableName } from '../types.ts';
import { conventionOf, monthDays } from './months.ts';

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

const profiles = new WeakMap<object, Map<string, TableProfile>>();
const areaMaps = new WeakMap<object, Map<string, AreaRow>>();

/**
 * The profile of a table, computed once per data set.
 *
 * @example tableProfile(data, 'criminal_cases').monthsByYear.get(2026) // => [1, 2, ..., 10] in the bundled data
 */
export function tableProfile(data: DataSet, table: TableName, yearColumn: 'year' | 'cohort_year' = 'year'): TableProfile {
  let byTable = profiles.get(data);
  if (!byTable) {
    byTable = new Map();
    profiles.set(data, byTable);
  }
  const key = `${table}:${yearColumn}`;
  const cached = byTable.get(key);
  if (cached) return cached;
  const years = new Set<number>();
  const months = new Map<number, Set<number>>();
  let monthly = false;
  for (const row of data[table] as unknown as Record<string, unknown>[]) {
    const year = row[yearColumn] as number;
    years.add(year);
    const month = row.month;
    if (typeof month === 'number') {
      monthly = true;
      const set = months.get(year) ?? new Set<number>();
      set.add(month);
      months.set(year, set);
    }
  }
  const profile: TableProfile = {
    table,
    monthly,
    years: [...years].sort((a, b) => a - b),
    monthsByYear: new Map([...months].map(([y, s]) => [y, [...s].sort((a, b) => a - b)])),
  };
  byTable.set(key, profile);
  return profile;
}

/**
 * An area by code, from a lookup built once per data set.
 *
 * @throws Error when the code is not in `areas.csv`.
 * @example areaOf(data, '42').level // => 'province'
 */
export function areaOf(data: DataSet, code: string): AreaRow {
  let map = areaMaps.get(data);
  if (!map) {
    map = new Map(data.areas.map((a) => [a.area_code, a]));
    areaMaps.set(data, map);
  }
  const area = map.get(code);
  if (!area) throw new Error(`unknown area code "${code}"`);
  return area;
}

/**
 * Is an area valid on a day (ISO)? `valid_from <= day <= valid_to` (an open `valid_to` never ends).
 *
 * @example validOn({ valid_from: '2025-07-01', valid_to: null, ... }, '2025-07-14') // => true
 */
export function validOn(area: Pick<AreaRow, 'valid_from' | 'valid_to'>, day: string): boolean {
  return area.valid_from <= day && (area.valid_to === null || day <= area.valid_to);
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
  const convention = conventionOf(data);
  const out: number[] = [];
  for (let month = 1; month <= 12; month++) {
    if (validOn(area, monthDays(convention, { year, month }).end)) out.push(month);
  }
  return out;
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
 * @example monthsCovered(data, 'criminal_cases', 'year', 2026, '42') // => [1, ..., 10] in the bundled data
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
  let months: number[];
  if (profile.monthly) {
    months = profile.monthsByYear.get(year) ?? [];
  } else {
    const cutoff = data.meta.cutoff;
    const convention = conventionOf(data);
    months = [];
    for (let month = 1; month <= 12; month++) {
      if (cutoff === null || monthDays(convention, { year, month }).start <= cutoff) months.push(month);
    }
  }
  return months.filter((m) => exists.has(m));
}
