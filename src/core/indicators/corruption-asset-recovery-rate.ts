import { defineIndicator } from './definition.ts';

/**
 * Assets recovered in corruption cases.
 *
 * Formula: recovered_vnd / to_recover_vnd (đồng ordered recovered in the year's final judgments). No interval:
 * amounts are not counts of independent events.
 * Source: programme mục II.1.2.c (>= 60 %); no official formula found (METHODOLOGY 1.3).
 */
export const corruptionAssetRecoveryRate = defineIndicator({
  id: 'corruption_asset_recovery_rate',
  title: { vi: 'Tỉ lệ thu hồi tài sản trong các vụ án tham nhũng', en: 'Assets recovered in corruption cases' },
  shortTitle: { vi: 'Thu hồi tài sản tham nhũng', en: 'Corruption assets recovered' },
  description: {
    vi: 'Giá trị tài sản đã thu hồi trên giá trị phải thu hồi theo bản án có hiệu lực trong năm.',
    en: "Value recovered over value ordered recovered in the year's final judgments.",
  },
  unit: 'proportion',
  direction: 'increase',
  numerator: {
    table: 'corruption_assets',
    terms: [{ column: 'recovered_vnd', sign: 1, rollUp: 'sum' }],
    label: { vi: 'Giá trị đã thu hồi (đồng)', en: 'Recovered (đồng)' },
  },
  denominator: {
    table: 'corruption_assets',
    terms: [{ column: 'to_recover_vnd', sign: 1, rollUp: 'sum' }],
    label: { vi: 'Giá trị phải thu hồi (đồng)', en: 'Ordered recovered (đồng)' },
  },
  chartName: { vi: 'Thu hồi tài sản tham nhũng', en: 'Corruption assets recovered' },
  countUnit: 'vnd',
  interval: 'none',
  clause: 'mục II.1.2.c',
  formula: 'recovered_vnd / to_recover_vnd',
});
