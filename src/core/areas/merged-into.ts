import { identityKey } from '../memo/per-data-set.ts';
import { perObject } from '../memo/per-object.ts';
import type { AreaRow, CrosswalkRow } from '../types.ts';
import { shiftDay } from './shift-day.ts';

/** An ended area's merger into a unit that went on. */
export interface Merger {
  /** The unit it merged into. */
  into: string;
  /** The first day it was part of that unit (ISO): the day after its last. */
  date: string;
}

/**
 * The unit an ended area merged into: its one successor in the crosswalk that already existed on the area's
 * last day and went on after it (Lộc Hà 448 into Thạch Hà 445 from 1/1/2025). Null for an area still in
 * being, one split among several units, or one whose successors were all set up when it ended (the 2025
 * reform): none of these merged into another unit.
 *
 * Source: CONTRACT.md (`areas.csv` valid_from/valid_to, `area_crosswalk.csv`).
 * @example
 * mergedInto(data.areas, data.area_crosswalk, '448'); // => { into: '445', date: '2025-01-01' }
 * // Thạch Hà 445 was split among new communes on 1/7/2025: no merger.
 * mergedInto(data.areas, data.area_crosswalk, '445'); // => null
 */
export function mergedInto(areas: readonly AreaRow[], crosswalk: readonly CrosswalkRow[], code: string): Merger | null {
  // asked for by every note of a series: found once per areas table, crosswalk and code, each caller its own copy
  const found = perObject(areas, `merged-into|${identityKey(crosswalk)}|${code}`, () => find(areas, crosswalk, code));
  return found && { ...found };
}

/** {@link mergedInto}, found. */
function find(areas: readonly AreaRow[], crosswalk: readonly CrosswalkRow[], code: string): Merger | null {
  const last = areas.find((a) => a.area_code === code)?.valid_to ?? null;
  if (last === null) return null;
  const successors = crosswalk.filter((r) => r.from_code === code).map((r) => r.to_code);
  if (successors.length !== 1) return null;
  const into = areas.find((a) => a.area_code === successors[0]);
  if (!into || into.valid_from > last || (into.valid_to !== null && into.valid_to <= last)) return null;
  return { into: into.area_code, date: shiftDay(last, 1) };
}
