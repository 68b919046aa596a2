import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { garwood } from '../../../src/core/stats/garwood.ts';
import { poissonCdf } from '../../../src/core/stats/poisson-cdf.ts';
import { expectAllClose, expectClose } from './close.ts';

describe('garwood', () => {
  it.each([
    [0, [0, 3.6888794541139354]], // confirmed in R: poisson.test(0)$conf.int
    [1, [0.025317807984289897, 5.5716433909388989]], // confirmed in R: poisson.test(1)$conf.int
    [5, [1.6234863901184209, 11.668332079322667]], // confirmed in R: poisson.test(5)$conf.int
    [380, [342.74905860323616, 420.19513954306336]], // confirmed in R: poisson.test(380)$conf.int
  ] as const)('garwood(%i) matches R poisson.test', (x, expected) => {
    expectAllClose(garwood(x), expected);
  });

  it.each([
    // the counts of a province's year, where @stdlib's chi-square quantile was wrong from the 4th digit
    [1000, [938.97301840769524, 1063.9521360163019]], // confirmed in R: poisson.test(1000)$conf.int
    [1210, [1142.7745858267574, 1280.1477762292734]], // confirmed in R: poisson.test(1210)$conf.int
    [5000, [4862.3591886948989, 5140.5489485350045]], // confirmed in R: poisson.test(5000)$conf.int
  ] as const)('garwood(%i) matches R poisson.test above 1,000 too', (x, expected) => {
    expectAllClose(garwood(x), expected);
  });

  it('takes another level', () => {
    // confirmed in R: poisson.test(400, conf.level = 0.998)$conf.int
    expectAllClose(garwood(400, 0.998), [341.03322649350707, 465.74165649840961]);
  });

  it('refuses negative and fractional counts', () => {
    expect(() => garwood(-1)).toThrow(RangeError);
    expect(() => garwood(2.5)).toThrow(RangeError);
  });

  it('property: the interval contains the count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (x) => {
        const [lower, upper] = garwood(x);
        expect(lower).toBeGreaterThanOrEqual(0);
        expect(lower).toBeLessThanOrEqual(x);
        expect(upper).toBeGreaterThan(x);
      }),
    );
  });

  it('property: the bounds satisfy their defining identities, P(X <= x | U) = α/2 and P(X >= x | L) = α/2, to 1e-9', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.double({ min: 0.8, max: 0.999, noNaN: true }),
        (x, level) => {
          const alpha = (1 - level) / 2;
          const [lower, upper] = garwood(x, level);
          expectClose(poissonCdf(x, upper), alpha, 1e-9);
          if (x > 0) expectClose(poissonCdf(x - 1, lower, false), alpha, 1e-9);
        },
      ),
      { numRuns: 200 },
    );
  });
});
