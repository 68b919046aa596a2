import type { PeriodConvention, PeriodRange } from './convention.ts';
import { monthSpan, monthSpanRange, type MonthSpan } from './month-span.ts';

/**
 * The same months of the statistical year before ("cùng kỳ năm trước"), with their days, for a
 * comparison "so với cùng kỳ". Months are matched by name, so the days follow the calendar of
 * each year (a calendar February has 29 days in 2024 and 28 in 2023).
 *
 * @throws {PeriodArgumentError} for a bad span.
 * @example
 * sameMonthsPreviousYear(PERIOD_CONVENTIONS.police, { year: 2026, firstMonth: 1, lastMonth: 10 }); // => { year: 2025, firstMonth: 1, lastMonth: 10, start: '2024-12-15', end: '2025-10-14' }
 * sameMonthsPreviousYear(PERIOD_CONVENTIONS.calendar, { year: 2024, firstMonth: 2, lastMonth: 2 }); // => { year: 2023, firstMonth: 2, lastMonth: 2, start: '2023-02-01', end: '2023-02-28' }
 */
export function sameMonthsPreviousYear(convention: PeriodConvention, span: MonthSpan): MonthSpan & PeriodRange {
  const previous = monthSpan(convention, span.year - 1, span.lastMonth, span.firstMonth);
  const { start, end } = monthSpanRange(convention, previous);
  return { ...previous, start, end };
}
