import { areaAndDescendants, rootArea } from '../areas/tree.ts';
import { conventionOf } from '../periods/of-data.ts';
import type { DataSet, Target } from '../types.ts';
import { wilson } from '../stats/wilson.ts';
import { rateRatio } from '../stats/rate-ratio.ts';
import { garwood } from '../stats/garwood.ts';
import { resolveTargets } from '../targets/resolve.ts';
import { TARGET_SETS, DEFAULT_TARGET_SET } from '../targets/registry.ts';
import type { TargetSet } from '../targets/target-set.ts';
import type { IndicatorDefinition, IndicatorId } from './definition.ts';
import { INDICATORS, indicatorList } from './registry.ts';
import { sumMeasure, YearIndex } from './measure.ts';
import type { IndicatorReport, IndicatorResult } from './result.ts';
import { exactVerdict } from './verdict.ts';
import { explainVerdict, type NoDataWhy } from './reason.ts';
import { leafUnitsShare } from './leaf-units-share.ts';
import { areaMonths, areaOf, monthsCovered, tableProfile } from '../analysis/coverage.ts';

/** Options of {@link computeIndicators}. */
export interface ComputeOptions {
  year: number;
  /** Area code; default the root of `areas.csv` (the province). */
  area?: string;
  /** Target set; default `in-force`: for the year, each indicator's target of the document in force. */
  targets?: TargetSet;
  /** Reuse a year index across calls on the same data (the report computes every year and area). */
  index?: YearIndex;
  /**
   * Only these months of the monthly tables (the same months as a partial year being compared: the
   * briefing of "10 tháng đầu năm 2026" sets the years it compares with to months 1-10). Annual tables
   * are not cut. Default: every month the data have.
   */
  months?: readonly number[];
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
  const targets = resolveTargets(
    options.targets ?? (TARGET_SETS[DEFAULT_TARGET_SET] as TargetSet),
    TARGET_SETS,
    options.year,
  );
  const index = options.index ?? YearIndex.of(data);
  const results: IndicatorResult[] = [];
  for (const def of indicatorList()) {
    const target = targets[def.id];
    if (def.breakdown?.withHeadline !== false) {
      results.push(computeOne(def, index, options.year, codes, {}, target, area, options.months));
    }
    if (def.breakdown) {
      for (const value of def.breakdown.values) {
        const breakdown = { [def.breakdown.dimension]: value };
        results.push(computeOne(def, index, options.year, codes, breakdown, target, area, options.months));
      }
    }
  }
  return { year: options.year, area_code: area, results };
}

/**
 * The months a change compares, the same in both years (CONTRACT.md: a part of a year is never compared
 * with a whole one). For a monthly table: the months of Y that the area's figure covers
 * ({@link monthsCovered}) that the comparison year also covers for the area; for an annual table, null
 * (whole years). A reason instead when the area did not exist in the comparison year or no month is shared.
 *
 * @example sameMonths(data, clearanceDef, 2026, 2021, '42') // => { months: [1, ..., 10] } in the bundled data
 */
export function sameMonths(
  index: YearIndex,
  def: IndicatorDefinition,
  year: number,
  comparisonYear: number,
  areaCode: string,
): { months: number[] | null } | { why: NoDataWhy } {
  const data = index.data;
  const table = def.numerator.table;
  const yearColumn = def.numerator.yearColumn ?? 'year';
  if (!tableProfile(data, table, yearColumn).monthly) return { months: null };
  const now = monthsCovered(data, table, yearColumn, year, areaCode);
  const before = monthsCovered(data, table, yearColumn, comparisonYear, areaCode);
  if (before.length === 0) {
    return {
      why:
        areaMonths(data, areaOf(data, areaCode), comparisonYear).length === 0
          ? 'area_not_in_comparison_year'
          : 'no_comparison_rows',
    };
  }
  const shared = now.filter((m) => before.includes(m));
  if (shared.length === 0) return { why: 'no_common_months' };
  return { months: shared };
}

/** What a watched count adds to its inputs: the same months of the year before, and the cases cleared. */
function watchInputs(
  def: IndicatorDefinition,
  index: YearIndex,
  year: number,
  codes: ReadonlySet<string>,
  where: Record<string, readonly string[]>,
  months: number[] | null,
): Pick<IndicatorResult['inputs'], 'previous_year' | 'cleared'> {
  const out: Pick<IndicatorResult['inputs'], 'previous_year' | 'cleared'> = {};
  if (def.watch?.previousYear) {
    const before = sumMeasure(index, def.numerator, year - 1, codes, where, months);
    out.previous_year = before ? { year: year - 1, count: before.value, months: before.months } : null;
  }
  if (def.watch?.cleared) out.cleared = sumMeasure(index, def.watch.cleared, year, codes, where, months)?.value ?? null;
  return out;
}

