import type { AreaRow, DataSet, TableName, TableRows } from '../../src/core/types.ts';

/** Province 42 with two districts (A: 101, B: 102) that exist throughout. */
export const AREAS: AreaRow[] = [
  {
    area_code: '42',
    name_vi: 'Tỉnh',
    name_en: 'Province',
    level: 'province',
    parent_code: null,
    valid_from: '2000-01-01',
    valid_to: null,
  },
  {
    area_code: '101',
    name_vi: 'Huyện A',
    name_en: 'District A',
    level: 'district',
    parent_code: '42',
    valid_from: '2000-01-01',
    valid_to: null,
  },
  {
    area_code: '102',
    name_vi: 'Huyện B',
    name_en: 'District B',
    level: 'district',
    parent_code: '42',
    valid_from: '2000-01-01',
    valid_to: null,
  },
];

/** A data set with every table empty but the areas, overridden by `tables`. */
export function makeDataSet(tables: Partial<{ [K in TableName]: TableRows[K][] }> = {}): DataSet {
  return {
    areas: AREAS,
    area_crosswalk: [],
    criminal_cases: [],
    crime_reports: [],
    violations_detected: [],
    corruption_assets: [],
    judicial_violations: [],
    reoffending: [],
    safe_units: [],
    population: [],
    drug_free_communes: [],
    ...tables,
    meta: { periods: 'calendar', cutoff: null, title: null, synthetic: true, sources: [] },
  };
}
