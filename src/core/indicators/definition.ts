import type { TableName } from '../types.ts';

/** The 11 indicator ids of the contract, in the order they are printed. */
export const INDICATOR_IDS = [
  'crime_change_vs_baseline',
  'reports_acceptance_rate',
  'reports_resolution_rate',
  'clearance_rate',
  'clearance_rate_very_serious',
  'violations_detected_change',
  'corruption_asset_recovery_rate',
  'judicial_violations',
  'reoffending_rate',
  'safe_communes_share',
  'safe_organisations_share',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** What kind of figure an indicator's value is. */
export type IndicatorUnit =
  /** numerator / denominator, between 0 and 1 */
  | 'proportion'
  /** count(Y) / count(comparison year) - 1 */
  | 'relative_change'
  /** a plain count */
  | 'count';

/** How rows roll up to a year and an area. */
export type RollUp =
  /** sum of the flow over every leaf row of the period */
  | 'sum'
  /** a stock: sum over the leaves in the earliest month of the year that has rows for the area */
  | 'stock_first_month';

/** The interval method printed in `ci95`. */
export type IntervalMethod = 'wilson' | 'poisson_rate_ratio' | 'none';

/** One side of a ratio: which column of which table, which rows, and how it rolls up. */
export interface Measure {
  table: TableName;
  /** Columns summed; a measure of several columns adds or subtracts them by `sign`. */
  terms: { column: string; sign: 1 | -1; rollUp: RollUp }[];
  /** Only rows whose column takes one of these values (e.g. severity very_serious). */
  where?: Record<string, readonly string[]>;
  /** The column holding the year (`cohort_year` for reoffending). */
  yearColumn?: 'year' | 'cohort_year';
  /** Vietnamese and English words for the measure, shown in tables and the briefing. */
  label: { vi: string; en: string };
}

/** A breakdown dimension: one extra result row per value. */
export interface Breakdown {
  dimension: string;
  values: readonly string[];
  /** True when the headline row (breakdown `{}`) is printed beside the breakdown rows. */
  withHeadline: boolean;
}

/**
 * An indicator as plain data: what is counted, over what, how it rolls up, and where it comes from.
 * Modelled on Recidiviz Justice Counts' `MetricDefinition`.
 */
export interface IndicatorDefinition {
  id: IndicatorId;
  title: { vi: string; en: string };
  /** A title short enough for a table row or a chart axis. */
  shortTitle: { vi: string; en: string };
  /** One sentence on what the figure means. */
  description: { vi: string; en: string };
  unit: IndicatorUnit;
  /** Which way is better. */
  direction: 'increase' | 'decrease';
  numerator: Measure;
  /** Null for a plain count. For a change, the same measure taken in the comparison year. */
  denominator: Measure | null;
  /** For a relative change: compare with a fixed baseline year or with the year before. */
  comparison?: { kind: 'baseline'; year: number } | { kind: 'previous_year' };
  interval: IntervalMethod;
  breakdown?: Breakdown;
  /** The clause of the provincial programme (or directive) the target comes from. */
  clause: string;
  /** Formula in words, as printed in the contract. */
  formula: string;
  /** Notes on definitions (from METHODOLOGY.md), for the data dictionary and the briefing. */
  notes?: { vi: string; en: string };
}
