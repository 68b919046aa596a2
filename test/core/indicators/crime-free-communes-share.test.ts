/**
 * crime_free_communes_share on a small tree worked by hand: two districts to 30/6/2025, three communes
 * from 1/7/2025 (C1, C2 under the province, C3 under the province but set up on 1/3/2026), calendar months.
 */
import { describe, expect, it } from 'vitest';
import { assessedIndicators } from '../../../src/core/analysis/assess-report.ts';
import { computeIndicators } from '../../../src/core/indicators/compute.ts';
import type { IndicatorResult } from '../../../src/core/indicators/result.ts';
import type { AreaRow, CriminalCaseRow } from '../../../src/core/types.ts';
import { wilson } from '../../../src/core/stats/wilson.ts';
import { makeDataSet } from '../../helpers/dataset.ts';

const area = (
  code: string,
  level: AreaRow['level'],
  parent: string | null,
  from: string,
  to: string | null,
): AreaRow => ({
  area_code: code,
  name_vi: `Đơn vị ${code}`,
  name_en: `Unit ${code}`,
  level,
  parent_code: parent,
  valid_from: from,
  valid_to: to,
});
const AREAS: AreaRow[] = [
  area('42', 'province', null, '2019-01-01', null),
  area('101', 'district', '42', '2019-01-01', '2025-06-30'),
  area('102', 'district', '42', '2019-01-01', '2025-06-30'),
  area('20001', 'commune', '42', '2025-07-01', null),
  area('20002', 'commune', '42', '2025-07-01', null),
  area('20003', 'commune', '42', '2026-03-01', null),
];
const row = (
  year: number,
  month: number,
  code: string,
  occurred: number,
  group: CriminalCaseRow['crime_group'] = 'social_order',
): CriminalCaseRow => ({
  year,
  month,
  area_code: code,
  crime_group: group,
  severity: 'serious',
  occurred,
  cleared: 0,
});
const cases: CriminalCaseRow[] = [
  // 2024: district leaves only
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].flatMap((m) => [row(2024, m, '101', 2), row(2024, m, '102', 0)]),
  // 2025: districts January-June, communes July-December
  ...[1, 2, 3, 4, 5, 6].flatMap((m) => [row(2025, m, '101', 1), row(2025, m, '102', 0)]),
  ...[7, 8, 9, 10, 11, 12].flatMap((m) => [row(2025, m, '20001', 0), row(2025, m, '20002', 0)]),
  // 2026, months 1-4: 20001 one cyber case in month 2, 20002 none (a zero row, and no row in month 4),
  // 20003 set up in March: part of the year, not counted
  row(2026, 1, '20001', 0),
  row(2026, 2, '20001', 1, 'cyber'),
  row(2026, 3, '20001', 0),
  row(2026, 4, '20001', 0),
  row(2026, 1, '20002', 0),
  row(2026, 2, '20002', 0),
  row(2026, 3, '20002', 0),
  row(2026, 3, '20003', 3),
  row(2026, 4, '20003', 0),
];
const data = makeDataSet({ areas: AREAS, criminal_cases: cases });
const crimeFree = (year: number, area?: string, months?: number[]): IndicatorResult =>
  computeIndicators(data, { year, area, months }).results.find((r) => r.id === 'crime_free_communes_share')!;

describe('crime_free_communes_share', () => {
  it('2026: of the communes that existed through every month in the data, those with no case', () => {
    const r = crimeFree(2026);
    // 20001 had a (cyber) case, 20002 none (a month without a row counts as zero), 20003 part of the year
    expect([r.numerator, r.denominator, r.value]).toEqual([1, 2, 0.5]);
    expect(r.ci95).toEqual(wilson(1, 2));
    expect(r.status).toBe('no_target');
    expect(r.target).toBeNull();
    expect(r.inputs.months).toEqual([1, 2, 3, 4]);
    expect(r.inputs.leaf_units).toEqual({ level: 'commune', counted: 2, part_of_year: 1 });
    expect(r.inputs.rows).toBe(7);
    expect(r.reason.vi).toBe('1/2 → 50,0 % (số liệu 4 tháng đầu năm 2026); chỉ tiêu —: không có chỉ tiêu');
  });

  it('a year whose leaves are districts: no_data with the reason', () => {
    const r = crimeFree(2024);
    expect([r.status, r.value, r.numerator, r.denominator]).toEqual(['no_data', null, null, null]);
    expect(r.reason.vi).toMatch(/^năm 2024 số liệu ở cấp huyện/);
    expect(r.reason.en).toMatch(/^in 2024 the figures are by district/);
  });

  it('2025, the year of the reform: no commune existed through every month, so no_data, naming the units of part of the year', () => {
    const r = crimeFree(2025);
    expect(r.status).toBe('no_data');
    expect(r.inputs.leaf_units).toEqual({ level: 'commune', counted: 0, part_of_year: 2 });
    expect(r.reason.en).toContain('no commune-level unit existed through every month of 2025');
    expect(r.reason.en).toContain('2 commune-level units cover part of the year');
  });

  it('a sub-area: the leaves under it; an area that did not exist: no_data', () => {
    const one = crimeFree(2026, '20002');
    expect([one.numerator, one.denominator]).toEqual([1, 1]);
    const other = crimeFree(2026, '20001');
    expect([other.numerator, other.denominator]).toEqual([0, 1]);
    const late = crimeFree(2026, '20003');
    expect(late.status).toBe('no_data');
    const gone = crimeFree(2026, '101');
    expect(gone.status).toBe('no_data');
    expect(gone.reason.en).toContain('did not exist in 2026');
  });

  it("only the months asked for (the briefing's same months): the units and cases of those months", () => {
    // March-April: 20003 (set up on 1 March) existed through both and had 3 cases; 20001's case was in February
    const r = crimeFree(2026, undefined, [3, 4]);
    expect([r.numerator, r.denominator, r.inputs.months]).toEqual([2, 3, [3, 4]]);
    const april = crimeFree(2026, undefined, [4]);
    expect([april.numerator, april.denominator]).toEqual([3, 3]);
  });

  it('a year with no row of criminal_cases: no_data', () => {
    expect(crimeFree(2023).status).toBe('no_data');
  });

  it('has no monthly control chart (a unit is crime-free over the whole period), and its yearly series is its own figure', () => {
    const r = assessedIndicators(data, { year: 2026 }).results.find((x) => x.id === 'crime_free_communes_share')!;
    expect(r.trend.monthly).toBeNull();
    expect(r.trend.yearly.series.map((p) => [p.year, p.numerator, p.denominator])).toEqual([[2026, 1, 2]]);
    expect(r.flags.partial_year).toBe(true);
  });
});
