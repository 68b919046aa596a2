import { parseIsoDate } from '../format/iso-date.ts';
import type { PeriodConvention, StatisticalMonth } from './convention.ts';

/**
 * The statistical year and named month a date falls in under a convention.
 *
 * A date on or after the month's start day belongs to the next named month (police: 15/7 is in
 * month 8); a named month at or after `year_start_month` (when that is not January) belongs to
 * the next statistical year (National Assembly: October 2024 is in year 2025).
 *
 * @throws {RangeError} when the text is not an existing ISO date.
 * @example
 * periodOf('2024-12-15', PERIOD_CONVENTIONS.police); // => { year: 2025, month: 1 }
 * periodOf('2024-12-14', PERIOD_CONVENTIONS.police); // => { year: 2024, month: 12 }
 * periodOf('2024-10-01', PERIOD_CONVENTIONS.national_assembly); // => { year: 2025, month: 10 }
 */
export function periodOf(isoDate: string, convention: PeriodConvention): StatisticalMonth {
  const date = parseIsoDate(isoDate);
  let calendarYear = date.year;
  let month = date.month;
  if (convention.month_start_day > 1 && date.day >= convention.month_start_day) {
    month += 1;
    if (month === 13) [calendarYear, month] = [calendarYear + 1, 1];
  }
  const ysm = convention.year_start_month;
  const year = ysm !== 1 && month >= ysm ? calendarYear + 1 : calendarYear;
  return { year, month };
}
