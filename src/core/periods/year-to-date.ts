import type { Lang } from '../messages/lang.ts';
import type { PeriodConvention, PeriodRange } from './convention.ts';
import { monthSpan, monthSpanRange } from './month-span.ts';
import { monthSpanLabel } from './month-span-label.ts';
import type { PeriodLabelOptions } from './period-label.ts';

/**
 * The days from the start of statistical year `year` to the end of named month `throughMonth`,
 * and how many months that is ("lũy kế", "N tháng đầu năm").
 *
 * @throws {PeriodArgumentError} for a bad year or month.
 * @example
 * yearToDateRange(PERIOD_CONVENTIONS.police, 2026, 10); // => { start: '2025-12-15', end: '2026-10-14', months: 10 }
 * yearToDateRange(PERIOD_CONVENTIONS.calendar, 2026, 10); // => { start: '2026-01-01', end: '2026-10-31', months: 10 }
 */
export function yearToDateRange(
  convention: PeriodConvention,
  year: number,
  throughMonth: number,
): PeriodRange & { months: number } {
  return monthSpanRange(convention, monthSpan(convention, year, throughMonth));
}

/**
 * Labels the year to date: '10 tháng đầu năm 2026' / 'Jan–Oct 2026', with the dates when months
 * do not start on the 1st (see {@link monthSpanLabel}).
 *
 * @throws {PeriodArgumentError} for a bad year or month.
 * @example
 * yearToDateLabel(PERIOD_CONVENTIONS.calendar, 2026, 10, 'vi'); // => '10 tháng đầu năm 2026'
 * yearToDateLabel(PERIOD_CONVENTIONS.calendar, 2026, 10, 'en'); // => 'Jan–Oct 2026'
 * yearToDateLabel(PERIOD_CONVENTIONS.police, 2026, 10, 'vi'); // => '10 tháng đầu năm 2026 (15/12/2025 - 14/10/2026)'
 */
export function yearToDateLabel(
  convention: PeriodConvention,
  year: number,
  throughMonth: number,
  lang: Lang = 'vi',
  options: PeriodLabelOptions = {},
): string {
  return monthSpanLabel(convention, monthSpan(convention, year, throughMonth), lang, options);
}
