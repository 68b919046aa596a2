import type { PeriodConvention } from '../periods/convention.ts';
import { monthAtPosition, monthPosition } from '../periods/month-math.ts';
import { periodRange } from '../periods/period-range.ts';
import { PERIOD_CONVENTIONS, type BuiltInConventionId } from '../periods/registry.ts';
import type { DataSetMeta } from '../types.ts';

/** A statistical month: the statistical year and the named month (1-12), as the data's rows hold them. */
export interface YearMonth {
  year: number;
  month: number;
}

/**
 * The period convention a data set's monthly rows follow (`meta.periods`); calendar months when the id is
 * not a built-in convention.
 *
 * @example conventionOf({ meta: { periods: 'police', ... } }).month_start_day // => 15
 */
export function conventionOf(data: { meta: Pick<DataSetMeta, 'periods'> }): PeriodConvention {
  return PERIOD_CONVENTIONS[data.meta.periods as BuiltInConventionId] ?? PERIOD_CONVENTIONS.calendar;
}

/**
 * A month's place on one time line: `12·year + position − 1`, the position counted from the statistical
 * year's first month (January for the calendar and the police; October for the National Assembly), so
 * consecutive statistical months have consecutive indices.
 *
 * @example monthIndex(PERIOD_CONVENTIONS.police, { year: 2025, month: 7 }) // => 24306
 */
export function monthIndex(convention: PeriodConvention, ym: YearMonth): number {
  return ym.year * 12 + monthPosition(convention, ym.month) - 1;
}

/**
 * The statistical month at an index of {@link monthIndex}.
 *
 * @example yearMonthAt(PERIOD_CONVENTIONS.police, 24306) // => { year: 2025, month: 7 }
 */
export function yearMonthAt(convention: PeriodConvention, index: number): YearMonth {
  const year = Math.floor(index / 12);
  return { year, month: monthAtPosition(convention, index - year * 12 + 1) };
}

/**
 * First and last day (ISO) of a statistical month.
 *
 * @example monthDays(PERIOD_CONVENTIONS.police, { year: 2025, month: 7 }) // => { start: '2025-06-15', end: '2025-07-14' }
 */
export function monthDays(convention: PeriodConvention, ym: YearMonth): { start: string; end: string } {
  return periodRange(convention, ym.year, ym.month);
}

/**
 * The day after an ISO date.
 *
 * @example nextDay('2025-06-30') // => '2025-07-01'
 */
export function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + 1));
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}
