import { identityKey } from '../memo/per-data-set.ts';
import { perObject } from '../memo/per-object.ts';
import type { AreaRow } from '../types.ts';
import type { Crosswalk } from './crosswalk.ts';
import { shiftDay } from './shift-day.ts';
import { areaByCode } from './tree.ts';
import { validOn } from './valid-on.ts';

/** How an area's figure for a day is made from the rows of the tree of that day. */
export type SourceKind =
  /** the area is valid on the day: its own rows (and its descendants') */
  | 'direct'
  /** the area had ended: the sum of successors that lie wholly within it */
  | 'gathered'
  /** the area had not begun: its predecessors' rows times the crosswalk weights (an estimate) */
  | 'spread_estimate';

/** An area whose rows enter a figure, and the share of them taken. */
export interface AreaSource {
  area_code: string;
  weight: number;
}

/** Why no figure can be made for an area on a day. */
export type NoSourceReason =
  /** ended, and some successor holds more than the area (made from several units, or a unit that went on) */
  | 'not_within'
  /** ended with no successor in the crosswalk, or a successor not yet begun */
  | 'no_successor'
  /** not yet begun, and no predecessor valid on the day */
  | 'no_predecessor';

export type AreaSourcesAt =
  | { kind: SourceKind; sources: AreaSource[] }
  | { kind: null; reason: NoSourceReason; /** the units that stop it */ blocking: string[] };

/**
 * Where an area's figure for one day comes from, on the tree of that day:
 * - valid on the day: `direct`, the area itself with weight 1;
 * - ended before the day: `gathered`, following the crosswalk forward to the units valid on the day; allowed
 *   only when every successor lies within the area (the `to_code` of exactly one `from_code`, not a unit that
 *   went on), each with weight 1;
 * - begun after the day: `spread_estimate`, the units valid on the day whose territory passes into the area
 *   later, each weighted by the product of the crosswalk weights along the way, summed over the ways (Thạch
 *   Hà 445 and Lộc Hà 448 in 2024 both pass into Xã Hồng Lộc 18409 with weight w(445→18409), since 448 joins
 *   445 on 1/1/2025). A unit that ended before the day is not taken: its rows are already its successor's.
 *
 * Source: METHODOLOGY.md 1.7; CONTRACT.md (`area_crosswalk.csv`).
 *
 * @throws Error when the code is not in `areas`.
 * @example
 * areaSourcesAt(data.areas, cw, '436', '2026-03-14'); // => { kind: 'gathered', sources: [{ area_code: '18073', weight: 1 }, { area_code: '18100', weight: 1 }, { area_code: '18652', weight: 1 }] }
 * areaSourcesAt(data.areas, cw, '18409', '2024-05-14'); // => { kind: 'spread_estimate', sources: [{ area_code: '445', weight: 0.1530301463 }, { area_code: '448', weight: 0.1530301463 }] }
 * areaSourcesAt(data.areas, cw, '448', '2025-03-14'); // => { kind: null, reason: 'not_within', blocking: ['445'] }
 */
export function areaSourcesAt(
  areas: readonly AreaRow[],
  crosswalk: Crosswalk,
  code: string,
  isoDate: string,
): AreaSourcesAt {
  const byCode = areaByCode(areas);
  const area = byCode.get(code);
  if (!area) throw new Error(`unknown area code "${code}"`);
  // The answer depends on the day only through which areas are valid on it, the same for every day of one
  // stretch between changes of the tree: found once per stretch (a series asks for every month of every year).
  const found = perObject(
    areas,
    `sources-at|${identityKey(crosswalk)}|${code}|${stretchOf(areas, isoDate)}`,
    (): AreaSourcesAt => {
      if (validOn(area, isoDate)) return { kind: 'direct', sources: [{ area_code: code, weight: 1 }] };
      if (area.valid_to !== null && area.valid_to < isoDate) return forward(byCode, crosswalk, code, isoDate);
      return backward(byCode, crosswalk, code, isoDate);
    },
  );
  // each caller its own copy: the memo's is shared
  return found.kind === null
    ? { ...found, blocking: [...found.blocking] }
    : { kind: found.kind, sources: found.sources.map((s) => ({ ...s })) };
}

