import { defineIndicator } from './definition.ts';

/**
 * Reoffending among persons amnestied, released after serving their sentence or conditionally released.
 *
 * Formula: reoffended / released, all release types, cohort_year = Y (persons, not cases). Interval: Wilson.
 * Source: programme mục II.1.2.d (< 15 %); Penal Code art. 53 (tái phạm) and art. 66 (tha tù trước thời hạn
 * có điều kiện); cohort practice as BJS (METHODOLOGY 1.4).
 */
export const reoffendingRate = defineIndicator({
  id: 'reoffending_rate',
  title: {
    vi: 'Tỉ lệ tái phạm tội của người được đặc xá, chấp hành xong án phạt tù, tha tù trước thời hạn',
    en: 'Reoffending among amnestied and released persons',
  },
  shortTitle: { vi: 'Tái phạm tội', en: 'Reoffending' },
  description: {
    vi: 'Số người tái phạm trong thời gian theo dõi trên số người được thả trong năm (theo lứa năm thả).',
    en: 'Persons who reoffended within the follow-up over persons released in the cohort year.',
  },
  unit: 'proportion',
  direction: 'decrease',
  numerator: {
    table: 'reoffending',
    terms: [{ column: 'reoffended', sign: 1, rollUp: 'sum' }],
    yearColumn: 'cohort_year',
    label: { vi: 'Số người tái phạm', en: 'Persons who reoffended' },
  },
  denominator: {
    table: 'reoffending',
    terms: [{ column: 'released', sign: 1, rollUp: 'sum' }],
    yearColumn: 'cohort_year',
    label: { vi: 'Số người được thả', en: 'Persons released' },
  },
  chartName: { vi: 'Tái phạm tội', en: 'Reoffending' },
  rateTitle: { vi: 'Tỉ lệ tái phạm tội', en: 'Reoffending rate' },
  rateMeasure: {
    vi: 'số người tái phạm trên số người được tha, theo năm được tha',
    en: 'people who reoffended over people released, by year of release',
  },
  denominatorName: { vi: 'Số người được tha', en: 'People released' },
  countUnit: { vi: 'người', en: 'people', enOne: 'person' },
  charts: { trend: true },
  interval: 'wilson',
  clause: 'mục II.1.2.d',
  formula: 'reoffended / released (cohort_year = Y)',
  notes: {
    vi: 'Đếm người, không đếm vụ. Luôn nêu rõ lứa, loại sự kiện và thời gian theo dõi (follow_up_months).',
    en: 'Counts persons, not cases. Always state the cohort, the event and the follow-up window (follow_up_months).',
  },
});
