/**
 * A small reform, in memory, shaped like Hà Tĩnh's (calendar months): province 42 with districts 101, 102 and
 * 103; 103 merges into 102 on 2025-01-01 (as Lộc Hà into Thạch Hà); on 2025-07-01 the districts end and four
 * new units start directly under the province: 201 and 202 within 101, 203 and 204 within 102.
 */
import type { AreaRow, CrosswalkRow, CriminalCaseRow, DataSet } from '../../../src/core/types.ts';
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

export const REFORM_AREAS: AreaRow[] = [
  area('42', 'province', null, '2019-01-01', null),
  area('101', 'district', '42', '2019-01-01', '2025-06-30'),
  area('102', 'district', '42', '2019-01-01', '2025-06-30'),
  area('103', 'district', '42', '2019-01-01', '2024-12-31'),
  area('201', 'commune', '42', '2025-07-01', null),
  area('202', 'commune', '42', '2025-07-01', null),
  area('203', 'commune', '42', '2025-07-01', null),
  area('204', 'commune', '42', '2025-07-01', null),
];

export const REFORM_CROSSWALK: CrosswalkRow[] = [
  { from_code: '101', to_code: '201', weight: 0.6 },
  { from_code: '101', to_code: '202', weight: 0.4 },
  { from_code: '103', to_code: '102', weight: 1 },
  { from_code: '102', to_code: '203', weight: 0.25 },
  { from_code: '102', to_code: '204', weight: 0.75 },
];

/** The leaves of each calendar month of 2024-2026. */
export function leavesOfMonth(year: number, month: number): string[] {
  if (year < 2025) return ['101', '102', '103'];
  if (year === 2025 && month <= 6) return ['101', '102'];
  return ['201', '202', '203', '204'];
}

/** A data set on the reform areas, with the given criminal-case rows (monthly or annual). */
export function reformDataSet(criminal_cases: CriminalCaseRow[]): DataSet {
  const data = makeDataSet({ criminal_cases });
  return { ...data, areas: REFORM_AREAS, area_crosswalk: REFORM_CROSSWALK };
}

/** One criminal-case row. */
export function caseRow(
  year: number,
  month: number | null,
  code: string,
  occurred: number,
  cleared: number,
): CriminalCaseRow {
  return { year, month, area_code: code, crime_group: 'social_order', severity: 'serious', occurred, cleared };
}
