import { splitsSeries, type ChartContext } from './chart-context.ts';
import { monthlyCrimeCounts, yearToDateComparison, type CountComparison } from './monthly-counts.ts';

/**
 * The data of the crime-against-baseline chart (crime-baseline.ts) beyond the yearly reports: the year to date
 * against the same months of the year before ("so với cùng kỳ"), with the exact interval of the change.
 */

/**
 * Total cases, this year to date against the same months of the year before (the months the area existed);
 * null without monthly rows, or when a break of the area's series lies in between (the same months a year
 * before were on another territory).
 *
 * @example crimeYearToDate(buildChartContext(data, { year: 2026 }))?.current.lastMonth // => 10
 */
export function crimeYearToDate(context: ChartContext): CountComparison | null {
  return context.memo('crime-year-to-date', () => {
    const { year, convention } = context;
    if (splitsSeries(context, year - 1, year)) return null;
    const covered = context.coverage.criminal_cases?.[context.area.code]?.[year] ?? null;
    return yearToDateComparison(monthlyCrimeCounts(context), year, convention, covered);
  });
}
