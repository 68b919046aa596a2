import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comparator } from '../../../src/core/types.ts';
import { rateRatio } from '../../../src/core/stats/rate-ratio.ts';
import {
  meetsTarget,
  oneCaseFlips,
  smallDenominator,
  statisticalStatus,
} from '../../../src/core/stats/statistical-status.ts';
import { wilson } from '../../../src/core/stats/wilson.ts';

describe('meetsTarget', () => {
  it('applies each comparator, strict ones excluding the threshold', () => {
    expect(meetsTarget(0.9, { comparator: '>', threshold: 0.9 })).toBe(false);
    expect(meetsTarget(0.9, { comparator: '>=', threshold: 0.9 })).toBe(true);
    expect(meetsTarget(0.15, { comparator: '<', threshold: 0.15 })).toBe(false);
    expect(meetsTarget(-0.05, { comparator: '<=', threshold: -0.05 })).toBe(true);
  });
});

describe('statisticalStatus', () => {
  // Intervals below confirmed in R: prop.test(x, n, correct = FALSE)$conf.int and poisson.test(c(x1, x0))$conf.int
  it('1210/1299 against > 0.9 is met robustly (Wilson [0.9164, 0.9440])', () => {
    // confirmed in R: prop.test(1210, 1299, correct = FALSE)$conf.int = 0.91643695590938479 0.94399006873773295
    expect(statisticalStatus(1210 / 1299, wilson(1210, 1299), { comparator: '>', threshold: 0.9 })).toBe('met_robust');
  });

  it('121/127 against >= 0.95 is met within noise (Wilson [0.9008, 0.9782])', () => {
    // confirmed in R: prop.test(121, 127, correct = FALSE)$conf.int = 0.90075609556388181 0.97817020987877334
    expect(statisticalStatus(121 / 127, wilson(121, 127), { comparator: '>=', threshold: 0.95 })).toBe(
      'met_within_noise',
    );
  });

  it('695/788 against >= 0.95 is missed robustly (Wilson [0.8576, 0.9027])', () => {
    // confirmed in R: prop.test(695, 788, correct = FALSE)$conf.int = 0.85757858477160864 0.90267461148887895
    expect(statisticalStatus(695 / 788, wilson(695, 788), { comparator: '>=', threshold: 0.95 })).toBe('missed_robust');
  });

  it('380 vs 400 cases against <= -0.05 is met within noise (ratio CI [0.8234, 1.0960], minus 1)', () => {
    // confirmed in R: poisson.test(c(380, 400))$conf.int = 0.823374690291379 1.0959520672835876
    const { estimate, ci } = rateRatio(380, 400);
    const change = (estimate ?? Number.NaN) - 1;
    const changeCi = ci && ([ci[0] - 1, ci[1] - 1] as [number, number]);
    expect(statisticalStatus(change, changeCi, { comparator: '<=', threshold: -0.05 })).toBe('met_within_noise');
    // confirmed in R: poisson.test(c(390, 400))$estimate = 0.975
    const missed = rateRatio(390, 400);
    const missedCi = missed.ci && ([missed.ci[0] - 1, missed.ci[1] - 1] as [number, number]);
    expect(statisticalStatus((missed.estimate ?? 0) - 1, missedCi, { comparator: '<=', threshold: -0.05 })).toBe(
      'missed_within_noise',
    );
  });

  it('uses the strictness of the comparator at the bounds', () => {
    expect(statisticalStatus(0.95, [0.9, 0.97], { comparator: '>', threshold: 0.9 })).toBe('met_within_noise');
    expect(statisticalStatus(0.95, [0.9, 0.97], { comparator: '>=', threshold: 0.9 })).toBe('met_robust');
    expect(statisticalStatus(0.1, [0.05, 0.15], { comparator: '<', threshold: 0.15 })).toBe('met_within_noise');
    expect(statisticalStatus(0.2, [0.15, 0.25], { comparator: '<', threshold: 0.15 })).toBe('missed_robust');
  });

  it('returns null without a value or an interval', () => {
    expect(statisticalStatus(null, [0, 1], { comparator: '>', threshold: 0.9 })).toBeNull();
    expect(statisticalStatus(0.5, null, { comparator: '>', threshold: 0.9 })).toBeNull();
  });

  const comparators: Comparator[] = ['>=', '>', '<=', '<'];
  it('property: never met_robust when the value misses; never missed_robust when it meets', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.constantFrom(...comparators),
        (value, a, b, threshold, comparator) => {
          const target = { comparator, threshold };
          const status = statisticalStatus(value, [Math.min(a, b), Math.max(a, b)], target);
          if (meetsTarget(value, target)) expect(status).toMatch(/^met_/);
          else expect(status).toMatch(/^missed_/);
        },
      ),
    );
  });

  it('property: with a Wilson interval, met_robust exactly when the whole interval meets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, share, threshold) => {
          const x = Math.round(share * n);
          const ci = wilson(x, n);
          const target = { comparator: '>=' as const, threshold };
          const status = statisticalStatus(x / n, ci, target);
          expect(status === 'met_robust').toBe(ci !== null && ci[0] >= threshold);
          expect(status === 'missed_robust').toBe(ci !== null && ci[1] < threshold);
        },
      ),
    );
  });
});

