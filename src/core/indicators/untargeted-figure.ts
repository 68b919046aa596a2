import { areaAndDescendants } from '../areas/tree.ts';
import { perDataSet } from '../memo/per-data-set.ts';
import type { DataSet } from '../types.ts';
import { computeOne } from './compute.ts';
import type { IndicatorDefinition } from './definition.ts';
import { YearIndex } from './measure.ts';
import type { IndicatorResult } from './result.ts';
import { madeReport } from './shared-report.ts';

/**
 * One indicator's figure for a year and a set of areas, for a series read across years (the yearly trend, the
 * path to a milestone): `computeOne(def, index, year, codes, breakdown, null)`, whose value, counts and inputs
 * do not depend on any target. Made once per data set, indicator, year, areas and breakdown ({@link perDataSet});
 * when the area's report of that year is already made ({@link madeReport}: the chart context made it), its
 * result is taken instead (the same computeOne over the same areas; its target, status and reason are those of
 * the report's target set). Read only its value, counts and inputs.
 *
 * @example untargetedFigure(YearIndex.of(data), INDICATORS.clearance_rate, 2024, areaAndDescendants(data.areas, '42'), {}).value // => 0.87... (bundled data)
 */
export function untargetedFigure(
  index: YearIndex,
  def: IndicatorDefinition,
  year: number,
  codes: ReadonlySet<string>,
  breakdown: Record<string, string>,
): IndicatorResult {
  // Only the data set's shared index is memoised: another index may be another view of the rows.
  if (index !== YearIndex.of(index.data)) return computeOne(def, index, year, codes, breakdown, null);
  const key = `untargeted-figure|${def.id}|${year}|${[...codes].join(',')}|${JSON.stringify(breakdown)}`;
  return perDataSet(index.data, key, () => {
    const area = scopeRoot(index.data, codes);
    const made =
      area === null
        ? undefined
        : madeReport(index.data, { year, area })?.results.find(
            (r) => r.id === def.id && sameBreakdown(r.breakdown, breakdown),
          );
    return made ?? computeOne(def, index, year, codes, breakdown, null);
  });
}

/** The area whose areas and descendants `codes` are (as `areaAndDescendants` makes them), or null. */
function scopeRoot(data: DataSet, codes: ReadonlySet<string>): string | null {
  const root = data.areas.find((a) => codes.has(a.area_code) && !(a.parent_code !== null && codes.has(a.parent_code)));
  if (!root) return null;
  const all = areaAndDescendants(data.areas, root.area_code);
  return all.size === codes.size && [...codes].every((c) => all.has(c)) ? root.area_code : null;
}

/** True when two breakdowns name the same values. */
function sameBreakdown(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}
