import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatChange } from '../../../src/core/format/change.ts';
import { percentOf } from '../../../src/core/format/percent-of.ts';

describe('formatChange', () => {
  test('a fall, taken on the earlier count: 37 against 61 (METHODOLOGY.md §5)', () => {
    expect(formatChange(37, 61, { lang: 'vi', unit: 'case' })).toBe('giảm 24 vụ (39,34 %)');
    expect(formatChange(37, 61, { lang: 'en', unit: 'case' })).toBe('down 24 cases (39.34%)');
    expect(formatChange(37, 61, { lang: 'vi', unit: 'case', style: 'province' })).toBe('giảm 24 vụ (39,3 %)');
  });

  test('a rise', () => {
    expect(formatChange(5202, 4738, { unit: 'case' })).toBe('tăng 464 vụ (9,79 %)');
    expect(formatChange(5202, 4738, { lang: 'en', unit: 'case' })).toBe('up 464 cases (9.79%)');
    expect(formatChange(20000, 4738, { lang: 'vi' })).toBe('tăng 15.262 (322,12 %)');
  });

  test('English singular for a change of one', () => {
    expect(formatChange(60, 61, { lang: 'en', unit: 'case' })).toBe('down 1 case (1.64%)');
    expect(formatChange(3, 2, { lang: 'en', unit: 'person' })).toBe('up 1 person (50.00%)');
    expect(formatChange(4, 2, { lang: 'en', unit: 'person' })).toBe('up 2 people (100.00%)');
  });

  test('units: built-in ids or your own words; none by default', () => {
    expect(formatChange(10, 12, { unit: 'suspect' })).toBe('giảm 2 đối tượng (16,67 %)');
    expect(formatChange(10, 12, { unit: { vi: 'tin báo', en: 'reports' } })).toBe('giảm 2 tin báo (16,67 %)');
    expect(formatChange(10, 12)).toBe('giảm 2 (16,67 %)');
  });

  test('percentage only, as headlines print it', () => {
    expect(formatChange(180, 183, { style: 'province', withCount: false })).toBe('giảm 1,6 %');
    expect(formatChange(5202, 4738, { lang: 'en', withCount: false })).toBe('up 9.79%');
  });

  test('equal counts', () => {
    expect(formatChange(61, 61)).toBe('không đổi');
    expect(formatChange(61, 61, { lang: 'en', unit: 'case' })).toBe('unchanged');
    expect(formatChange(0, 0, { lang: 'en' })).toBe('unchanged');
  });

  test('an earlier count of 0: no percentage, and the text says so', () => {
    expect(formatChange(5, 0, { unit: 'case' })).toBe('tăng từ 0 lên 5 vụ');
    expect(formatChange(5, 0, { lang: 'en', unit: 'case' })).toBe('up from 0 to 5 cases');
    expect(formatChange(5, 0, { withCount: false })).toBe('tăng từ 0 lên 5');
  });

  test('a fall to zero is 100 %', () => {
    expect(formatChange(0, 12, { unit: 'case' })).toBe('giảm 12 vụ (100,00 %)');
  });

  test('amounts that are not whole numbers are subtracted exactly', () => {
    expect(formatChange(1.3, 1.1, { style: 'province' })).toBe('tăng 0,2 (18,2 %)'); // 1.3 - 1.1 = 0.20000000000000018 in binary
  });

  test('truncate mode applies to the percentage', () => {
    expect(formatChange(37, 61, { rounding: 'truncate' })).toBe('giảm 24 (39,34 %)');
    expect(formatChange(2, 3, { rounding: 'truncate', decimals: 1 })).toBe('giảm 1 (33,3 %)');
    expect(formatChange(1, 3, { decimals: 1 })).toBe('giảm 2 (66,7 %)');
  });

  test('negative or non-finite counts are refused', () => {
    expect(() => formatChange(-1, 5)).toThrow(RangeError);
    expect(() => formatChange(1, -5)).toThrow(RangeError);
    expect(() => formatChange(NaN, 5)).toThrow(RangeError);
  });

  test('property: the percentage is percentOf(|difference|, previous) and the word follows the sign', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.integer({ min: 1, max: 100_000 }), (current, previous) => {
        const text = formatChange(current, previous, { lang: 'vi' });
        if (current === previous) {
          expect(text).toBe('không đổi');
          return;
        }
        const word = current < previous ? 'giảm' : 'tăng';
        const diff = Math.abs(current - previous);
        expect(text).toBe(`${word} ${diff.toLocaleString('de-DE')} (${percentOf(diff, previous)})`);
      }),
    );
  });
});
