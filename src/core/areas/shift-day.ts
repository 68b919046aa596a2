import { parseIsoDate, toIsoDate } from '../format/iso-date.ts';

/**
 * An ISO date moved by a whole number of days (negative: earlier).
 *
 * @throws {RangeError} when the text is not an existing ISO date.
 * @example
 * shiftDay('2025-06-30', 1); // => '2025-07-01'
 * shiftDay('2025-01-01', -1); // => '2024-12-31'
 */
export function shiftDay(isoDate: string, days: number): string {
  const { year, month, day } = parseIsoDate(isoDate);
  const t = new Date(Date.UTC(year, month - 1, day + days));
  return toIsoDate({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
}
