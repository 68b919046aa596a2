import { INDICATORS } from '../indicators/registry.ts';
import type { CriminalCaseRow } from '../types.ts';
import { coveredMonths, headline, isPartialYear, splitsSeries, type ChartContext } from './chart-context.ts';
import { monthlySums, yearToDateComparison, type CountComparison } from './monthly-counts.ts';

/**
 * The data of the cybercrime chart (cyber-crime-trend.ts): the indicator `cyber_crime_cases` for each year from
 * 2019 (a count, with its Garwood interval), and, for a year not yet over, its months against the same months
 * of the year before (the contract's same-months rule, as crime against the baseline does).
 */

/** The indicator the chart draws. */
export const CYBER_ID = 'cyber_crime_cases';

/** One year's count. */
export interface CyberYear {
  year: number;
  count: number;
  /** 95 % interval of the count (Garwood), as the indicator gives it. */
  ci95: [number, number] | null;
  /** The named months the count covers; null for an annual table. */
  months: number[] | null;
  /** The count covers part of the year only (the year in progress, or a unit of part of it). */
  partial: boolean;
}

/** What the chart draws. */
export interface CyberTrendData {
  /** The years the area existed, with a count. */
  years: CyberYear[];
  /**
   * The last year, when it is not whole, against the same months of the year before (exact rate-ratio interval
   * of the change); null for a whole year, without monthly rows, or across a break of the area's series.
   */
  sameMonths: CountComparison | null;
}

/** True when a case row is of the indicator's crime groups (its `where`). */
function counted(row: CriminalCaseRow): boolean {
  const where = INDICATORS[CYBER_ID].numerator.where ?? {};
  return Object.entries(where).every(([column, values]) =>
    values.includes(String((row as unknown as Record<string, unknown>)[column])),
  );
}

/**
 * The yearly counts of cybercrime and the same-months comparison of a year not yet over.
 *
 * @example cyberCrimeTrendData(buildChartContext(data, { year: 2026 })).sameMonths?.previous.count // => 13 (January-October 2025)
 */
export function cyberCrimeTrendData(context: ChartContext): CyberTrendData {
  return context.memo('cyber-crime-trend', () => {
    const years = context.history.flatMap((report): CyberYear[] => {
      const r = headline(report, CYBER_ID);
      if (!r || r.numerator === null) return [];
      const months = coveredMonths(context, CYBER_ID, context.area.code, report.year);
      if (months !== null && months.length === 0) return []; // the area did not exist: no point, not a point of 0
      return [{ year: report.year, count: r.numerator, ci95: r.ci95, months, partial: isPartialYear(months) }];
    });
    const last = years[years.length - 1];
    const { year, convention } = context;
    const sameMonths =
      last && last.year === year && last.partial && !splitsSeries(context, year - 1, year)
        ? yearToDateComparison(
            // every month with case rows counts, a month without a cybercrime row as 0 (not as missing)
            monthlySums(context.data.criminal_cases, context.codes, convention, (r) => (counted(r) ? r.occurred : 0)),
            year,
            convention,
            last.months,
          )
        : null;
    return { years, sameMonths };
  });
}
