import { defineIndicator } from './definition.ts';

/**
 * Total criminal cases against the 2021 baseline (programme target a: down 5 % by 2025).
 *
 * Formula: occurred(Y) / occurred(2021) - 1, all crime groups and severities.
 * Interval: exact conditional Poisson rate-ratio interval (R `poisson.test(c(xY, x2021))`), minus 1.
 * Source: Hà Tĩnh programme implementing Conclusion 13-KL/TW, mục II.1.2.a; CONTRACT.md.
 */
export const crimeChangeVsBaseline = defineIndicator({
  id: 'crime_change_vs_baseline',
  title: { vi: 'Tổng số vụ phạm tội so với năm 2021', en: 'Criminal cases against 2021' },
  shortTitle: { vi: 'Số vụ phạm tội so với 2021', en: 'Criminal cases vs 2021' },
  description: {
    vi: 'Mức tăng, giảm tổng số vụ phạm tội hình sự xảy ra so với năm gốc 2021.',
    en: 'Change in the total number of criminal cases that occurred, against the 2021 baseline.',
  },
  unit: 'relative_change',
  direction: 'decrease',
  numerator: {
    table: 'criminal_cases',
    terms: [{ column: 'occurred', sign: 1, rollUp: 'sum' }],
    label: { vi: 'Số vụ xảy ra trong năm', en: 'Cases that occurred in the year' },
  },
  denominator: {
    table: 'criminal_cases',
    terms: [{ column: 'occurred', sign: 1, rollUp: 'sum' }],
    label: { vi: 'Số vụ xảy ra năm 2021', en: 'Cases that occurred in 2021' },
  },
  comparison: { kind: 'baseline', year: 2021 },
  chartName: { vi: 'Số vụ phạm tội so với năm 2021', en: 'Criminal cases against 2021' },
  countUnit: { vi: 'vụ', en: 'cases', enOne: 'case' },
  interval: 'poisson_rate_ratio',
  clause: 'mục II.1.2.a',
  formula: 'occurred(Y) / occurred(2021) - 1',
  notes: {
    vi: 'Gồm mọi nhóm tội và mức độ. Các nhóm tội do chủ động phát hiện (ma túy, kinh tế) được kỳ vọng tăng theo chỉ tiêu c, nên tội phạm về trật tự xã hội cũng được báo cáo riêng.',
    en: 'All crime groups and severities. Proactively detected groups (drugs, economic) are meant to rise under target c, so social-order crime is also reported separately.',
  },
});
