import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { theilSen } from '../../../src/core/stats/theil-sen.ts';
import { expectClose } from './close.ts';

// Golden values from base R, writing out mblm(y ~ t, repeated = FALSE) (mblm is not installed here):
//   ts <- function(y, t = seq_along(y)) { n <- length(y); s <- c(); for (i in 1:(n-1)) for (j in (i+1):n)
//     if (t[j] != t[i]) s <- c(s, (y[j]-y[i])/(t[j]-t[i])); b <- median(s);
//     print(c(slope = b, intercept = median(y - b*t), pairs = length(s)), digits = 17) }
// Slopes also confirmed in python3: scipy.stats.theilslopes(y, t).slope

describe('theilSen', () => {
  it('matches the median of pairwise slopes and mblm intercept', () => {
    // confirmed in R: ts(c(410,402,396,388,380), 2021:2025)
    const a = theilSen([410, 402, 396, 388, 380], [2021, 2022, 2023, 2024, 2025]);
    expectClose(a.slope, -7.4166666666666661);
    expectClose(a.intercept, 15399.083333333332);
    expect(a.pairsUsed).toBe(10);

    // confirmed in R: ts(c(212,198,225,187,176,190,168), 2018:2024); scipy slope -7.333333333333333
    const b = theilSen([212, 198, 225, 187, 176, 190, 168], [2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expectClose(b.slope, -7.333333333333333);
    expectClose(b.intercept, 15010.666666666666);
    expect(b.pairsUsed).toBe(21);
  });

  it('uses times 1..n by default and resists an outlier', () => {
    // confirmed in R: ts(c(1,2,3,4,100))
    expect(theilSen([1, 2, 3, 4, 100])).toEqual({ n: 5, slope: 1, intercept: 0, pairsUsed: 10 });
  });

  it('skips pairs with equal times', () => {
    // confirmed in R: ts(c(5,7,6,9,8), c(1,2,2,4,7))
    expect(theilSen([5, 7, 6, 9, 8], [1, 2, 2, 4, 7])).toEqual({ n: 5, slope: 1, intercept: 4, pairsUsed: 9 });
  });

  it('refuses mismatched or unusable input', () => {
    expect(() => theilSen([1, 2, 3], [1, 2])).toThrow(RangeError);
    expect(() => theilSen([1, 2], [5, 5])).toThrow(RangeError);
    expect(() => theilSen([1])).toThrow(RangeError);
    expect(() => theilSen([1, Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });

  it('property: the slope and intercept of a linear series are its own', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.uniqueArray(fc.integer({ min: 1990, max: 2040 }), { minLength: 2, maxLength: 30 }),
        (slopeQuarters, intercept, years) => {
          const slope = slopeQuarters / 4; // exact in binary, so the check can be exact up to rounding
          const r = theilSen(
            years.map((t) => intercept + slope * t),
            years,
          );
          expect(r.slope).toBeCloseTo(slope, 9);
          expect(r.intercept).toBeCloseTo(intercept, 6);
        },
      ),
    );
  });

  it('property: adding a constant moves only the intercept', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -500, max: 500 }), { minLength: 2, maxLength: 25 }),
        fc.integer({ min: -100, max: 100 }),
        (ys, shift) => {
          const a = theilSen(ys);
          const b = theilSen(ys.map((y) => y + shift));
          expect(b.slope).toBeCloseTo(a.slope, 9);
          expect(b.intercept).toBeCloseTo(a.intercept + shift, 9);
        },
      ),
    );
  });
});
