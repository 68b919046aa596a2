import type { Lang } from '../messages/lang.ts';
import { formatDateRange } from '../format/date-range.ts';
import { PERIOD_TEXTS } from '../format/words.ts';
import type { PeriodConvention } from './convention.ts';
import { calendarYearOfMonth } from './month-math.ts';
import { monthSpanRange, type MonthSpan } from './month-span.ts';
import { periodLabel, type PeriodLabelOptions } from './period-label.ts';

/**
 * Labels a run of months for readers.
 *
 * - the whole year or a single month: as {@link periodLabel};
 * - the first months of a year that starts with January (calendar, police): '10 tháng đầu năm
 *   2026' / 'Jan–Oct 2026';
 * - any other run: 'Từ tháng 10/2024 đến tháng 3/2025' / 'Oct 2024–Mar 2025' (Vietnamese "N tháng
 *   đầu năm" would be misread as counting from January).
 *
 * With `withDates: 'auto'` (default) the dates are printed when months do not start on the 1st.
 *
 * @throws {PeriodArgumentError} as {@link monthSpan}.
 * @example
 * monthSpanLabel(PERIOD_CONVENTIONS.calendar, { year: 2026, firstMonth: 1, lastMonth: 10 }, 'vi'); // => '10 tháng đầu năm 2026'
 * monthSpanLabel(PERIOD_CONVENTIONS.police, { year: 2026, firstMonth: 1, lastMonth: 10 }, 'en'); // => 'Jan–Oct 2026 (15 Dec 2025 – 14 Oct 2026)'
 * monthSpanLabel(PERIOD_CONVENTIONS.national_assembly, { year: 2025, firstMonth: 10, lastMonth: 3 }, 'vi'); // => 'Từ tháng 10/2024 đến tháng 3/2025'
 */
export function monthSpanLabel(
  convention: PeriodConvention,
  span: MonthSpan,
  lang: Lang = 'vi',
  options: PeriodLabelOptions = {},
): string {
  const range = monthSpanRange(convention, span);
  const { year, firstMonth, lastMonth } = span;
  if (range.months === 12) return periodLabel(convention, year, null, lang, options);
  if (range.months === 1) return periodLabel(convention, year, lastMonth, lang, options);
  const firstYear = calendarYearOfMonth(convention, year, firstMonth);
  const lastYear = calendarYearOfMonth(convention, year, lastMonth);
  const text =
    convention.year_start_month === 1 && firstMonth === 1
      ? PERIOD_TEXTS.firstMonths(range.months, lastMonth, year)[lang]
      : PERIOD_TEXTS.monthToMonth(firstMonth, firstYear, lastMonth, lastYear)[lang];
  const withDates = options.withDates ?? 'auto';
  const show = withDates === 'auto' ? convention.month_start_day !== 1 : withDates;
  return show ? `${text} (${formatDateRange(range.start, range.end, lang)})` : text;
}
