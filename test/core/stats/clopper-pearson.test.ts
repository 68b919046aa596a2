import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binomialBound } from '../../../src/core/stats/binomial-bound.ts';
import { binomialCdf } from '../../../src/core/stats/binomial-cdf.ts';
import { clopperPearson } from '../../../src/core/stats/clopper-pearson.ts';
import { expectAllClose, expectClose } from './close.ts';

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

  // Above 1/2 a bound is checked through its complement q = 1 − p (the failures' tail), which
  // binomialBound gives exactly; the double nearest to p = 1 − 10⁻⁸ cannot carry q to 1e-9.
  const identities = (x: number, n: number, level: number): void => {
    const alpha = (1 - level) / 2;
    const [lower, upper] = clopperPearson(x, n, level)!;
    if (x < n) {
      const u = binomialBound(x, n, alpha, 'upper');
      expect(upper).toBe(u.p);
      expectClose(u.p <= 0.5 ? binomialCdf(x, n, u.p) : binomialCdf(n - x - 1, n, u.q, false), alpha, 1e-9);
    }
    if (x > 0) {
      const l = binomialBound(x, n, alpha, 'lower');
      expect(lower).toBe(l.p);
      expectClose(l.p <= 0.5 ? binomialCdf(x - 1, n, l.p, false) : binomialCdf(n - x, n, l.q), alpha, 1e-9);
    }
  };

  it('property: the bounds satisfy P(X <= x | n, U) = α/2 and P(X >= x | n, L) = α/2, to 1e-9', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.8, max: 0.999, noNaN: true }),
        (n, share, level) => identities(Math.round(share * n), n, level),
      ),
      { numRuns: 200 },
    );
    for (const [x, n] of [
      [1, 1e6],
      [999_999, 1e6],
      [5e6, 1e7],
      [3, 1e7],
      [9_999_997, 1e7],
    ] as const)
      identities(x, n, 0.95);
  });
});
