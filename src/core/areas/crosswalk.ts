import { CROSSWALK_ISSUES, CrosswalkError, type CrosswalkProblem } from '../messages/areas.ts';
import type { AreaRow, CrosswalkRow } from '../types.ts';
import { shiftDay } from './shift-day.ts';
import { validOn } from './valid-on.ts';

/**
 * How far from 1 the weights of one `from_code` may sum: 1e-9, room for rounding in decimal weights (the same
 * tolerance as the file validator, `src/node/io/check-crosswalk.ts`).
 */
export const CROSSWALK_WEIGHT_TOLERANCE = 1e-9;

/** One link of the crosswalk, seen from either end. */
export interface CrosswalkLink {
  code: string;
  weight: number;
}

/** A validated crosswalk, indexed both ways. */
export interface Crosswalk {
  rows: readonly CrosswalkRow[];
  /** The successors of each abolished unit (its `to_code` rows), in file order. */
  successors: ReadonlyMap<string, readonly CrosswalkLink[]>;
  /** The abolished units each successor was made from (its `from_code` rows), in file order. */
  predecessors: ReadonlyMap<string, readonly CrosswalkLink[]>;
  /**
   * Successors that existed before their predecessor ended (Thạch Hà 445, which absorbed Lộc Hà 448 on
   * 1/1/2025): such a unit holds more than its predecessor's territory, so it never lies within it. Known only
   * when the areas are given to {@link crosswalkFrom}.
   */
  continuing: ReadonlySet<string>;
}

/**
 * Validates the rows of `area_crosswalk.csv` and indexes them.
 *
 * Refused: a weight that is not a finite number in [0, 1]; weights of one `from_code` that do not sum to 1
 * within {@link CROSSWALK_WEIGHT_TOLERANCE}; a unit crosswalked to itself; a (from, to) pair twice; a cycle.
 * With `areas`, also: a code not in `areas.csv`, an abolished unit with no `valid_to`, and a successor not
 * valid on the day after its predecessor ended.
 *
 * Source: CONTRACT.md, `area_crosswalk.csv` ("weights of one from_code sum to 1").
 *
 * @throws {CrosswalkError} listing every problem found (`problems`, each with a bilingual `text`).
 * @example
 * crosswalkFrom([{ from_code: '437', to_code: '18115', weight: 0.53 }, { from_code: '437', to_code: '18118', weight: 0.47 }]).successors.get('437')?.length; // => 2
 * // crosswalkFrom([{ from_code: '437', to_code: '18115', weight: 0.5 }]) throws CrosswalkError: the weights sum to 0.5
 */
export function crosswalkFrom(rows: readonly CrosswalkRow[], areas?: readonly AreaRow[]): Crosswalk {
  const problems: CrosswalkProblem[] = [];
  const successors = new Map<string, CrosswalkLink[]>();
  const predecessors = new Map<string, CrosswalkLink[]>();
  const pairs = new Set<string>();
  for (const row of rows) {
    const { from_code: from, to_code: to, weight } = row;
    if (!Number.isFinite(weight) || weight < 0 || weight > 1)
      problems.push(CROSSWALK_ISSUES.weightRange(from, to, weight));
    if (from === to) problems.push(CROSSWALK_ISSUES.self(from));
    const pair = `${from}\u0000${to}`;
    if (pairs.has(pair)) problems.push(CROSSWALK_ISSUES.duplicate(from, to));
    pairs.add(pair);
    push(successors, from, { code: to, weight });
    push(predecessors, to, { code: from, weight });
  }
  for (const [from, links] of successors) {
    const sum = links.reduce((s, l) => s + l.weight, 0);
    if (!(Math.abs(sum - 1) <= CROSSWALK_WEIGHT_TOLERANCE)) problems.push(CROSSWALK_ISSUES.weightsSum(from, sum));
  }
  const cycle = findCycle(successors);
  if (cycle) problems.push(CROSSWALK_ISSUES.cycle(cycle));

  const continuing = new Set<string>();
  if (areas) {
    const byCode = new Map(areas.map((a) => [a.area_code, a]));
    const reported = new Set<string>();
    for (const row of rows) {
      for (const code of [row.from_code, row.to_code]) {
        if (!byCode.has(code) && !reported.has(code)) {
          reported.add(code);
          problems.push(CROSSWALK_ISSUES.unknownArea(code));
        }
      }
      const from = byCode.get(row.from_code);
      const to = byCode.get(row.to_code);
      if (!from || !to) continue;
      if (from.valid_to === null) {
        if (!reported.has(`open:${from.area_code}`)) problems.push(CROSSWALK_ISSUES.fromNotEnded(from.area_code));
        reported.add(`open:${from.area_code}`);
        continue;
      }
      const next = shiftDay(from.valid_to, 1);
      if (!validOn(to, next)) problems.push(CROSSWALK_ISSUES.successorNotValid(from.area_code, to.area_code, next));
      if (to.valid_from <= from.valid_to) continuing.add(to.area_code);
    }
  }
  if (problems.length > 0) throw new CrosswalkError(problems);
  return { rows, successors, predecessors, continuing };
}

function push(map: Map<string, CrosswalkLink[]>, key: string, link: CrosswalkLink): void {
  const list = map.get(key);
  if (list) list.push(link);
  else map.set(key, [link]);
}

/** A cycle of the crosswalk graph (codes, first repeated at the end), or null. */
function findCycle(successors: ReadonlyMap<string, readonly CrosswalkLink[]>): string[] | null {
  const state = new Map<string, 'walking' | 'done'>();
  const path: string[] = [];
  const visit = (code: string): string[] | null => {
    const s = state.get(code);
    if (s === 'done') return null;
    if (s === 'walking') return [...path.slice(path.indexOf(code)), code];
    state.set(code, 'walking');
    path.push(code);
    for (const link of successors.get(code) ?? []) {
      const found = visit(link.code);
      if (found) return found;
    }
    path.pop();
    state.set(code, 'done');
    return null;
  };
  for (const code of successors.keys()) {
    const found = visit(code);
    if (found) return found;
  }
  return null;
}
