import { describe, expect, it } from 'vitest';
import { areaFunnelData } from '../../../src/core/charts/area-funnel-data.ts';
import { comparedAreas } from '../../../src/core/charts/compared-areas.ts';
import { crimeYearToDate } from '../../../src/core/charts/crime-baseline-data.ts';
import {
  buildChartInputs,
  coveredMonths,
  FIRST_YEAR,
  headline,
  isPartialYear,
} from '../../../src/core/charts/inputs.ts';
import { chartDataSet, fixtureInputs } from './fixture.ts';

describe('buildChartInputs', () => {
  const inputs = fixtureInputs(2026);

  it("keeps the object the notebooks read: each chart's data computed on first read by that chart's own preparation", () => {
    const fresh = buildChartInputs(chartDataSet(), { year: 2026 });
    // not enumerable: spreading or printing the object computes nothing
    expect(Object.keys(fresh)).not.toContain('compared');
    expect(Object.keys(fresh)).toContain('history');
    expect(fresh.compared).toBe(comparedAreas(fresh));
    expect(fresh.funnels.clearance_rate).toBe(areaFunnelData(fresh, 'clearance_rate'));
    expect(fresh.crimeYearToDate).toBe(crimeYearToDate(fresh));
    expect(fresh.compared).toHaveLength(6);
  });

  it('computes the area for every year from 2019 to the year', () => {
    expect(inputs.history.map((r) => r.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(inputs.history[0]?.year).toBe(FIRST_YEAR);
    expect(inputs.report.year).toBe(2026);
    expect(inputs.area).toMatchObject({ code: '42', level: 'province' });
  });

  it('compares the areas that exist at the end of the year, and keeps every generation for the heat map', () => {
    expect(inputs.compared).toHaveLength(6);
    expect(inputs.compared.every((c) => c.area.level === 'commune')).toBe(true);
    expect(inputs.areaHistory).toHaveLength(10);
    const district = inputs.areaHistory.find((h) => h.area.level === 'district');
    expect(district?.reports.map((r) => r.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it('knows the months each figure covers: communes from month 7 of 2025, districts to month 6, 10 months in 2026', () => {
    const commune = inputs.compared[0]?.area.code as string;
    const district = inputs.areaHistory.find((h) => h.area.level === 'district')?.area.code as string;
    expect(coveredMonths(inputs, 'clearance_rate', commune, 2025)).toEqual([7, 8, 9, 10, 11, 12]);
    expect(coveredMonths(inputs, 'clearance_rate', district, 2025)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(coveredMonths(inputs, 'clearance_rate', '42', 2026)).toHaveLength(10);
    expect(coveredMonths(inputs, 'safe_communes_share', '42', 2026)).toBeNull(); // an annual table
    expect(isPartialYear([1, 2])).toBe(true);
    expect(isPartialYear(null)).toBe(false);
  });

  it('compares the year to date with the same months of the year before, by hand', () => {
    const data = chartDataSet();
    const sum = (year: number) =>
      data.criminal_cases
        .filter((r) => r.year === year && r.month !== null && r.month <= 10)
        .reduce((s, r) => s + r.occurred, 0);
    const ytd = inputs.crimeYearToDate;
    expect(ytd?.current).toEqual({ year: 2026, firstMonth: 1, lastMonth: 10, count: sum(2026) });
    expect(ytd?.previous.count).toBe(sum(2025));
    expect(ytd?.change).toBeCloseTo(sum(2026) / sum(2025) - 1, 12);
    expect(ytd?.ci95?.[0]).toBeLessThan(ytd?.change as number);
    expect(ytd?.ci95?.[1]).toBeGreaterThan(ytd?.change as number);
  });

  it('sets the control limits on the 12 months of 2021 and judges every month to the cut-off', () => {
    expect(inputs.control?.baselineYear).toBe(2021);
    expect(inputs.control?.result?.baselineN).toBe(12);
    expect(inputs.control?.limitMonths).toBe(12);
    expect(inputs.control?.break).toBeNull();
    expect(inputs.control?.before).toEqual([]);
    expect(inputs.control?.months).toHaveLength(12 * 5 + 10);
    expect(inputs.control?.months[0]).toMatchObject({ year: 2021, month: 1 });
  });

  it('compares violations over the months so far when the year is not complete', () => {
    expect(inputs.violations?.kind).toBe('year_to_date');
    expect(inputs.violations?.rows).toHaveLength(5);
    expect(fixtureInputs(2024).violations?.kind).toBe('year');
    const full = fixtureInputs(2024).violations?.rows[0];
    const result = fixtureInputs(2024).report.results.find(
      (r) => r.id === 'violations_detected_change' && r.breakdown.field === full?.field,
    );
    expect(full?.current.count).toBe(result?.numerator);
    expect(full?.ci95).toEqual(result?.ci95);
  });

  it('flags a funnel point outside exactly when it lies outside the limits drawn at its denominator', () => {
    for (const year of [2024, 2026]) {
      for (const funnel of Object.values(fixtureInputs(year).funnels)) {
        for (const area of funnel.areas) {
          const limits = funnel.curve.find((c) => c.n === area.denominator);
          expect(limits).toBeDefined();
          const v = area.value as number;
          const outside95 = v < (limits?.lower95 as number) || v > (limits?.upper95 as number);
          expect(area.at95 !== 'inside').toBe(outside95);
        }
      }
    }
  });

  it('never flags 2 cases out of 2 as above an 80 % target (exact limits, not interpolated)', () => {
    const funnel = fixtureInputs(2026).funnels.clearance_rate;
    const two = funnel?.curve.find((c) => c.n === 2);
    expect(two?.upper998).toBe(1);
  });

  it('skips what the data cannot give: no sub-areas for a district, no comparison for the first year', () => {
    const district = fixtureInputs(2024, {}, '436');
    expect(district.compared).toHaveLength(0);
    expect(district.funnels).toEqual({});
    expect(headline(district.report, 'clearance_rate')?.value).not.toBeNull();
    expect(fixtureInputs(2019).violations).toBeNull();
    expect(fixtureInputs(2019).control).toBeNull();
  });

  it('reads the cut-off from the data package', () => {
    expect(inputs.cutoff).toBe('2026-10-14');
    expect(inputs.cutoffInferred).toBe(false);
  });
});
