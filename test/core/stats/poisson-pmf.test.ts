import { describe, expect, it } from 'vitest';
import { poissonPmf } from '../../../src/core/stats/poisson-pmf.ts';
import { expectClose } from './close.ts';

describe('poissonPmf', () => {
  it.each([
    [3, 2.5, 0.21376301724973648], // confirmed in R: dpois(3, 2.5)
    [0, 1e-9, 0.99999999900000003], // confirmed in R: dpois(0, 1e-9)
    [1600, 1500, 0.00038222393999692795], // confirmed in R: dpois(1600, 1500)
    [1e7, 1e7, 0.00012615662504970279], // confirmed in R: dpois(1e7, 1e7)
  ])('poissonPmf(%d, %d) matches R dpois', (k, mu, expected) => {
    expectClose(poissonPmf(k, mu), expected, 1e-13);
  });
  it('is 0 off the whole counts and 1 at 0 for μ = 0; refuses a negative mean', () => {
    expect(poissonPmf(0, 800)).toBe(0); // confirmed in R: dpois(0, 800) underflows to 0
    expect(poissonPmf(-1, 2)).toBe(0);
    expect(poissonPmf(1.5, 2)).toBe(0);
    expect(poissonPmf(0, 0)).toBe(1);
    expect(poissonPmf(2, 0)).toBe(0);
    expect(() => poissonPmf(1, -1)).toThrow(RangeError);
  });
});
