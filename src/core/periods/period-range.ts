import type { PeriodConvention, PeriodRange } from './convention.ts';
import { calendarYearOfMonth, checkMonth, checkYear, monthAtPosition, namedMonthRange } from './month-math.ts';

/**
 * The first and last day (inclusive, ISO) of a statistical year, or of one named month of it.
 *
 * @throws {PeriodArgumentError} for a year outside 2–9998 or a month outside 1–12.
 * @example
 * periodRange(PERIOD_CONVENTIONS.police, 2025); // => { start: '2024-12-15', end: '2025-12-14' }
 * periodRange(PERIOD_CONVENTIONS.police, 2024, 8); // => { start: '2024-07-15', end: '2024-08-14' }
 * periodRange(PERIOD_CONVENTIONS.national_assembly, 2025); // => { start: '2024-10-01', end: '2025-09-30' }
 * periodRange(PERIOD_CONVENTIONS.national_assembly, 2025, 10); // => { start: '2024-10-01', end: '2024-10-31' }
 * periodRange(PERIOD_CONVENTIONS.procuracy, 2024); // => { start: '2023-12-01', end: '2024-11-30' }
 */
export function periodRange(convention: PeriodConvention, year: number, month?: number | null): PeriodRange {
  checkYear(year);
  if (month !== undefined && month !== null) {
    checkMonth(month);
    return namedMonthRange(convention, calendarYearOfMonth(convention, year, month), month);
  }
  const first = monthAtPosition(convention, 1);
  const last = monthAtPosition(convention, 12);
  return {
    start: namedMonthRange(convention, calendarYearOfMonth(convention, year, first), first).start,
    end: namedMonthRange(convention, calendarYearOfMonth(convention, year, last), last).end,
  };
}
