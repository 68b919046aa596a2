import { perObject } from '../memo/per-object.ts';
import type { AreaRow } from '../types.ts';

/**
 * The root of the area tree: the one area without a parent (the province).
 *
 * @throws Error when there is not exactly one root (validation refuses such files first).
 * @example rootArea([{area_code: '42', parent_code: null, ...}]).area_code // => '42'
 */
export function rootArea(areas: readonly AreaRow[]): AreaRow {
  const roots = areas.filter((a) => a.parent_code === null);
  if (roots.length !== 1 || !roots[0]) throw new Error(`expected one root area, found ${roots.length}`);
  return roots[0];
}

/**
 * The codes of an area and of every area below it, over the whole history of the tree (an area's figure
 * sums every leaf row below it, whatever the period's tree: CONTRACT.md). The caller's own set (see
 * {@link descendantsOf} for the shared one).
 *
 * @example [...areaAndDescendants(areas, '42')].length // => every code in areas.csv
 */
export function areaAndDescendants(areas: readonly AreaRow[], code: string): Set<string> {
  return new Set(descendantsOf(areas, code));
}

/**
 * {@link areaAndDescendants}, found once per areas table and code and shared by every caller, who must not change
 * it (an area series asks for each source unit's codes in every year and part).
 *
 * @example descendantsOf(data.areas, '448').has('448') // => true
 */
export function descendantsOf(areas: readonly AreaRow[], code: string): ReadonlySet<string> {
  return perObject(areas, `descendants|${code}`, () => {
    const children = childCodes(areas);
    const out = new Set<string>([code]);
    const stack = [code];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      for (const child of children.get(next) ?? []) {
        if (!out.has(child)) {
          out.add(child);
          stack.push(child);
        }
      }
    }
    return out;
  });
}

/**
 * The codes each area is the parent of, over the whole history of the tree, in the order of `areas.csv`; found
 * once per areas table and shared (callers must not change it).
 *
 * @example childCodes(data.areas).get('42')?.length // => 82 (13 districts, then 69 new units)
 */
export function childCodes(areas: readonly AreaRow[]): ReadonlyMap<string, readonly string[]> {
  return perObject(areas, 'children', () => {
    const children = new Map<string, string[]>();
    for (const a of areas) {
      if (a.parent_code === null) continue;
      const list = children.get(a.parent_code);
      if (list) list.push(a.area_code);
      else children.set(a.parent_code, [a.area_code]);
    }
    return children;
  });
}

/**
 * The areas by code (the first row of a code, as `areas.csv` is read); found once per areas table and shared
 * (callers must not change it).
 *
 * @example areaByCode(data.areas).get('448')?.valid_to // => '2024-12-31'
 */
export function areaByCode(areas: readonly AreaRow[]): ReadonlyMap<string, AreaRow> {
  return perObject(areas, 'by-code', () => {
    const map = new Map<string, AreaRow>();
    for (const a of areas) if (!map.has(a.area_code)) map.set(a.area_code, a);
    return map;
  });
}
