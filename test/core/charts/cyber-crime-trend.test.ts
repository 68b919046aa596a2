import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isBuilt, type VegaLiteChart } from '../../../src/core/charts/chart.ts';
import { buildChartContext } from '../../../src/core/charts/chart-context.ts';
import { cyberCrimeTrend } from '../../../src/core/charts/cyber-crime-trend.ts';
import { cyberCrimeTrendData } from '../../../src/core/charts/cyber-crime-trend-data.ts';
import type { DataSet } from '../../../src/core/types.ts';
import { loadDataFolder } from '../../../src/node/io/load.ts';
import { ROOT } from '../../helpers/cli.ts';
import { fixtureContext } from './fixture.ts';

let data: DataSet;
beforeAll(async () => {
  const loaded = await loadDataFolder(join(ROOT, 'data'));
  if (!loaded.ok) throw new Error('data/ refused');
  data = loaded.data;
});

/** Cybercrime cases in the bundled rows of a year, months 1 to `through`, by hand. */
const byHand = (year: number, through: number) =>
  data.criminal_cases
    .filter((r) => r.crime_group === 'cyber' && r.year === year && r.month !== null && r.month <= through)
    .reduce((s, r) => s + r.occurred, 0);

describe('cyber_crime_trend (09-cyber-crime-trend)', () => {
  it('draws each year from 2019 with its Garwood interval, and 2026 apart: 10 months, provisional', () => {
    const context = buildChartContext(data, { year: 2026 });
    const { years } = cyberCrimeTrendData(context);
    expect(years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(years.filter((y) => y.partial).map((y) => y.year)).toEqual([2026]);
    const last = years[7];
    expect(last?.count).toBe(byHand(2026, 10));
    expect(last?.months).toHaveLength(10);
    // R 4.x: poisson.test(24)$conf.int => 15.377252854686464 35.710097593753204
    expect(last?.count).toBe(24);
    expect(last?.ci95?.[0]).toBeCloseTo(15.377252854686464, 10);
    expect(last?.ci95?.[1]).toBeCloseTo(35.710097593753204, 10);
    const chart = cyberCrimeTrend.build(context, null, 'vi') as VegaLiteChart;
    expect(chart.name).toBe('09-cyber-crime-trend');
    const json = JSON.stringify(chart.spec);
    expect(json).toContain('"2026 (10 tháng)"');
    expect(json).toContain('"24 (tạm tính)"');
    const en = cyberCrimeTrend.build(context, null, 'en') as VegaLiteChart;
    expect(JSON.stringify(en.spec)).toContain('"2026 (10 months)"');
    expect(JSON.stringify(en.spec)).toContain('"24 (provisional)"');
  });

  it('compares the 10 months of 2026 with the same 10 months of 2025, counted by hand, interval as R', () => {
    const context = buildChartContext(data, { year: 2026 });
    const same = cyberCrimeTrendData(context).sameMonths;
    expect(same?.current).toEqual({ year: 2026, firstMonth: 1, lastMonth: 10, count: byHand(2026, 10) });
    // January-October 2025 (months 7 and 8 of 2026 had no case, so no cyber row: they still count, as zeros)
    expect(same?.previous).toEqual({ year: 2025, firstMonth: 1, lastMonth: 10, count: byHand(2025, 10) });
    expect(same?.previous.count).toBe(19);
    // R 4.x: poisson.test(c(24, 19))$conf.int - 1 => -0.33678764629593483 1.43901213719211452
    expect(same?.change).toBeCloseTo(24 / 19 - 1, 14);
    expect(same?.ci95?.[0]).toBeCloseTo(-0.33678764629593483, 10);
    expect(same?.ci95?.[1]).toBeCloseTo(1.43901213719211452, 10);
    const chart = cyberCrimeTrend.build(context, null, 'vi') as VegaLiteChart;
    expect(chart.texts.subtitle.join(' ')).toContain('10 tháng đầu năm 2026: 24 vụ, so với 19 vụ cùng kỳ năm trước');
    expect(JSON.stringify(chart.spec)).toContain('"hconcat"');
    const en = cyberCrimeTrend.build(context, null, 'en') as VegaLiteChart;
    expect(en.texts.subtitle.join(' ')).toContain('Jan–Oct 2026: 24 cases against 19 in the same months a year before');
  });

  it('has no same-months panel for a whole year', () => {
    const context = buildChartContext(data, { year: 2025 });
    expect(cyberCrimeTrendData(context).sameMonths).toBeNull();
    const chart = cyberCrimeTrend.build(context, null, 'vi') as VegaLiteChart;
    expect(cyberCrimeTrendData(context).years.every((y) => !y.partial)).toBe(true);
    expect(JSON.stringify(chart.spec)).not.toContain('"hconcat"');
    expect(JSON.stringify(chart.spec)).not.toContain('tạm tính');
  });

  it('calls only the year in progress provisional: a year a unit existed for in part is final', () => {
    // a ward set up on 1 July 2025: 2025 has 6 months (final), 2026 is in progress
    const ward = cyberCrimeTrend.build(buildChartContext(data, { year: 2026, area: '18073' }), null, 'vi');
    const wardSpec = JSON.stringify((ward as VegaLiteChart).spec);
    expect(wardSpec).toContain('"2025 (6 tháng)"');
    expect(wardSpec).toMatch(
      /"countText":"\d+ \(tạm tính\)","label":"2026 \(10 tháng\)"|"label":"2026 \(10 tháng\)"[^}]*"countText":"\d+ \(tạm tính\)"/,
    );
    expect(wardSpec).not.toMatch(/"label":"2025 \(6 tháng\)"[^}]*tạm tính/);
    // Thạch Hà ended on 30 June 2025: its 2025 is 6 months, and final
    const district = cyberCrimeTrend.build(buildChartContext(data, { year: 2025, area: '445' }), null, 'vi');
    const districtSpec = JSON.stringify((district as VegaLiteChart).spec);
    expect(districtSpec).toContain('"2025 (6 tháng)"');
    expect(districtSpec).not.toContain('tạm tính');
  });

  it('says why it is not drawn when the data record no cybercrime at all', () => {
    const built = cyberCrimeTrend.build(fixtureContext(2026), null, 'vi');
    expect(isBuilt(built)).toBe(false);
    expect('reason' in built && built.reason).toContain('tội phạm công nghệ cao');
    const en = cyberCrimeTrend.build(fixtureContext(2026), null, 'en');
    expect('reason' in en && en.reason).toContain('cybercrime');
  });

  it('draws a sparse group: a month without a row counts as no case, not as a missing month', () => {
    const context = fixtureContext(2026, { watched: true });
    const { years, sameMonths } = cyberCrimeTrendData(context);
    expect(years).toHaveLength(8);
    expect(sameMonths?.current.lastMonth).toBe(10);
    const rows = context.data.criminal_cases.filter((r) => r.crime_group === 'cyber');
    const sum = (year: number) =>
      rows.filter((r) => r.year === year && (r.month as number) <= 10).reduce((s, r) => s + r.occurred, 0);
    expect(sameMonths?.previous.count).toBe(sum(2025));
    expect(sameMonths?.current.count).toBe(sum(2026));
  });
});
