import type { Lang } from '../messages/lang.ts';
import type { DataSetMeta } from '../types.ts';
import type { PeriodConvention } from './convention.ts';
import { PERIOD_CONVENTIONS } from './registry.ts';
import { periodLabel } from './period-label.ts';
import { yearToDateLabel } from './year-to-date.ts';

/**
 * The period convention a data set declares (`datapackage.json` property `periods`), calendar when it
 * declares none. The loader refuses unknown names, so a miss here falls back to calendar.
 *
 * @example conventionOf({ periods: 'police' } as DataSetMeta).month_start_day // => 15
 */
export function conventionOf(meta: Pick<DataSetMeta, 'periods'>): PeriodConvention {
  return (PERIOD_CONVENTIONS as Record<string, PeriodConvention>)[meta.periods] ?? PERIOD_CONVENTIONS.calendar;
}

/**
 * The label of a reporting year as the data cover it, with its exact dates: the whole year
 * ("Năm 2025 (15/12/2024 - 14/12/2025)"), or the months so far when the year is not complete
 * ("10 tháng đầu năm 2026 (15/12/2025 - 14/10/2026)").
 *
 * @param months the months the year's rows cover (null for an annual table: the whole year)
 */
export function reportingYearLabel(
  meta: Pick<DataSetMeta, 'periods'>,
  year: number,
  months: readonly number[] | null,
  lang: Lang,
): string {
  const convention = conventionOf(meta);
  const last = months && months.length > 0 ? Math.max(...months) : 12;
  if (last >= 12) return periodLabel(convention, year, null, lang, { withDates: true });
  return yearToDateLabel(convention, year, last, lang, { withDates: true });
}
