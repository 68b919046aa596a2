import { describe, expect, it } from 'vitest';
import { ratePer100k } from '../../../src/core/stats/rate-per-100k.ts';
import { expectAllClose, expectClose } from './close.ts';

describe('ratePer100k', () => {
  it('matches R poisson.test with the population in units of 100,000', () => {
    const result = ratePer100k(37, 1_300_000);
    // confirmed in R: poisson.test(37, T = 1300000 / 1e5)$estimate
    expectClose(result?.rate ?? Number.NaN, 2.8461538461538463);
    // confirmed in R: poisson.test(37, T = 1300000 / 1e5)$conf.int
    expectAllClose(result?.ci, [2.0039549667004639, 3.9230481647639097]);
    expect(result).toMatchObject({ count: 37, population: 1_300_000, level: 0.95 });
  });

  it('gives a zero count a positive upper bound', () => {
    // confirmed in R: poisson.test(0, T = 250000 / 1e5)[c("estimate", "conf.int")]
    const result = ratePer100k(0, 250_000);
    expect(result?.rate).toBe(0);
    expectAllClose(result?.ci, [0, 1.4755517816455741]);
  });

  it('takes another level', () => {
    // confirmed in R: poisson.test(12, T = 87000 / 1e5, conf.level = 0.998)$conf.int
    expectAllClose(ratePer100k(12, 87_000, 0.998)?.ci, [4.6464836671546967, 31.064346200331403]);
  });

  it('returns null for a zero population and refuses bad inputs', () => {
    expect(ratePer100k(3, 0)).toBeNull();
    expect(() => ratePer100k(3, -1)).toThrow(RangeError);
    expect(() => ratePer100k(-3, 100)).toThrow(RangeError);
  });
});
