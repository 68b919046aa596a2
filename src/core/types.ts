/**
 * The shapes of chitieu's input tables and computed results.
 *
 * Input tables follow `shared/CONTRACT.md` (one row type per file); results follow the
 * `chitieu indicators --json` output of the same contract, with extra fields (`reason`,
 * `inputs`) that the contract allows.
 */

/** Every table a data folder may hold, named as its file (without `.csv`). */
export const TABLE_NAMES = [
  'areas',
  'area_crosswalk',
  'criminal_cases',
  'crime_reports',
  'violations_detected',
  'corruption_assets',
  'judicial_violations',
  'reoffending',
  'safe_units',
  'population',
  'drug_free_communes',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** Tables a data folder may leave out (CONTRACT.md marks them optional). */
export const OPTIONAL_TABLES: readonly TableName[] = ['area_crosswalk', 'population', 'drug_free_communes'];

export const AREA_LEVELS = ['province', 'district', 'commune'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

export const CRIME_GROUPS = [
  'social_order',
  'drugs',
  'economic',
  'corruption',
  'environment',
  'smuggling',
  'cyber',
  'other',
] as const;
export type CrimeGroup = (typeof CRIME_GROUPS)[number];

/** Penal Code 2015 art. 9 categories. */
export const SEVERITIES = ['less_serious', 'serious', 'very_serious', 'especially_serious'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const VIOLATION_FIELDS = ['economy', 'corruption', 'smuggling', 'environment', 'drugs'] as const;
export type ViolationField = (typeof VIOLATION_FIELDS)[number];

export const RELEASE_TYPES = ['amnesty', 'sentence_completed', 'conditional_release'] as const;
export type ReleaseType = (typeof RELEASE_TYPES)[number];

export const UNIT_TYPES = ['commune', 'agency', 'enterprise', 'school'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** `areas.csv`: the area tree over time. Dates are ISO `YYYY-MM-DD`; `valid_to` null while the unit exists. */
export interface AreaRow {
  area_code: string;
  name_vi: string;
  name_en: string;
  level: AreaLevel;
  parent_code: string | null;
  valid_from: string;
  valid_to: string | null;
}

/** `area_crosswalk.csv`: an abolished unit's share going to each successor. */
export interface CrosswalkRow {
  from_code: string;
  to_code: string;
  weight: number;
}

/** Columns every period table has: `month` is null in an annual table. */
export interface PeriodKey {
  year: number;
  month: number | null;
  area_code: string;
}

export interface CriminalCaseRow extends PeriodKey {
  crime_group: CrimeGroup;
  severity: Severity;
  occurred: number;
  cleared: number;
  cleared_from_earlier?: number | null;
}

export interface CrimeReportRow extends PeriodKey {
  carried_over: number;
  received: number;
  accepted: number;
  transferred: number;
  resolved: number;
  suspended: number;
}

export interface ViolationRow extends PeriodKey {
  field: ViolationField;
  detected: number;
}

export interface CorruptionAssetRow {
  year: number;
  area_code: string;
  to_recover_vnd: number;
  recovered_vnd: number;
}

export interface JudicialViolationRow {
  year: number;
  area_code: string;
  violations: number;
}

export interface ReoffendingRow {
  cohort_year: number;
  area_code: string;
  release_type: ReleaseType;
  released: number;
  reoffended: number;
  follow_up_months: number;
}

export interface SafeUnitRow {
  year: number;
  area_code: string;
  unit_type: UnitType;
  in_scope: number;
  certified: number;
}

export interface PopulationRow {
  year: number;
  area_code: string;
  population: number;
}

/**
 * `drug_free_communes.csv` (optional): commune-level units in scope and those recognised "xã, phường không ma
 * túy" in the year (the criteria in force, QĐ 28/2025/QĐ-TTg). recognised <= in_scope.
 */
export interface DrugFreeCommuneRow {
  year: number;
  area_code: string;
  in_scope: number;
  recognised: number;
}

/** The row type of each table. */
export interface TableRows {
  areas: AreaRow;
  area_crosswalk: CrosswalkRow;
  criminal_cases: CriminalCaseRow;
  crime_reports: CrimeReportRow;
  violations_detected: ViolationRow;
  corruption_assets: CorruptionAssetRow;
  judicial_violations: JudicialViolationRow;
  reoffending: ReoffendingRow;
  safe_units: SafeUnitRow;
  population: PopulationRow;
  drug_free_communes: DrugFreeCommuneRow;
}

/** Where a data set came from: shown in charts, notebooks and the briefing. */
export interface DataSource {
  /** File name relative to the data folder. */
  file: string;
  sha256: string;
}

export interface DataSetMeta {
  /** Period convention the monthly rows follow (see `periods/`), default `calendar`. */
  periods: string;
  /** Last day the data cover, ISO date, if known. */
  cutoff: string | null;
  /** Title of the data set (from datapackage.json). */
  title: string | null;
  /** True when the data are synthetic (the bundled data are). */
  synthetic: boolean;
  sources: DataSource[];
}

/** A whole data folder, validated. Optional tables are empty arrays when absent. */
export type DataSet = { [K in TableName]: TableRows[K][] } & { meta: DataSetMeta };

// ---------------------------------------------------------------------------------------------
// Results

export type Comparator = '>=' | '>' | '<=' | '<';
/**
 * The plain verdict (CONTRACT.md): `met`, `not_met`, `no_data` (no figure), or `no_target` (a figure
 * watched, not judged: no document sets a target for it).
 */
export type Status = 'met' | 'not_met' | 'no_data' | 'no_target';

/** A target as the contract prints it, plus where it comes from. */
export interface Target {
  comparator: Comparator;
  threshold: number;
  deadline_year: number | null;
  /** The target set (document) that gave this target, e.g. `programme-2021-2025`. */
  set?: string;
  /** The document and clause the target comes from. */
  source?: string;
  /** The years the document is in force: `[from, to]`, `to` null while open (CONTRACT.md). */
  in_force?: [from: number, to: number | null];
  /** True when the year judged is after the document's last year: the verdict is for comparison only. */
  expired?: boolean;
  /** True when the threshold is read off a straight line between a path's milestones (the toolkit's reading). */
  interpolated?: boolean;
  /**
   * A path target's milestones (20 % in 2025, 50 % in 2030): `threshold` is then the year's own (a milestone's
   * or the line between), and the last milestone is the end the progress to the deadline aims at.
   */
  milestones?: readonly { year: number; threshold: number }[];
}
