import type { AreaRow, DataSet } from '../../../src/core/types.ts';
import { makeDataSet } from '../../helpers/dataset.ts';

/** A district named like a spreadsheet formula, and one named like markup: both must come out inert. */
export const FORMULA_NAME = '=HYPERLINK("http://evil.example","click")';
export const MARKUP_NAME = '<script>alert(1)</script> & "B"';

/** Province 42 with two districts, one of each hostile name, 2021-2024, annual tables. */
export function reportDataSet(options: { rootName?: string; title?: string | null } = {}): DataSet {
  const areas: AreaRow[] = [
    {
      area_code: '42',
      name_vi: options.rootName ?? 'Tỉnh Hà Tĩnh',
      name_en: options.rootName ?? 'Ha Tinh Province',
      level: 'province',
      parent_code: null,
      valid_from: '2019-01-01',
      valid_to: null,
    },
    {
      area_code: '101',
      name_vi: FORMULA_NAME,
      name_en: FORMULA_NAME,
      level: 'district',
      parent_code: '42',
      valid_from: '2019-01-01',
      valid_to: null,
    },
    {
      area_code: '102',
      name_vi: MARKUP_NAME,
      name_en: MARKUP_NAME,
      level: 'district',
      parent_code: '42',
      valid_from: '2019-01-01',
      valid_to: null,
    },
  ];
  const years = [2021, 2022, 2023, 2024];
  const data = makeDataSet({
    areas,
    criminal_cases: years.flatMap((y, i) => [
      {
        year: y,
        month: null,
        area_code: '101',
        crime_group: 'social_order' as const,
        severity: 'serious' as const,
        occurred: 250 - 5 * i,
        cleared: 200 + i,
      },
      {
        year: y,
        month: null,
        area_code: '102',
        crime_group: 'drugs' as const,
        severity: 'very_serious' as const,
        occurred: 20,
        cleared: 19,
      },
    ]),
    crime_reports: years.flatMap((y, i) => [
      {
        year: y,
        month: null,
        area_code: '101',
        carried_over: 30,
        received: 400,
        accepted: 400,
        transferred: 10,
        resolved: 380 + i,
        suspended: 4,
      },
      {
        year: y,
        month: null,
        area_code: '102',
        carried_over: 10,
        received: 150,
        accepted: 149,
        transferred: 2,
        resolved: 140,
        suspended: 1,
      },
    ]),
    violations_detected: years.flatMap((y, i) => [
      { year: y, month: null, area_code: '101', field: 'drugs' as const, detected: 40 + 3 * i },
      { year: y, month: null, area_code: '102', field: 'economy' as const, detected: 30 - i },
    ]),
    corruption_assets: years.map((y) => ({
      year: y,
      area_code: '101',
      to_recover_vnd: 2_000_000_000,
      recovered_vnd: 1_300_000_000,
    })),
    judicial_violations: years.map((y, i) => ({ year: y, area_code: '102', violations: i % 2 })),
    reoffending: years.map((y) => ({
      cohort_year: y,
      area_code: '101',
      release_type: 'amnesty' as const,
      released: 120,
      reoffended: 9,
      follow_up_months: 12,
    })),
    safe_units: years.flatMap((y) => [
      { year: y, area_code: '101', unit_type: 'commune' as const, in_scope: 40, certified: 33 },
      { year: y, area_code: '102', unit_type: 'school' as const, in_scope: 25, certified: 22 },
    ]),
  });
  return {
    ...data,
    meta: {
      ...data.meta,
      cutoff: '2024-12-31',
      title: options.title === undefined ? 'Test data' : options.title,
      sources: [{ file: 'areas.csv', sha256: '0'.repeat(64) }],
    },
  };
}
