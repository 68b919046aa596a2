import { describe, expect, it } from 'vitest';
import { escapProgress } from '../../../src/core/stats/progress-escap.ts';
import { expectClose } from './close.ts';

// Golden values from R's weighted least squares (R warns "Assuming constant prediction variance
// even though model fit is weighted", which is the interval documented in progress-escap.ts):
//   d <- data.frame(year = ..., value = ...); w <- d$year - min(d$year) + 1
//   f <- lm(value ~ year, data = d, weights = w/mean(w)); coef(f); summary(f)$sigma
//   predict(f, data.frame(year = T), interval = "prediction", level = 0.95)

const SHARE = [61.2, 63.0, 62.1, 65.4, 66.0, 64.8, 68.3, 69.9, 70.4, 72.8].map((value, i) => ({
  year: 2015 + i,
  value,
}));

describe('escapProgress', () => {
  it('projects with the time-weighted regression and gives its prediction interval', () => {
    const r = escapProgress({
      series: SHARE,
      baseYear: 2015,
      targetValue: 85,
      targetYear: 2030,
      direction: 'increase',
    });
    // confirmed in R: d <- data.frame(year = 2015:2024, value = c(61.2,63.0,62.1,65.4,66.0,64.8,68.3,69.9,70.4,72.8)),
    // w <- d$year - 2014, f <- lm(value ~ year, d, weights = w/mean(w))
    expectClose(r.trend?.slope ?? Number.NaN, 1.3163636363636737);
    expectClose(r.trend?.intercept ?? Number.NaN, -2592.1381818182567);
    expectClose(r.trend?.residualStandardError ?? Number.NaN, 1.0235047549820575);
    expect(r.trend?.df).toBe(8);
    // confirmed in R: predict(f, data.frame(year = 2030), interval = "prediction")
    expectClose(r.projectedValue ?? Number.NaN, 80.080000000000837);
    expectClose(r.predictionInterval?.lower ?? Number.NaN, 76.385692951204874);
    expectClose(r.predictionInterval?.upper ?? Number.NaN, 83.7743070487968);
    // CSI = (72.8 - 61.2)/(85 - 61.2); gap = (85 - x̂)/(85 - 61.2)
    expectClose(r.currentStatusIndex ?? Number.NaN, 11.6 / 23.8);
    expectClose(r.gap ?? Number.NaN, (85 - 80.080000000000837) / 23.8);
    expect(r).toMatchObject({
      status: 'acceleration_needed',
      targetInsidePredictionInterval: false,
      baseYear: 2015,
      currentYear: 2024,
    });
    expect(r.reason.en).toContain('accelerate');
    // words in messages/stats.ts, figures by core/format (two decimals, the reader's decimal mark)
    expect(r.reason.en).toBe(
      'Projected 2030: 80.08 [76.39; 83.77] against target 85; current status index 0.49, gap 0.21: progress too slow: accelerate.',
    );
    expect(r.reason.vi).toBe(
      'Dự báo năm 2030: 80,08 [76,39; 83,77] so với chỉ tiêu 85; chỉ số hiện trạng 0,49, khoảng cách 0,21: tiến độ chậm: cần đẩy nhanh.',
    );
  });

  it('takes another level and equal weights (ordinary least squares)', () => {
    const ninety = escapProgress({
      series: SHARE,
      baseYear: 2015,
      targetValue: 85,
      targetYear: 2030,
      direction: 'increase',
      level: 0.9,
    });
    // confirmed in R: predict(f, data.frame(year = 2030), interval = "prediction", level = 0.90)
    expectClose(ninety.predictionInterval?.lower ?? Number.NaN, 77.100932739127572);
    expectClose(ninety.predictionInterval?.upper ?? Number.NaN, 83.059067260874102);

    const ols = escapProgress({
      series: SHARE,
      baseYear: 2015,
      targetValue: 85,
      targetYear: 2030,
      direction: 'increase',
      weighting: 'equal',
    });
    // confirmed in R: predict(lm(value ~ year, d), data.frame(year = 2030), interval = "prediction")
    expectClose(ols.projectedValue ?? Number.NaN, 79.289090909090646);
    expectClose(ols.predictionInterval?.lower ?? Number.NaN, 75.445540163408538);
    expectClose(ols.predictionInterval?.upper ?? Number.NaN, 83.132641654772755);

    const custom = escapProgress({
      series: SHARE,
      baseYear: 2015,
      targetValue: 85,
      targetYear: 2030,
      direction: 'increase',
      weighting: SHARE.map((_, i) => 10 * (i + 1)),
    });
    expectClose(custom.projectedValue ?? Number.NaN, 80.080000000000837); // weights are scaled to mean 1
  });

  it('the four-year crime example (decrease wanted)', () => {
    const r = escapProgress({
      series: [
        { year: 2021, value: 400 },
        { year: 2022, value: 396 },
        { year: 2023, value: 390 },
        { year: 2024, value: 389 },
      ],
      baseYear: 2021,
      targetValue: 380,
      targetYear: 2025,
      direction: 'decrease',
    });
    // confirmed in R: d <- data.frame(year = 2021:2024, value = c(400,396,390,389)); w <- 1:4;
    // predict(lm(value ~ year, d, weights = w/mean(w)), data.frame(year = 2025), interval = "prediction")
    expectClose(r.projectedValue ?? Number.NaN, 384.60000000000036);
    expectClose(r.predictionInterval?.lower ?? Number.NaN, 373.80042735887685);
    expectClose(r.predictionInterval?.upper ?? Number.NaN, 395.39957264112388);
    expectClose(r.trend?.residualStandardError ?? Number.NaN, 1.673320053069115);
    expect(r.trend?.weights).toEqual([0.4, 0.8, 1.2, 1.6]);
    expectClose(r.currentStatusIndex ?? Number.NaN, 0.55);
    expectClose(r.gap ?? Number.NaN, 0.23);
    expect(r).toMatchObject({ status: 'acceleration_needed', targetInsidePredictionInterval: true });
    expect(r.reason.vi).toContain('Chỉ tiêu nằm trong khoảng dự báo');
  });

  it('on track, reverse trend, target achieved', () => {
    expect(
      escapProgress({ series: SHARE, baseYear: 2015, targetValue: 78, targetYear: 2030, direction: 'increase' }).status,
    ).toBe('on_track');
    const reverse = escapProgress({
      series: SHARE,
      baseYear: 2015,
      targetValue: 55,
      targetYear: 2030,
      direction: 'decrease',
    });
    expect(reverse.status).toBe('reverse_trend');
    expect(reverse.currentStatusIndex).toBe(0); // capped: moved the wrong way
    expect(reverse.currentStatusIndexUncapped).toBeLessThan(0);
    const achieved = escapProgress({
      series: SHARE,
      baseYear: 2015,
      targetValue: 70,
      targetYear: 2030,
      direction: 'increase',
    });
    expect(achieved.status).toBe('target_achieved');
    expect(achieved.currentStatusIndex).toBe(1);
  });

  it('two points give a projection without an interval; one point, none', () => {
    const two = escapProgress({
      series: [
        { year: 2021, value: 400 },
        { year: 2023, value: 390 },
      ],
      baseYear: 2021,
      targetValue: 380,
      targetYear: 2025,
      direction: 'decrease',
    });
    expectClose(two.projectedValue ?? Number.NaN, 380);
    expect(two.predictionInterval).toBeNull();
    expect(two.status).toBe('on_track');
    const one = escapProgress({
      series: [{ year: 2021, value: 400 }],
      baseYear: 2021,
      targetValue: 380,
      targetYear: 2025,
      direction: 'decrease',
    });
    expect(one).toMatchObject({ status: 'not_available', projectedValue: null });
  });

  it('a missing base year moves to the next year; a target equal to the base leaves CSI and gap undefined', () => {
    const moved = escapProgress({
      series: SHARE,
      baseYear: 2010,
      targetValue: 85,
      targetYear: 2030,
      direction: 'increase',
    });
    expect(moved.baseYear).toBe(2015);
    expect(moved.warnings).toHaveLength(1);
    const flat = escapProgress({
      series: SHARE,
      baseYear: 2015,
      targetValue: 61.2,
      targetYear: 2030,
      direction: 'decrease',
    });
    expect(flat.currentStatusIndex).toBeNull();
    expect(flat.gap).toBeNull();
    expect(
      escapProgress({ series: SHARE, baseYear: 2030, targetValue: 85, targetYear: 2030, direction: 'increase' }).status,
    ).toBe('not_available');
  });

  it('refuses duplicate years, bad weights and levels', () => {
    const dup = [...SHARE, { year: 2024, value: 1 }];
    expect(() =>
      escapProgress({ series: dup, baseYear: 2015, targetValue: 85, targetYear: 2030, direction: 'increase' }),
    ).toThrow(RangeError);
    expect(() =>
      escapProgress({
        series: SHARE,
        baseYear: 2015,
        targetValue: 85,
        targetYear: 2030,
        direction: 'increase',
        weighting: [1, 2],
      }),
    ).toThrow(RangeError);
    expect(() =>
      escapProgress({
        series: SHARE,
        baseYear: 2015,
        targetValue: 85,
        targetYear: 2030,
        direction: 'increase',
        level: 1,
      }),
    ).toThrow(RangeError);
  });
});
