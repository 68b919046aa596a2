import type { AreaRow } from '../types.ts';
import { shiftDay } from './shift-day.ts';

/** A day on which a set of units ended and new units began. */
export interface ReformBreak {
  /** The first day of the new units (ISO), e.g. '2025-07-01'. */
  date: string;
  /** The last day of the units that ended (the day before `date`). */
  lastDay: string;
  /** Codes of the units whose `valid_to` is `lastDay`, in the order of `areas.csv`. */
  ended: string[];
  /** Codes of the units whose `valid_from` is `date`, in the order of `areas.csv`. */
  started: string[];
}

/**
 * The breaks of the area tree found in `areas.csv`: every day on which some units end (their `valid_to` is the
 * day before) and new units start (their `valid_from` is that day). The first day of the data (the earliest
 * `valid_from`) is not a break. A unit merged into one that goes on (Lộc Hà into Thạch Hà on 1/1/2025) ends
 * without new units starting, so it is not a break of the tree (it changes one area's territory: see the
 * `territory` breaks of {@link areaSeries}).
 *
 * Trend tests and control charts of an area series restart at each break; charts mark it; the briefing
 * explains it (METHODOLOGY.md 1.7: "flag the break and do not test trends across it").
 *
 * @example
 * reformBreak(data.areas).map((b) => [b.date, b.lastDay, b.ended.length, b.started.length]); // => [['2025-07-01', '2025-06-30', 12, 69]]
 */
export function reformBreak(areas: readonly AreaRow[]): ReformBreak[] {
  let found = cache.get(areas);
  if (!found) cache.set(areas, (found = findBreaks(areas)));
  return found.map((b) => ({ ...b, ended: [...b.ended], started: [...b.started] }));
}

const cache = new WeakMap<readonly AreaRow[], ReformBreak[]>();

function findBreaks(areas: readonly AreaRow[]): ReformBreak[] {
  if (areas.length === 0) return [];
  const first = areas.reduce((min, a) => (a.valid_from < min ? a.valid_from : min), areas[0]!.valid_from);
  const starts = new Set(areas.map((a) => a.valid_from).filter((d) => d > first));
  const out: ReformBreak[] = [];
  for (const date of [...starts].sort()) {
    const lastDay = shiftDay(date, -1);
    const ended = areas.filter((a) => a.valid_to === lastDay).map((a) => a.area_code);
    if (ended.length === 0) continue;
    out.push({ date, lastDay, ended, started: areas.filter((a) => a.valid_from === date).map((a) => a.area_code) });
  }
  return out;
}
