import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Z95, Z998 } from '../../../src/core/stats/constants.ts';
import { wilson } from '../../../src/core/stats/wilson.ts';
import { expectAllClose } from './close.ts';

describe('wilson', () => {
  it('reproduces the contract example to the last digit', () => {
    // shared/CONTRACT.md, reports_resolution_rate 1210/1299
    expect(wilson(1210, 1299)).toEqual([0.9164369559093848, 0.943990068737733]);
  });

  it.each([
    // [x, n, expected, R line that produced it]
    [1210, 1299, [0.91643695590938479, 0.94399006873773295]], // confirmed in R: prop.test(1210, 1299, correct = FALSE)$conf.int
    [695, 788, [0.85757858477160864, 0.90267461148887895]], // confirmed in R: prop.test(695, 788, correct = FALSE)$conf.int
    [121, 127, [0.90075609556388181, 0.97817020987877334]], // confirmed in R: prop.test(121, 127, correct = FALSE)$conf.int
    [0, 10, [0, 0.27753279986288915]], // confirmed in R: prop.test(0, 10, correct = FALSE)$conf.int
    [10, 10, [0.72246720013711085, 1]], // confirmed in R: prop.test(10, 10, correct = FALSE)$conf.int
    [0, 1, [0, 0.79345068562276255]], // confirmed in R: prop.test(0, 1, correct = FALSE)$conf.int
    [1, 1, [0.2065493143772375, 1]], // confirmed in R: prop.test(1, 1, correct = FALSE)$conf.int
    [1, 2, [0.094531205734230739, 0.90546879426576921]], // confirmed in R: prop.test(1, 2, correct = FALSE)$conf.int
  ] as const)('wilson(%i, %i) matches R prop.test without continuity correction', (x, n, expected) => {
    expectAllClose(wilson(x, n), expected);
  });

  it('takes another z (99.8 %)', () => {
    // confirmed in R: prop.test(3, 7, correct = FALSE, conf.level = 0.998)$conf.int
    expectAllClose(wilson(3, 7, Z998), [0.091618908746024935, 0.84795643537481191]);
  });

  it('gives exact 0 and 1 at the edges', () => {
    expect(wilson(0, 10)?.[0]).toBe(0);
    expect(wilson(10, 10)?.[1]).toBe(1);
  });

  it('returns null for n = 0', () => {
    expect(wilson(0, 0)).toBeNull();
  });

  it('refuses impossible inputs', () => {
    expect(() => wilson(11, 10)).toThrow(RangeError);
    expect(() => wilson(-1, 10)).toThrow(RangeError);
    expect(() => wilson(1, Number.NaN)).toThrow(RangeError);
    expect(() => wilson(1, 10, 0)).toThrow(RangeError);
  });

  it('property: the interval lies in [0, 1] and contains x/n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const x = Math.round(share * n);
        const [lower, upper] = wilson(x, n, Z95) ?? [Number.NaN, Number.NaN];
        expect(lower).toBeGreaterThanOrEqual(0);
        expect(upper).toBeLessThanOrEqual(1);
        expect(lower).toBeLessThanOrEqual(x / n);
        expect(upper).toBeGreaterThanOrEqual(x / n);
      }),
    );
  });
});
