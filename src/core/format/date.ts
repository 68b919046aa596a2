import type { Lang } from '../messages/lang.ts';
import { parseIsoDate } from './iso-date.ts';
import { MONTHS_EN_SHORT } from './words.ts';

/** Options of a printed date. */
export interface DateOptions {
  /** Vietnamese only: pad day and month to two digits ('01/10/2025'). Default false ('1/10/2025'), as reports print. */
  pad?: boolean;
}

/**
 * Prints an ISO date for a reader: Vietnamese day/month/year ('31/10/2026', '15/7/2024', no
 * leading zeros unless `pad`), English day, month abbreviation, year ('31 Oct 2026'). Where a
 * machine-readable date is wanted, keep the ISO text itself: the formatter only serves readers.
 *
 * @throws {RangeError} when the text is not an existing ISO date.
 * @example
 * formatDate('2026-10-31', 'vi'); // => '31/10/2026'
 * formatDate('2024-07-15', 'vi'); // => '15/7/2024'
 * formatDate('2024-07-05', 'vi', { pad: true }); // => '05/07/2024'
 * formatDate('2026-10-31', 'en'); // => '31 Oct 2026'
 */
export function formatDate(iso: string, lang: Lang = 'vi', options: DateOptions = {}): string {
  const { year, month, day } = parseIsoDate(iso);
  if (lang === 'en') return `${day} ${MONTHS_EN_SHORT[month - 1]} ${year}`;
  const pad = (n: number): string => (options.pad === true ? String(n).padStart(2, '0') : String(n));
  return `${pad(day)}/${pad(month)}/${year}`;
}
