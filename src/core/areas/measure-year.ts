import type { Measure } from '../indicators/definition.ts';
import { monthPosition } from '../periods/month-math.ts';
import type { AreaSeriesBasis, AreaTreeUsed } from '../messages/areas.ts';
import type { DataSet } from '../types.ts';
import type { Crosswalk } from './crosswalk.ts';
import { conventionOf } from '../periods/of-data.ts';
import { sumParts } from './sum-parts.ts';
import { tableMonths } from './table-months.ts';
import { yearParts, type YearGap, type YearPart } from './year-parts.ts';

/** A part of a year, with the rows it took. */
export interface MadePart extends YearPart {
  rows: number;
}

/** How one year's figure of an area was made. */
export interface MadeYear {
  year: number;
  /** Null when no figure could be made (no row for the year, or no way to the area's territory). */
  basis: AreaSeriesBasis | null;
  tree: AreaTreeUsed | null;
  /** Named months the figure covers, in the year's order. */
  months: number[];
  parts: MadePart[];
  gaps: YearGap[];
  /** Rows that entered the figure. */
  rows: number;
}

/**
 * Sums one measure for an area and a year across the reform: cuts the year into parts ({@link yearParts}) over
 * the months the table can cover, sums each part's rows with their weights ({@link sumParts}), and says how the
 * figure was made (over `onlyMonths` only, when given, for a monthly table):
 * - `spread_estimate` when any part is spread from the old units by the crosswalk weights;
 * - else `gathered` when any part is gathered from new units lying within the area;
 * - else `direct` when the parts cover the twelve months, `partial_year_direct` when fewer (a unit that began
 *   or ended within the year; a year cut by the data's cut-off).
 *
 * @example measureYear(data, cw, '436', clearanceRate.numerator, 2025).made.basis; // => 'gathered'
 */
export function measureYear(
  data: DataSet,
  crosswalk: Crosswalk,
  code: string,
  measure: Measure,
  year: number,
  where: Record<string, readonly string[]> = {},
  onlyMonths?: readonly number[],
): { value: number | null; made: MadeYear } {
  const empty: MadeYear = { year, basis: null, tree: null, months: [], parts: [], gaps: [], rows: 0 };
  const table = tableMonths(data, measure.table, measure.yearColumn ?? 'year', year);
  // A change compares the same months of both years (CONTRACT.md, cùng kỳ): `onlyMonths` cuts a monthly table.
  const available =
    onlyMonths && table.monthly ? { ...table, months: table.months.filter((m) => onlyMonths.includes(m)) } : table;
  if (available.months.length === 0) return { value: null, made: empty };
  const { parts, gaps } = yearParts(data, crosswalk, code, year, available.months);
  const sum = sumParts(data, measure, year, parts, where);
  if (!sum || parts.length === 0) return { value: null, made: { ...empty, gaps } };
  const used: MadePart[] = parts.flatMap((p, i) => (sum.used[i] ? [{ ...p, rows: sum.partRows[i] ?? 0 }] : []));
  const convention = conventionOf(data.meta);
  const months = [...new Set(used.flatMap((p) => p.months))].sort(
    (a, b) => monthPosition(convention, a) - monthPosition(convention, b),
  );
  const basis = basisOf(used, months.length) as AreaSeriesBasis;
  return {
    value: sum.value,
    made: { year, basis, tree: treeOf(used.map((p) => p.tree)), months, parts: used, gaps, rows: sum.rows },
  };
}

/**
 * The basis of a year made of parts: `spread_estimate` if any part is spread, else `gathered` if any is gathered,
 * else `direct` over twelve months and `partial_year_direct` over fewer; null without parts.
 *
 * @example basisOf([{ kind: 'direct' }, { kind: 'gathered' }], 12); // => 'gathered'
 * @example basisOf([{ kind: 'direct' }], 10); // => 'partial_year_direct'
 */
export function basisOf(parts: readonly Pick<YearPart, 'kind'>[], months: number): AreaSeriesBasis | null {
  if (parts.length === 0) return null;
  const kinds = new Set(parts.map((p) => p.kind));
  return kinds.has('spread_estimate')
    ? 'spread_estimate'
    : kinds.has('gathered')
      ? 'gathered'
      : months === 12
        ? 'direct'
        : 'partial_year_direct';
}

/** The tree label of a set of parts' sides. */
export function treeOf(sides: readonly (AreaTreeUsed | null)[]): AreaTreeUsed | null {
  const set = new Set(sides.filter((s): s is AreaTreeUsed => s !== null));
  if (set.size === 0) return null;
  if (set.has('both') || set.size > 1) return 'both';
  return [...set][0] as AreaTreeUsed;
}