describe('oneCaseFlips', () => {
  it('flags a small denominator where one uncleared case is the difference', () => {
    // 19/20 = 0.95 meets >= 0.95; 18/20 = 0.90 does not
    expect(oneCaseFlips(19, 20, { comparator: '>=', threshold: 0.95 })).toBe(true);
    // 18/20 misses; 19/20 meets
    expect(oneCaseFlips(18, 20, { comparator: '>=', threshold: 0.95 })).toBe(true);
    // 17/20 and its neighbours 16/20, 18/20 all miss
    expect(oneCaseFlips(17, 20, { comparator: '>=', threshold: 0.95 })).toBe(false);
  });

  it('does not flag large denominators far from the threshold', () => {
    expect(oneCaseFlips(1210, 1299, { comparator: '>', threshold: 0.9 })).toBe(false);
  });

  it('keeps a proportion within [0, n] and handles relative changes', () => {
    expect(oneCaseFlips(20, 20, { comparator: '>=', threshold: 1 })).toBe(true); // 19/20 misses
    expect(oneCaseFlips(0, 5, { comparator: '<=', threshold: 0 })).toBe(true); // 1/5 misses
    // 380/400 − 1 = −0.05 meets <= −0.05; 381/400 − 1 = −0.0475 does not
    expect(oneCaseFlips(380, 400, { comparator: '<=', threshold: -0.05 }, 'relative_change')).toBe(true);
    expect(oneCaseFlips(300, 400, { comparator: '<=', threshold: -0.05 }, 'relative_change')).toBe(false);
  });

  it('returns false for a zero denominator', () => {
    expect(oneCaseFlips(0, 0, { comparator: '>=', threshold: 0.8 })).toBe(false);
  });
});

describe('smallDenominator', () => {
  it('applies n < 30, n·p0 < 10 and n·(1 − p0) < 10', () => {
    expect(smallDenominator(29, 0.5)).toBe(true);
    expect(smallDenominator(30, 0.5)).toBe(false);
    expect(smallDenominator(127, 0.95)).toBe(true); // 127 × 0.05 = 6.35
    expect(smallDenominator(200, 0.95)).toBe(false); // 200 × 0.05 = 10
    expect(smallDenominator(99, 0.1)).toBe(true); // 99 × 0.1 = 9.9
    expect(smallDenominator(1299, 1)).toBe(true); // n·(1 − p0) = 0
  });

  it('refuses impossible inputs', () => {
    expect(() => smallDenominator(-1, 0.5)).toThrow(RangeError);
    expect(() => smallDenominator(10, 1.5)).toThrow(RangeError);
  });
});
