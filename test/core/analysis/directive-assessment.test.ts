import { describe, expect, it } from 'vitest';
import { directiveAssessment } from '../../../src/core/analysis/directive-assessment.ts';
import { resolveTargets } from '../../../src/core/targets/resolve.ts';
import { TARGET_SETS } from '../../../src/core/targets/registry.ts';
import { expectAllClose, expectClose } from '../stats/close.ts';
import { worked, workedPartial } from './worked-data.ts';

// Golden values: R 4.2 (base), on the literals of worked-data.ts (w.R): so <- c(361, 362, 385, 327, 401).

describe('the 2025 directive target set', () => {
  it('is registered, extends the national set and asks to beat its thresholds', () => {
    const set = TARGET_SETS['directive-2025'];
    expect(set?.extends).toBe('national');
    const targets = resolveTargets(set as NonNullable<typeof set>);
    expect(targets.clearance_rate).toMatchObject({ comparator: '>', threshold: 0.75, set: 'directive-2025' });
    expect(targets.clearance_rate_very_serious).toMatchObject({ comparator: '>', threshold: 0.9 });
    expect(targets.reports_resolution_rate).toMatchObject({ comparator: '>', threshold: 0.9 });
    expect(targets.crime_change_vs_baseline?.set).toBe('programme-2021-2025');
  });
});

describe('directiveAssessment', () => {
  it('checks that social-order crime fell each year, with the exact test of a real fall', () => {
    const d = directiveAssessment(worked(), { year: 2025 });
    expect(d.target_set).toBe('directive-2025');
    expect(d.social_order.years.map((y) => [y.year, y.count, y.previous_count, y.status])).toEqual([
      [2022, 362, 361, 'not_met'],
      [2023, 385, 362, 'not_met'],
      [2024, 327, 385, 'met'],
      [2025, 401, 327, 'not_met'], // 381 + the 20 very serious cases of 2025
    ]);
    const y2024 = d.social_order.years[2];
    // R: 327/385 - 1 => -0.1506493506493507
    expectClose(y2024?.change ?? NaN, -0.1506493506493507);
    // R: poisson.test(c(327, 385))$conf.int - 1 => -0.26930549579079810 -0.013189078487475636
    expectAllClose(y2024?.ci95, [-0.2693054957907981, -0.013189078487475636]);
    // R: poisson.test(c(327, 385), alternative = "less")$p.value => 0.016296639949274109
    expectClose(y2024?.p_less ?? NaN, 0.016296639949274109);
    expect(y2024?.statistical_status).toBe('met_robust');
    // R: poisson.test(c(362, 361), alternative = "less")$p.value => 0.52964290859612839
    expectClose(d.social_order.years[0]?.p_less ?? NaN, 0.52964290859612839);
    expect(d.social_order.status).toBe('not_met');
    expect(d.social_order.falling_every_year).toBe(false);
    expect(d.social_order.reason.en).toBe(
      'Social-order crime to fall in 2025: not met; it did not fall in 2022, 2023, 2025.',
    );
  });

  it('checks the rates against the national targets, with their statistical status', () => {
    const d = directiveAssessment(worked(), { year: 2025 });
    expect(d.rates.map((r) => [r.id, r.numerator, r.denominator, r.status])).toEqual([
      ['clearance_rate', 371, 437, 'met'],
      ['clearance_rate_very_serious', 19, 20, 'met'],
      ['reports_resolution_rate', 970, 1070, 'met'],
    ]);
    // R: Wilson 95 % of 371/437 => 0.81236531868239603 0.87949338448021719, above 0.75
    expect(d.rates[0]?.statistical_status).toBe('met_robust');
    // R: Wilson 95 % of 19/20 => 0.76386880655325795 0.99111855119920467, crosses 0.90
    expect(d.rates[1]?.statistical_status).toBe('met_within_noise');
    // R: Wilson 95 % of 970/1070 => 0.88761783986968612 0.92255762211652248, crosses 0.90
    expect(d.rates[2]?.statistical_status).toBe('met_within_noise');
    expect(d.status).toBe('not_met'); // social-order crime rose in 2025
    expect(d.reasons).toHaveLength(5);
  });

  it('compares a year under way with the same months of the year before', () => {
    const d = directiveAssessment(workedPartial(), { year: 2025 });
    const y = d.social_order.years.at(-1);
    expect(y?.same_months_only).toBe(true);
    expect(y?.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // social order, months 1-10: R: sum(a101[["2025"]][1:10] + a102[["2025"]][1:10]) + 20 => 331;
    // sum(a101[["2024"]][1:10] + a102[["2024"]][1:10]) => 269
    expect([y?.count, y?.previous_count]).toEqual([331, 269]);
    expect(y?.reason.vi).toContain('(10 tháng, cùng kỳ)');
  });
});
