/**
 * Statistical months as integers, and the table that places a day number in its month.
 *
 * A period index is `y * 12 + (month - 1)` for the named month `periodOf` gives (core/periods)
 * and `y` the calendar year that named month lies in: police month 1/2025 (15/12/2024 to
 * 14/1/2025) is `2025 * 12`; National Assembly month 10 of year 2025 (October 2024) is
 * `2024 * 12 + 9`. So consecutive statistical months have consecutive indexes under every
 * convention (the month after is `p + 1`, also across the turn of a statistical year that does not
 * start in January), and `periodOfIndex` adds the year's shift back: with `year_start_month` m > 1,
 * a named month at or after m belongs to the next statistical year. The table is built once per
 * convention from the same two numbers `periodOf` reads (`month_start_day`, `year_start_month`),
 * and a test checks it against `periodOf` on every day of the supported years.
 */
import type { PeriodConvention } from '../../core/periods/convention.ts';
import { END_DAY, FIRST_DAY, civilFromDays } from './day-number.ts';

/** A convention's calendar as lookups from day numbers to period indexes and back. */
export interface PeriodTable {
  convention: PeriodConvention;
  /** Period index of day `FIRST_DAY + i`. */
  periodOfDay: Int32Array;
  /** Smallest period index any supported day has. */
  firstPeriod: number;
  /** First day of period `firstPeriod + j`; one more entry than there are periods (the end). */
  periodStart: Int32Array;
}

/**
 * Builds the day-to-period table of a convention for every day of the supported years (`MIN_YEAR`–`MAX_YEAR` of day-number.ts).
 *
 * @example
 * const t = periodTable(PERIOD_CONVENTIONS.police);
 * periodOfIndex(t, t.periodOfDay[dayFromIso('2024-12-15') - FIRST_DAY]!); // => { year: 2025, month: 1 }
 */
export function periodTable(convention: PeriodConvention): PeriodTable {
  const days = END_DAY - FIRST_DAY;
  const periodOfDay = new Int32Array(days);
  const startDay = convention.month_start_day;
  let { year, month, day } = civilFromDays(FIRST_DAY);
  // A calendar month at a time (a day at a time cost 20 ms a thread): its days before the start
  // day are in the month named by it, the days from it on in the next one.
  for (let i = 0; i < days;) {
    const last = daysIn(year, month);
    const named = year * 12 + month - 1;
    const shiftFrom = startDay > 1 ? Math.min(last + 1, Math.max(day, startDay)) : last + 1;
    const before = Math.min(days - i, shiftFrom - day);
    periodOfDay.fill(named, i, i + before);
    i += before;
    const after = Math.min(days - i, last + 1 - Math.max(day, shiftFrom));
    periodOfDay.fill(named + 1, i, i + after);
    i += after;
    day = 1;
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
  }
  const firstPeriod = periodOfDay[0]!;
  const lastPeriod = periodOfDay[days - 1]!;
  const periodStart = new Int32Array(lastPeriod - firstPeriod + 2);
  periodStart[0] = FIRST_DAY;
  for (let i = 1; i < days; i++) {
    if (periodOfDay[i] !== periodOfDay[i - 1]) periodStart[periodOfDay[i]! - firstPeriod] = FIRST_DAY + i;
  }
  periodStart[periodStart.length - 1] = END_DAY;
  return { convention, periodOfDay, firstPeriod, periodStart };
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The period index of a day number (which must lie in the supported years).
 *
 * @example
 * periodOfDayNumber(periodTable(PERIOD_CONVENTIONS.calendar), dayFromIso('2024-03-01')); // => 2024 * 12 + 2
 */
export function periodOfDayNumber(table: PeriodTable, day: number): number {
  return table.periodOfDay[day - FIRST_DAY]!;
}

/**
 * The statistical year and month of a period index: the named month is `p % 12 + 1`; its year is
 * the calendar year `floor(p / 12)`, plus one when the convention's year starts after January and
 * the month is at or after its first month (`periodOf`'s rule).
 *
 * @example
 * periodOfIndex(periodTable(PERIOD_CONVENTIONS.police), 2025 * 12); // => { year: 2025, month: 1 }
 * periodOfIndex(periodTable(PERIOD_CONVENTIONS.national_assembly), 2024 * 12 + 9); // => { year: 2025, month: 10 }
 */
export function periodOfIndex(table: PeriodTable, p: number): { year: number; month: number } {
  const month = (p % 12) + 1;
  const ysm = table.convention.year_start_month;
  return { year: Math.floor(p / 12) + (ysm !== 1 && month >= ysm ? 1 : 0), month };
}

/**
 * The period index of a statistical year and month (the inverse of `periodOfIndex`).
 *
 * @example
 * indexOfPeriod(periodTable(PERIOD_CONVENTIONS.national_assembly), 2025, 10); // => 2024 * 12 + 9
 */
export function indexOfPeriod(table: PeriodTable, year: number, month: number): number {
  const ysm = table.convention.year_start_month;
  return (year - (ysm !== 1 && month >= ysm ? 1 : 0)) * 12 + month - 1;
}

/**
 * First and last day (inclusive) of a period. The first and last periods may be cut short by the
 * supported years.
 *
 * @example
 * const t = periodTable(PERIOD_CONVENTIONS.police);
 * periodDays(t, 2024 * 12 + 7).map(isoOfDay); // => ['2024-07-15', '2024-08-14']
 */
export function periodDays(table: PeriodTable, p: number): [first: number, last: number] {
  const j = p - table.firstPeriod;
  return [table.periodStart[j]!, table.periodStart[j + 1]! - 1];
}
