import { areaAndDescendants, rootArea } from '../areas/tree.ts';
import { hasPerDataSet, identityKey, perDataSet } from '../memo/per-data-set.ts';
import { DEFAULT_TARGET_SET, TARGET_SETS } from '../targets/registry.ts';
import { resolveTargets } from '../targets/resolve.ts';
import type { TargetSet } from '../targets/target-set.ts';
import type { DataSet } from '../types.ts';
import { computeIndicators, computeOne } from './compute.ts';
import type { IndicatorId } from './definition.ts';
import { YearIndex } from './measure.ts';
import { INDICATORS } from './registry.ts';
import type { IndicatorReport, IndicatorResult } from './result.ts';

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

/**
 * The headline row (no breakdown) of one indicator in the report of {@link sharedReport}, computed alone when that
 * report is not made: `computeOne(INDICATORS[id], index, year, areaAndDescendants(area), {}, target, area)` with the
 * target the set gives the indicator for the year, the very call `computeIndicators` makes for that row, so the
 * figure, target, verdict and reason are the report's. Made once per data set, target set, area, year and indicator
 * ({@link perDataSet}); read from the report when it is made. Undefined for an indicator without a headline row
 * (`breakdown.withHeadline: false`). A chart reading one indicator over 2019-2026 computes 8 figures, not 8 reports.
 *
 * @throws Error when the area code is not in `areas.csv`.
 * @example sharedHeadline(data, { year: 2024 }, 'clearance_rate')?.value // => sharedReport(data, { year: 2024 }).results.find((r) => r.id === 'clearance_rate')?.value
 */
export function sharedHeadline(
  data: DataSet,
  options: SharedReportOptions,
  id: IndicatorId,
): IndicatorResult | undefined {
  const area = options.area ?? rootArea(data.areas).area_code;
  const targets = options.targets ?? (TARGET_SETS[DEFAULT_TARGET_SET] as TargetSet);
  const set = identityKey(targets);
  const year = options.year;
  const reportKey = `report|${set}|${area}|${year}`;
  if (hasPerDataSet(data, reportKey)) return headlineRow(sharedReport(data, { year, area, targets }), id);
  return perDataSet(data, `headline|${set}|${area}|${year}|${id}`, () => {
    const codes = perDataSet(data, `area-and-descendants|${area}`, () => {
      if (!data.areas.some((a) => a.area_code === area)) throw new Error(`unknown area code "${area}"`);
      return areaAndDescendants(data.areas, area);
    });
    const def = INDICATORS[id];
    if (def.breakdown?.withHeadline === false) return undefined;
    const resolved = perDataSet(data, `resolved-targets|${set}|${year}`, () =>
      resolveTargets(targets, TARGET_SETS, year),
    );
    return computeOne(def, YearIndex.of(data), year, codes, {}, resolved[id], area);
  });
}

/** The reports made by {@link lazyReport}, with what they name. */
const lazyReports = new WeakMap<IndicatorReport, { data: DataSet; options: Required<SharedReportOptions> }>();

/**
 * The report of {@link sharedReport} as an object that computes nothing until it is read: its `results` are the
 * whole report's (made on the first read, then shared), and {@link reportHeadline} reads one indicator's headline
 * row from it through {@link sharedHeadline}, computing that indicator only. The chart context's history is made
 * of these: a page that draws three indicators over 2019-2026 computes those, not every indicator of every year.
 * One object per data set, target set, area and year; equal to `sharedReport(data, options)` once read.
 *
 * @example lazyReport(data, { year: 2024 }).results // => sharedReport(data, { year: 2024 }).results
 */
export function lazyReport(data: DataSet, options: SharedReportOptions): IndicatorReport {
  const area = options.area ?? rootArea(data.areas).area_code;
  const targets = options.targets ?? (TARGET_SETS[DEFAULT_TARGET_SET] as TargetSet);
  const year = options.year;
  return perDataSet(data, `lazy-report|${identityKey(targets)}|${area}|${year}`, () => {
    const report = { year, area_code: area } as IndicatorReport;
    Object.defineProperty(report, 'results', {
      get: () => sharedReport(data, { year, area, targets }).results,
      enumerable: true,
    });
    lazyReports.set(report, { data, options: { year, area, targets } });
    return report;
  });
}

/**
 * An indicator's headline row (no breakdown) in a report; for a {@link lazyReport}, computed alone
 * ({@link sharedHeadline}) unless the whole report is made. Undefined when the report has no such row.
 *
 * @example reportHeadline(lazyReport(data, { year: 2024 }), 'clearance_rate') // => the same row as in sharedReport(data, { year: 2024 })
 */
export function reportHeadline(report: IndicatorReport, id: IndicatorId): IndicatorResult | undefined {
  const lazy = lazyReports.get(report);
  return lazy ? sharedHeadline(lazy.data, lazy.options, id) : headlineRow(report, id);
}

/** The first result of `id` without a breakdown. */
function headlineRow(report: IndicatorReport, id: IndicatorId): IndicatorResult | undefined {
  return report.results.find((r) => r.id === id && Object.keys(r.breakdown).length === 0);
}
