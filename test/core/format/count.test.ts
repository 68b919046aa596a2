import { describe, expect, test } from 'vitest';
import { formatCount } from '../../../src/core/format/count.ts';
import { formatNumber } from '../../../src/core/format/number.ts';
import { formatRatio } from '../../../src/core/format/ratio.ts';

describe('formatCount', () => {
  test.each([
    [0, '0', '0'],
    [7, '7', '7'],
    [999, '999', '999'],
    [1000, '1.000', '1,000'],
    [3272, '3.272', '3,272'],
    [15523, '15.523', '15,523'],
    [1234567, '1.234.567', '1,234,567'],
    [-4500, '-4.500', '-4,500'],
  ])('%i -> %s / %s', (n, vi, en) => {
    expect(formatCount(n)).toBe(vi);
    expect(formatCount(n, { lang: 'vi' })).toBe(vi);
    expect(formatCount(n, { lang: 'en' })).toBe(en);
  });

  test('a count is a whole number', () => {
    expect(() => formatCount(1.5)).toThrow(RangeError);
    expect(() => formatCount(NaN)).toThrow(RangeError);
    expect(() => formatCount(2 ** 53)).toThrow(RangeError);
    expect(formatCount(2n ** 53n)).toBe('9.007.199.254.740.992');
  });
});

describe('formatRatio', () => {
  test('as reports print it: 3.272/3.539 tin báo', () => {
    expect(formatRatio(3272, 3539)).toBe('3.272/3.539');
    expect(formatRatio(392, 430, { lang: 'en' })).toBe('392/430');
    expect(formatRatio(15523, 120000, { lang: 'en' })).toBe('15,523/120,000');
    expect(formatRatio('388.5', 538)).toBe('388,5/538');
  });
});

describe('formatNumber', () => {
  test('rounded in decimal with the style decimals', () => {
    expect(formatNumber(2.675, { decimals: 2 })).toBe('2,68'); // 2.675.toFixed(2) === '2.67'
    expect(formatNumber(1234.5, { decimals: 0 })).toBe('1.235');
    expect(formatNumber(1234.5, { decimals: 0, rounding: 'truncate', lang: 'en' })).toBe('1,234');
    expect(formatNumber(12, { style: 'province' })).toBe('12,0');
  });
});
