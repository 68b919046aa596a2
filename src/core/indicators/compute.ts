import { areaAndDescendants, rootArea } from '../areas/tree.ts';
import type { DataSet, Target } from '../types.ts';
import { wilson } from '../stats/wilson.ts';
import { rateRatio } from '../stats/rate-ratio.ts';
import { resolveTargets } from '../targets/resolve.ts';
import { TARGET_SETS, DEFAULT_TARGET_SET } from '../targets/registry.ts';
import type { TargetSet } from '../targets/target-set.ts';
import type { IndicatorDefinition, IndicatorId } from './definition.ts';
import { INDICATORS, indicatorList } from './registry.ts';
import { sumMeasure, YearIndex } from './measure.ts';
import type { IndicatorReport, IndicatorResult } from './result.ts';
import { exactVerdict } from './verdict.ts';
import { explainVerdict } from './reason.ts';

/** Options of {@link computeIndicators}. */
export interface ComputeOptions {
  year: number;
  /** Area code; default the root of `areas.csv` (the province). */
  area?: string;
  /** Target set; default the programme 2021-2025. */
  targets?: TargetSet;
  /** Reuse a year index across calls on the same data (the report computes every year and area). */
  index?: YearIndex;
}

/**
 * Computes every indicator of the registry for one year and area, as `chitieu indicators --json` prints it
 * (CONTRACT.md). Pure: reads the data set, writes nothing.
 *
 * @throws Error when the area code is not in `areas.csv`.
 * @example computeIndicators(data, {year: 2024}).results.length // => 16 (11 ids, 5 fields, 3 unit types)
 */
export function computeIndicators(data: DataSet, options: ComputeOptions): IndicatorReport {
  const area = options.area ?? rootArea(data.areas).area_code;
  if (!data.areas.some((a) => a.area_code === area)) throw new Error(`unknown area code "${area}"`);
  const codes = areaAndDescendants(data.areas, area);
  const targets = resolveTargets(options.targets ?? (TARGET_SETS[DEFAULT_TARGET_SET] as TargetSet));
  const index = options.index ?? new YearIndex(data);
  const results: IndicatorResult[] = [];
  for (const def of indicatorList()) {
    const target = targets[def.id];
    if (def.breakdown?.withHeadline !== false) {
      results.push(computeOne(def, index, options.year, codes, {}, target));
    }
    if (def.breakdown) {
      for (const value of def.breakdown.values) {
        const breakdown = { [def.breakdown.dimension]: value };
        results.push(computeOne(def, index, options.year, codes, breakdown, target));
      }
    }
  }
  return { year: options.year, area_code: area, results };
}

/** Computes one indicator (one breakdown row). Exported for the charts and tests that need a single figure. */
export function computeOne(
  def: IndicatorDefinition,
  index: YearIndex,
  year: number,
  codes: ReadonlySet<string>,
  breakdown: Record<string, string>,
  target: Target | null,
): IndicatorResult {
  const where = Object.fromEntries(Object.entries(breakdown).map(([k, v]) => [k, [v]]));
  const comparisonYear =
    def.comparison?.kind === 'baseline' ? def.comparison.year
    : def.comparison?.kind === 'previous_year' ? year - 1
    : null;
  const num = sumMeasure(index, def.numerator, year, codes, where);
  const den = def.denominator
    ? sumMeasure(index, def.denominator, comparisonYear ?? year, codes, where)
    : null;
  const base: IndicatorResult = {
    id: def.id,
    breakdown,
    value: null,
    numerator: num ? num.value : null,
    denominator: def.denominator ? (den ? den.value : null) : null,
    ci95: null,
    target,
    status: 'no_data',
    inputs: {
      rows: num?.rows ?? 0,
      months: num?.months ?? null,
      comparison_year: comparisonYear,
      table: def.numerator.table,
    },
    reason: { vi: '', en: '' },
  };
  const noData = (why: 'no_rows' | 'no_comparison_rows' | 'zero_denominator') => ({
    ...base,
    reason: explainVerdict(def, { ...base, status: 'no_data' }, why, year),
  });
  if (!num) return noData('no_rows');
  if (def.denominator && !den) return noData(comparisonYear !== null ? 'no_comparison_rows' : 'no_rows');

  let value: number;
  let ci95: [number, number] | null = null;
  let status: IndicatorResult['status'] = 'no_data';
  if (def.unit === 'count') {
    value = num.value;
    if (target) status = exactVerdict(num.value, 1, 0, target.comparator, target.threshold);
  } else {
    const d = (den as { value: number }).value;
    if (d <= 0) return noData('zero_denominator');
    const offset = def.unit === 'relative_change' ? -1 : 0;
    value = num.value / d + offset;
    // A yearly numerator above its denominator (possible when monthly stocks do not chain) gets no interval.
    if (def.interval === 'wilson' && num.value <= d) ci95 = wilson(num.value, d);
    if (def.interval === 'poisson_rate_ratio') {
      const rr = rateRatio(num.value, d);
      ci95 = rr.ci ? [rr.ci[0] - 1, rr.ci[1] - 1] : null;
    }
    if (target) status = exactVerdict(num.value, d, offset, target.comparator, target.threshold);
  }
  const result: IndicatorResult = { ...base, value, ci95, status };
  return { ...result, reason: explainVerdict(def, result, null, year) };
}

/** The definition of an indicator by id. */
export function indicatorDefinition(id: IndicatorId): IndicatorDefinition {
  return INDICATORS[id];
}
