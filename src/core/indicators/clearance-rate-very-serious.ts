import { defineIndicator } from './definition.ts';

/**
 * Clearance of very serious and especially serious cases (Penal Code 2015 art. 9).
 *
 * Formula: cleared / occurred over severity very_serious + especially_serious. Interval: Wilson.
 * Source: programme mục II.1.2.c (>= 95 %); Bộ luật Hình sự 2015, điều 9.
 */
export const clearanceRateVerySerious = defineIndicator({
  id: 'clearance_rate_very_serious',
  title: {
    vi: 'Tỉ lệ khám phá án rất nghiêm trọng, đặc biệt nghiêm trọng',
    en: 'Clearance of very serious and especially serious cases',
  },
  shortTitle: { vi: 'Khám phá án RNT, ĐBNT', en: 'Clearance, very serious' },
  description: {
    vi: 'Số vụ rất nghiêm trọng và đặc biệt nghiêm trọng đã khám phá trên số vụ loại này xảy ra.',
    en: 'Very serious and especially serious cases cleared over those that occurred.',
  },
  unit: 'proportion',
  direction: 'increase',
  numerator: {
    table: 'criminal_cases',
    terms: [{ column: 'cleared', sign: 1, rollUp: 'sum' }],
    where: { severity: ['very_serious', 'especially_serious'] },
    label: { vi: 'Số vụ RNT, ĐBNT đã khám phá', en: 'Very/especially serious cases cleared' },
  },
  denominator: {
    table: 'criminal_cases',
    terms: [{ column: 'occurred', sign: 1, rollUp: 'sum' }],
    where: { severity: ['very_serious', 'especially_serious'] },
    label: { vi: 'Số vụ RNT, ĐBNT xảy ra', en: 'Very/especially serious cases that occurred' },
  },
  chartName: { vi: 'Khám phá án rất, đặc biệt nghiêm trọng', en: 'Very serious cases cleared' },
  rateTitle: {
    vi: 'Tỉ lệ khám phá án rất nghiêm trọng, đặc biệt nghiêm trọng',
    en: 'Clearance rate of very and especially serious cases',
  },
  rateMeasure: {
    vi: 'số vụ rất, đặc biệt nghiêm trọng đã làm rõ trên số vụ xảy ra',
    en: 'very and especially serious cases cleared over those that occurred',
  },
  denominatorName: { vi: 'Số vụ rất, đặc biệt nghiêm trọng', en: 'Very serious cases' },
  analysisName: {
    vi: 'Tỉ lệ điều tra làm rõ án rất nghiêm trọng, đặc biệt nghiêm trọng',
    en: 'Clearance rate, very and especially serious cases',
  },
  countUnit: { vi: 'vụ', en: 'cases', enOne: 'case' },
  charts: { trend: true },
  interval: 'wilson',
  clause: 'mục II.1.2.c',
  formula: 'cleared / occurred (very_serious + especially_serious)',
  notes: {
    vi: 'Mẫu số nhỏ (vài chục vụ mỗi năm): một vụ chưa khám phá có thể làm không đạt chỉ tiêu 95 %.',
    en: 'Small denominators (tens a year): one uncleared case can miss the 95 % target.',
  },
});
