/**
 * Dates as day numbers: whole days since 1970-01-01 on the proleptic Gregorian calendar, read
 * straight from the bytes of a CSV field, with no `Date` object and no string made per cell.
 *
 * Case-level files run to millions of rows, so the hot path is a table lookup: the first day of
 * every month of the supported years is computed once, and a date is `monthStart + day - 1`.
 * Supported years are {@link MIN_YEAR}–{@link MAX_YEAR}; other years are refused as out of range.
 *
 * Reference: H. Hinnant, "chrono-Compatible Low-Level Date Algorithms" (days_from_civil,
 * civil_from_days), https://howardhinnant.github.io/date_algorithms.html
 */

/** First and last years a date may have. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** Stands for "no date" (an empty cell) in an Int32Array of day numbers: later than every real day. */
export const NO_DAY = 0x7fffffff;
/** Returned for text that is not a date written `YYYY-MM-DD`. */
export const BAD_DATE = -0x80000000;
/** Returned for a well-formed date outside {@link MIN_YEAR}–{@link MAX_YEAR}. */
export const DATE_OUT_OF_RANGE = -0x7fffffff;

/**
 * The day number of a civil date (Hinnant's `days_from_civil`). No range check.
 *
 * @example
 * daysFromCivil(1970, 1, 1); // => 0
 * daysFromCivil(2024, 2, 29); // => 19782
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The civil date of a day number (Hinnant's `civil_from_days`).
 *
 * @example
 * civilFromDays(19782); // => { year: 2024, month: 2, day: 29 }
 */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Writes a day number as ISO `YYYY-MM-DD`.
 *
 * @example
 * isoOfDay(19782); // => '2024-02-29'
 */
export function isoOfDay(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** First day of each month from January {@link MIN_YEAR}, one past the end included. */
const MONTH_START = (() => {
  const months = (MAX_YEAR - MIN_YEAR + 1) * 12;
  const out = new Int32Array(months + 1);
  for (let i = 0; i <= months; i++) out[i] = daysFromCivil(MIN_YEAR + Math.floor(i / 12), (i % 12) + 1, 1);
  return out;
})();

/** Day number of 1 January {@link MIN_YEAR} and one past 31 December {@link MAX_YEAR}. */
export const FIRST_DAY = MONTH_START[0]!;
export const END_DAY = MONTH_START[MONTH_START.length - 1]!;

/**
 * Reads `YYYY-MM-DD` from bytes `[start, end)` of a buffer.
 *
 * @returns the day number, {@link BAD_DATE} for anything else (a day that does not exist
 *   included), or {@link DATE_OUT_OF_RANGE} for a year outside the supported years.
 * @example
 * dayFromBytes(Buffer.from('2024-02-29'), 0, 10); // => 19782
 * dayFromBytes(Buffer.from('2025-02-29'), 0, 10); // => BAD_DATE
 */
export function dayFromBytes(buf: Uint8Array, start: number, end: number): number {
  if (end - start !== 10 || buf[start + 4] !== 45 || buf[start + 7] !== 45) return BAD_DATE;
  const y0 = buf[start]! - 48,
    y1 = buf[start + 1]! - 48,
    y2 = buf[start + 2]! - 48,
    y3 = buf[start + 3]! - 48;
  const m0 = buf[start + 5]! - 48,
    m1 = buf[start + 6]! - 48,
    d0 = buf[start + 8]! - 48,
    d1 = buf[start + 9]! - 48;
  // One unsigned comparison per digit: a byte below '0' wraps to a large number.
  if (
    y0 >>> 0 > 9 ||
    y1 >>> 0 > 9 ||
    y2 >>> 0 > 9 ||
    y3 >>> 0 > 9 ||
    m0 >>> 0 > 9 ||
    m1 >>> 0 > 9 ||
    d0 >>> 0 > 9 ||
    d1 >>> 0 > 9
  )
    return BAD_DATE;
  return dayOf(y0 * 1000 + y1 * 100 + y2 * 10 + y3, m0 * 10 + m1, d0 * 10 + d1);
}

/**
 * Reads an ISO date string; the same answers as {@link dayFromBytes}.
 *
 * @example
 * dayFromIso('1970-01-02'); // => 1
 * dayFromIso('2024-13-01'); // => BAD_DATE
 */
export function dayFromIso(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return BAD_DATE;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return BAD_DATE;
    y = y * 10 + c;
  }
  const m0 = text.charCodeAt(5) - 48,
    m1 = text.charCodeAt(6) - 48,
    d0 = text.charCodeAt(8) - 48,
    d1 = text.charCodeAt(9) - 48;
  if (m0 < 0 || m0 > 9 || m1 < 0 || m1 > 9 || d0 < 0 || d0 > 9 || d1 < 0 || d1 > 9) return BAD_DATE;
  return dayOf(y, m0 * 10 + m1, d0 * 10 + d1);
}

function dayOf(year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1) return BAD_DATE;
  if (year < MIN_YEAR || year > MAX_YEAR) {
    if (year === 0) return BAD_DATE;
    const dim =
      month === 2
        ? (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
          ? 29
          : 28
        : month === 4 || month === 6 || month === 9 || month === 11
          ? 30
          : 31;
    return day > dim ? BAD_DATE : DATE_OUT_OF_RANGE;
  }
  const i = (year - MIN_YEAR) * 12 + month - 1;
  const first = MONTH_START[i]!;
  if (day > MONTH_START[i + 1]! - first) return BAD_DATE;
  return first + day - 1;
}

/**
 * True for a day number that {@link dayFromBytes} can return for a real date.
 *
 * @example
 * isDay(dayFromIso('2024-01-01')); // => true
 * isDay(NO_DAY); // => false
 */
export function isDay(value: number): boolean {
  return value >= FIRST_DAY && value < END_DAY;
}
