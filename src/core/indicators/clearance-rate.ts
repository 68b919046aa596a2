import { defineIndicator } from './definition.ts';

/**
 * Clearance of criminal cases (cohort rate).
 *
 * Formula: cleared / occurred, all severities, where cleared counts the year's cases cleared by the
 * reporting cut-off. Interval: Wilson.
 * Source: programme mục II.1.2.c (>= 80 %); provincial practice (Bà Rịa-Vũng Tàu 2023: 695/788 = 88,2 %).
 */
export const clearanceRate = defineIndicator({
  id: 'clearance_rate',
  title: { vi: 'Tỉ lệ điều tra, khám phá án hình sự', en: 'Clearance of criminal cases' },
  shortTitle: { vi: 'Điều tra, khám phá án', en: 'Clearance' },
  description: {
    vi: 'Số vụ đã điều tra, khám phá trên số vụ xảy ra trong kỳ (tính theo lứa: vụ xảy ra trong kỳ được khám phá đến ngày chốt số liệu).',
    en: 'Cases cleared over cases that occurred in the period (a cohort rate: the period’s cases cleared by the cut-off).',
  },
  unit: 'proportion',
  direction: 'increase',
  numerator: {
    table: 'criminal_cases',
    terms: [{ column: 'cleared', sign: 1, rollUp: 'sum' }],
    label: { vi: 'Số vụ đã khám phá', en: 'Cases cleared' },
  },
  denominator: {
    table: 'criminal_cases',
    terms: [{ column: 'occurred', sign: 1, rollUp: 'sum' }],
    label: { vi: 'Số vụ xảy ra', en: 'Cases that occurred' },
  },
  chartName: { vi: 'Điều tra, khám phá án', en: 'Criminal cases cleared' },
  rateTitle: { vi: 'Tỉ lệ điều tra, khám phá án hình sự', en: 'Clearance rate of criminal cases' },
  rateMeasure: { vi: 'số vụ đã điều tra làm rõ trên số vụ xảy ra', en: 'cases cleared over cases that occurred' },
  denominatorName: { vi: 'Số vụ xảy ra', en: 'Cases that occurred' },
  analysisName: { vi: 'Tỉ lệ điều tra làm rõ', en: 'Clearance rate' },
  countUnit: { vi: 'vụ', en: 'cases', enOne: 'case' },
  charts: { trend: true, areas: true },
  interval: 'wilson',
  clause: 'mục II.1.2.c',
  formula: 'cleared / occurred',
});
