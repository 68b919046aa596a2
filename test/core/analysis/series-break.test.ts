import { describe, expect, it } from 'vitest';
import { assessedIndicators } from '../../../src/core/analysis/assess-report.ts';
import { areaMonths, areaOf, monthsCovered } from '../../../src/core/analysis/coverage.ts';
import { seriesSegment, territoryChanges } from '../../../src/core/analysis/series-break.ts';
import { reformData } from './worked-data.ts';

const SPAN = { from: { year: 2019, month: 1 }, to: { year: 2026, month: 12 } };

describe('areas over the 2025 reform (police months)', () => {
  const data = reformData();

  it('gives each month to the unit that holds the territory on its last day', () => {
    // police month 7/2025 runs 15/6-14/7: it belongs to the communes set up on 1/7
    expect(areaMonths(data, areaOf(data, '201'), 2025)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(areaMonths(data, areaOf(data, '301'), 2025)).toEqual([7, 8, 9, 10, 11, 12]);
    expect(areaMonths(data, areaOf(data, '203'), 2025)).toEqual([]);
    expect(monthsCovered(data, 'criminal_cases', 'year', 2026, '42')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(monthsCovered(data, 'criminal_cases', 'year', 2025, '301')).toEqual([7, 8, 9, 10, 11, 12]);
  });

  it("finds the days an area's territory changed", () => {
    expect(territoryChanges(data, '301', SPAN)).toEqual(['2025-07-01']);
    expect(territoryChanges(data, '201', SPAN)).toEqual(['2025-07-01']);
    expect(territoryChanges(data, '202', SPAN)).toEqual(['2025-01-01']); // 203 merged in
  });

  it('restarts a new unit after the break, and stops an abolished one before it', () => {
    expect(seriesSegment(data, '301', SPAN).break).toEqual({
      date: '2025-07-01',
      restarted: true,
      from: { year: 2025, month: 7 },
      to: { year: 2026, month: 12 },
    });
    expect(seriesSegment(data, '201', SPAN).break).toEqual({
      date: '2025-07-01',
      restarted: false,
      from: { year: 2019, month: 1 },
      to: { year: 2025, month: 6 },
    });
    expect(seriesSegment(data, '202', SPAN).break).toMatchObject({
      date: '2025-01-01',
      restarted: true,
      from: { year: 2025, month: 1 },
    });
    expect(seriesSegment(data, '42', SPAN).break).toBeNull();
    // no change inside the span, no break
    expect(seriesSegment(data, '202', { from: SPAN.from, to: { year: 2024, month: 12 } }).break).toBeNull();
  });

  it('says so in the trend field and runs no test across the break', () => {
    const commune = assessedIndicators(data, { year: 2026, area: '301' }).results.find(
      (r) => r.id === 'clearance_rate',
    );
    expect(commune?.trend.break).toMatchObject({ date: '2025-07-01', restarted: true });
    expect(commune?.trend.yearly.series.map((p) => p.year)).toEqual([2025, 2026]);
    expect(commune?.trend.yearly.mann_kendall).toBeNull();
    expect(commune?.trend.monthly?.from).toEqual({ year: 2025, month: 7 });
    expect(commune?.trend.monthly?.n).toBe(16);
    expect(commune?.trend.yearly.reason.vi).toContain('không kiểm định qua mốc');

    const district = assessedIndicators(data, { year: 2026, area: '201' }).results.find(
      (r) => r.id === 'crime_change_vs_baseline',
    );
    expect(district?.trend.break).toMatchObject({ restarted: false });
    expect(district?.trend.yearly.series.map((p) => p.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    expect(district?.trend.yearly.excluded_partial_years).toEqual([2025]);
    // a 2026 row of zeros for a unit abolished in 2025: no statistical verdict
    expect(district?.flags.months).toEqual([]);
    expect(district?.statistical_status).toBeNull();

    const province = assessedIndicators(data, { year: 2026 }).results.find((r) => r.id === 'crime_change_vs_baseline');
    expect(province?.trend.break).toBeNull();
    expect(province?.trend.monthly?.n).toBe(94);
  });
});
