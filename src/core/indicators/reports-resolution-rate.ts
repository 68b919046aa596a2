import { defineIndicator } from './definition.ts';

/**
 * Share of crime reports to be resolved that were resolved.
 *
 * Formula: resolved / (carried_over + accepted - transferred); a suspended report counts as unresolved.
 * carried_over is a stock taken at the first month of the year that has rows for the area.
 * Interval: Wilson.
 * Source: programme mục II.1.2.b (over 90 % resolved); Supreme Procuracy indicator guide (2012):
 * R_b = resolved / (unresolved carried over + newly accepted), transfers excluded; CPC 2015 art. 147-148.
 */
export const reportsResolutionRate = defineIndicator({
  id: 'reports_resolution_rate',
  title: { vi: 'Tỉ lệ giải quyết tin báo, tố giác tội phạm', en: 'Crime reports resolved' },
  shortTitle: { vi: 'Giải quyết tin báo, tố giác', en: 'Reports resolved' },
  description: {
    vi: 'Số tin đã giải quyết trên tổng số tin phải giải quyết (tồn kỳ trước cộng thụ lý mới, trừ số chuyển đi); tin tạm đình chỉ tính là chưa giải quyết.',
    en: 'Reports resolved over reports to resolve (carried over plus newly accepted, less those transferred); a suspended report counts as unresolved.',
  },
  unit: 'proportion',
  direction: 'increase',
  numerator: {
    table: 'crime_reports',
    terms: [{ column: 'resolved', sign: 1, rollUp: 'sum' }],
    label: { vi: 'Số tin đã giải quyết', en: 'Reports resolved' },
  },
  denominator: {
    table: 'crime_reports',
    terms: [
      { column: 'carried_over', sign: 1, rollUp: 'stock_first_month' },
      { column: 'accepted', sign: 1, rollUp: 'sum' },
      { column: 'transferred', sign: -1, rollUp: 'sum' },
    ],
    label: { vi: 'Số tin phải giải quyết', en: 'Reports to resolve' },
  },
  chartName: { vi: 'Giải quyết tin báo, tố giác', en: 'Crime reports resolved' },
  rateTitle: { vi: 'Tỉ lệ giải quyết tin báo, tố giác tội phạm', en: 'Share of crime reports resolved' },
  rateMeasure: {
    vi: 'số tin đã giải quyết trên số tin phải giải quyết (tồn kỳ trước cộng tiếp nhận, trừ chuyển đi)',
    en: 'reports resolved over reports to resolve (carried over plus accepted, less transferred)',
  },
  denominatorName: { vi: 'Số tin phải giải quyết', en: 'Reports to resolve' },
  analysisName: { vi: 'Tỉ lệ giải quyết tin báo, tố giác', en: 'Crime reports resolved' },
  countUnit: { vi: 'tin', en: 'reports', enOne: 'report' },
  charts: { trend: true, areas: true },
  interval: 'wilson',
  clause: 'mục II.1.2.b',
  formula: 'resolved / (carried_over + accepted - transferred)',
  notes: {
    vi: 'Hướng dẫn chỉ tiêu năm 2012 của VKSNDTC không nói rõ tin tạm đình chỉ có được tính là đã giải quyết hay không; chitieu tính là chưa giải quyết (cách chặt chẽ).',
    en: "The Supreme Procuracy's 2012 guide does not say whether a suspension counts as resolved; chitieu counts it as unresolved (the strict reading).",
  },
});
