import type { AreaRow, Target } from '../types.ts';
import { areaMonths, areaOf, monthsCovered } from '../analysis/coverage.ts';
import { monthDays } from '../analysis/months.ts';
import { rootArea } from '../areas/tree.ts';
import { validOn } from '../areas/valid-on.ts';
import { wilson } from '../stats/wilson.ts';
import type { IndicatorDefinition } from './definition.ts';
import type { YearIndex } from './measure.ts';
import { explainVerdict, type NoDataWhy } from './reason.ts';
import type { IndicatorResult } from './result.ts';
import { exactVerdict } from './verdict.ts';

/**
 * A share of leaf units (`def.leafUnits`), as `crime_free_communes_share`: of the leaf units of the level
 * under the area that existed through every month of Y in the data, those whose numerator measure (cases
 * that occurred, every group and severity) sums to 0 over those months.
 *
 * Formula: #{u : Σ_m occurred(u, m) = 0} / #{u : u existed from the first to the last day of every month m
 * of Y that the table has rows for}, u a commune-level leaf under the area. Interval: Wilson.
 * Source: CONTRACT.md (`crime_free_communes_share`); the 2025 directive ("từng bước xây dựng khu dân cư,
 * xã, phường an toàn, không có tội phạm"), TARGETS.md.
 *
 * What the contract's words give, applied literally:
 * - a year whose leaves under the area are districts (to June 2025 in Hà Tĩnh): no commune-level unit is
 *   there, `no_data` with that reason (`leaves_are_districts`);
 * - 2025, the year of the reform: the 69 communes and wards exist from 1 July 2025 only, so none existed
 *   through every month of 2025 and the year is `no_data` (`no_leaf_through_year`, the reason naming the
 *   units of part of the year); the districts of January-June are not commune-level;
 * - a year in progress (2026: ten months): the months in the data, listed in `inputs.months`; a unit counts
 *   when it existed through each of them;
 * - a sub-area (`--area`): the leaves under it (a commune asked for alone is its own one leaf).
 * A leaf with no row for a month counts as having no case that month (CONTRACT.md: its figures count as zeros).
 *
 * @example leafUnitsShare(crimeFreeCommunesShare, index, 2026, codes, null, '42').inputs.leaf_units // => { level: 'commune', counted: 69, part_of_year: 0 } (bundled data)
 */
export function leafUnitsShare(
  def: IndicatorDefinition,
  index: YearIndex,
  year: number,
  codes: ReadonlySet<string>,
  target: Target | null,
  areaCode: string,
  months?: readonly number[],
): IndicatorResult {
  const data = index.data;
  const level = def.leafUnits?.level ?? 'commune';
  const measure = def.numerator;
  const yearColumn = measure.yearColumn ?? 'year';
  const area = areaOf(data, areaCode);
  const hasRows = index.hasYear(measure.table, yearColumn, year);
  const inData = monthsCovered(data, measure.table, yearColumn, year, rootArea(data.areas).area_code).filter(
    (m) => months === undefined || months.includes(m),
  );
  const base: IndicatorResult = {
    id: def.id,
    breakdown: {},
    value: null,
    numerator: null,
    denominator: null,
    ci95: null,
    target,
    status: 'no_data',
    inputs: { rows: 0, months: null, comparison_year: null, comparison_months: null, table: measure.table },
    reason: { vi: '', en: '' },
  };
  const noData = (why: NoDataWhy, inputs: IndicatorResult['inputs'] = base.inputs): IndicatorResult => {
    const result = { ...base, inputs };
    return { ...result, reason: explainVerdict(def, result, why, year, area, index.convention) };
  };
  if (areaMonths(data, area, year).length === 0) return noData('area_not_in_year');
  if (!hasRows || inData.length === 0) return noData('no_rows');

  const spans = inData.map((month) => monthDays(index.convention, { year, month }));
  const hasChildIn = childTest(data.areas, spans);
  const units = data.areas.filter((a) => codes.has(a.area_code) && a.level === level && !hasChildIn(a.area_code));
  const present = units.filter((a) => spans.some((s) => validOn(a, s.end)));
  const through = present.filter((a) => spans.every((s) => validOn(a, s.start) && validOn(a, s.end)));
  const inputs: IndicatorResult['inputs'] = {
    ...base.inputs,
    months: inData,
    leaf_units: { level, counted: through.length, part_of_year: present.length - through.length },
  };
  if (present.length === 0) return noData('leaves_are_districts', inputs);
  if (through.length === 0) return noData('no_leaf_through_year', inputs);

  // Each counted unit's rows of the year (the index groups them by area): its sum over the months in the data.
  const counted = new Map<string, number>();
  const monthSet = new Set(inData);
  const where = Object.entries(measure.where ?? {});
  let rows = 0;
  for (const unit of through) {
    let sum = 0;
    for (const row of index.rows(measure.table, yearColumn, year, unit.area_code)) {
      if (row.month !== undefined && !monthSet.has(row.month as number)) continue;
      if (!where.every(([column, values]) => values.includes(row[column] as string))) continue;
      rows++;
      for (const term of measure.terms) sum += term.sign * (row[term.column] as number);
    }
    counted.set(unit.area_code, sum);
  }
  const numerator = [...counted.values()].filter((v) => v === 0).length;
  const denominator = through.length;
  const result: IndicatorResult = {
    ...base,
    value: numerator / denominator,
    numerator,
    denominator,
    ci95: def.interval === 'wilson' ? wilson(numerator, denominator) : null,
    status: target ? exactVerdict(numerator, denominator, 0, target.comparator, target.threshold) : 'no_target',
    inputs: { ...inputs, rows },
  };
  return { ...result, reason: explainVerdict(def, result, null, year, area, index.convention) };
}

/** Whether an area has a child valid at the end of one of the months (then it is not a leaf in the year). */
function childTest(areas: readonly AreaRow[], spans: readonly { end: string }[]): (code: string) => boolean {
  const withChild = new Set<string>();
  for (const a of areas) {
    if (a.parent_code !== null && spans.some((s) => validOn(a, s.end))) withChild.add(a.parent_code);
  }
  return (code) => withChild.has(code);
}