/**
 * The stretch of days a day lies in: the number of days on which the tree changes (a `valid_from`, or the day
 * after a `valid_to`) up to and including it. Every area is valid on all days of a stretch or on none.
 */
function stretchOf(areas: readonly AreaRow[], isoDate: string): number {
  const changes = perObject(areas, 'tree-changes', () => {
    const days = new Set<string>();
    for (const a of areas) {
      days.add(a.valid_from);
      if (a.valid_to !== null) days.add(shiftDay(a.valid_to, 1));
    }
    return [...days].sort();
  });
  let lo = 0;
  let hi = changes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((changes[mid] as string) <= isoDate) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function forward(byCode: ReadonlyMap<string, AreaRow>, cw: Crosswalk, code: string, isoDate: string): AreaSourcesAt {
  const sources: AreaSource[] = [];
  const walk = (at: string): AreaSourcesAt | null => {
    const links = cw.successors.get(at);
    if (!links || links.length === 0) return { kind: null, reason: 'no_successor', blocking: [at] };
    const notWithin = links.filter(
      (l) => (cw.predecessors.get(l.code)?.length ?? 0) !== 1 || cw.continuing.has(l.code),
    );
    if (notWithin.length > 0) return { kind: null, reason: 'not_within', blocking: notWithin.map((l) => l.code) };
    for (const link of links) {
      const next = byCode.get(link.code);
      if (!next) return { kind: null, reason: 'no_successor', blocking: [link.code] };
      if (validOn(next, isoDate)) {
        if (!sources.some((s) => s.area_code === link.code)) sources.push({ area_code: link.code, weight: 1 });
      } else if (next.valid_to !== null && next.valid_to < isoDate) {
        const stop = walk(link.code);
        if (stop) return stop;
      } else {
        return { kind: null, reason: 'no_successor', blocking: [link.code] };
      }
    }
    return null;
  };
  return walk(code) ?? { kind: 'gathered', sources };
}

function backward(byCode: ReadonlyMap<string, AreaRow>, cw: Crosswalk, code: string, isoDate: string): AreaSourcesAt {
  const shares = new Map<string, number>();
  const walk = (at: string, factor: number, depth: number): void => {
    if (depth > byCode.size) return; // a cycle; crosswalkFrom refuses them
    for (const link of cw.predecessors.get(at) ?? []) {
      const pred = byCode.get(link.code);
      if (!pred) continue;
      const w = factor * link.weight;
      if (validOn(pred, isoDate)) {
        shares.set(link.code, (shares.get(link.code) ?? 0) + w);
        walk(link.code, w, depth + 1); // units merged into it after the day
      } else if (pred.valid_from > isoDate) {
        walk(link.code, w, depth + 1);
      }
    }
  };
  walk(code, 1, 0);
  // A source inside another source would be counted twice (rows roll up to every ancestor).
  const kept = [...shares].filter(([c]) => !hasAncestorIn(byCode, c, shares));
  if (kept.length === 0) return { kind: null, reason: 'no_predecessor', blocking: [code] };
  return { kind: 'spread_estimate', sources: kept.map(([area_code, weight]) => ({ area_code, weight })) };
}

function hasAncestorIn(byCode: ReadonlyMap<string, AreaRow>, code: string, set: ReadonlyMap<string, number>): boolean {
  const seen = new Set<string>([code]);
  let parent = byCode.get(code)?.parent_code ?? null;
  while (parent !== null && !seen.has(parent)) {
    if (set.has(parent)) return true;
    seen.add(parent);
    parent = byCode.get(parent)?.parent_code ?? null;
  }
  return false;
}
