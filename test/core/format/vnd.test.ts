import { describe, expect, test } from 'vitest';
import { formatVnd, formatVndBillions, formatVndMillions } from '../../../src/core/format/vnd.ts';

describe('money', () => {
  test('đồng, rounded to whole đồng', () => {
    expect(formatVnd(1_250_000)).toBe('1.250.000 đồng');
    expect(formatVnd(1_250_000, { lang: 'en' })).toBe('1,250,000 VND');
    expect(formatVnd(999.5)).toBe('1.000 đồng');
    expect(formatVnd(12n * 10n ** 15n)).toBe('12.000.000.000.000.000 đồng');
  });

  test('triệu đồng: whole millions unless asked', () => {
    expect(formatVndMillions(388_000_000)).toBe('388 triệu đồng');
    expect(formatVndMillions(538_500_000)).toBe('539 triệu đồng');
    expect(formatVndMillions(538_450_000, { style: 'province' })).toBe('538,5 triệu đồng');
    expect(formatVndMillions(538_450_000, { decimals: 1, rounding: 'truncate', lang: 'en' })).toBe('538.4 million VND');
  });

  test('tỷ đồng: two decimals by default', () => {
    expect(formatVndBillions(1_254_000_000)).toBe('1,25 tỷ đồng');
    expect(formatVndBillions(1_255_000_000)).toBe('1,26 tỷ đồng');
    expect(formatVndBillions(1_250_000_000_000, { lang: 'en', decimals: 0 })).toBe('1,250 billion VND');
    expect(formatVndBillions(500_000_000, { style: 'province' })).toBe('0,5 tỷ đồng');
  });
});
