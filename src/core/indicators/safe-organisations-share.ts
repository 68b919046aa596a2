import { defineIndicator } from './definition.ts';

/**
 * Share of in-scope agencies, enterprises and schools certified "An toàn về an ninh, trật tự".
 *
 * Formula: certified / in_scope over agency + enterprise + school; plus one breakdown row per unit_type.
 * Interval: Wilson.
 * Source: programme mục II.1.2.đ (>= 80 %); Thông tư 124/2021/TT-BCA, điều 6 (armed-forces units,
 * small and micro enterprises, primary and preschools excluded from scope).
 */
export const safeOrganisationsShare = defineIndicator({
  id: 'safe_organisations_share',
  title: {
    vi: 'Tỉ lệ cơ quan, doanh nghiệp, nhà trường đạt chuẩn "An toàn về ANTT"',
    en: 'Agencies, enterprises and schools certified safe',
  },
  shortTitle: { vi: 'Cơ quan, DN, trường đạt chuẩn', en: 'Organisations certified safe' },
  description: {
    vi: 'Số cơ quan, doanh nghiệp, nhà trường được công nhận đạt tiêu chuẩn "An toàn về an ninh, trật tự" trên số thuộc diện.',
    en: 'Agencies, enterprises and schools certified "safe in security and order" over those in scope.',
  },
  unit: 'proportion',
  direction: 'increase',
  numerator: {
    table: 'safe_units',
    terms: [{ column: 'certified', sign: 1, rollUp: 'sum' }],
    where: { unit_type: ['agency', 'enterprise', 'school'] },
    label: { vi: 'Số đơn vị được công nhận', en: 'Units certified' },
  },
  denominator: {
    table: 'safe_units',
    terms: [{ column: 'in_scope', sign: 1, rollUp: 'sum' }],
    where: { unit_type: ['agency', 'enterprise', 'school'] },
    label: { vi: 'Số đơn vị thuộc diện', en: 'Units in scope' },
  },
  chartName: { vi: 'Cơ quan, doanh nghiệp, trường học an toàn', en: 'Agencies, enterprises, schools certified safe' },
  rateTitle: {
    vi: 'Tỉ lệ cơ quan, doanh nghiệp, trường học đạt chuẩn an toàn về ANTT',
    en: 'Share of agencies, enterprises and schools certified safe',
  },
  rateMeasure: { vi: 'số đơn vị được công nhận trên số thuộc diện', en: 'units certified over units in scope' },
  denominatorName: { vi: 'Số đơn vị thuộc diện', en: 'Units in scope' },
  countUnit: { vi: 'đơn vị', en: 'units', enOne: 'unit' },
  charts: { trend: true },
  interval: 'wilson',
  breakdown: { dimension: 'unit_type', values: ['agency', 'enterprise', 'school'], withHeadline: true },
  clause: 'mục II.1.2.đ',
  formula: 'certified / in_scope (agency + enterprise + school)',
});
