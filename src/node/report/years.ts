import type { DataSet, TableName } from '../../core/types.ts';
import { periodRange } from '../../core/periods/period-range.ts';
import { conventionOf } from '../../core/periods/of-data.ts';

/** The tables that carry a year, with the column that holds it. */
const YEAR_COLUMNS: readonly [TableName, string][] = [
  ['criminal_cases', 'year'],
  ['crime_reports', 'year'],
  ['violations_detected', 'year'],
  ['corruption_assets', 'year'],
  ['judicial_violations', 'year'],
  ['reoffending', 'cohort_year'],
  ['safe_units', 'year'],
];

/**
 * Every year that has a row in some table, ascending: the years of the scorecard.
 *
 * @example dataYears(bundled) // => [2019, 2020, ..., 2026]
 */
export function dataYears(data: DataSet): number[] {
  const years = new Set<number>();
  for (const [table, column] of YEAR_COLUMNS) {
    for (const row of data[table] as unknown as Record<string, number>[]) years.add(row[column] as number);
  }
  return [...years].sort((a, b) => a - b);
}

/**
 * Is `year` complete in the data? Every monthly table with rows in the year must cover its twelve months,
 * and, when the data name their cut-off date, the statistical year must end on or before it.
 *
 * @example isCompleteYear(bundled, 2026) // => false (the monthly tables stop at month 10)
 */
export function isCompleteYear(data: DataSet, year: number): boolean {
  if (data.meta.cutoff !== null && periodRange(conventionOf(data.meta), year, null).end > data.meta.cutoff) return false;
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
