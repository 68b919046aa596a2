import type { Lang } from '../messages/lang.ts';
import { formatDate, type DateOptions } from './date.ts';
import { PERIOD_TEXTS } from './words.ts';

/**
 * Prints an inclusive date range: '15/12/2024 - 14/12/2025' in Vietnamese (as the ministry's
 * reports write it), '15 Dec 2024 – 14 Dec 2025' in English.
 *
 * @throws {RangeError} when a date is not an existing ISO date, or `start` is after `end`.
 * @example
 * formatDateRange('2024-07-15', '2024-08-14', 'vi'); // => '15/7/2024 - 14/8/2024'
 * formatDateRange('2024-12-15', '2025-12-14', 'en'); // => '15 Dec 2024 – 14 Dec 2025'
 */
export function formatDateRange(start: string, end: string, lang: Lang = 'vi', options: DateOptions = {}): string {
  const from = formatDate(start, lang, options);
  const to = formatDate(end, lang, options);
  if (start > end) throw new RangeError(`formatDateRange: ${start} is after ${end}`);
  return `${from}${PERIOD_TEXTS.dateRangeSeparator[lang]}${to}`;
}
