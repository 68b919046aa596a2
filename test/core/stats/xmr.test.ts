import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xmr, XMR_NEAR_LIMIT, type XmrSpecialCauseType } from '../../../src/core/stats/xmr.ts';
import { expectClose } from './close.ts';

/** R: set.seed(123); sprintf("%.17g", rnorm(20)): the data of NHSRplotthedots' tests/testthat/test-ptd_spc_standard.R. */
const RNORM_123 = [
  -0.5604756465522126, -0.23017748948327996, 1.558708314149124, 0.070508391424576003, 0.12928773516094624,
  1.715064986883281, 0.4609162059892023, -1.265061234606534, -0.68685285189352607, -0.44566197009995806,
  1.2240817974394615, 0.35981382705736381, 0.40077145059405217, 0.11068271594511971, -0.55584113475407493,
  1.7869131368030782, 0.49785047822923939, -1.9666171566296382, 0.70135590156368555, -0.47279140772793404,
];

/**
 * The constructed examples fix the mean and MR̄ with a 2-point baseline [10, 12]: mean 11, MR̄ 2,
 * limits 11 ± 5.32 = [5.68, 16.32], outer third beyond 11 ± 3.5467 = [7.4533, 14.5467].
 */
const BASELINE = { fixAfterNPoints: 2 } as const;

function types(values: number[], options = {}): XmrSpecialCauseType[] {
  return xmr(values, { ...BASELINE, ...options }).points.map((p) => p.specialCauseType);
}

describe('xmr: limits as NHSRplotthedots computes them', () => {
  it('reproduces the package snapshot tests/testthat/_snaps/ptd_spc_standard.md (screen_outliers = TRUE)', () => {
    const r = xmr(RNORM_123);
    // snapshot r1: mean_col 0.1416238, lpl -3.01138, upl 3.294627
    expect(r.mean).toBeCloseTo(0.1416238, 7);
    expect(r.lowerLimit).toBeCloseTo(-3.01138, 5);
    expect(r.upperLimit).toBeCloseTo(3.294627, 6);
    expect(r.points.some((p) => p.signals.outsideLimits)).toBe(false);
    // the snapshot's close_to_limits column is cut after 8 values; point 18 (-1.967) lies beyond the
    // near-lower limit 0.1416 − 1.7733 × 1.1853 = −1.960
    expect(r.points.filter((p) => p.closeToLimits).map((p) => p.index)).toEqual([17]);
    expect(r.points.every((p) => p.specialCauseType === 'common_cause')).toBe(true);
  });

  it('screens the outlying moving ranges (snapshot r2) and not when told not to (snapshot r3)', () => {
    const y = [...RNORM_123];
    y[14] = 10; // data$y[15] <- 10
    const screened = xmr(y);
    // snapshot r2: mean_col 0.6694159, lpl -2.383666, upl 3.722497
    expect(screened.mean).toBeCloseTo(0.6694159, 7);
    expect(screened.lowerLimit).toBeCloseTo(-2.383666, 6);
    expect(screened.upperLimit).toBeCloseTo(3.722497, 6);
    expect(screened.movingRangesScreened).toBe(2);
    expect(screened.points[14]?.movingRangeExcluded).toBe(true);
    expect(screened.points[15]?.movingRangeExcluded).toBe(true);
    // snapshot r2 relative_to_mean begins -1, -1, 1, -1, -1, 1, -1, -1, -1, -1, 1, -1, -1, -1
    expect(screened.points.slice(0, 14).map((p) => p.relativeToMean)).toEqual([
      -1, -1, 1, -1, -1, 1, -1, -1, -1, -1, 1, -1, -1, -1,
    ]);
    expect(screened.points[14]?.specialCauseType).toBe('above_upper_limit');

    const unscreened = xmr(y, { screenOutliers: false });
    // snapshot r3: lpl -4.596625, upl 5.935457
    expect(unscreened.lowerLimit).toBeCloseTo(-4.596625, 6);
    expect(unscreened.upperLimit).toBeCloseTo(5.935457, 6);
    expect(unscreened.movingRangesScreened).toBe(0);
  });

  it('uses the constants 2.66, 2·2.66/3 and 3.267', () => {
    const r = xmr([10, 12, 11], BASELINE);
    expect(r).toMatchObject({ baselineN: 2, mean: 11, meanMovingRange: 2 });
    expectClose(r.upperLimit, 11 + 2.66 * 2);
    expectClose(r.lowerLimit, 11 - 2.66 * 2);
    expectClose(r.nearUpperLimit, 11 + ((2 * 2.66) / 3) * 2);
    expect(XMR_NEAR_LIMIT).toBeCloseTo(1.7733, 4);
  });
});

