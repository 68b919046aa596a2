import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pChart } from '../../../src/core/stats/p-chart.ts';
import { expectAllClose, expectClose } from './close.ts';

// Golden values from base R:
//   pc <- function(x, n) { p <- sum(x)/sum(n); s <- sqrt(p*(1-p)/n);
//     print(p, digits = 17); print(pmax(0, p - 3*s), digits = 17); print(pmin(1, p + 3*s), digits = 17);
//     print(which(x/n > pmin(1, p + 3*s) | x/n < pmax(0, p - 3*s))) }

function rows(x: number[], n: number[]) {
  return x.map((numerator, i) => ({ numerator, denominator: n[i] as number }));
}

describe('pChart', () => {
  it('limits per point around the pooled proportion', () => {
    // confirmed in R: pc(c(45,20,90), c(50,40,100))
    const r = pChart(rows([45, 20, 90], [50, 40, 100]));
    expectClose(r.pBar ?? Number.NaN, 0.81578947368421051);
    expectAllClose(
      r.points.map((p) => p.lowerLimit ?? Number.NaN),
      [0.6513210527157921, 0.63190818896549295, 0.6994927379263981],
    );
    expectAllClose(
      r.points.map((p) => p.upperLimit ?? Number.NaN),
      [0.98025789465262891, 0.99967075840292807, 0.93208620944202292],
    );
    expect(r.outsideIndices).toEqual([1]);
    expect(r.points[1]?.outside).toBe('below');
    expect(r).toMatchObject({ totalNumerator: 155, totalDenominator: 190, z: 3 });
  });

  it('clamps the upper limit at 1 (monthly clearance counts)', () => {
    // confirmed in R: pc(c(38,41,35,44,40,12,39,42), c(45,47,44,50,46,30,45,48))
    const r = pChart(rows([38, 41, 35, 44, 40, 12, 39, 42], [45, 47, 44, 50, 46, 30, 45, 48]));
    expectClose(r.pBar ?? Number.NaN, 0.81971830985915495);
    expect(r.points[5]?.upperLimit).toBe(1);
    expectClose(r.points[5]?.lowerLimit ?? Number.NaN, 0.60916175996758404);
    expect(r.outsideIndices).toEqual([5]);

    // confirmed in R: pc(c(9,10,10), c(10,10,10)): upper limits all 1, nothing outside
    const high = pChart(rows([9, 10, 10], [10, 10, 10]));
    expect(high.points.map((p) => p.upperLimit)).toEqual([1, 1, 1]);
    expectClose(high.points[0]?.lowerLimit ?? Number.NaN, 0.79637280300740265);
    expect(high.outsideIndices).toEqual([]);
  });

  it('a period with no denominator has no limits and adds nothing', () => {
    const r = pChart(rows([45, 0, 90], [50, 0, 100]));
    expect(r.points[1]).toMatchObject({ proportion: null, lowerLimit: null, upperLimit: null, outside: null });
    expectClose(r.pBar ?? Number.NaN, 135 / 150);
    expect(pChart([]).pBar).toBeNull();
    expect(pChart(rows([0], [0])).points[0]?.proportion).toBeNull();
  });

  it('takes another z', () => {
    const r = pChart(rows([45, 20, 90], [50, 40, 100]), { z: 2 });
    expectClose(
      r.points[2]?.upperLimit ?? Number.NaN,
      0.81578947368421051 + 2 * Math.sqrt((0.81578947368421051 * (1 - 0.81578947368421051)) / 100),
    );
  });

  it('refuses impossible counts', () => {
    expect(() => pChart(rows([5], [4]))).toThrow(RangeError);
    expect(() => pChart(rows([-1], [4]))).toThrow(RangeError);
    expect(() => pChart(rows([1], [4]), { z: 0 })).toThrow(RangeError);
  });

  it('property: limits lie in [0, 1] and contain p̄', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: 1,
          maxLength: 60,
        }),
        (pairs) => {
          const r = pChart(pairs.map(([n, share]) => ({ numerator: Math.round(share * n), denominator: n })));
          for (const p of r.points) {
            expect(p.lowerLimit).toBeGreaterThanOrEqual(0);
            expect(p.upperLimit).toBeLessThanOrEqual(1);
            expect(p.lowerLimit).toBeLessThanOrEqual(r.pBar as number);
            expect(p.upperLimit).toBeGreaterThanOrEqual(r.pBar as number);
          }
        },
      ),
    );
  });
});
