import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binomialCdf } from '../../../src/core/stats/binomial-cdf.ts';
import { binomialQuantile } from '../../../src/core/stats/binomial-quantile.ts';

describe('binomialQuantile', () => {
  it.each([
    [0.025, 20, 0.8, 12], // confirmed in R: qbinom(0.025, 20, 0.8)
    [0.001, 1e6, 0.001, 904], // confirmed in R: qbinom(0.001, 1e6, 0.001)
    [0.999, 1299, 0.9, 1201], // confirmed in R: qbinom(0.999, 1299, 0.9)
    [0.5, 10, 0.5, 5], // confirmed in R: qbinom(0.5, 10, 0.5)
    [0.975, 1e7, 0.999, 9_990_195], // confirmed in R: qbinom(0.975, 1e7, 0.999)
  ])('binomialQuantile(%d, %d, %d) matches R qbinom', (prob, n, p, expected) => {
    expect(binomialQuantile(prob, n, p)).toBe(expected);
  });

  it('refuses a probability outside (0, 1)', () => {
    expect(() => binomialQuantile(0, 10, 0.5)).toThrow(RangeError);
    expect(() => binomialQuantile(1, 10, 0.5)).toThrow(RangeError);
  });

  it("property: the smallest r with P(X <= r) >= prob (R's 64-ulp fuzz)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 0.0005, max: 0.9995, noNaN: true }),
        (n, p, prob) => {
          const r = binomialQuantile(prob, n, p);
          const target = prob * (1 - 64 * Number.EPSILON);
          expect(binomialCdf(r, n, p)).toBeGreaterThanOrEqual(target);
          if (r > 0) expect(binomialCdf(r - 1, n, p)).toBeLessThan(target);
        },
      ),
      { numRuns: 200 },
    );
  });
});
