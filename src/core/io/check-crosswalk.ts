/**
 * Checks of `area_crosswalk.csv`: both codes are areas, and the weights of each `from_code` sum to 1
 * within `WEIGHT_SUM_TOLERANCE` (each weight's range is checked as the cell is read).
 */
import type { AreaIndex } from './check-areas.ts';
import type { ParsedTable } from './parse-table.ts';
import type { ProblemSink } from './problem.ts';

/** How far from 1 the weights of one from_code may sum: 1e-9, room for rounding in decimal weights. */
export const WEIGHT_SUM_TOLERANCE = 1e-9;

export function checkCrosswalk(
  crosswalk: ParsedTable<'area_crosswalk'>,
  areas: AreaIndex | null,
  sink: ProblemSink,
): void {
  if (!crosswalk.complete) return;
  const { file, rows, lines, columnOf } = crosswalk;
  const sums = new Map<string, { sum: number; known: boolean; line: number }>();
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const line = lines[r]!;
    for (const column of ['from_code', 'to_code'] as const) {
      const code = row[column];
      if (areas !== null && typeof code === 'string' && !areas.byCode.has(code)) {
        sink.error(file, line, columnOf.get(column)!, 'unknown_area', { column, code });
      }
    }
    if (typeof row.from_code !== 'string') continue;
    let s = sums.get(row.from_code);
    if (s === undefined) sums.set(row.from_code, (s = { sum: 0, known: true, line }));
    if (typeof row.weight === 'number') s.sum += row.weight;
    else s.known = false;
  }
  for (const [code, s] of sums) {
    if (s.known && Math.abs(s.sum - 1) > WEIGHT_SUM_TOLERANCE) {
      sink.error(file, s.line, columnOf.get('weight')!, 'weights_sum', {
        code,
        sum: s.sum,
        tolerance: WEIGHT_SUM_TOLERANCE,
      });
    }
  }
}
