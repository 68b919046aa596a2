import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binomialCdf } from '../../../src/core/stats/binomial-cdf.ts';
import { expectClose } from './close.ts';

describe('binomialCdf', () => {
  it.each([
    [380, 780, 0.95 / 1.95, true, 0.51440650480466021], // confirmed in R: pbinom(380, 780, 0.95/1.95)
    [9_999_996, 1e7, 0.999999, false, 0.010336024190471815], // confirmed in R: pbinom(9999996, 1e7, 0.999999, lower.tail = FALSE)
    [3, 5, 1e-6, false, 4.9999960000000062e-24], // confirmed in R: pbinom(3, 5, 1e-6, lower.tail = FALSE); 1 - pbinom is 0
    [2e6, 1e7, 0.2, true, 0.50018923492702894], // confirmed in R: pbinom(2e6, 1e7, 0.2)
  ] as const)('binomialCdf(%d, %d, %d, %s) matches R pbinom', (k, n, p, lower, expected) => {
    expectClose(binomialCdf(k, n, p, lower), expected, 1e-12);
  });

  it('handles the edges', () => {
    expect(binomialCdf(-1, 5, 0.3)).toBe(0);
    expect(binomialCdf(5, 5, 0.3)).toBe(1);
    expect(binomialCdf(5, 5, 0.3, false)).toBe(0);
    expect(binomialCdf(0, 5, 0)).toBe(1);
    expect(binomialCdf(4, 5, 1)).toBe(0);
    expect(() => binomialCdf(1, 5, -0.1)).toThrow(RangeError);
  });

  it('property: the two tails add up to 1, and P(X <= k | n, p) = P(X >= n − k | n, 1 − p)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 1e-6, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, p, share) => {
          const k = Math.round(share * n);
          const lower = binomialCdf(k, n, p);
          expect(lower + binomialCdf(k, n, p, false)).toBeCloseTo(1, 14);
          expectClose(lower, binomialCdf(n - k - 1, n, 1 - p, false), 1e-9);
        },
      ),
      { numRuns: 200 },
    );
  });
});