/** The root of a set of area codes made by `areaAndDescendants`: the one area whose parent is outside it. */
function scopeRoot(index: YearIndex, codes: ReadonlySet<string>): string {
  const root = index.data.areas.find(
    (a) => codes.has(a.area_code) && !(a.parent_code !== null && codes.has(a.parent_code)),
  );
  if (!root) throw new Error('empty area scope');
  return root.area_code;
}

/**
 * Computes one indicator (one breakdown row). Exported for the charts and tests that need a single figure.
 *
 * An area is measured only in the months it existed: in a year it did not exist at all, the result is
 * `no_data` with that reason, never a row of zeros. A change compares the same months in both years
 * ({@link sameMonths}): 10 months of 2026 against the same 10 months of 2021 (`inputs.months`,
 * `inputs.comparison_months`).
 */
export function computeOne(
  def: IndicatorDefinition,
  index: YearIndex,
  year: number,
  codes: ReadonlySet<string>,
  breakdown: Record<string, string>,
  target: Target | null,
  areaCode: string = scopeRoot(index, codes),
  months?: readonly number[],
): IndicatorResult {
  if (def.leafUnits) return leafUnitsShare(def, index, year, codes, target, areaCode, months);
  const where = Object.fromEntries(Object.entries(breakdown).map(([k, v]) => [k, [v]]));
  const comparisonYear =
    def.comparison?.kind === 'baseline'
      ? def.comparison.year
      : def.comparison?.kind === 'previous_year'
        ? year - 1
        : null;
  const yearColumn = def.numerator.yearColumn ?? 'year';
  const existed = areaMonths(index.data, areaOf(index.data, areaCode), year).length > 0;
  const hasRows = index.hasYear(def.numerator.table, yearColumn, year);
  const monthly = tableProfile(index.data, def.numerator.table, yearColumn).monthly;
  const compared =
    comparisonYear !== null && existed && hasRows ? sameMonths(index, def, year, comparisonYear, areaCode) : null;
  const shared = compared && 'months' in compared ? compared.months : null;
  const onlyMonths = months && monthly ? (shared ?? months).filter((m) => months.includes(m)) : shared;
  const num = existed ? sumMeasure(index, def.numerator, year, codes, where, onlyMonths) : null;
  const den =
    def.denominator && existed
      ? sumMeasure(index, def.denominator, comparisonYear ?? year, codes, where, onlyMonths)
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
      comparison_months: comparisonYear !== null ? (den?.months ?? null) : null,
      table: def.numerator.table,
    },
    reason: { vi: '', en: '' },
  };
  const noData = (why: NoDataWhy) => ({
    ...base,
    reason: explainVerdict(def, { ...base, status: 'no_data' }, why, year, areaOf(index.data, areaCode)),
  });
  if (!existed) return noData('area_not_in_year');
  if (compared && 'why' in compared) return noData(compared.why);
  if (!num) return noData('no_rows');
  if (def.denominator && !den) return noData(comparisonYear !== null ? 'no_comparison_rows' : 'no_rows');

  let value: number;
  let ci95: [number, number] | null = null;
  let status: IndicatorResult['status'] = 'no_data';
  if (def.unit === 'count') {
    value = num.value;
    if (def.interval === 'garwood') ci95 = garwood(num.value);
    status = target ? exactVerdict(num.value, 1, 0, target.comparator, target.threshold) : 'no_target';
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
    status = target ? exactVerdict(num.value, d, offset, target.comparator, target.threshold) : 'no_target';
  }
  // The months the table covers for the area (any row, not only the watched group's: cybercrime rows are
  // sparse, a month without a case has none), so that the year before is summed over the same months.
  const tableMonths = def.watch
    ? (sumMeasure(index, { ...def.numerator, where: {} }, year, codes, {}, onlyMonths)?.months ?? num.months)
    : null;
  const watched = def.watch ? watchInputs(def, index, year, codes, where, tableMonths) : {};
  const result: IndicatorResult = { ...base, inputs: { ...base.inputs, ...watched }, value, ci95, status };
  return {
    ...result,
    reason: explainVerdict(def, result, null, year, areaOf(index.data, areaCode), conventionOf(index.data.meta)),
  };
}

/** The definition of an indicator by id. */
export function indicatorDefinition(id: IndicatorId): IndicatorDefinition {
  return INDICATORS[id];
}
