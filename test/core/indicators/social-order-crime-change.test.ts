/**
 * social_order_crime_change, the 2025 directive's "kéo giảm qua từng năm" as an ordinary indicator. These checks
 * were those of the separate directive assessment (removed): each year against the one before, the exact
 * rate-ratio interval, the statistical status, the exact test of a real fall on the indicator's counts, a year
 * under way against the same months, and the directive's rates.
 *
 * Golden values: R 4.2 (base), on the literals of ../analysis/worked-data.ts (w.R): so <- c(361, 362, 385, 327, 401).
 */
import { describe, expect, it } from 'vitest';
import { assessedIndicators } from '../../../src/core/analysis/assess-report.ts';
import { rateRatioTest } from '../../../src/core/stats/rate-ratio.ts';
import { resolveTargets } from '../../../src/core/targets/resolve.ts';
import { TARGET_SETS } from '../../../src/core/targets/registry.ts';
import { expectAllClose, expectClose } from '../stats/close.ts';
import { worked, workedPartial } from '../analysis/worked-data.ts';

const directive = TARGET_SETS['directive-2025']!;
const headline = (data: ReturnType<typeof worked>, year: number, id: string) =>
  assessedIndicators(data, { year, targets: directive }).results.find(
    (r) => r.id === id && Object.keys(r.breakdown).length === 0,
  )!;

describe('the 2025 directive target set', () => {
  it('is registered, extends the national set and asks to beat its thresholds, and social-order crime to fall', () => {
    expect(directive.extends).toBe('national');
    const targets = resolveTargets(directive);
    expect(targets.clearance_rate).toMatchObject({ comparator: '>', threshold: 0.75, set: 'directive-2025' });
    expect(targets.clearance_rate_very_serious).toMatchObject({ comparator: '>', threshold: 0.9 });
    expect(targets.reports_resolution_rate).toMatchObject({ comparator: '>', threshold: 0.9 });
    expect(targets.social_order_crime_change).toMatchObject({ comparator: '<', threshold: 0, set: 'directive-2025' });
    expect(targets.crime_change_vs_baseline?.set).toBe('programme-2021-2025');
  });
});

describe('social_order_crime_change', () => {
  it('judges each year against the one before ("< 0 every year")', () => {
    const rows = [2022, 2023, 2024, 2025].map((y) => {
      const r = headline(worked(), y, 'social_order_crime_change');
      return [y, r.numerator, r.denominator, r.status];
    });
    expect(rows).toEqual([
      [2022, 362, 361, 'not_met'],
      [2023, 385, 362, 'not_met'],
      [2024, 327, 385, 'met'],
      [2025, 401, 327, 'not_met'], // 381 + the 20 very serious cases of 2025
    ]);
  });

  it('gives the change, the exact interval, the statistical status and the exact test of a real fall', () => {
    const r = headline(worked(), 2024, 'social_order_crime_change');
    // R: 327/385 - 1 => -0.1506493506493507
    expectClose(r.value ?? NaN, -0.1506493506493507);
    // R: poisson.test(c(327, 385))$conf.int - 1 => -0.26930549579079810 -0.013189078487475636
    expectAllClose(r.ci95, [-0.2693054957907981, -0.013189078487475636]);
    expect(r.statistical_status).toBe('met_robust');
    // R: poisson.test(c(327, 385), alternative = "less")$p.value => 0.016296639949274109
    expectClose(rateRatioTest(r.numerator!, r.denominator!, 1)?.pLess ?? NaN, 0.016296639949274109);
    // R: poisson.test(c(362, 361), alternative = "less")$p.value => 0.52964290859612839
    const y2022 = headline(worked(), 2022, 'social_order_crime_change');
    expectClose(rateRatioTest(y2022.numerator!, y2022.denominator!, 1)?.pLess ?? NaN, 0.52964290859612839);
    expect(r.reason.en).toBe('327/385 → −15.1%; target < 0%: met');
  });

  it('compares a year under way with the same months of the year before', () => {
    const r = headline(workedPartial(), 2025, 'social_order_crime_change');
    expect(r.inputs.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(r.inputs.comparison_months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // social order, months 1-10: R: sum(a101[["2025"]][1:10] + a102[["2025"]][1:10]) + 20 => 331;
    // sum(a101[["2024"]][1:10] + a102[["2024"]][1:10]) => 269
    expect([r.numerator, r.denominator]).toEqual([331, 269]);
    expect(r.reason.vi).toContain('10 tháng đầu năm 2025 so với cùng kỳ năm 2024');
    expect(r.reason.vi).toContain('(tạm tính)');
  });

  it("sits beside the directive's rates, each judged with its statistical status", () => {
    const rates = ['clearance_rate', 'clearance_rate_very_serious', 'reports_resolution_rate'].map((id) =>
      headline(worked(), 2025, id),
    );
    expect(rates.map((r) => [r.id, r.numerator, r.denominator, r.status])).toEqual([
      ['clearance_rate', 371, 437, 'met'],
      ['clearance_rate_very_serious', 19, 20, 'met'],
      ['reports_resolution_rate', 970, 1070, 'met'],
    ]);
    // R: Wilson 95 % of 371/437 => 0.81236531868239603 0.87949338448021719, above 0.75
    expect(rates[0]?.statistical_status).toBe('met_robust');
    // R: Wilson 95 % of 19/20 => 0.76386880655325795 0.99111855119920467, crosses 0.90
    expect(rates[1]?.statistical_status).toBe('met_within_noise');
    // R: Wilson 95 % of 970/1070 => 0.88761783986968612 0.92255762211652248, crosses 0.90
    expect(rates[2]?.statistical_status).toBe('met_within_noise');
  });
});
