import { describe, expect, it } from 'vitest';
import { binomialPmf } from '../../../src/core/stats/binomial-pmf.ts';
import { expectClose } from './close.ts';

describe('binomialPmf', () => {
  it.each([
    [3, 10, 0.2, 0.20132659200000003], // confirmed in R: dbinom(3, 10, 0.2)
    [5e6, 1e7, 0.5, 0.00025231324589418435], // confirmed in R: dbinom(5e6, 1e7, 0.5)
    [0, 1e7, 1e-6, 4.539970276325217e-5], // confirmed in R: dbinom(0, 1e7, 1e-6)
    [1e7, 1e7, 0.999999, 4.539970275019719e-5], // confirmed in R: dbinom(1e7, 1e7, 0.999999)
    [1, 5, 1e-6, 4.9999800000300035e-6], // confirmed in R: dbinom(1, 5, 1e-6)
    // k near n: R's own dbinom_raw takes log1p(-k/n) and loses 9 digits here; (n - k)/n does not
    [9_999_997, 1e7, 0.999999, 0.0075666375561818733], // confirmed in R: dbinom(9999997, 1e7, 0.999999)
  ])('binomialPmf(%d, %d, %d) matches R dbinom', (k, n, p, expected) => {
    expectClose(binomialPmf(k, n, p), expected, 1e-12);
  });
  it('is 0 outside 0..n, exact at p = 0 and 1; refuses bad arguments', () => {
    expect(binomialPmf(-1, 5, 0.3)).toBe(0);
    expect(binomialPmf(6, 5, 0.3)).toBe(0);
    expect(binomialPmf(0, 5, 0)).toBe(1);
    expect(binomialPmf(5, 5, 1)).toBe(1);
    expect(() => binomialPmf(1, 2.5, 0.3)).toThrow(RangeError);
    expect(() => binomialPmf(1, 5, 1.1)).toThrow(RangeError);
  });
});
