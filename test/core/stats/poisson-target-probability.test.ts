import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  poissonTargetProbability,
  poissonTargetProbabilityPartialYear,
} from '../../../src/core/stats/poisson-target-probability.ts';
import { expectClose } from './close.ts';

describe('poissonTargetProbability', () => {
  it('P(X <= floor((1 + threshold)·baseline)) for X ~ Poisson(projected mean)', () => {
    const r = poissonTargetProbability({ baseline: 400, threshold: -0.05 }, 385);
    expect(r).toMatchObject({ limit: 380, maxCount: 380, mean: 385 });
    // confirmed in R: ppois(380, 385)
    expectClose(r.probability, 0.41243846054658184);
    // words in messages/stats.ts, figures by core/format: '41.2%' in English, '41,2 %' in Vietnamese
    expect(r.reason.en).toBe('P(count <= 380) for a Poisson count with mean 385: 41.2%.');
    expect(r.reason.vi).toBe('P(số vụ <= 380) với số vụ theo phân phối Poisson, trung bình 385: 41,2 %.');

    // 0.95 × 212 = 201.4 -> at most 201 cases; confirmed in R: ppois(201, 190)
    const s = poissonTargetProbability({ baseline: 212, threshold: -0.05 }, 190);
    expect(s.maxCount).toBe(201);
    expectClose(s.probability, 0.79900328224673145);
  });

  it('does not lose a whole count to rounding (0.95 × 400, 0.9 × 10)', () => {
    expect(poissonTargetProbability({ baseline: 400, threshold: -0.05 }, 380).maxCount).toBe(380);
    expect(poissonTargetProbability({ baseline: 10, threshold: -0.1 }, 8).maxCount).toBe(9);
    expect(poissonTargetProbability({ baseline: 30, threshold: -0.1 }, 8).maxCount).toBe(27);
  });

  it('small counts and edge cases', () => {
    // confirmed in R: ppois(9, 12.5)
    expectClose(poissonTargetProbability({ baseline: 10, threshold: -0.1 }, 12.5).probability, 0.20143110494553582);
    // confirmed in R: ppois(0, 0)
    expect(poissonTargetProbability({ baseline: 0, threshold: 0 }, 0).probability).toBe(1);
    expect(poissonTargetProbability({ baseline: 10, threshold: -1 }, 0).maxCount).toBe(0);
    expect(poissonTargetProbability({ baseline: 0.5, threshold: -0.5 }, 2)).toMatchObject({ maxCount: 0 });
  });

  it('refuses impossible inputs', () => {
    expect(() => poissonTargetProbability({ baseline: -1, threshold: 0 }, 3)).toThrow(RangeError);
    expect(() => poissonTargetProbability({ baseline: 10, threshold: -1.5 }, 3)).toThrow(RangeError);
    expect(() => poissonTargetProbability({ baseline: 10, threshold: 0 }, -3)).toThrow(RangeError);
  });

  it('property: falls as the projected mean rises, rises as the threshold loosens', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000 }),
        fc.double({ min: -0.5, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 2_000, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (baseline, threshold, mean, extra) => {
          const p = poissonTargetProbability({ baseline, threshold }, mean).probability;
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
          expect(poissonTargetProbability({ baseline, threshold }, mean + extra).probability).toBeLessThanOrEqual(
            p + 1e-12,
          );
          expect(
            poissonTargetProbability({ baseline, threshold: threshold + 0.1 }, mean).probability,
          ).toBeGreaterThanOrEqual(p - 1e-12);
        },
      ),
    );
  });
});

describe('poissonTargetProbabilityPartialYear', () => {
  it('the rest of the year may hold floor(limit) − count so far', () => {
    const r = poissonTargetProbabilityPartialYear({
      baseline: 400,
      threshold: -0.05,
      countSoFar: 250,
      monthsObserved: 8,
      monthlyRate: 32,
    });
    expect(r).toMatchObject({
      maxCount: 380,
      remainingAllowance: 130,
      monthsRemaining: 4,
      mean: 128,
      alreadyExceeded: false,
    });
    // confirmed in R: ppois(380 - 250, 32 * 4)
    expectClose(r.probability, 0.59287797393383057);

    // confirmed in R: ppois(201 - 171, 12 * 3)
    const s = poissonTargetProbabilityPartialYear({
      baseline: 212,
      threshold: -0.05,
      countSoFar: 171,
      monthsObserved: 9,
      monthlyRate: 12,
    });
    expectClose(s.probability, 0.18062554245725562);
    // confirmed in R: ppois(13, 1.8 * 4)
    const small = poissonTargetProbabilityPartialYear({
      baseline: 20,
      threshold: 0,
      countSoFar: 7,
      monthsObserved: 8,
      monthlyRate: 1.8,
    });
    expectClose(small.probability, 0.98409880713979614);
    // words in messages/stats.ts, figures by core/format
    expect(small.reason.en).toBe('7 cases in 8 months; at most 13 more allowed in 4 months at 1.8/month: 98.4%.');
    expect(small.reason.vi).toBe(
      '7 vụ trong 8 tháng; 4 tháng còn lại chỉ được thêm tối đa 13 vụ, với 1,8 vụ/tháng: 98,4 %.',
    );
    const many = poissonTargetProbabilityPartialYear({
      baseline: 1600,
      threshold: -0.05,
      countSoFar: 1210,
      monthsObserved: 10,
      monthlyRate: 120.25,
    });
    expect(many.reason.vi).toBe(
      '1.210 vụ trong 10 tháng; 2 tháng còn lại chỉ được thêm tối đa 310 vụ, với 120,25 vụ/tháng: 100,0 %.',
    );
  });

  it('already over the limit: 0; year complete: 0 or 1', () => {
    const over = poissonTargetProbabilityPartialYear({
      baseline: 400,
      threshold: -0.05,
      countSoFar: 381,
      monthsObserved: 11,
      monthlyRate: 30,
    });
    expect(over).toMatchObject({ alreadyExceeded: true, probability: 0 });
    expect(over.reason.en).toContain('already exceed');
    expect(
      poissonTargetProbabilityPartialYear({
        baseline: 400,
        threshold: -0.05,
        countSoFar: 380,
        monthsObserved: 12,
        monthlyRate: 30,
      }).probability,
    ).toBe(1);
    expect(
      poissonTargetProbabilityPartialYear({
        baseline: 400,
        threshold: -0.05,
        countSoFar: 381,
        monthsObserved: 12,
        monthlyRate: 30,
      }).probability,
    ).toBe(0);
  });

  it('refuses impossible inputs', () => {
    const base = { baseline: 400, threshold: -0.05, countSoFar: 250, monthsObserved: 8, monthlyRate: 32 };
    expect(() => poissonTargetProbabilityPartialYear({ ...base, monthsObserved: 13 })).toThrow(RangeError);
    expect(() => poissonTargetProbabilityPartialYear({ ...base, countSoFar: 2.5 })).toThrow(RangeError);
    expect(() => poissonTargetProbabilityPartialYear({ ...base, monthlyRate: -1 })).toThrow(RangeError);
  });
});
