import { leavesAt } from '../areas/leaves-at.ts';
import { areaAndDescendants } from '../areas/tree.ts';
import { conventionOf } from '../periods/of-data.ts';
import { periodRange } from '../periods/period-range.ts';
import type { DataSet } from '../types.ts';
import { perDataSet } from '../memo/per-data-set.ts';
import { YearIndex } from '../indicators/measure.ts';

/** How many reporting units reported one month of a figure. */
export interface MonthCoverage {
  month: number;
  /** Leaf units under the area, existing through the whole month, with a row in a monthly table that month. */
  reported: number;
  /** Leaf units under the area existing through the whole month. */
  expected: number;
}

const MONTHLY_TABLES = ['criminal_cases', 'crime_reports', 'violations_detected'] as const;
/** Per data set and year: `area|month` of every row of a monthly table (only the years asked for are scanned). */

/**
 * True when some month of the coverage lacks a unit's return.
 *
 * @example incomplete([{ month: 11, reported: 62, expected: 69 }]) // => true
 */
export function incomplete(coverage: readonly MonthCoverage[]): boolean {
  return coverage.some((c) => c.reported < c.expected);
}

/**
 * Units reported / expected in each month of a year (`flags.coverage`, CONTRACT.md): a leaf with no row in
 * any monthly table for a month that other leaves report has not reported (its figures count as zeros).
 * Monthly tables written from the units' forms carry explicit zero rows, so a unit that reported has a row.
 *
 * @example reportingCoverage(data, 2026, '42', [10]) // => [{ month: 10, reported: 69, expected: 69 }]
 */
export function reportingCoverage(
  data: DataSet,
  year: number,
  areaCode: string,
  months: readonly number[],
): MonthCoverage[] {
  // The same months of the same area and year are asked for by every result of a report, and again by the
  // chart context: counted once per data set, each caller given its own copy.
  const key = `reporting-coverage|${year}|${areaCode}|${months.join(',')}`;
  return perDataSet(data, key, () => countReported(data, year, areaCode, months)).map((c) => ({ ...c }));
}

/** {@link reportingCoverage}, counted. */
/** "area_code|month" of every row of the year in a monthly table: the year's rows only, from the shared index. */
function reportedMonths(data: DataSet, year: number): Set<string> {
  const found = new Set<string>();
  const index = YearIndex.of(data);
  for (const table of MONTHLY_TABLES) {
    const byArea = index.rowsByArea(table, 'year', year);
    if (byArea === undefined) continue;
    for (const [code, rows] of byArea) {
      for (let i = 0; i < rows.length; i++) {
        const month = (rows[i] as { month: number | null }).month;
        if (month !== null) found.add(`${code}|${month}`);
      }
    }
  }
  return found;
}

function countReported(data: DataSet, year: number, areaCode: string, months: readonly number[]): MonthCoverage[] {
  const seen = perDataSet(data, `reported-months|${year}`, () => reportedMonths(data, year));
  const under = areaAndDescendants(data.areas, areaCode);
  const convention = conventionOf(data.meta);
  // A statistical month may begin before the area tree does (January 2019 of the police year begins on
  // 15/12/2018): its units are those of the tree's first day.
  const treeStart = data.areas.reduce((min, a) => (a.valid_from < min ? a.valid_from : min), '9999-12-31');
  return months.map((month) => {
    const range = periodRange(convention, year, month);
    const start = range.start < treeStart ? treeStart : range.start;
    const atStart = new Set(leavesAt(data.areas, start).map((a) => a.area_code));
    const units = leavesAt(data.areas, range.end).filter((a) => atStart.has(a.area_code) && under.has(a.area_code));
    return {
      month,
      reported: units.filter((a) => seen.has(`${a.area_code}|${month}`)).length,
      expected: units.length,
    };
  });
}
