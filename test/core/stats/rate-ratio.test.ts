import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rateRatio, rateRatioTest } from '../../../src/core/stats/rate-ratio.ts';
import { expectAllClose, expectClose } from './close.ts';

describe('rateRatio', () => {
  it.each([
    // [x1, x0, exposures, estimate, ci]
    [380, 400, {}, 0.94999999999999996, [0.823374690291379, 1.0959520672835876]], // confirmed in R: poisson.test(c(380, 400))[c("estimate", "conf.int")]
    [0, 5, {}, 0, [0, 1.0912791051825459]], // confirmed in R: poisson.test(c(0, 5))[c("estimate", "conf.int")]
    [5, 0, {}, Infinity, [0.9163558573154601, Infinity]], // confirmed in R: poisson.test(c(5, 0))[c("estimate", "conf.int")]
    [1, 1, {}, 1, [0.012739367083666625, 78.496835316262846]], // confirmed in R: poisson.test(c(1, 1))[c("estimate", "conf.int")]
    [30, 20, { exposure1: 120_000, exposure0: 100_000 }, 1.25, [0.68677658269242692, 2.322295255802139]], // confirmed in R: poisson.test(c(30, 20), T = c(120000, 100000))[c("estimate", "conf.int")]
  ] as const)('rateRatio(%i, %i, %o) matches R poisson.test', (x1, x0, exposures, estimate, ci) => {
    const result = rateRatio(x1, x0, exposures);
    expectClose(result.estimate ?? Number.NaN, estimate);
    expectAllClose(result.ci, ci);
  });

  it('takes another level', () => {
    // confirmed in R: poisson.test(c(380, 400), conf.level = 0.998)$conf.int
    expectAllClose(rateRatio(380, 400, { level: 0.998 }).ci, [0.75912623291131243, 1.1884036733741967]);
  });

  it('carries its inputs and has no interval when both counts are 0', () => {
    expect(rateRatio(0, 0)).toEqual({
      x1: 0,
      x0: 0,
      exposure1: 1,
      exposure0: 1,
      level: 0.95,
      estimate: null,
      ci: null,
    });
  });

  it('refuses bad inputs', () => {
    expect(() => rateRatio(-1, 3)).toThrow(RangeError);
    expect(() => rateRatio(1.5, 3)).toThrow(RangeError);
    expect(() => rateRatio(1, 3, { exposure0: 0 })).toThrow(RangeError);
  });

  it('property: the interval contains x1/x0 (exposures 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 20_000 }), (x1, x0) => {
        fc.pre(x1 + x0 > 0);
        const { estimate, ci } = rateRatio(x1, x0);
        const [lower, upper] = ci ?? [Number.NaN, Number.NaN];
        expect(estimate).toBe(x1 / x0);
        expect(lower).toBeGreaterThanOrEqual(0);
        expect(lower).toBeLessThanOrEqual(x1 / x0);
        expect(upper).toBeGreaterThanOrEqual(x1 / x0);
      }),
    );
  });

  it('property: the interval contains the estimate with exposures', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000 }),
        fc.integer({ min: 1, max: 5_000 }),
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        (x1, x0, exposure1, exposure0) => {
          const { estimate, ci } = rateRatio(x1, x0, { exposure1, exposure0 });
          const [lower, upper] = ci ?? [Number.NaN, Number.NaN];
          expect(lower).toBeLessThanOrEqual((estimate ?? Number.NaN) * (1 + 1e-12));
          expect(upper).toBeGreaterThanOrEqual((estimate ?? Number.NaN) * (1 - 1e-12));
        },
      ),
    );
  });
});

describe('rateRatioTest', () => {
  it.each([
    // [x1, x0, theta0, exposures, pLess, pGreater]
    [380, 400, 0.95, {}, 0.51440650480466021, 0.51416257512983166], // confirmed in R: poisson.test(c(380, 400), r = 0.95, alternative = "less")$p.value; same with alternative = "greater"
    [30, 20, 0.95, { exposure1: 120_000, exposure0: 100_000 }, 0.86353593368459691, 0.20886548119058673], // confirmed in R: poisson.test(c(30, 20), T = c(120000, 100000), r = 0.95, alternative = "less")$p.value; same with "greater"
  ] as const)(
    'rateRatioTest(%i, %i, %d) matches R poisson.test one-sided p-values',
    (x1, x0, theta0, exposures, pLess, pGreater) => {
      const test = rateRatioTest(x1, x0, theta0, exposures);
      expectClose(test?.pLess ?? Number.NaN, pLess);
      expectClose(test?.pGreater ?? Number.NaN, pGreater);
    },
  );

  it('matches R at the edges and for a real fall', () => {
    // confirmed in R: poisson.test(c(0, 5), r = 0.95, alternative = "less")$p.value
    expectClose(rateRatioTest(0, 5, 0.95)?.pLess ?? Number.NaN, 0.035467203205649937);
    expect(rateRatioTest(0, 5, 0.95)?.pGreater).toBe(1);
    // confirmed in R: poisson.test(c(5, 0), r = 1, alternative = "greater")$p.value
    expectClose(rateRatioTest(5, 0, 1)?.pGreater ?? Number.NaN, 0.03125);
    // confirmed in R: poisson.test(c(1210, 1400), r = 0.95, alternative = "less")$p.value
    expectClose(rateRatioTest(1210, 1400, 0.95)?.pLess ?? Number.NaN, 0.0083905005693570914);
  });

  it('reports pi0 and returns null with no cases', () => {
    expect(rateRatioTest(380, 400, 0.95)?.pi0).toBeCloseTo(0.95 / 1.95, 15);
    expect(rateRatioTest(0, 0, 0.95)).toBeNull();
    expect(() => rateRatioTest(1, 1, 0)).toThrow(RangeError);
  });
});
