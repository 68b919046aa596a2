import { describe, expect, it } from 'vitest';
import { binomialBound } from '../../../src/core/stats/binomial-bound.ts';
import { expectClose } from './close.ts';

describe('binomialBound', () => {
  it('finds qbeta, and the complement of a bound near 1 to full accuracy', () => {
    // confirmed in R: qbeta(0.975, 2, 999999), i.e. 1 - qbeta(0.025, 999999, 2) without cancellation
    const nearOne = binomialBound(999_999, 1e6, 0.025, 'lower');
    expectClose(nearOne.q, 5.5716306551722366e-6, 1e-13);
    expect(nearOne.p).toBe(1 - nearOne.q);
    // confirmed in R: qbeta(0.9995, 1, 1e7) (closed form 1 - t^(1/n))
    expectClose(binomialBound(0, 1e7, 0.0005, 'upper').p, 7.6008995708569107e-7, 1e-13);
    // confirmed in R: qbeta(0.025, 5e6, 5e6 + 1)
    expectClose(binomialBound(5e6, 1e7, 0.025, 'lower').p, 0.49969005252137105, 1e-13);
    // one trial at 99.9 %: U = 1 - 0.0005 through its complement
    const one = binomialBound(0, 1, 0.0005, 'upper');
    expectClose(one.q, 0.0005, 1e-15);
    expect(one.p).toBe(1 - one.q);
  });
});
