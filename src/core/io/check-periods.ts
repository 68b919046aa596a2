/**
 * Checks of a period table against the area tree: every area is known, existed during (part of) the
 * row's period, and no period holds rows for an area and for one of its ancestors (rows are at the
 * leaf level of the tree, so a total beside its parts would count twice).
 */
import type { AreaIndex } from './check-areas.ts';
import type { PeriodConvention } from '../periods/convention.ts';
import { periodRange } from '../periods/period-range.ts';
import type { ParsedTable } from './parse-table.ts';
import type { ProblemSink } from './problem.ts';
import { TABLE_SCHEMAS } from './schema.ts';

/** A period's days under a convention, and its label (`2024`, or `2024-03` for a named month). */
interface Period {
  start: string;
  end: string;
  label: string;
}

function periodOf(convention: PeriodConvention, year: number, month: number | null): Period | null {
  try {
    return { ...periodRange(convention, year, month), label: periodName(year * 100 + (month ?? 0)) };
  } catch {
    return null; // a year the period module cannot place (e.g. 9999): nothing to check
  }
}

/**
 * Checks a period table's areas: known, existing during (part of) the row's period under the data
 * set's period convention, and never beside an ancestor or descendant in the same period.
 */
export function checkPeriodTable(
  table: ParsedTable,
  areas: AreaIndex,
  convention: PeriodConvention,
  sink: ProblemSink,
): void {
  const yearColumn = TABLE_SCHEMAS[table.table].yearColumn;
  if (yearColumn === null || !table.complete) return;
  const { file, lines } = table;
  const areaColumn = table.columnOf.get('area_code')!;
  const rows = table.rows as unknown as Record<string, unknown>[];

  /** Period number (year * 100 + month, month 0 for a year) of each row whose period and area are known, else -1. */
  const period = new Int32Array(rows.length).fill(-1);
  /** Per period, the first row index of each area. */
  const areasInPeriod = new Map<number, Map<string, number>>();
  const periods = new Map<number, Period | null>();
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const code = row.area_code;
    const year = row[yearColumn];
    const month = table.monthly ? row.month : null;
    if (typeof code !== 'string') continue;
    const area = areas.byCode.get(code);
    if (area === undefined) {
      sink.error(file, lines[r]!, areaColumn, 'unknown_area', { column: 'area_code', code });
      continue;
    }
    if (typeof year !== 'number' || (month !== null && typeof month !== 'number')) continue;
    const key = year * 100 + (month ?? 0);
    let p = periods.get(key);
    if (p === undefined) periods.set(key, (p = periodOf(convention, year, month)));
    if (
      p !== null &&
      typeof area.valid_from === 'string' &&
      (area.valid_from > p.end || (typeof area.valid_to === 'string' && area.valid_to < p.start))
    ) {
      sink.error(file, lines[r]!, areaColumn, 'area_not_in_period', {
        code,
        period: p.label,
        start: p.start,
        end: p.end,
        validFrom: area.valid_from,
        validTo: area.valid_to ?? null,
      });
    }
    period[r] = key;
    let inPeriod = areasInPeriod.get(key);
    if (inPeriod === undefined) areasInPeriod.set(key, (inPeriod = new Map()));
    if (!inPeriod.has(code)) inPeriod.set(code, r);
  }

  // Areas that have a descendant in the same period, with that descendant's first row.
  const overlapped = new Map<number, Map<string, number>>();
  for (const [key, inPeriod] of areasInPeriod) {
    for (const [code, r] of inPeriod) {
      for (const ancestor of areas.ancestors(code)) {
        if (!inPeriod.has(ancestor)) continue;
        let o = overlapped.get(key);
        if (o === undefined) overlapped.set(key, (o = new Map()));
        if (!o.has(ancestor)) o.set(ancestor, r);
      }
    }
  }
  if (overlapped.size === 0) return;
  for (let r = 0; r < rows.length; r++) {
    const o = overlapped.get(period[r]!);
    if (o === undefined) continue;
    const code = rows[r]!.area_code as string;
    const d = o.get(code);
    if (d === undefined) continue;
    sink.error(file, lines[r]!, areaColumn, 'area_overlap', {
      code,
      period: periodName(period[r]!),
      other: rows[d]!.area_code as string,
      otherLine: lines[d]!,
    });
  }
}

/** `2024` or `2024-03` from a period number (year * 100 + month). */
function periodName(key: number): string {
  const year = Math.floor(key / 100);
  const month = key % 100;
  return month === 0 ? String(year) : `${year}-${String(month).padStart(2, '0')}`;
}
