import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { poissonCdf } from '../../../src/core/stats/poisson-cdf.ts';
import { expectClose } from './close.ts';

describe('poissonCdf', () => {
  it.each([
    [1600, 1500, true, 0.99492914164116586], // confirmed in R: ppois(1600, 1500)
    [1600, 1500, false, 0.0050708583588341561], // confirmed in R: ppois(1600, 1500, lower.tail = FALSE)
    [0, 1e-9, false, 9.9999999949999999e-10], // confirmed in R: ppois(0, 1e-9, lower.tail = FALSE)
    [1e7, 1e7, true, 0.500084104416326], // confirmed in R: ppois(1e7, 1e7)
  ] as const)('poissonCdf(%d, %d, %s) matches R ppois', (k, mu, lower, expected) => {
    expectClose(poissonCdf(k, mu, lower), expected, 1e-12);
  });

  it('floors a fractional count and handles the edges', () => {
    expect(poissonCdf(2.5, 3)).toBe(poissonCdf(2, 3));
    expect(poissonCdf(-1, 3)).toBe(0);
    expect(poissonCdf(-1, 3, false)).toBe(1);
    expect(poissonCdf(0, 0)).toBe(1);
    expect(() => poissonCdf(1, Number.NaN)).toThrow(RangeError);
  });

  it('property: the two tails add up to 1 and the lower one rises with k', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1e7, noNaN: true }),
        fc.double({ min: -6, max: 6, noNaN: true }),
        (mu, z) => {
          const k = Math.max(0, Math.floor(mu + z * Math.sqrt(mu)));
          const lower = poissonCdf(k, mu);
          expect(lower + poissonCdf(k, mu, false)).toBeCloseTo(1, 14);
          expect(poissonCdf(k + 1, mu)).toBeGreaterThanOrEqual(lower);
        },
      ),
      { numRuns: 200 },
    );
  });
});
