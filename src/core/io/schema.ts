/**
 * The input tables of `shared/CONTRACT.md` as data: each table's columns with their kind, the
 * columns that identify a row, and the checks between the numbers of one row.
 */
import {
  AREA_LEVELS,
  CRIME_GROUPS,
  RELEASE_TYPES,
  SEVERITIES,
  UNIT_TYPES,
  VIOLATION_FIELDS,
  type TableName,
} from '../types.ts';

/** What a column holds, and so how a cell is read. */
export type ColumnKind =
  /** non-empty text, kept as written (trimmed): codes and names */
  | { type: 'text' }
  /** a 4-digit year */
  | { type: 'year' }
  /** a month 1-12 */
  | { type: 'month' }
  /** a whole number >= 0, at most `Number.MAX_SAFE_INTEGER` */
  | { type: 'count' }
  /** an ISO date `YYYY-MM-DD` */
  | { type: 'date' }
  /** a number in [0, 1]; a decimal comma is accepted */
  | { type: 'weight' }
  /** one of a fixed list of values */
  | { type: 'enum'; values: readonly string[] };

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  /** The file may leave the column out (`month`, `cleared_from_earlier`); its value is then null. */
  optional?: boolean;
  /** A cell may be empty; its value is then null. */
  nullable?: boolean;
}

/** `column` must be at most the signed sum of `atMost`, e.g. cleared <= occurred. */
export interface RowCheck {
  column: string;
  atMost: readonly { column: string; sign: 1 | -1 }[];
  /** A warning lets the data through. */
  severity: 'error' | 'warning';
}

export interface TableSchema {
  /** Columns in the order a parsed row holds them. */
  columns: readonly ColumnSpec[];
  /** The column holding the period's year; null for `areas` and `area_crosswalk`. */
  yearColumn: 'year' | 'cohort_year' | null;
  /** Columns that, with the year, month and area, identify a row (the breakdown). */
  key: readonly string[];
  checks: readonly RowCheck[];
}

const text = (name: string, nullable = false): ColumnSpec => ({ name, kind: { type: 'text' }, nullable });
const count = (name: string): ColumnSpec => ({ name, kind: { type: 'count' } });
const oneOf = (name: string, values: readonly string[]): ColumnSpec => ({ name, kind: { type: 'enum', values } });
const year: ColumnSpec = { name: 'year', kind: { type: 'year' } };
const month: ColumnSpec = { name: 'month', kind: { type: 'month' }, optional: true };
const areaCode = text('area_code');
const atMost = (column: string, ...terms: string[]): RowCheck => ({
  column,
  atMost: terms.map((t) => (t.startsWith('-') ? { column: t.slice(1), sign: -1 } : { column: t, sign: 1 })),
  severity: 'error',
});

/** Every input table's schema. */
export const TABLE_SCHEMAS: Record<TableName, TableSchema> = {
  areas: {
    columns: [
      areaCode,
      text('name_vi'),
      text('name_en'),
      oneOf('level', AREA_LEVELS),
      text('parent_code', true),
      { name: 'valid_from', kind: { type: 'date' } },
      { name: 'valid_to', kind: { type: 'date' }, nullable: true },
    ],
    yearColumn: null,
    key: ['area_code'],
    checks: [],
  },
  area_crosswalk: {
    columns: [text('from_code'), text('to_code'), { name: 'weight', kind: { type: 'weight' } }],
    yearColumn: null,
    key: ['from_code', 'to_code'],
    checks: [],
  },
  criminal_cases: {
    columns: [
      year,
      month,
      areaCode,
      oneOf('crime_group', CRIME_GROUPS),
      oneOf('severity', SEVERITIES),
      count('occurred'),
      count('cleared'),
      { name: 'cleared_from_earlier', kind: { type: 'count' }, optional: true, nullable: true },
    ],
    yearColumn: 'year',
    key: ['crime_group', 'severity'],
    checks: [atMost('cleared', 'occurred')],
  },
  crime_reports: {
    columns: [
      year,
      month,
      areaCode,
      count('carried_over'),
      count('received'),
      count('accepted'),
      count('transferred'),
      count('resolved'),
      count('suspended'),
    ],
    yearColumn: 'year',
    key: [],
    checks: [
      atMost('accepted', 'received'),
      atMost('transferred', 'carried_over', 'accepted'),
      atMost('resolved', 'carried_over', 'accepted', '-transferred'),
    ],
  },
  violations_detected: {
    columns: [year, month, areaCode, oneOf('field', VIOLATION_FIELDS), count('detected')],
    yearColumn: 'year',
    key: ['field'],
    checks: [],
  },
  corruption_assets: {
    columns: [year, areaCode, count('to_recover_vnd'), count('recovered_vnd')],
    yearColumn: 'year',
    key: [],
    checks: [{ ...atMost('recovered_vnd', 'to_recover_vnd'), severity: 'warning' }],
  },
  judicial_violations: {
    columns: [year, areaCode, count('violations')],
    yearColumn: 'year',
    key: [],
    checks: [],
  },
  reoffending: {
    columns: [
      { name: 'cohort_year', kind: { type: 'year' } },
      areaCode,
      oneOf('release_type', RELEASE_TYPES),
      count('released'),
      count('reoffended'),
      count('follow_up_months'),
    ],
    yearColumn: 'cohort_year',
    key: ['release_type'],
    checks: [atMost('reoffended', 'released')],
  },
  safe_units: {
    columns: [year, areaCode, oneOf('unit_type', UNIT_TYPES), count('in_scope'), count('certified')],
    yearColumn: 'year',
    key: ['unit_type'],
    checks: [atMost('certified', 'in_scope')],
  },
  population: {
    columns: [year, areaCode, count('population')],
    yearColumn: 'year',
    key: [],
    checks: [],
  },
  drug_free_communes: {
    columns: [year, areaCode, count('in_scope'), count('recognised')],
    yearColumn: 'year',
    key: [],
    checks: [atMost('recognised', 'in_scope')],
  },
};
