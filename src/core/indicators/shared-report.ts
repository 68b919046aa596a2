import { rootArea } from '../areas/tree.ts';
import { hasPerDataSet, identityKey, perDataSet } from '../memo/per-data-set.ts';
import { DEFAULT_TARGET_SET, TARGET_SETS } from '../targets/registry.ts';
import type { TargetSet } from '../targets/target-set.ts';
import type { DataSet } from '../types.ts';
import { computeIndicators } from './compute.ts';
import { YearIndex } from './measure.ts';
import type { IndicatorReport } from './result.ts';

/** Options of {@link sharedReport}: those of `computeIndicators` that name a whole year's report. */
export interface SharedReportOptions {
  year: number;
  /** Area code; default the root of `areas.csv`. */
  area?: string;
  /** Target set; default `in-force`. Reports are shared per target set object. */
  targets?: TargetSet;
}

/**
 * The report of {@link computeIndicators} for one year, area and target set, computed once per data set and
 * shared ({@link perDataSet}): a year's report does not depend on the year a page shows, so the chart context's
 * history (2019 to the year shown) and the overview's scorecard read the reports already made when the year or
 * the area changes. Equal to `computeIndicators(data, options)`; callers must not change it.
 *
 * @throws Error when the area code is not in `areas.csv`.
 * @example sharedReport(data, { year: 2024 }) === sharedReport(data, { year: 2024 }) // => true
 */
export function sharedReport(data: DataSet, options: SharedReportOptions): IndicatorReport {
  const area = options.area ?? rootArea(data.areas).area_code;
  const targets = options.targets ?? (TARGET_SETS[DEFAULT_TARGET_SET] as TargetSet);
  return perDataSet(data, `report|${identityKey(targets)}|${area}|${options.year}`, () => {
    const report = computeIndicators(data, { year: options.year, area, targets, index: YearIndex.of(data) });
    perDataSet(data, `report-made|${area}|${options.year}`, () => report);
    return report;
  });
}

/**
 * A report of the year and area that {@link sharedReport} has already made, for whichever target set it was
 * made first; null when none is made. For figures that do not depend on the target (values and counts): reading
 * them here computes nothing.
 *
 * @example madeReport(data, { year: 2024, area: '42' }) // => null, until sharedReport(data, { year: 2024 }) is called
 */
export function madeReport(data: DataSet, options: { year: number; area: string }): IndicatorReport | null {
  const key = `report-made|${options.area}|${options.year}`;
  return hasPerDataSet(data, key) ? perDataSet<IndicatorReport | null>(data, key, () => null) : null;
}
