import { describe, expect, it } from 'vitest';
import { deviance, stirlingError } from '../../../src/core/stats/saddle-point.ts';
import { expectClose } from './close.ts';

describe('stirlingError', () => {
  it.each([
    // mpmath (30 digits): loggamma(k + 1) - (k + 1/2)*log(k) + k - log(sqrt(2*pi))
    [1, 0.08106146679532725821967],
    [15, 0.005554733551962801371039],
    [16, 0.0052076559196096404407],
    [36, 0.0023147552905146838668],
    [81, 0.0010288013577107775094],
    [501, 0.00016633397657993270518],
    [10_000, 8.3333333305555555635e-6],
  ])('δ(%i) from the table or the series, each branch', (k, expected) => {
    expectClose(stirlingError(k), expected, 1e-15);
  });
});

describe('deviance', () => {
  it.each([
    // mpmath (30 digits): x*log(x/m) + m - x
    [3, 10, 3.3880815870221920221],
    [1000, 1100, 4.689820195675139956],
    [1e7, 1e7 * 0.85, 125189.29497774913186],
    [1e7, 1e7 + 6200, 1.92120594255860138],
  ])('D(%d, %d), by the series near m and directly far from it', (x, m, expected) => {
    expectClose(deviance(x, m), expected, 1e-14);
  });
  it('is 0 at x = m and never negative', () => {
    expect(deviance(42, 42)).toBe(0);
    for (const m of [0.5, 3, 17.2, 1e6])
      for (const x of [0, 1, 2, 10, 1e5]) expect(deviance(x, m)).toBeGreaterThanOrEqual(0);
  });
});
