import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toRational } from '../../../src/core/format/decimal.ts';
import { roundRational } from '../../../src/core/format/round.ts';

const r = (x: string) => toRational(x);

describe('roundRational', () => {
  test.each([
    ['72.145', 2, '72.15', '72.14'],
    ['72.1449999', 2, '72.14', '72.14'],
    ['0.5', 0, '1', '0'],
    ['2.5', 0, '3', '2'],
    ['33.9', 2, '33.90', '33.90'],
    ['-1.25', 1, '-1.3', '-1.2'],
    ['-0.04', 1, '0.0', '0.0'],
    ['0', 2, '0.00', '0.00'],
    ['999.95', 1, '1000.0', '999.9'],
    ['0.005', 2, '0.01', '0.00'],
  ] as const)('%s to %i decimals: half up %s, truncate %s', (value, decimals, halfUp, truncated) => {
    expect(roundRational(r(value), decimals, 'half_up')).toBe(halfUp);
    expect(roundRational(r(value), decimals, 'truncate')).toBe(truncated);
  });

  test('1/3 and 2/3', () => {
    expect(roundRational({ num: 1n, den: 3n }, 3, 'half_up')).toBe('0.333');
    expect(roundRational({ num: 2n, den: 3n }, 3, 'half_up')).toBe('0.667');
    expect(roundRational({ num: 2n, den: 3n }, 3, 'truncate')).toBe('0.666');
  });

  test.each([-1, 1.5, 21, NaN])('decimals %s is refused', (d) => {
    expect(() => roundRational(r('1'), d, 'half_up')).toThrow(RangeError);
  });

  // Independent reference: for a decimal m / 10^6 (m >= 0), half-up to k decimals is
  // floor((m + 5 * 10^(5-k)) / 10^(6-k)), truncation floor(m / 10^(6-k)), on plain integers.
  test('property: half up and truncate equal integer reference on six-decimal values', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 5 }), (m, k) => {
        const unit = 10n ** BigInt(6 - k);
        const halfUp = (m + unit / 2n) / unit;
        const truncated = m / unit;
        const text = (units: bigint) => {
          const s = units.toString().padStart(k + 1, '0');
          return k === 0 ? s : `${s.slice(0, -k)}.${s.slice(-k)}`;
        };
        const value = { num: m, den: 10n ** 6n };
        expect(roundRational(value, k, 'half_up')).toBe(text(halfUp));
        expect(roundRational(value, k, 'truncate')).toBe(text(truncated));
        const negative = { num: -m, den: 10n ** 6n };
        expect(roundRational(negative, k, 'half_up')).toBe(halfUp === 0n ? text(0n) : `-${text(halfUp)}`);
      }),
    );
  });
});
