import type { AreaRow } from '../types.ts';
import { perObject } from '../memo/per-object.ts';
import { treeAt } from './tree-at.ts';

/**
 * The leaves of the area tree on a day: the areas valid on it that have no child valid on it, in the order of
 * `areas.csv`. Rows of a period are filed at these areas (CONTRACT.md: rows are at the leaf level of the
 * area tree for their period).
 *
 * @throws {AreaArgumentError} as {@link treeAt}.
 * @example
 * leavesAt(data.areas, '2024-12-31').length; // => 13
 * leavesAt(data.areas, '2025-01-01').length; // => 12
 * leavesAt(data.areas, '2025-07-01').length; // => 69
 */
export function leavesAt(areas: readonly AreaRow[], isoDate: string): AreaRow[] {
  // Asked for twice per month of every coverage count: found once per areas table and day, a copy each time.
  const leaves = perObject(areas, `leaves-at|${isoDate}`, () =>
    [...treeAt(areas, isoDate).nodes.values()].filter((node) => node.children.length === 0).map((node) => node.area),
  );
  return [...leaves];
}
