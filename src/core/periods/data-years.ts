import { YearIndex } from '../indicators/measure.ts';
import type { DataSet, TableName } from '../types.ts';
import { periodRange } from './period-range.ts';
import { conventionOf } from './of-data.ts';

/** The tables that carry a year, with the column that holds it. */
const YEAR_COLUMNS: readonly [TableName, string][] = [
  ['criminal_cases', 'year'],
  ['crime_reports', 'year'],
  ['violations_detected', 'year'],
  ['corruption_assets', 'year'],
  ['judicial_violations', 'year'],
  ['reoffending', 'cohort_year'],
  ['safe_units', 'year'],
  ['drug_free_communes', 'year'],
];

/**
 * Every year that has a row in some table, ascending: the years of the scorecard.
 *
 * @example dataYears(bundled) // => [2019, 2020, ..., 2026]
 */
export function dataYears(data: DataSet): number[] {
  // Read off the data set's shared index (each table split by year once, as the indicators then read it).
  const index = YearIndex.of(data);
  const years = new Set<number>();
  for (const [table, column] of YEAR_COLUMNS) for (const year of index.years(table, column)) years.add(year);
  return [...years].sort((a, b) => a - b);
}

/**
 * Is `year` complete in the data? Every monthly table with rows in the year must cover its twelve months,
 * and, when the data name their cut-off date, the statistical year must end on or before it.
 *
 * @example isCompleteYear(bundled, 2026) // => false (the monthly tables stop at month 10)
 */
export function isCompleteYear(data: DataSet, year: number): boolean {
  if (data.meta.cutoff !== null && periodRange(conventionOf(data.meta), year, null).end > data.meta.cutoff)
    return false;
  for (const table of ['criminal_cases', 'crime_reports', 'violations_detected'] as const) {
    const months = new Set<number>();
    let rows = 0;
    for (const row of data[table]) {
      if (row.year !== year) continue;
      rows++;
      if (row.month !== null) months.add(row.month);
    }
    if (rows > 0 && months.size > 0 && months.size < 12) return false;
  }
  return true;
}

/**
 * The default year of the report: the last complete year in the data (for the bundled data 2025, since
 * 2026 runs only to October); the last year with data when none is complete; null for empty data.
 *
 * @example lastCompleteYear(bundled) // => 2025
 */
export function lastCompleteYear(data: DataSet): number | null {
  const years = dataYears(data);
  for (let i = years.length - 1; i >= 0; i--) {
    if (isCompleteYear(data, years[i] as number)) return years[i] as number;
  }
  return years.at(-1) ?? null;
}

/**
 * The default year of every command: the latest year with data, complete or not (December 2026 with data
 * to October: 2026, read as "10 tháng đầu năm 2026" and compared with the same months of earlier years).
 * Null for empty data.
 *
 * @example latestYear(bundled) // => 2026
 */
export function latestYear(data: DataSet): number | null {
  return dataYears(data).at(-1) ?? null;
}

/** Where a year stands against the data: inside, or outside with the range covered. */
export type YearInData =
  { ok: true; year: number } | { ok: false; year: number; first: number | null; last: number | null };

/**
 * Checks a year asked for against the years the data cover (CONTRACT.md: a year for which no table has a
 * row is refused, naming the years the data cover).
 *
 * @example yearInData(bundled, 2030) // => { ok: false, year: 2030, first: 2019, last: 2026 }
 */
export function yearInData(data: DataSet, year: number): YearInData {
  const years = dataYears(data);
  if (years.includes(year)) return { ok: true, year };
  return { ok: false, year, first: years[0] ?? null, last: years.at(-1) ?? null };
}
