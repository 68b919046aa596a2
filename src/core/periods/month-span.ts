import type { PeriodConvention, PeriodRange } from './convention.ts';
import { PERIOD_ARGUMENT_ISSUES, PeriodArgumentError } from '../messages/periods.ts';
import { calendarYearOfMonth, checkMonth, checkYear, monthPosition, namedMonthRange } from './month-math.ts';

/**
 * A run of named months within one statistical year, in the year's order: year-to-date figures
 * (`firstMonth` the year's first month), a single month (`firstMonth === lastMonth`), a half-year.
 */
export interface MonthSpan {
  /** Statistical year. */
  year: number;
  /** First named month (1–12). */
  firstMonth: number;
  /** Last named month (1–12), not before `firstMonth` in the statistical year's order. */
  lastMonth: number;
}

/**
 * Builds and checks a span; `firstMonth` defaults to the statistical year's first month, giving
 * the year to date.
 *
 * @throws {PeriodArgumentError} for a bad year or month, or months out of the year's order.
 * @example
 * monthSpan(PERIOD_CONVENTIONS.police, 2026, 10); // => { year: 2026, firstMonth: 1, lastMonth: 10 }
 * monthSpan(PERIOD_CONVENTIONS.national_assembly, 2025, 3); // => { year: 2025, firstMonth: 10, lastMonth: 3 }
 */
export function monthSpan(
  convention: PeriodConvention,
  year: number,
  lastMonth: number,
  firstMonth: number = convention.year_start_month,
): MonthSpan {
  checkYear(year);
  if (monthPosition(convention, checkMonth(firstMonth)) > monthPosition(convention, checkMonth(lastMonth))) {
    throw new PeriodArgumentError(
      PERIOD_ARGUMENT_ISSUES.monthsOutOfOrder(firstMonth, lastMonth, convention.year_start_month),
    );
  }
  return { year, firstMonth, lastMonth };
}

/**
 * The days a span covers (inclusive ISO dates) and its number of months.
 *
 * @throws {PeriodArgumentError} as {@link monthSpan}.
 * @example
 * monthSpanRange(PERIOD_CONVENTIONS.police, { year: 2026, firstMonth: 1, lastMonth: 10 }); // => { start: '2025-12-15', end: '2026-10-14', months: 10 }
 * monthSpanRange(PERIOD_CONVENTIONS.procuracy, { year: 2024, firstMonth: 12, lastMonth: 5 }); // => { start: '2023-12-01', end: '2024-05-31', months: 6 }
 */
export function monthSpanRange(convention: PeriodConvention, span: MonthSpan): PeriodRange & { months: number } {
  const { year, firstMonth, lastMonth } = monthSpan(convention, span.year, span.lastMonth, span.firstMonth);
  return {
    start: namedMonthRange(convention, calendarYearOfMonth(convention, year, firstMonth), firstMonth).start,
    end: namedMonthRange(convention, calendarYearOfMonth(convention, year, lastMonth), lastMonth).end,
    months: monthPosition(convention, lastMonth) - monthPosition(convention, firstMonth) + 1,
  };
}
