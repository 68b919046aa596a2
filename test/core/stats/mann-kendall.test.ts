import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mannKendall } from '../../../src/core/stats/mann-kendall.ts';
import { expectClose } from './close.ts';

// Golden values for the normal approximation come from trend::mk.test's formulas written out in
// base R (the trend package is not installed here), as `mk(x)` with
//   mk <- function(x) { n <- length(x); S <- sum(sign(outer(x, x, "-")[lower.tri(diag(n))]));
//     t <- table(x); t <- t[t > 1]; v <- (n*(n-1)*(2*n+5) - sum(t*(t-1)*(2*t+5)))/18;
//     z <- (S - sign(S))/sqrt(v); print(c(S, v, z, 2*pnorm(-abs(z))), digits = 17) }

describe('mannKendall', () => {
  it('exact p for a short series without ties equals the exact Kendall test against time', () => {
    const falling = mannKendall([410, 402, 396, 388, 380]);
    expect(falling.method).toBe('exact');
    expect(falling.s).toBe(-10);
    // confirmed in R: cor.test(c(410,402,396,388,380), 1:5, method = "kendall", exact = TRUE)$p.value
    // and python3: scipy.stats.kendalltau(x, range(5), method='exact').pvalue
    expectClose(falling.p, 0.016666666666666666);
    expect(falling.direction).toBe('decreasing');

    const ten = mannKendall([3, 1, 4, 2, 5, 9, 6, 8, 7, 10]);
    expect(ten.method).toBe('exact');
    expect(ten.s).toBe(2 * 38 - 45); // R's statistic T = 38 concordant pairs of 45
    // confirmed in R: cor.test(c(3,1,4,2,5,9,6,8,7,10), 1:10, method = "kendall", exact = TRUE)$p.value
    expectClose(ten.p, 0.0046869488536154247);
    expect(ten.direction).toBe('increasing');

    const seven = mannKendall([12, 15, 11, 14, 18, 13, 17]);
    // confirmed in R: cor.test(c(12,15,11,14,18,13,17), 1:7, method = "kendall", exact = TRUE)$p.value
    expectClose(seven.p, 0.38134920634920633);
    expect(seven.direction).toBe('no_trend');
  });

  it('normal approximation with ties, as trend::mk.test computes it', () => {
    const r = mannKendall([5, 3, 4, 3, 6, 7, 7, 9, 8, 10, 12]);
    expect(r.method).toBe('normal');
    expect(r.tieGroups).toEqual([2, 2]);
    // confirmed in R: mk(c(5,3,4,3,6,7,7,9,8,10,12))
    expect(r.s).toBe(43);
    expect(r.varS).toBe(163);
    expectClose(r.z, 3.289693889949421);
    expectClose(r.p, 1.0029642955091218e-3);
    expect(r.direction).toBe('increasing');
  });

  it('normal approximation beyond exactMaxN, and the option moves the switch', () => {
    const eleven = [3, 1, 4, 2, 5, 9, 6, 8, 7, 10, 11];
    const r = mannKendall(eleven);
    expect(r.method).toBe('normal');
    // confirmed in R: mk(c(3,1,4,2,5,9,6,8,7,10,11))
    expect(r.s).toBe(41);
    expect(r.varS).toBe(165);
    expectClose(r.z, 3.113995776646092);
    expectClose(r.p, 1.8457213176962673e-3);
    const exact = mannKendall(eleven, { exactMaxN: 11 });
    expect(exact.method).toBe('exact');
    // confirmed in R: cor.test(c(3,1,4,2,5,9,6,8,7,10,11), 1:11, method = "kendall", exact = TRUE)$p.value
    expectClose(exact.p, 0.00075952982202975861);
    expect(mannKendall([3, 1, 4, 2, 5], { exactMaxN: 0 }).method).toBe('normal');
  });

  it('a rounded random series (R set.seed(1); round(rnorm(12, 100, 10)))', () => {
    const r = mannKendall([94, 102, 92, 116, 103, 92, 105, 107, 106, 97, 115, 104]);
    // confirmed in R: mk(c(94,102,92,116,103,92,105,107,106,97,115,104))
    expect(r.s).toBe(19);
    expectClose(r.varS, 211.66666666666666);
    expectClose(r.p, 0.21600611845484888);
    expect(r.direction).toBe('no_trend');
  });

  it('with 5 points only a perfectly monotone series is significant (METHODOLOGY.md section 4)', () => {
    expect(mannKendall([1, 2, 3, 4, 5]).p).toBeCloseTo(2 / 120, 15);
    // one swap: S = 8, exact p = 2 * 5/120
    // confirmed in R: cor.test(c(1,3,2,4,5), 1:5, method = "kendall")$p.value
    expectClose(mannKendall([1, 3, 2, 4, 5]).p, 0.083333333333333259);
  });

  it('a flat series has S = 0, z = 0, p = 1', () => {
    const r = mannKendall([7, 7, 7, 7]);
    expect(r).toMatchObject({ s: 0, varS: 0, z: 0, p: 1, direction: 'no_trend' });
  });

  it('gives a bilingual reason, its p printed by formatP (messages/stats.ts)', () => {
    const r = mannKendall([410, 402, 396, 388, 380]);
    expect(r.reason.en).toBe('n = 5, S = -10 (of ±10); two-sided p = 0.017 (exact) < 0.05: a decreasing trend.');
    expect(r.reason.vi).toBe('n = 5, S = -10 (tối đa ±10); p hai phía = 0,017 (chính xác) < 0,05: xu hướng giảm.');
  });

  it('refuses short series, non-finite values and bad options', () => {
    expect(() => mannKendall([1, 2])).toThrow(RangeError);
    expect(() => mannKendall([1, Number.NaN, 3])).toThrow(RangeError);
    expect(() => mannKendall([1, 2, 3], { alpha: 0 })).toThrow(RangeError);
    expect(() => mannKendall([1, 2, 3], { exactMaxN: 51 })).toThrow(RangeError);
  });

  it('property: a strictly monotone series gives the largest |S| = n(n-1)/2', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.001, max: 1_000, noNaN: true }), { minLength: 2, maxLength: 40 }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.boolean(),
        (steps, start, rising) => {
          const values = [start];
          for (const step of steps) values.push((values[values.length - 1] as number) + (rising ? step : -step));
          fc.pre(values.every((v, i) => i === 0 || v !== values[i - 1]));
          const n = values.length;
          const r = mannKendall(values);
          expect(r.s).toBe(((rising ? 1 : -1) * n * (n - 1)) / 2);
          expect(Math.abs(r.tau)).toBe(1);
        },
      ),
    );
  });

  it('property: the exact p-values of the permutation distribution are symmetric and within (0, 1]', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([1, 2, 3, 4, 5, 6, 7, 8], { minLength: 8, maxLength: 8 }), (perm) => {
        const up = mannKendall(perm);
        const down = mannKendall(perm.map((v) => -v));
        expect(up.method).toBe('exact');
        expect(down.s + up.s).toBe(0);
        expect(down.p).toBeCloseTo(up.p, 14);
        expect(up.p).toBeGreaterThan(0);
        expect(up.p).toBeLessThanOrEqual(1);
      }),
    );
  });
});
