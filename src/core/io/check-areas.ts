/**
 * Checks of `areas.csv` as a tree: exactly one root, which is the province; every parent known and
 * of a higher level; no cycles; `valid_to` not before `valid_from`. Returns the index that the other
 * tables' checks look areas up in.
 */
import { AREA_LEVELS, type AreaRow } from '../types.ts';
import type { ParsedTable } from './parse-table.ts';
import type { ProblemSink } from './problem.ts';

/** The areas by code, and each area's ancestors. */
export interface AreaIndex {
  /** First row of each code. */
  byCode: Map<string, AreaRow>;
  /** Ancestors of an area, nearest first (empty for the root, an unknown code, or in a cycle). */
  ancestors(code: string): readonly string[];
}

/** Checks the area tree and indexes it. */
export function checkAreas(areas: ParsedTable<'areas'>, sink: ProblemSink): AreaIndex {
  const { file, rows, lines, columnOf } = areas;
  const byCode = new Map<string, AreaRow>();
  const lineOf = new Map<string, number>();
  rows.forEach((row, r) => {
    if (typeof row.area_code === 'string' && !byCode.has(row.area_code)) {
      byCode.set(row.area_code, row);
      lineOf.set(row.area_code, lines[r]!);
    }
  });
  const parentColumn = columnOf.get('parent_code') ?? null;

  if (areas.complete) {
    // One root, the province.
    let root: { code: string; line: number } | null = null;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      const line = lines[r]!;
      if (typeof row.area_code !== 'string' || row.parent_code === undefined) continue;
      if (row.parent_code === null) {
        if (root !== null) {
          sink.error(file, line, parentColumn, 'several_roots', {
            code: row.area_code,
            rootCode: root.code,
            rootLine: root.line,
          });
          continue;
        }
        root = { code: row.area_code, line };
        if (row.level !== undefined && row.level !== 'province') {
          sink.error(file, line, columnOf.get('level')!, 'root_not_province', {
            code: row.area_code,
            level: row.level,
          });
        }
        continue;
      }
      if (row.level === 'province') sink.error(file, line, parentColumn, 'province_not_root', { code: row.area_code });
      const parent = byCode.get(row.parent_code);
      if (parent === undefined) {
        sink.error(file, line, parentColumn, 'parent_unknown', { code: row.area_code, parent: row.parent_code });
      } else if (
        // Under the root anything but a province may sit (since July 2025 communes do); a root of the
        // wrong level is reported on its own line.
        parent.parent_code !== null &&
        row.level !== undefined &&
        parent.level !== undefined &&
        row.level !== 'province' &&
        AREA_LEVELS.indexOf(parent.level) >= AREA_LEVELS.indexOf(row.level)
      ) {
        sink.error(file, line, parentColumn, 'parent_level', {
          code: row.area_code,
          level: row.level,
          parent: parent.area_code,
          parentLevel: parent.level,
        });
      }
    }
    if (root === null) sink.error(file, null, null, 'no_root', {});

    // Cycles: follow parents from each area; a walk that comes back to an area on the walk is a cycle.
    const state = new Map<string, 'walking' | 'done'>();
    for (const [code] of byCode) {
      const walk: string[] = [];
      let at: string | null | undefined = code;
      while (at != null && byCode.has(at) && state.get(at) === undefined) {
        state.set(at, 'walking');
        walk.push(at);
        at = byCode.get(at)!.parent_code;
      }
      if (at != null && state.get(at) === 'walking') {
        const cycle = walk.slice(walk.indexOf(at));
        // Report once, at the member that comes first in the file, starting the cycle there.
        const first = cycle.reduce((a, b) => (lineOf.get(a)! <= lineOf.get(b)! ? a : b));
        const k = cycle.indexOf(first);
        const codes = [...cycle.slice(k), ...cycle.slice(0, k), first];
        sink.error(file, lineOf.get(first)!, parentColumn, 'area_cycle', { codes });
      }
      for (const c of walk) state.set(c, 'done');
    }
  }

  // Validity dates.
  const toColumn = columnOf.get('valid_to');
  rows.forEach((row, r) => {
    if (typeof row.valid_from === 'string' && typeof row.valid_to === 'string' && row.valid_to < row.valid_from) {
      sink.error(file, lines[r]!, toColumn!, 'valid_to_before_from', {
        validFrom: row.valid_from,
        validTo: row.valid_to,
      });
    }
  });

  const memo = new Map<string, readonly string[]>();
  const ancestors = (code: string): readonly string[] => {
    const known = memo.get(code);
    if (known !== undefined) return known;
    const out: string[] = [];
    const seen = new Set<string>([code]);
    let parent = byCode.get(code)?.parent_code;
    while (parent != null && byCode.has(parent) && !seen.has(parent)) {
      out.push(parent);
      seen.add(parent);
      parent = byCode.get(parent)!.parent_code;
    }
    // In a cycle no ancestry holds.
    const result = parent != null && seen.has(parent) ? [] : out;
    memo.set(code, result);
    return result;
  };
  return { byCode, ancestors };
}
