import { defineIndicator } from './definition.ts';

/**
 * Share of in-scope communes certified "An toàn về an ninh, trật tự".
 *
 * Formula: certified / in_scope, unit_type commune. Interval: Wilson.
 * Source: programme mục II.1.2.đ (>= 80 %); Thông tư 124/2021/TT-BCA, điều 5.
 */
export const safeCommunesShare = defineIndicator({
  id: 'safe_communes_share',
  title: { vi: 'Tỉ lệ xã, phường đạt chuẩn "An toàn về ANTT"', en: 'Communes certified safe' },
  shortTitle: { vi: 'Xã đạt chuẩn an toàn ANTT', en: 'Communes certified safe' },
  description: {
    vi: 'Số xã, phường, thị trấn được công nhận đạt tiêu chuẩn "An toàn về an ninh, trật tự" trên số thuộc diện.',
    en: 'Communes certified "safe in security and order" over those in scope.',
  },
  unit: 'proportion',
  direction: 'increase',
  numerator: {
    table: 'safe_units',
    terms: [{ column: 'certified', sign: 1, rollUp: 'sum' }],
    where: { unit_type: ['commune'] },
    label: { vi: 'Số xã được công nhận', en: 'Communes certified' },
  },
  denominator: {
    table: 'safe_units',
    terms: [{ column: 'in_scope', sign: 1, rollUp: 'sum' }],
    where: { unit_type: ['commune'] },
    label: { vi: 'Số xã thuộc diện', en: 'Communes in scope' },
  },
  chartName: { vi: 'Xã, phường an toàn về ANTT', en: 'Communes and wards certified safe' },
  rateTitle: { vi: 'Tỉ lệ xã, phường đạt chuẩn an toàn về ANTT', en: 'Share of communes and wards certified safe' },
  rateMeasure: {
    vi: 'số xã, phường được công nhận trên số thuộc diện',
    en: 'communes and wards certified over those in scope',
  },
  denominatorName: { vi: 'Số xã, phường thuộc diện', en: 'Communes in scope' },
  countUnit: { vi: 'xã', en: 'communes', enOne: 'commune' },
  charts: { trend: true },
  interval: 'wilson',
  clause: 'mục II.1.2.đ',
  formula: 'certified / in_scope (commune)',
  notes: {
    vi: 'Từ 01/7/2025 số đơn vị cấp xã giảm từ 209 xuống 69: mẫu số thay đổi, không so sánh trực tiếp với năm 2021.',
    en: 'From 1 July 2025 commune-level units fell from 209 to 69: the denominator changed, so 2025 is not directly comparable with 2021.',
  },
});
