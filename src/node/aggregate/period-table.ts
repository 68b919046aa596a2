/**
 * Statistical months as integers, and the table that places a day number in its month.
 *
 * A period index is `year * 12 + (month - 1)` for the statistical year and named month that
 * `periodOf` gives (core/periods), so consecutive statistical months have consecutive indexes and
 * `year = floor(p / 12)`, `month = p % 12 + 1`. The table is built once per convention from the
 * same two numbers `periodOf` reads (`month_start_day`, `year_start_month`), and a test checks it
 * against `periodOf` on every day of the supported years.
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
 * periodOfIndex(t.periodOfDay[dayFromIso('2024-12-15') - FIRST_DAY]!); // => { year: 2025, month: 1 }
 */
export function periodTable(convention: PeriodConvention): PeriodTable {
  const days = END_DAY - FIRST_DAY;
  const periodOfDay = new Int32Array(days);
  const startDay = convention.month_start_day;
  const ysm = convention.year_start_month;
  let { year, month, day } = civilFromDays(FIRST_DAY);
  for (let i = 0; i < days; i++) {
    let y = year;
    let m = month;
    if (startDay > 1 && day >= startDay) {
      m += 1;
      if (m === 13) [y, m] = [y + 1, 1];
    }
    const statYear = ysm !== 1 && m >= ysm ? y + 1 : y;
    periodOfDay[i] = statYear * 12 + m - 1;
    // Next civil day.
    day += 1;
    if (day > daysIn(year, month)) {
      day = 1;
      month += 1;
      if (month === 13) [year, month] = [year + 1, 1];
    }
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
 * The statistical year and month of a period index.
 *
 * @example
 * periodOfIndex(2025 * 12); // => { year: 2025, month: 1 }
 */
export function periodOfIndex(p: number): { year: number; month: number } {
  return { year: Math.floor(p / 12), month: (p % 12) + 1 };
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
