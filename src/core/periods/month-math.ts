/**
 * The calendar arithmetic shared by the period functions: which calendar month a named
 * statistical month sits in, and the days it covers. Internal to `core/periods`.
 */
import { daysInMonth, toIsoDate } from '../format/iso-date.ts';
import type { PeriodConvention, PeriodRange } from './convention.ts';
import { PERIOD_ARGUMENT_ISSUES, PeriodArgumentError } from '../messages/periods.ts';

/**
 * Checks a statistical year (2–9998, so that every period stays within ISO years 1–9999).
 *
 * @throws {PeriodArgumentError} otherwise.
 * @example
 * checkYear(2025); // => 2025
 */
export function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < 2 || year > 9998) {
    throw new PeriodArgumentError(PERIOD_ARGUMENT_ISSUES.badYear(year));
  }
  return year;
}

/**
 * Checks a month number (1–12).
 *
 * @throws {PeriodArgumentError} otherwise.
 * @example
 * checkMonth(12); // => 12
 */
export function checkMonth(month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new PeriodArgumentError(PERIOD_ARGUMENT_ISSUES.badMonth(month));
  }
  return month;
}

/**
 * The position (1–12) of a named month within the statistical year.
 *
 * @example
 * monthPosition(PERIOD_CONVENTIONS.national_assembly, 10); // => 1
 * monthPosition(PERIOD_CONVENTIONS.national_assembly, 9); // => 12
 */
export function monthPosition(convention: PeriodConvention, month: number): number {
  return ((checkMonth(month) - convention.year_start_month + 12) % 12) + 1;
}

/**
 * The named month at a position (1–12) of the statistical year; the inverse of {@link monthPosition}.
 *
 * @example
 * monthAtPosition(PERIOD_CONVENTIONS.procuracy, 1); // => 12
 */
export function monthAtPosition(convention: PeriodConvention, position: number): number {
  return ((convention.year_start_month - 1 + position - 1) % 12) + 1;
}

/**
 * The calendar year of a named month of statistical year `year` (the year the month ends in).
 *
 * @example
 * calendarYearOfMonth(PERIOD_CONVENTIONS.national_assembly, 2025, 10); // => 2024
 * calendarYearOfMonth(PERIOD_CONVENTIONS.police, 2025, 1); // => 2025
 */
export function calendarYearOfMonth(convention: PeriodConvention, year: number, month: number): number {
  const ysm = convention.year_start_month;
  return ysm !== 1 && checkMonth(month) >= ysm ? year - 1 : year;
}

/**
 * The days of the statistical month named `month` that ends in calendar year `calendarYear`.
 *
 * @example
 * namedMonthRange(PERIOD_CONVENTIONS.police, 2024, 8); // => { start: '2024-07-15', end: '2024-08-14' }
 * namedMonthRange(PERIOD_CONVENTIONS.calendar, 2024, 2); // => { start: '2024-02-01', end: '2024-02-29' }
 */
export function namedMonthRange(convention: PeriodConvention, calendarYear: number, month: number): PeriodRange {
  const d = convention.month_start_day;
  if (d === 1) {
    return {
      start: toIsoDate({ year: calendarYear, month, day: 1 }),
      end: toIsoDate({ year: calendarYear, month, day: daysInMonth(calendarYear, month) }),
    };
  }
  const [startYear, startMonth] = month === 1 ? [calendarYear - 1, 12] : [calendarYear, month - 1];
  return {
    start: toIsoDate({ year: startYear, month: startMonth, day: d }),
    end: toIsoDate({ year: calendarYear, month, day: d - 1 }),
  };
}
