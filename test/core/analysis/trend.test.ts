import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessedIndicators, type AssessedResult } from '../../../src/core/analysis/assess-report.ts';
import type { XmrControl, PChartControl } from '../../../src/core/analysis/monthly-control.ts';
import type { JudicialViolationRow, SafeUnitRow } from '../../../src/core/types.ts';
import { makeDataSet } from '../../helpers/dataset.ts';
import { expectClose } from '../stats/close.ts';
import { worked, workedPartial } from './worked-data.ts';

// Golden values: R 4.2 (base), on the literals of worked-data.ts (w.R).

const find = (results: AssessedResult[], id: string) =>
  results.find((r) => r.id === id && Object.keys(r.breakdown).length === 0) as AssessedResult;

describe('trend: yearly Mann-Kendall and Theil-Sen', () => {
  const results = assessedIndicators(worked(), { year: 2025 }).results;

  it('tests the yearly counts of a change (2021-2025)', () => {
    const y = find(results, 'crime_change_vs_baseline').trend.yearly;
    expect(y.basis).toBe('count');
    expect(y.series.map((p) => p.value)).toEqual([397, 398, 421, 363, 437]);
    // R: x <- tot; sum(sign(outer(x, x, "-")[lower.tri(diag(5))])) => 4
    expect(y.mann_kendall?.s).toBe(4);
    expect(y.mann_kendall?.method).toBe('exact');
    // R: cor.test(tot, 1:5, method = "kendall", exact = TRUE)$p.value => 0.48333333333333339
    expectClose(y.mann_kendall?.p ?? NaN, 0.48333333333333339);
    expect(y.mann_kendall?.direction).toBe('no_trend');
    // R: sl <- c(); for (i in 1:4) for (j in (i+1):5) sl <- c(sl, (tot[j]-tot[i])/(j-i)); median(sl) => 9
    expectClose(y.theil_sen?.slope ?? NaN, 9);
  });

  it('tests the yearly values of a proportion (clearance 2021-2025)', () => {
    const y = find(results, 'clearance_rate').trend.yearly;
    expect(y.basis).toBe('value');
    // R: cl <- c(347, 325, 351, 304, 371); cl / tot
    expect(y.series.map((p) => [p.numerator, p.denominator])).toEqual([
      [347, 397],
      [325, 398],
      [351, 421],
      [304, 363],
      [371, 437],
    ]);
    // R: v <- cl/tot; cor.test(v, 1:5, method = "kendall", exact = TRUE)$p.value => 0.81666666666666665 (S = 2)
    expect(y.mann_kendall?.s).toBe(2);
    expectClose(y.mann_kendall?.p ?? NaN, 0.81666666666666665);
    // R: median of the pairwise slopes of v => 0.0056784331841935598
    expectClose(y.theil_sen?.slope ?? NaN, 0.0056784331841935598);
  });

  it('leaves a partial year out of a count series, not out of a proportion series', () => {
    const partial = assessedIndicators(workedPartial(), { year: 2025 }).results;
    const counts = find(partial, 'crime_change_vs_baseline').trend.yearly;
    expect(counts.series.map((p) => p.year)).toEqual([2021, 2022, 2023, 2024]);
    expect(counts.excluded_partial_years).toEqual([2025]);
    expect(counts.reason.en).toContain('left out (2025)');
    const shares = find(partial, 'clearance_rate').trend.yearly;
    expect(shares.series.map((p) => [p.year, p.partial])).toEqual([
      [2021, false],
      [2022, false],
      [2023, false],
      [2024, false],
      [2025, true],
    ]);
  });

  it('needs three years for a test', () => {
    const y = find(assessedIndicators(worked(), { year: 2022 }).results, 'crime_change_vs_baseline').trend.yearly;
    expect(y.n).toBe(2);
    expect(y.mann_kendall).toBeNull();
    expect(y.theil_sen?.slope).toBe(1);
    expect(y.reason.en).toMatch(/at least 3/);
  });

  it('a strictly monotone yearly series gives the largest |S| = n(n-1)/2 (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 9 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 9, maxLength: 9 }),
        fc.boolean(),
        (n, steps, rising) => {
          // strictly monotone counts and shares over n years ending in 2024
          let level = rising ? 5 : 5 + steps.reduce((a, b) => a + b, 0);
          const counts: number[] = [];
          for (let i = 0; i < n; i++) {
            counts.push(level);
            level += (rising ? 1 : -1) * (steps[i] as number);
          }
          const years = counts.map((_, i) => 2024 - n + 1 + i);
          const violations: JudicialViolationRow[] = years.map((year, i) => ({
            year,
            area_code: '101',
            violations: counts[i] as number,
          }));
          const safe: SafeUnitRow[] = years.map((year, i) => ({
            year,
            area_code: '101',
            unit_type: 'commune',
            in_scope: 1000,
            certified: counts[i] as number,
          }));
          const results = assessedIndicators(makeDataSet({ judicial_violations: violations, safe_units: safe }), {
            year: 2024,
          }).results;
          const max = (n * (n - 1)) / 2;
          for (const id of ['judicial_violations', 'safe_communes_share']) {
            const mk = find(results, id).trend.yearly.mann_kendall;
            expect(mk?.s).toBe(rising ? max : -max);
            expect(Math.abs(mk?.s ?? 0)).toBe(max);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('trend: monthly control charts', () => {
  const results = assessedIndicators(worked(), { year: 2024 }).results;

  it('draws an XmR chart of the monthly counts with the limits of R', () => {
    const m = find(results, 'crime_change_vs_baseline').trend.monthly as XmrControl;
    expect(m.chart).toBe('xmr');
    expect(m.n).toBe(48);
    expect(m.from).toEqual({ year: 2021, month: 1 });
    expect(m.to).toEqual({ year: 2024, month: 12 });
    // R: mean(monthly) => 32.895833333333336
    expectClose(m.mean, 32.895833333333336);
    // R: mr <- abs(diff(monthly)); amr <- mean(mr); mean(mr[mr < 3.267 * amr]) => 6.2173913043478262 (one range screened)
    expectClose(m.mean_moving_range, 6.2173913043478262);
    // R: mean(monthly) + c(-2.66, 2.66) * 6.2173913043478262 => 16.357572463768118 49.434094202898549
    expectClose(m.lower_limit, 16.357572463768118);
    expectClose(m.upper_limit, 49.434094202898549);
    // R: 0.95 * 397 / 12 => 31.429166666666664 (the target as a monthly count)
    expectClose(m.target ?? NaN, 31.429166666666664);
    expect(m.assurance).toBe('inconsistent');
    expect(m.points).toHaveLength(48);
    expect(m.recent.from).toEqual({ year: 2024, month: 1 });
    expect(m.recent.special_cause).toBe(m.recent.signals.length);
    expect(m.recent.improvement + m.recent.concern + m.recent.neutral).toBe(m.recent.special_cause);
    expect(m.rare_events).toBe(false);
  });

  it('draws a p-chart of a monthly proportion with the limits of R', () => {
    const m = find(results, 'clearance_rate').trend.monthly as PChartControl;
    expect(m.chart).toBe('p');
    expect(m.n).toBe(48);
    // R: pbar <- sum(mclr) / sum(monthly) => 0.84040531982267253
    expectClose(m.p_bar, 0.84040531982267253);
    // R: pmax(0, pbar - 3*sqrt(pbar*(1-pbar)/monthly[1])), pmin(1, ...) => 0.66447424618886552 1
    expectClose(m.points[0]?.lower ?? NaN, 0.66447424618886552);
    expect(m.points[0]?.upper).toBe(1);
    // R: which(mclr/monthly < lower | mclr/monthly > upper) => integer(0)
    expect(m.points.filter((p) => p.outside !== null)).toEqual([]);
    expect(m.recent.above + m.recent.below).toBe(0);
  });

  it('has no monthly chart for an annual table', () => {
    expect(find(results, 'reports_resolution_rate').trend.monthly).toBeNull();
  });
});
