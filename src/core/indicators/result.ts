import type { Bilingual } from '../messages/lang.ts';
import type { AreaLevel, Status, Target } from '../types.ts';
import type { IndicatorId } from './definition.ts';

/** The inputs a result was made of, so a reader can check the figure by hand. */
export interface ResultInputs {
  /** Rows of the input table that entered the numerator (and denominator) for the year. */
  rows: number;
  /** Months the year's rows cover, null for an annual table (2026 in the bundled data: 1-10). */
  months: number[] | null;
  /** The year the value is compared with, for a relative change. */
  comparison_year: number | null;
  /**
   * The months of the comparison year that entered the denominator: the same months as `months` (cùng kỳ,
   * CONTRACT.md); null for an annual table or a figure that is not a change.
   */
  comparison_months: number[] | null;
  /** The table the figures come from. */
  table: string;
  /** A watched count's same months of the year before (`watch.previousYear`). */
  previous_year?: { year: number; count: number; months: number[] | null } | null;
  /** A watched count's cases cleared (`watch.cleared`). */
  cleared?: number | null;
  /**
   * A share of leaf units (`leafUnits`): the units of the level counted (those that existed through every
   * month of Y in the data) and those left out because they covered only part of the year.
   */
  leaf_units?: { level: AreaLevel; counted: number; part_of_year: number };
}

/**
 * One line of `chitieu indicators --json` (CONTRACT.md), plus `inputs` and `reason`.
 * `value` is a proportion, a relative change or a count, not rounded; null when `status` is `no_data`.
 */
export interface IndicatorResult {
  id: IndicatorId;
  breakdown: Record<string, string>;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  ci95: [number, number] | null;
  target: Target | null;
  status: Status;
  inputs: ResultInputs;
  /** Why the verdict is what it is, in both languages. */
  reason: Bilingual;
}

/** The whole output of `chitieu indicators --json` for one year and area. */
export interface IndicatorReport {
  year: number;
  area_code: string;
  results: IndicatorResult[];
}
