import type { Lang } from '../messages/lang.ts';
import { formatDateRange } from '../format/date-range.ts';
import { PERIOD_TEXTS } from '../format/words.ts';
import type { PeriodConvention } from './convention.ts';
import { calendarYearOfMonth } from './month-math.ts';
import { periodRange } from './period-range.ts';

/** Options of a period label. */
export interface PeriodLabelOptions {
  /**
   * Print the exact dates in brackets. `'auto'` (default): whenever the period is not the
   * calendar period of the same name (a police month, an NA year), since a reader cannot
   * otherwise tell which days are counted (METHODOLOGY.md §5: a label should carry its dates).
   */
  withDates?: boolean | 'auto';
}

/**
 * Labels a statistical year (`month` null) or one named month of it, for readers.
 *
 * A month is labelled with the calendar year it ends in ('Tháng 10/2024' is month 10 of NA year
 * 2025). Vietnamese dates are joined by ' - ', English ones by ' – ', as each is printed.
 *
 * @throws {PeriodArgumentError} for a bad year or month.
 * @example
 * periodLabel(PERIOD_CONVENTIONS.police, 2025, null, 'vi'); // => 'Năm 2025 (15/12/2024 - 14/12/2025)'
 * periodLabel(PERIOD_CONVENTIONS.police, 2024, 8, 'vi'); // => 'Tháng 8/2024 (15/7/2024 - 14/8/2024)'
 * periodLabel(PERIOD_CONVENTIONS.police, 2025, null, 'en'); // => 'Year 2025 (15 Dec 2024 – 14 Dec 2025)'
 * periodLabel(PERIOD_CONVENTIONS.calendar, 2025, 3, 'en'); // => 'March 2025'
 * periodLabel(PERIOD_CONVENTIONS.calendar, 2025, null, 'vi', { withDates: true }); // => 'Năm 2025 (1/1/2025 - 31/12/2025)'
 */
export function periodLabel(
  convention: PeriodConvention,
  year: number,
  month: number | null,
  lang: Lang = 'vi',
  options: PeriodLabelOptions = {},
): string {
  const range = periodRange(convention, year, month);
  const text =
    month === null
      ? PERIOD_TEXTS.year(year)[lang]
      : PERIOD_TEXTS.month(month, calendarYearOfMonth(convention, year, month))[lang];
  const calendarAligned = convention.month_start_day === 1 && (month !== null || convention.year_start_month === 1);
  const withDates = options.withDates ?? 'auto';
  const show = withDates === 'auto' ? !calendarAligned : withDates;
  return show ? `${text} (${formatDateRange(range.start, range.end, lang)})` : text;
}
