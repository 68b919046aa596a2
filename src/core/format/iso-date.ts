/**
 * Calendar dates as plain data: `{ year, month, day }` read from and written to ISO `YYYY-MM-DD`.
 * Pure integer arithmetic on the proleptic Gregorian calendar, with no `Date` object, so no time
 * zone can shift a day.
 */

/** A calendar date. `month` 1–12, `day` 1–31. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/**
 * True for a Gregorian leap year.
 *
 * @example
 * isLeapYear(2024); // => true
 * isLeapYear(1900); // => false
 * isLeapYear(2000); // => true
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days in a calendar month.
 *
 * @example
 * daysInMonth(2024, 2); // => 29
 * daysInMonth(2025, 2); // => 28
 * daysInMonth(2025, 4); // => 30
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Reads a strict ISO date `YYYY-MM-DD` (years 0001–9999) and checks that the day exists.
 *
 * @throws {RangeError} for any other text, or a day that does not exist (2025-02-29).
 * @example
 * parseIsoDate('2024-02-29'); // => { year: 2024, month: 2, day: 29 }
 */
export function parseIsoDate(iso: string): CivilDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) throw new RangeError(`Not an ISO date (YYYY-MM-DD): '${iso}'`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`No such date: '${iso}'`);
  }
  return { year, month, day };
}

/**
 * Writes a date as ISO `YYYY-MM-DD`.
 *
 * @throws {RangeError} when the date does not exist or the year is outside 1–9999.
 * @example
 * toIsoDate({ year: 2024, month: 7, day: 15 }); // => '2024-07-15'
 */
export function toIsoDate(date: CivilDate): string {
  const { year, month, day } = date;
  if (
    ![year, month, day].every(Number.isInteger) ||
    year < 1 ||
    year > 9999 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month)
  ) {
    throw new RangeError(`No such date: ${year}-${month}-${day}`);
  }
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
