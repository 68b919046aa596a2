import type { Bilingual } from '../messages/lang.ts';
import type { CountUnit } from '../format/words.ts';
import type { AreaLevel, TableName } from '../types.ts';
import type { IndicatorId } from './registry.ts';

export type { IndicatorId } from './registry.ts';

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
export type IntervalMethod = 'wilson' | 'poisson_rate_ratio' | 'garwood' | 'none';

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
export interface IndicatorDefinition<Id extends string = IndicatorId> {
  id: Id;
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
  /** The name on a chart's row or axis ('Điều tra, khám phá án'). */
  chartName: Bilingual;
  /** The name as a rate, for chart titles ('Tỉ lệ điều tra, khám phá án hình sự'); `title` when absent. */
  rateTitle?: Bilingual;
  /** What the rate is made of, for subtitles ('số vụ đã điều tra làm rõ trên số vụ xảy ra'); `description` when absent. */
  rateMeasure?: Bilingual;
  /** What the denominator counts, for an axis ('Số vụ xảy ra'); `title` when absent. */
  denominatorName?: Bilingual;
  /** The name in the analysis' sentences ('Tỉ lệ điều tra làm rõ'); `rateTitle` or `title` when absent. */
  analysisName?: Bilingual;
  /** What one unit of the figure is ('vụ', 'tin', 'người'), or amounts of money ('vnd'). */
  countUnit: CountUnit | 'vnd';
  /**
   * For a count watched without a target: what the result's `inputs` add (the same months of the year before,
   * the cases cleared), so that a reader sees the change and the clearance beside the count.
   */
  watch?: { previousYear?: boolean; cleared?: Measure };
  /**
   * A share of leaf units instead of a ratio of sums (`crime_free_communes_share`): the denominator counts the
   * leaf units of this `level` under the area that existed through every month of Y in the data; the
   * numerator those of them whose `numerator` measure sums to 0 over those months (see `leafUnitsShare`).
   */
  leafUnits?: { level: AreaLevel };
  /** The charts that draw it: a rate over time (`trend`), a rate compared across areas (`areas`). */
  charts?: { trend?: boolean; areas?: boolean };
}

/**
 * Declares an indicator with its id as a literal type, so that the registry's list of definitions is the
 * one place the ids come from.
 *
 * @example defineIndicator({ id: 'clearance_rate', ... }).id // => 'clearance_rate'
 */
export function defineIndicator<const Id extends string>(def: IndicatorDefinition<Id>): IndicatorDefinition<Id> {
  return def;
}
