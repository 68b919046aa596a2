import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  compareRational,
  divideRational,
  exactDecimals,
  subtractRational,
  toRational,
} from '../../../src/core/format/decimal.ts';
import { roundRational } from '../../../src/core/format/round.ts';

describe('toRational', () => {
  test.each([
    [0.72145, 14429n, 20000n],
    ['72.145', 14429n, 200n],
    ['-0.5', -1n, 2n],
    ['.5', 1n, 2n],
    ['5.', 5n, 1n],
    ['1e-7', 1n, 10_000_000n],
    ['1.5E+3', 1500n, 1n],
    [1e21, 10n ** 21n, 1n],
    [-0, 0n, 1n],
    [0.1, 1n, 10n],
    [7n, 7n, 1n],
  ] as const)('%s', (input, num, den) => {
    expect(toRational(input)).toEqual({ num, den });
  });

  test('a double is read as its shortest decimal, not its binary value', () => {
    // 0.145 is 0.1449999999999999900079927783735911361873149871826171875 in binary.
    expect(toRational(0.145)).toEqual({ num: 29n, den: 200n });
  });

  test.each([NaN, Infinity, -Infinity])('%s is refused', (x) => {
    expect(() => toRational(x)).toThrow(RangeError);
  });

  test.each(['', ' 1', '1,5', '0x10', '1e', '--1', '1e999'])('%j is refused', (x) => {
    expect(() => toRational(x)).toThrow(RangeError);
  });

  test('property: String(x) and x.toExponential() (both shortest forms) give the same rational', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(toRational(x)).toEqual(toRational(x.toExponential()));
      }),
    );
  });

  test('property: a whole number (the fast path) gives what its decimal text gives, to ±2^53', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.constant(-0)), (n) => {
        expect(toRational(n)).toEqual(toRational(String(n)));
      }),
    );
  });

  test('property: printed with all its decimals, the rational reads back as the same double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (x) => {
        const value = toRational(x);
        const decimals = exactDecimals(value, 400)!;
        fc.pre(decimals <= 20);
        expect(Number(roundRational(value, decimals, 'truncate'))).toBe(x === 0 ? 0 : x);
      }),
    );
  });
});

describe('exact arithmetic', () => {
  test('division, subtraction and comparison are exact', () => {
    expect(divideRational(toRational(1), toRational(3))).toEqual({ num: 1n, den: 3n });
    expect(divideRational(toRational(1), toRational(-4))).toEqual({ num: -1n, den: 4n });
    expect(subtractRational(toRational(0.3), toRational(0.1))).toEqual({ num: 1n, den: 5n }); // 0.3 - 0.1 = 0.2 exactly
    expect(compareRational(toRational('0.30'), toRational(0.3))).toBe(0);
    expect(() => divideRational(toRational(1), toRational(0))).toThrow(RangeError);
  });

  test('exactDecimals', () => {
    expect(exactDecimals(toRational('12.500'))).toBe(1);
    expect(exactDecimals(toRational(12))).toBe(0);
    expect(exactDecimals({ num: 2n, den: 3n })).toBeNull();
  });
});
