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
 * sums every leaf row below it, whatever the period's tree: CONTRACT.md).
 *
 * @example [...areaAndDescendants(areas, '42')].length // => every code in areas.csv
 */
export function areaAndDescendants(areas: readonly AreaRow[], code: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const a of areas) {
    if (a.parent_code === null) continue;
    const list = children.get(a.parent_code) ?? [];
    list.push(a.area_code);
    children.set(a.parent_code, list);
  }
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
}
