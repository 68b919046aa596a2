import { defineIndicator } from './definition.ts';

/**
 * Crime against social order against the year before (the 2025 directive: "được kiềm chế, kéo giảm qua
 * từng năm", falls every year).
 *
 * Formula: occurred(Y) / occurred(Y-1) - 1, crime_group social_order, every severity; a year in progress is
 * compared with the same months of Y-1 (CONTRACT.md).
 * Interval: exact conditional Poisson rate-ratio interval (R `poisson.test(c(xY, xY1))`), minus 1.
 * Source: Chỉ thị năm 2025 của Ban Thường vụ Tỉnh ủy Hà Tĩnh; TARGETS.md ("year's count below the previous
 * year's": change < 0); CONTRACT.md.
 */
export const socialOrderCrimeChange = defineIndicator({
  id: 'social_order_crime_change',
  title: {
    vi: 'Tội phạm về trật tự xã hội so với năm trước',
    en: 'Crime against social order against the year before',
  },
  shortTitle: { vi: 'Tội phạm TTXH so với năm trước', en: 'Social-order crime vs year before' },
  description: {
    vi: 'Mức tăng, giảm số vụ phạm tội về trật tự xã hội xảy ra so với năm trước (cùng kỳ khi năm chưa hết).',
    en: 'Change in the cases against social order that occurred, against the year before (the same months for a year in progress).',
  },
  unit: 'relative_change',
  direction: 'decrease',
  numerator: {
    table: 'criminal_cases',
    terms: [{ column: 'occurred', sign: 1, rollUp: 'sum' }],
    where: { crime_group: ['social_order'] },
    label: { vi: 'Số vụ phạm tội về TTXH trong năm', en: 'Social-order cases in the year' },
  },
  denominator: {
    table: 'criminal_cases',
    terms: [{ column: 'occurred', sign: 1, rollUp: 'sum' }],
    where: { crime_group: ['social_order'] },
    label: { vi: 'Số vụ phạm tội về TTXH năm trước', en: 'Social-order cases the year before' },
  },
  comparison: { kind: 'previous_year' },
  chartName: { vi: 'Tội phạm về TTXH so với năm trước', en: 'Social-order crime against the year before' },
  countUnit: { vi: 'vụ', en: 'cases', enOne: 'case' },
  interval: 'poisson_rate_ratio',
  clause: 'Chỉ thị năm 2025 của tỉnh: kéo giảm tội phạm về TTXH qua từng năm',
  formula: 'occurred(Y) / occurred(Y-1) - 1, crime_group social_order',
});
