import { areaAndDescendants } from '../areas/tree.ts';
import { computeIndicators, type ComputeOptions } from '../indicators/compute.ts';
import { YearIndex } from '../indicators/measure.ts';
import { sharedReport } from '../indicators/shared-report.ts';
import type { IndicatorDefinition } from '../indicators/definition.ts';
import { INDICATORS } from '../indicators/registry.ts';
import type { IndicatorReport, IndicatorResult } from '../indicators/result.ts';
import type { StatisticalStatus } from '../stats/statistical-status.ts';
import type { TargetSet } from '../targets/target-set.ts';
import type { DataSet } from '../types.ts';
import { monthsCovered } from './coverage.ts';
import { resultFlags, type ResultFlags } from './flags.ts';
import { incomplete, reportingCoverage } from './reporting-coverage.ts';
import { per100k, type Per100kAssessment } from './per-100k.ts';
import { crimeProgress, type ProgressAssessment } from './crime-progress.ts';
import { pathProgress, type PathProgress } from './path-progress.ts';
import { trendAssessment, type TrendAssessment } from './trend.ts';
import { verdictStrength } from './verdict-strength.ts';

/** Tables whose figures come from the units' monthly returns (`flags.coverage`). */
const MONTHLY = new Set<string>(['criminal_cases', 'crime_reports', 'violations_detected']);

/** The fields the analysis adds to a result, after the contract's (which stay as they are). */
export interface AnalysisFields {
  /** The verdict and whether the 95 % interval agrees with it; null without an interval or a target. */
  statistical_status: StatisticalStatus | null;
  flags: ResultFlags;
  trend: TrendAssessment;
  /** On `crime_change_vs_baseline` (headline) only: progress towards the deadline target. */
  progress?: ProgressAssessment | null;
  /** On a proportion with a path target (drug-free communes): progress towards the path's END milestone. */
  path_progress?: PathProgress | null;
  /** On `crime_change_vs_baseline` (headline) only: cases per 100,000 people; null without population. */
  per_100k?: Per100kAssessment | null;
}

/** A result of `chitieu indicators --json` with the analysis fields added after its own. */
export type AssessedResult = IndicatorResult & AnalysisFields;

/** A report whose results carry the analysis fields. */
export interface AssessedReport {
  year: number;
  area_code: string;
  results: AssessedResult[];
}

/** Options of {@link assessReport}. */
export interface AssessOptions {
  /**
   * Not needed for the fields themselves (each result carries its target); accepted so that callers pass
   * the same options as to `computeIndicators`. Reserved for analyses that compare with another set.
   */
  targets?: TargetSet;
  /** Reuse a year index across calls on the same data. */
  index?: YearIndex;
}

/**
 * Adds the analysis fields to every result of a report (the output of `computeIndicators`): the
 * statistical status, the flags, the trend, and on the crime count the progress towards its deadline and
 * the rate per 100,000. The contract's fields and their order are kept; the new fields come after them,
 * so the output stays a valid `chitieu indicators --json` (CONTRACT.md: extra fields are allowed).
 *
 * Pure: reads the data set and the report, writes nothing; the same input gives the same output.
 *
 * Source: METHODOLOGY.md sections 3 and 4; the methods of `core/stats/`.
 *
 * @throws Error when the report's area code is not in `areas.csv`
 * @example assessReport(data, computeIndicators(data, { year: 2024 })).results[0].statistical_status // => 'missed_within_noise' (bundled data)
 */
export function assessReport(data: DataSet, report: IndicatorReport, options: AssessOptions = {}): AssessedReport {
  const index = options.index ?? YearIndex.of(data);
  if (!data.areas.some((a) => a.area_code === report.area_code))
    throw new Error(`unknown area code "${report.area_code}"`);
  const codes = areaAndDescendants(data.areas, report.area_code);
  const scope = { year: report.year, areaCode: report.area_code, codes };
  const results = report.results.map((result): AssessedResult => {
    const def = INDICATORS[result.id];
    const months = monthsCovered(
      data,
      def.numerator.table,
      def.numerator.yearColumn ?? 'year',
      report.year,
      report.area_code,
    );
    const flags = resultFlags(def, result, months);
    const coverage =
      MONTHLY.has(def.numerator.table) && months.length > 0
        ? reportingCoverage(data, report.year, report.area_code, months)
        : [];
    if (incomplete(coverage)) flags.coverage = coverage;
    const fields: AnalysisFields = {
      // No statistical verdict (1) for a figure that covers no month of the area's existence (a 2026 row
      // of zeros for a district abolished in 2025); (2) for a compliance target (100 % accepted: every
      // report counts, there is no sampling noise to weigh). A change over part of a year compares the same
      // months of both years (computeOne), so its interval is about a fair figure: it keeps its status, and
      // `flags.partial_year` marks the verdict provisional.
      statistical_status: months.length === 0 || isComplianceTarget(def, result) ? null : verdictStrength(result),
      flags,
      trend: trendAssessment(data, index, def, result, scope),
    };
    if (def.id === 'crime_change_vs_baseline' && Object.keys(result.breakdown).length === 0) {
      fields.progress = crimeProgress(data, index, def, result, scope);
      fields.per_100k = per100k(data, index, def, scope, result.inputs.comparison_year);
    }
    if (def.unit === 'proportion' && result.target?.milestones && Object.keys(result.breakdown).length === 0) {
      fields.path_progress = pathProgress(data, index, def, result, scope);
    }
    return { ...result, ...fields };
  });
  return { year: report.year, area_code: report.area_code, results };
}

/** A target at the edge of the scale (a proportion of 100 % or 0 %, a count of none): a compliance check. */
function isComplianceTarget(def: IndicatorDefinition, result: IndicatorResult): boolean {
  const t = result.target;
  if (!t) return false;
  if (def.unit === 'count') return true;
  return def.unit === 'proportion' && (t.threshold >= 1 || t.threshold <= 0);
}

/**
 * `computeIndicators` and {@link assessReport} in one call: the report of `chitieu indicators --json`
 * with the analysis fields.
 *
 * @throws Error when the area code is not in `areas.csv`
 * @example assessedIndicators(data, { year: 2025 }).results.find((r) => r.id === 'crime_change_vs_baseline')?.progress?.cagr?.status
 * // => 'target_achieved'
 */
export function assessedIndicators(data: DataSet, options: ComputeOptions): AssessedReport {
  const index = options.index ?? YearIndex.of(data);
  // A whole year's report is shared per data set (the chart context has usually made it already).
  const report =
    options.months === undefined && index === YearIndex.of(data)
      ? sharedReport(data, options)
      : computeIndicators(data, { ...options, index });
  return assessReport(data, report, { targets: options.targets, index });
}
