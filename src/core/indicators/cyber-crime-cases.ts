import { defineIndicator } from './definition.ts';

/**
 * Cybercrime: the cases that occurred (a count watched, not judged: no document sets a target).
 *
 * Formula: occurred(Y), crime_group cyber, every severity. Interval: Garwood exact Poisson interval for the
 * count. `inputs.previous_year` gives the same months of Y-1 and `inputs.cleared` the cases cleared.
 * Source: Chỉ thị năm 2025 của tỉnh (tội phạm sử dụng công nghệ cao được theo dõi); CONTRACT.md.
 */
export const cyberCrimeCases = defineIndicator({
  id: 'cyber_crime_cases',
  title: { vi: 'Số vụ tội phạm sử dụng công nghệ cao, trên không gian mạng', en: 'Cybercrime cases' },
  shortTitle: { vi: 'Tội phạm công nghệ cao', en: 'Cybercrime' },
  description: {
    vi: 'Số vụ phạm tội sử dụng công nghệ cao, trên không gian mạng xảy ra trong năm; theo dõi, không có chỉ tiêu.',
    en: 'Cybercrime cases that occurred in the year; watched, with no target.',
  },
  unit: 'count',
  direction: 'decrease',
  numerator: {
    table: 'criminal_cases',
    terms: [{ column: 'occurred', sign: 1, rollUp: 'sum' }],
    where: { crime_group: ['cyber'] },
    label: { vi: 'Số vụ xảy ra trong năm', en: 'Cases that occurred in the year' },
  },
  denominator: null,
  watch: {
    previousYear: true,
    cleared: {
      table: 'criminal_cases',
      terms: [{ column: 'cleared', sign: 1, rollUp: 'sum' }],
      where: { crime_group: ['cyber'] },
      label: { vi: 'Số vụ đã khám phá', en: 'Cases cleared' },
    },
  },
  chartName: { vi: 'Tội phạm công nghệ cao (số vụ)', en: 'Cybercrime (cases)' },
  countUnit: { vi: 'vụ', en: 'cases', enOne: 'case' },
  interval: 'garwood',
  clause: 'Chỉ thị năm 2025 của tỉnh: theo dõi tội phạm sử dụng công nghệ cao',
  formula: 'occurred(Y), crime_group cyber',
});
