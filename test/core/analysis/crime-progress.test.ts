import { describe, expect, it } from 'vitest';
import { assessedIndicators, type AssessedResult } from '../../../src/core/analysis/assess-report.ts';
import type { ProgressAssessment } from '../../../src/core/analysis/crime-progress.ts';
import { expectAllClose, expectClose } from '../stats/close.ts';
import { reformData, worked, workedPartial } from './worked-data.ts';

// Golden values: R 4.2 (base), on the literals of worked-data.ts (w.R): tot <- c(397, 398, 421, 363, 437).
// The target: at most 0.95 * 397 = 377.15 cases in 2025, so at most 377.

const progressOf = (data = worked(), year: number): ProgressAssessment => {
  const crime = assessedIndicators(data, { year }).results.find(
    (r) => r.id === 'crime_change_vs_baseline',
  ) as AssessedResult;
  return crime.progress as ProgressAssessment;
};

describe('progress towards "5 % fewer cases in 2025 than in 2021"', () => {
  it('before the deadline (2023): CAGR, ESCAP projection, Poisson probability and the target test', () => {
    const p = progressOf(worked(), 2023);
    expect(p.baseline_count).toBe(397);
    expectClose(p.target_count ?? NaN, 377.15); // R: 0.95 * 397 => 377.14999999999998
    expect(p.max_count).toBe(377);
    expect(p.assessed_year).toBe(2023);
    expect(p.deadline_passed).toBe(false);
    expect(p.at_deadline).toBeNull();
    // R: (421/397)^(1/2) - 1 => 0.02978318130749158
    expectClose(p.cagr?.cagr_observed ?? NaN, 0.02978318130749158);
    // R: 0.95^(1/4) - 1 => -0.012741455098566168
    expectClose(p.cagr?.cagr_required ?? NaN, -0.012741455098566168);
    // R: -((421/397)^(1/2) - 1) / abs(0.95^(1/4) - 1) => -2.3375023556644772
    expectClose(p.cagr?.ratio ?? NaN, -2.3375023556644772);
    expect(p.cagr?.status).toBe('deterioration');
    // R: yr <- 2021:2023; y <- c(397, 398, 421); w <- yr - 2020
    //    predict(lm(y ~ yr, weights = w/mean(w)), data.frame(yr = 2025), interval = "prediction")
    //    => fit 447.20000000002256, lwr 191.00056200400542, upr 703.39943799603975
    expectClose(p.escap?.projected_value ?? NaN, 447.20000000002256, 1e-8);
    expectAllClose(p.escap?.prediction_interval, [191.00056200400542, 703.39943799603975]);
    expect(p.escap?.status).toBe('reverse_trend');
    expect(p.escap?.target_inside_prediction_interval).toBe(true);
    // R: ppois(377, 447.20000000002256) => 0.00036300183433174009
    expect(p.probability?.method).toBe('projection');
    expectClose(p.probability?.value ?? NaN, 0.00036300183433174009, 1e-7);
    // R: poisson.test(c(421, 397), r = 0.95, alternative = "less")$p.value => 0.94605724176338413
    expect(p.test?.year).toBe(2023);
    expectClose(p.test?.p_less ?? NaN, 0.94605724176338413);
    expect(p.reason.en).toContain('at most 377 cases');
  });

  it('after the deadline (2026): says so and gives the verdict at 2025', () => {
    const p = progressOf(worked(), 2026);
    expect(p.deadline_passed).toBe(true);
    expect(p.assessed_year).toBe(2025);
    expect(p.series.map((s) => s.count)).toEqual([397, 398, 421, 363, 437]);
    expect(p.at_deadline?.year).toBe(2025);
    expect(p.at_deadline?.count).toBe(437);
    // R: 437/397 - 1 => 0.10075566750629728
    expectClose(p.at_deadline?.value ?? NaN, 0.10075566750629728);
    // R: poisson.test(c(437, 397))$conf.int - 1 => -0.041318398955968449 0.264180579277304650
    expectAllClose(p.at_deadline?.ci95, [-0.041318398955968449, 0.26418057927730465]);
    expect(p.at_deadline?.status).toBe('not_met');
    expect(p.at_deadline?.statistical_status).toBe('missed_robust');
    // R: (437/397)^(1/4) - 1 => 0.024289527755525953
    expectClose(p.cagr?.cagr_observed ?? NaN, 0.024289527755525953);
    expect(p.cagr?.status).toBe('deterioration');
    // R: yr <- 2021:2025; w <- yr - 2020; predict(lm(tot ~ yr, weights = w/mean(w)), data.frame(yr = 2025),
    //    interval = "prediction") => 415.91428571428878 277.9160506905821 553.91252073799546
    expectClose(p.escap?.projected_value ?? NaN, 415.91428571428878, 1e-8);
    expectAllClose(p.escap?.prediction_interval, [277.9160506905821, 553.91252073799546]);
    // R: ppois(377, 437) => 0.0018265554169220198
    expect(p.probability?.method).toBe('observed');
    expectClose(p.probability?.value ?? NaN, 0.0018265554169220198, 1e-7);
    // R: poisson.test(c(437, 397), r = 0.95, alternative = "less")$p.value => 0.98463760738067085
    expectClose(p.test?.p_less ?? NaN, 0.98463760738067085);
    expect(p.reason.en).toMatch(/^The 2025 deadline has passed/);
    expect(p.reason.vi).toMatch(/^Đã qua hạn 2025/);
  });

  it("in the deadline year under way (2025, months 1-10): the months left at last year's rate", () => {
    const p = progressOf(workedPartial(), 2025);
    expect(p.at_deadline).toBeNull();
    expect(p.series.at(-1)).toEqual({ year: 2025, count: 361, months_covered: 10, partial: true });
    expect(p.test).toBeNull();
    expect(p.probability?.method).toBe('partial_year');
    // R: rate <- (sum(a101[["2024"]][11:12] + a102[["2024"]][11:12]) + 6) / 2 => 32; mean = 64
    expectClose(p.probability?.mean ?? NaN, 64);
    // R: ppois(377 - 361, 64) => 8.0444903489385855e-13
    expectClose(p.probability?.value ?? NaN, 8.0444903489385855e-13, 1e-7);
  });

  it('does not compare an area whose territory changed since the baseline', () => {
    const p = progressOf(reformData(), 2026);
    // the province is never cut
    expect(p.break).toBeNull();
    const commune = assessedIndicators(reformData(), { year: 2026, area: '301' }).results.find(
      (r) => r.id === 'crime_change_vs_baseline',
    )?.progress;
    expect(commune?.break?.date).toBe('2025-07-01');
    expect(commune?.cagr).toBeNull();
    expect(commune?.reason.en).toMatch(/cannot be compared with the 2021 baseline/);
  });

  it('is only on the crime count, and absent before the baseline year', () => {
    expect(progressOf(worked(), 2020)).toBeNull();
  });
});
