import { defineIndicator } from './definition.ts';

/**
 * Share of crime reports, denunciations and prosecution requests received that were accepted.
 *
 * Formula: accepted / received. Interval: Wilson.
 * Source: programme mục II.1.2.b ("100 % tin báo, tố giác tội phạm và kiến nghị khởi tố được tiếp nhận");
 * Supreme Procuracy indicator guide (2012); CONTRACT.md.
 */
export const reportsAcceptanceRate = defineIndicator({
  id: 'reports_acceptance_rate',
  title: { vi: 'Tỉ lệ tiếp nhận tin báo, tố giác tội phạm', en: 'Crime reports accepted' },
  shortTitle: { vi: 'Tiếp nhận tin báo, tố giác', en: 'Reports accepted' },
  description: {
    vi: 'Tỉ lệ tin báo, tố giác tội phạm và kiến nghị khởi tố được tiếp nhận, thụ lý trên số nhận được.',
    en: 'Share of crime reports, denunciations and prosecution requests received that were accepted.',
  },
  unit: 'proportion',
  direction: 'increase',
  numerator: {
    table: 'crime_reports',
    terms: [{ column: 'accepted', sign: 1, rollUp: 'sum' }],
    label: { vi: 'Số tin được tiếp nhận, thụ lý', en: 'Reports accepted' },
  },
  denominator: {
    table: 'crime_reports',
    terms: [{ column: 'received', sign: 1, rollUp: 'sum' }],
    label: { vi: 'Số tin nhận được', en: 'Reports received' },
  },
  chartName: { vi: 'Tiếp nhận tin báo, tố giác', en: 'Crime reports accepted' },
  countUnit: { vi: 'tin', en: 'reports', enOne: 'report' },
  interval: 'wilson',
  clause: 'mục II.1.2.b',
  formula: 'accepted / received',
  notes: {
    vi: '"100 % tiếp nhận" thực chất là chỉ tiêu tuân thủ: không có tin nào bị bỏ sót không thụ lý.',
    en: '"100 % accepted" is in effect a compliance count: no report left unregistered.',
  },
});
