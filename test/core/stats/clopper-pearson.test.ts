import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clopperPearson } from '../../../src/core/stats/clopper-pearson.ts';
import { expectAllClose } from './close.ts';

describe('clopperPearson', () => {
  it.each([
    [121, 127, [0.90000548604093067, 0.98246743037678697]], // confirmed in R: binom.test(121, 127)$conf.int
    [695, 788, [0.8573778363308604, 0.90367778368848017]], // confirmed in R: binom.test(695, 788)$conf.int
    [1210, 1299, [0.9163611538767672, 0.94461951357808094]], // confirmed in R: binom.test(1210, 1299)$conf.int
    [0, 10, [0, 0.30849710781876083]], // confirmed in R: binom.test(0, 10)$conf.int
    [10, 10, [0.69150289218123917, 1]], // confirmed in R: binom.test(10, 10)$conf.int
    [0, 1, [0, 0.97499999999999998]], // confirmed in R: binom.test(0, 1)$conf.int
    [1, 1, [0.025000000000000022, 1]], // confirmed in R: binom.test(1, 1)$conf.int
  ] as const)('clopperPearson(%i, %i) matches R binom.test', (x, n, expected) => {
    expectAllClose(clopperPearson(x, n), expected);
  });

  it('takes another level', () => {
    // confirmed in R: binom.test(3, 7, conf.level = 0.998)$conf.int
    expectAllClose(clopperPearson(3, 7, 0.998), [0.031560800245182166, 0.92334545717311256]);
  });

  it('returns null for n = 0 and refuses impossible inputs', () => {
    expect(clopperPearson(0, 0)).toBeNull();
    expect(() => clopperPearson(3, 2)).toThrow(RangeError);
    expect(() => clopperPearson(1.5, 2)).toThrow(RangeError);
    expect(() => clopperPearson(1, 2, 1)).toThrow(RangeError);
  });

  it('property: within [0, 1], contains x/n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const x = Math.round(share * n);
        const [lower, upper] = clopperPearson(x, n) ?? [Number.NaN, Number.NaN];
        expect(lower).toBeGreaterThanOrEqual(0);
        expect(upper).toBeLessThanOrEqual(1);
        expect(lower).toBeLessThanOrEqual(x / n);
        expect(upper).toBeGreaterThanOrEqual(x / n);
      }),
    );
  });
});