describe('xmr: special-cause rules (NHSRplotthedots R/ptd_calculate_point_type.R)', () => {
  it('flags points outside the limits', () => {
    expect(types([10, 12, 17, 5, 11])).toEqual([
      'common_cause',
      'common_cause',
      'above_upper_limit',
      'below_lower_limit',
      'common_cause',
    ]);
  });

  it('flags all 7 points of 6 consecutive increases (package test: ptd_seven_point_trend(c(2, 1:7, 3)))', () => {
    const r = xmr([10, 12, 8, 9, 10, 11, 12, 13, 14, 9], { ...BASELINE, improvementDirection: 'decrease' });
    expect(r.points.map((p) => p.signals.trend)).toEqual([
      false,
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(r.points[2]?.specialCauseType).toBe('trend_increasing');
    expect(r.points[2]?.pointType).toBe('special_cause_concern');
    expect(r.points[9]?.specialCauseType).toBe('common_cause');
  });

  it('a repeated value breaks a trend (package test: ptd_seven_point_trend(c(1:3, 3:6)))', () => {
    expect(types([10, 12, 8, 9, 10, 10, 11, 12, 13]).every((t) => t === 'common_cause')).toBe(true);
  });

  it('six increases are not enough: 6 rising points give no trend', () => {
    expect(types([10, 12, 8, 9, 10, 11, 12, 13, 9]).every((t) => t === 'common_cause')).toBe(true);
  });

  it('a peak shared by a rising and a falling trend takes the direction to its right', () => {
    const r = xmr([10, 12, 8, 9, 10, 11, 12, 13, 14, 13, 12, 11, 10, 9, 8], {
      ...BASELINE,
      improvementDirection: 'decrease',
    });
    const t = r.points.map((p) => p.specialCauseType);
    expect(t.slice(2, 8).every((x) => x === 'trend_increasing')).toBe(true);
    expect(t.slice(8).every((x) => x === 'trend_decreasing')).toBe(true);
    expect(r.points[8]?.pointType).toBe('special_cause_improvement');
    expect(r.latestPointType).toBe('special_cause_improvement');
  });

  it('flags 7 points in a row on one side of the mean (package test: ptd_seven_point_one_side_mean)', () => {
    expect(types([10, 12, 12, 12, 12, 12, 12, 12, 10])).toEqual([
      'common_cause',
      'run_above',
      'run_above',
      'run_above',
      'run_above',
      'run_above',
      'run_above',
      'run_above',
      'common_cause',
    ]);
    expect(types([12, 10, 10, 10, 10, 10, 10, 10])).toEqual([
      'common_cause',
      'run_below',
      'run_below',
      'run_below',
      'run_below',
      'run_below',
      'run_below',
      'run_below',
    ]);
  });

  it('a point on the mean breaks a run', () => {
    expect(types([10, 12, 12, 12, 11, 12, 12, 12, 12]).every((t) => t === 'common_cause')).toBe(true);
  });

  it('flags only the outer-third points of 2 in 3 on the same side (package tests: ptd_part_of_two_in_three, `iv` and `gv`)', () => {
    // close pattern c(1, 0, 0, 1, 1) on the same side -> c(0, 0, 0, 1, 1)
    expect(types([10, 12, 15, 12, 12, 15, 15])).toEqual([
      'common_cause',
      'common_cause',
      'common_cause',
      'common_cause',
      'common_cause',
      'two_in_three_above',
      'two_in_three_above',
    ]);
    // close pattern c(1, 0, 1) inside a window on one side -> both flagged, not the point between
    expect(types([10, 12, 10, 12, 15, 12, 15, 12, 10])).toEqual([
      'common_cause',
      'common_cause',
      'common_cause',
      'common_cause',
      'two_in_three_above',
      'common_cause',
      'two_in_three_above',
      'common_cause',
      'common_cause',
    ]);
    expect(types([12, 10, 12, 7, 7, 10])).toEqual([
      'common_cause',
      'common_cause',
      'common_cause',
      'two_in_three_below',
      'two_in_three_below',
      'common_cause',
    ]);
  });

  it('2 in 3 near opposite limits is not a signal (package test in test-ptd_spc_standard.R)', () => {
    const data: number[] = Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? 1 : -1));
    data[14] = 5.5;
    data[15] = -5.5;
    const r = xmr(data);
    expect(r.points[14]?.closeToLimits).toBe(true);
    expect(r.points[15]?.closeToLimits).toBe(true);
    expect(r.points.slice(-2).map((p) => p.pointType)).toEqual(['common_cause', 'common_cause']);
    expect(types([10, 12, 10, 15, 7, 15, 10]).every((t) => t === 'common_cause')).toBe(true);
  });

  it('reports every rule a point belongs to, and the precedence the package uses', () => {
    // 7 rising points whose last is outside the upper limit: outside wins for that point
    const r = xmr([10, 12, 8, 9, 10, 11, 12, 13, 17], BASELINE);
    const last = r.points[8];
    expect(last?.signals).toEqual({ outsideLimits: true, trend: true, twoInThree: false, run: false });
    expect(last?.specialCauseType).toBe('above_upper_limit');
    expect(r.points[7]?.specialCauseType).toBe('trend_increasing');
  });

  it('labels special causes by improvement direction', () => {
    const values = [10, 12, 17, 5];
    expect(
      xmr(values, { ...BASELINE, improvementDirection: 'increase' })
        .points.map((p) => p.pointType)
        .slice(2),
    ).toEqual(['special_cause_improvement', 'special_cause_concern']);
    expect(
      xmr(values, { ...BASELINE, improvementDirection: 'decrease' })
        .points.map((p) => p.pointType)
        .slice(2),
    ).toEqual(['special_cause_concern', 'special_cause_improvement']);
    expect(
      xmr(values, BASELINE)
        .points.map((p) => p.pointType)
        .slice(2),
    ).toEqual(['special_cause_neutral_high', 'special_cause_neutral_low']);
  });
});

