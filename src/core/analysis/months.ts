import type { PeriodConvention } from '../periods/convention.ts';
import { monthAtPosition, monthPosition } from '../periods/month-math.ts';
import { periodRange } from '../periods/period-range.ts';

/** A statistical month: the statistical year and the named month (1-12), as the data's rows hold them. */
export interface YearMonth {
  year: number;
  month: number;
}

/**
 * A month's place on one time line: `12·year + position − 1`, the position counted from the statistical
 * year's first month (January for the calendar and the police; October for the National Assembly), so
 * consecutive statistical months have consecutive indices.
 *
 * @example monthIndex(PERIOD_CONVENTIONS.police, { year: 2025, month: 7 }) // => 24306
 */
export function monthIndex(convention: PeriodConvention, ym: YearMonth): number {
  return ym.year * 12 + monthPosition(convention, ym.month) - 1;
}

/**
 * The statistical month at an index of {@link monthIndex}.
 *
 * @example yearMonthAt(PERIOD_CONVENTIONS.police, 24306) // => { year: 2025, month: 7 }
 */
export function yearMonthAt(convention: PeriodConvention, index: number): YearMonth {
  const year = Math.floor(index / 12);
  return { year, month: monthAtPosition(convention, index - year * 12 + 1) };
}

/**
 * First and last day (ISO) of a statistical month.
 *
 * @example monthDays(PERIOD_CONVENTIONS.police, { year: 2025, month: 7 }) // => { start: '2025-06-15', end: '2025-07-14' }
 */
export function monthDays(convention: PeriodConvention, ym: YearMonth): { start: string; end: string } {
  return periodRange(convention, ym.year, ym.month);
}
