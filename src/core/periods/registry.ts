import type { PeriodConvention } from './convention.ts';

/** Identifiers of the built-in conventions. */
export type BuiltInConventionId = 'calendar' | 'police' | 'national_assembly' | 'procuracy';

/**
 * The built-in reporting-period conventions (METHODOLOGY.md §5), each an instance of
 * {@link PeriodConvention}. A user's own convention is the same shape, read with `parseConvention`.
 *
 * @example
 * PERIOD_CONVENTIONS.police.month_start_day; // => 15
 * PERIOD_CONVENTIONS.national_assembly.year_start_month; // => 10
 */
export const PERIOD_CONVENTIONS: Readonly<Record<BuiltInConventionId, PeriodConvention>> = Object.freeze({
  calendar: Object.freeze({
    id: 'calendar',
    name: { vi: 'Năm dương lịch', en: 'Calendar year' },
    month_start_day: 1,
    year_start_month: 1,
    basis: 'stated',
  }),
  police: Object.freeze({
    id: 'police',
    name: { vi: 'Kỳ thống kê của Công an', en: 'Police statistical period' },
    month_start_day: 15,
    year_start_month: 1,
    source:
      "Ministry of Public Security monthly figures: 'tháng 8/2024: từ ngày 15/7/2024 đến ngày 14/8/2024'; " +
      "'tháng 12/2025: 15/11-14/12/2025' (METHODOLOGY.md §5)",
    basis: 'inferred',
    note: {
      vi:
        'Tháng thống kê từ ngày 15 tháng trước đến ngày 14 (có nguồn). Năm thống kê từ 15/12 năm trước đến 14/12 ' +
        'là cách hiểu hợp lý từ các đợt cao điểm cuối năm bắt đầu 15/12; chưa có văn bản nêu rõ.',
      en:
        'Statistical month from the 15th of the previous month to the 14th (sourced). The year 15/12 to 14/12 ' +
        'is the likely reading from year-end campaigns starting on 15/12; no source states it outright.',
    },
  }),
  national_assembly: Object.freeze({
    id: 'national_assembly',
    name: { vi: 'Kỳ báo cáo Quốc hội', en: 'National Assembly reporting year' },
    month_start_day: 1,
    year_start_month: 10,
    source: 'Government reports to the National Assembly on crime prevention cover 1/10 to 30/9 (METHODOLOGY.md §5)',
    basis: 'stated',
  }),
  procuracy: Object.freeze({
    id: 'procuracy',
    name: { vi: 'Kỳ thống kê của Viện kiểm sát', en: 'Procuracy statistical year' },
    month_start_day: 1,
    year_start_month: 12,
    source: 'Procuracy reports: first half-year 01/12/2023-31/05/2024 (METHODOLOGY.md §5)',
    basis: 'stated',
  }),
});

/**
 * The built-in convention ids, in the order above.
 *
 * @example
 * BUILT_IN_CONVENTION_IDS; // => ['calendar', 'police', 'national_assembly', 'procuracy']
 */
export const BUILT_IN_CONVENTION_IDS: readonly BuiltInConventionId[] = Object.freeze(
  Object.keys(PERIOD_CONVENTIONS) as BuiltInConventionId[],
);