describe('xmr: assurance (package tests: test-ptd_calculate_assurance_type.R)', () => {
  // limits [5.68, 16.32]
  it.each([
    ['increase', 20, 'consistent_fail'],
    ['increase', 3, 'consistent_pass'],
    ['increase', 11, 'inconsistent'],
    ['decrease', 20, 'consistent_pass'],
    ['decrease', 3, 'consistent_fail'],
    ['decrease', 11, 'inconsistent'],
    ['neutral', 20, null],
  ] as const)('improvement %s, target %d: %s', (improvementDirection, target, expected) => {
    expect(xmr([10, 12, 11], { ...BASELINE, improvementDirection, target }).assurance).toBe(expected);
  });

  it('no target, no assurance', () => {
    expect(xmr([10, 12, 11], { improvementDirection: 'increase' }).assurance).toBeNull();
  });
});

describe('xmr: warnings and edge cases', () => {
  it('warns below 12 points (R/ptd_add_short_group_warnings.R)', () => {
    const eleven = xmr(RNORM_123.slice(0, 11));
    expect(eleven.shortSeriesWarning).toBe(true);
    expect(eleven.warnings[0]?.vi).toContain('12');
    expect(xmr(RNORM_123.slice(0, 12)).shortSeriesWarning).toBe(false);
  });

  it('a flat series has limits on the mean instead of NaN', () => {
    const r = xmr(Array.from({ length: 12 }, () => 5));
    expect(r).toMatchObject({ mean: 5, meanMovingRange: 0, lowerLimit: 5, upperLimit: 5 });
    expect(r.warnings).toHaveLength(1);
  });

  it('refuses bad input', () => {
    expect(() => xmr([1])).toThrow(RangeError);
    expect(() => xmr([1, Number.NaN])).toThrow(RangeError);
    expect(() => xmr([1, 2], { fixAfterNPoints: 1 })).toThrow(RangeError);
    expect(() => xmr([1, 2], { target: Number.NaN })).toThrow(RangeError);
  });

  it('property: the limits contain the mean, the near-limit band sits inside them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 80 }),
        fc.boolean(),
        (values, screen) => {
          const r = xmr(values, { screenOutliers: screen });
          expect(r.lowerLimit).toBeLessThanOrEqual(r.mean);
          expect(r.upperLimit).toBeGreaterThanOrEqual(r.mean);
          expect(r.nearLowerLimit).toBeGreaterThanOrEqual(r.lowerLimit);
          expect(r.nearUpperLimit).toBeLessThanOrEqual(r.upperLimit);
          expect(r.points).toHaveLength(values.length);
        },
      ),
    );
  });
});
