import { parseIsoDate } from '../format/iso-date.ts';
import { AREA_ISSUES, AreaArgumentError } from '../messages/areas.ts';
import type { AreaRow } from '../types.ts';
import { validOn } from './valid-on.ts';

/** An area in the tree of one day, linked to its parent and children. */
export interface AreaNode {
  area: AreaRow;
  /** The parent on that day; null for the root (the province). */
  parent: AreaNode | null;
  /** The children valid on that day, in the order of `areas.csv`. */
  children: AreaNode[];
}

/** The area tree of one day. */
export interface AreaTree {
  /** The day (ISO). */
  date: string;
  root: AreaNode;
  /** Every area valid on the day, by code. */
  nodes: ReadonlyMap<string, AreaNode>;
}

/**
 * The area tree as it stood on a day: the areas of `areas.csv` valid on that day
 * (`valid_from <= day <= valid_to`), each linked to its parent.
 *
 * Hà Tĩnh (bundled data): 13 districts under the province to 31/12/2024, 12 from 1/1/2025 (Lộc Hà merged into
 * Thạch Hà), and from 1/7/2025 the 69 new communes and wards directly under the province (METHODOLOGY.md 1.7).
 *
 * @throws {AreaArgumentError} when the day is not an ISO date, when no root or several roots are valid on
 *   it, or when an area valid on it has a parent that is not (the validator refuses such files first).
 * @example
 * treeAt(data.areas, '2025-03-01').root.children.length; // => 12
 * treeAt(data.areas, '2025-07-01').root.children.length; // => 69
 * treeAt(data.areas, '2025-07-01').nodes.get('18073')?.parent?.area.area_code; // => '42'
 */
export function treeAt(areas: readonly AreaRow[], isoDate: string): AreaTree {
  try {
    parseIsoDate(isoDate);
  } catch {
    throw new AreaArgumentError(AREA_ISSUES.badDate(isoDate));
  }
  const nodes = new Map<string, AreaNode>();
  for (const area of areas) {
    if (validOn(area, isoDate) && !nodes.has(area.area_code))
      nodes.set(area.area_code, { area, parent: null, children: [] });
  }
  const roots: AreaNode[] = [];
  for (const node of nodes.values()) {
    const parentCode = node.area.parent_code;
    if (parentCode === null) {
      roots.push(node);
      continue;
    }
    const parent = nodes.get(parentCode);
    if (!parent) throw new AreaArgumentError(AREA_ISSUES.parentNotValid(node.area.area_code, parentCode, isoDate));
    node.parent = parent;
    parent.children.push(node);
  }
  if (roots.length !== 1) throw new AreaArgumentError(AREA_ISSUES.rootsOnDate(roots.length, isoDate));
  return { date: isoDate, root: roots[0] as AreaNode, nodes };
}
