import { leavesAt } from '../areas/leaves-at.ts';
import { areaAndDescendants } from '../areas/tree.ts';
import { conventionOf } from '../periods/of-data.ts';
import { periodRange } from '../periods/period-range.ts';
import type { DataSet } from '../types.ts';
import { perDataSet } from '../memo/per-data-set.ts';

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
const reportedSets = new WeakMap<object, Map<number, Set<string>>>();

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
function countReported(data: DataSet, year: number, areaCode: string, months: readonly number[]): MonthCoverage[] {
  let byYear = reportedSets.get(data);
  if (!byYear) reportedSets.set(data, (byYear = new Map()));
  let seen = byYear.get(year);
  if (!seen) {
    const found = new Set<string>();
    for (const t of MONTHLY_TABLES)
      for (const r of data[t]) if (r.year === year && r.month !== null) found.add(`${r.area_code}|${r.month}`);
    byYear.set(year, (seen = found));
  }
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
