import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatPercent } from '../../../src/core/format/percent.ts';
import { percentOf } from '../../../src/core/format/percent-of.ts';

describe('formatPercent', () => {
  test('the ministry figure of August 2024: 3753/5202 printed 72,15 % (METHODOLOGY.md §5)', () => {
    expect(formatPercent(3753 / 5202, { lang: 'vi', decimals: 2 })).toBe('72,15 %');
    expect(formatPercent(3753 / 5202, { lang: 'en', decimals: 2 })).toBe('72.15%');
  });

  test('0.72145 is rounded as the decimal it prints as, not as its binary value', () => {
    expect(formatPercent(0.72145, { lang: 'vi', decimals: 2 })).toBe('72,15 %');
    // Binary rounding gets these wrong: the products land just below the tie.
    expect((0.88245 * 100).toFixed(2)).toBe('88.24');
    expect(formatPercent(0.88245, { lang: 'vi', decimals: 2 })).toBe('88,25 %');
    expect((0.00145 * 100).toFixed(2)).toBe('0.14');
    expect(formatPercent(0.00145, { decimals: 2 })).toBe('0,15 %');
    expect((0.01005 * 100).toFixed(2)).toBe('1.00');
    expect(formatPercent(0.01005, { decimals: 2 })).toBe('1,01 %');
  });

  test('named styles: province one decimal, ministry two; the default is ministry', () => {
    expect(formatPercent(0.8819, { style: 'province' })).toBe('88,2 %');
    expect(formatPercent(0.8819, { style: 'ministry' })).toBe('88,19 %');
    expect(formatPercent(0.8819)).toBe('88,19 %');
    expect(formatPercent(0.8819, { style: 'province', decimals: 0 })).toBe('88 %');
  });

  test('a trailing zero is kept', () => {
    expect(formatPercent(0.339, { decimals: 2 })).toBe('33,90 %');
    expect(formatPercent(1, { style: 'province' })).toBe('100,0 %');
    expect(formatPercent(0, { lang: 'en', style: 'province' })).toBe('0.0%');
  });

  test('thousands separators above 1000 %', () => {
    expect(formatPercent(15.235, { decimals: 1 })).toBe('1.523,5 %');
    expect(formatPercent(15.235, { decimals: 1, lang: 'en' })).toBe('1,523.5%');
  });

  test('percent input and truncation', () => {
    expect(formatPercent(76.2551, { input: 'percent', decimals: 2 })).toBe('76,26 %');
    expect(formatPercent(76.2551, { input: 'percent', decimals: 2, rounding: 'truncate' })).toBe('76,25 %');
    expect(formatPercent('0.911628', { decimals: 1, rounding: 'truncate' })).toBe('91,1 %');
  });

  test('negative proportions keep their sign; a negative zero is not printed', () => {
    expect(formatPercent(-0.0525, { decimals: 1 })).toBe('-5,3 %');
    expect(formatPercent(-0.0004, { decimals: 1 })).toBe('0,0 %');
  });

  test('bad input', () => {
    expect(() => formatPercent(NaN)).toThrow(RangeError);
    expect(() => formatPercent(0.5, { decimals: 2.5 })).toThrow(RangeError);
    expect(() => formatPercent(0.5, { style: 'national' as never })).toThrow(RangeError);
  });

  // Independent reference: m / 10^6 as a fraction is 100m / 10^6 percent; half up to k decimals
  // is floor((m * 10^k + 5000) / 10^4) units of 10^-k (integers only, no toolkit code).
  test('property: half up of a double never differs from exact decimal rounding of its decimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.constantFrom(0, 1, 2, 3), (m, k) => {
        const x = Number(`${Math.floor(m / 1e6)}.${String(m % 1e6).padStart(6, '0')}`);
        const units = (BigInt(m) * 10n ** BigInt(k) + 5_000n) / 10_000n;
        const digits = units.toString().padStart(k + 1, '0');
        const plain = k === 0 ? digits : `${digits.slice(0, -k)}.${digits.slice(-k)}`;
        expect(formatPercent(x, { lang: 'en', decimals: k })).toBe(
          `${plain.replace(/\B(?=(\d{3})+(?!\d)(?=\.|$))/g, ',')}%`,
        );
      }),
    );
  });

  test('property: the Vietnamese text reads back within half a unit of the last decimal', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10, noNaN: true }), fc.constantFrom(1, 2), (x, k) => {
        const text = formatPercent(x, { lang: 'vi', decimals: k });
        expect(text.endsWith(' %')).toBe(true);
        const back = Number(text.slice(0, -2).replaceAll('.', '').replace(',', '.'));
        expect(Math.abs(back - x * 100)).toBeLessThanOrEqual(0.5 * 10 ** -k + 1e-9);
      }),
    );
  });
});

describe('percentOf', () => {
  test('from counts', () => {
    expect(percentOf(3753, 5202, { lang: 'vi', decimals: 2 })).toBe('72,15 %');
    expect(percentOf(3272, 3539, { style: 'province' })).toBe('92,5 %');
    expect(percentOf(3372, 4422, { decimals: 2 })).toBe('76,26 %');
    expect(percentOf(3372, 4422, { decimals: 2, rounding: 'truncate' })).toBe('76,25 %');
    expect(percentOf(0, 7, { style: 'province' })).toBe('0,0 %');
    expect(percentOf(7, 7, { style: 'ministry', lang: 'en' })).toBe('100.00%');
    expect(percentOf(10n ** 30n, 3n * 10n ** 30n, { decimals: 4 })).toBe('33,3333 %');
  });

  test('an exact tie rounds up: 1/8 = 12,5 % -> 13 %; 29/200 = 14,5 % -> 15 %', () => {
    expect(percentOf(1, 8, { decimals: 0 })).toBe('13 %');
    expect(percentOf(29, 200, { decimals: 0 })).toBe('15 %');
    expect(percentOf(29, 200, { decimals: 0, rounding: 'truncate' })).toBe('14 %');
  });

  test('a zero denominator is refused, not printed as 0 or NaN', () => {
    expect(() => percentOf(0, 0)).toThrow(/denominator is zero/);
    expect(() => percentOf(3, 0)).toThrow(RangeError);
  });

  // Independent reference: half up of 100a/b to k decimals = floor((2 * 100a * 10^k + b) / (2b)).
  test('property: equals the integer half-up formula for any counts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 ** 7 }).chain((b) => fc.tuple(fc.integer({ min: 0, max: b }), fc.constant(b))),
        fc.constantFrom(1, 2),
        ([a, b], k) => {
          const units = (2n * 100n * BigInt(a) * 10n ** BigInt(k) + BigInt(b)) / (2n * BigInt(b));
          const digits = units.toString().padStart(k + 1, '0');
          expect(percentOf(a, b, { lang: 'en', decimals: k })).toBe(`${digits.slice(0, -k)}.${digits.slice(-k)}%`);
        },
      ),
    );
  });

  test('property: the counts route and the double route agree except within 1e-9 of a tie', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 ** 6 }).chain((b) => fc.tuple(fc.integer({ min: 0, max: b }), fc.constant(b))),
        ([a, b]) => {
          const scaled = (a / b) * 1e4; // percent with two decimals, in units
          fc.pre(Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6);
          expect(formatPercent(a / b, { decimals: 2 })).toBe(percentOf(a, b, { decimals: 2 }));
        },
      ),
    );
  });
});
