/**
 * Validates raw tables into typed rows: every cell, every row, the area tree, duplicate keys, the
 * crosswalk, and each period table's areas. It touches no file, so it serves CSV folders and
 * workbooks alike; problems go to the sink, and the caller refuses the data when there are any.
 */
import type { PeriodConvention } from '../periods/convention.ts';
import { TABLE_NAMES, type TableName, type TableRows } from '../types.ts';
import { checkAreas, type AreaIndex } from './check-areas.ts';
import { checkCrosswalk } from './check-crosswalk.ts';
import { checkDuplicateKeys } from './check-keys.ts';
import { checkPeriodTable } from './check-periods.ts';
import { parseTable, type ParsedTable } from './parse-table.ts';
import type { ProblemSink } from './problem.ts';
import type { RawTable } from './raw-table.ts';

/** Every table's rows; a table that was not given is empty. */
export type Tables = { [K in TableName]: TableRows[K][] };

/**
 * Checks the given raw tables (missing files are the caller's to report).
 *
 * @param convention the period convention that places each row's year and month in days, for the
 *   check that an area existed during the row's period
 */
export function validateTables(
  raw: ReadonlyMap<TableName, RawTable>,
  convention: PeriodConvention,
  sink: ProblemSink,
): Tables {
  const parsed = new Map<TableName, ParsedTable>();
  for (const name of TABLE_NAMES) {
    const table = raw.get(name);
    if (table !== undefined) parsed.set(name, parseTable(name, table, sink));
  }

  for (const table of parsed.values()) checkDuplicateKeys(table, sink);

  // The other tables are checked against the area tree only once areas.csv itself is sound:
  // judged against a broken tree, every row would repeat the tree's problem.
  const areas = parsed.get('areas') as ParsedTable<'areas'> | undefined;
  let index: AreaIndex | null = null;
  if (areas !== undefined) {
    const tree = checkAreas(areas, sink);
    if (sink.errors.some((p) => p.file === areas.file)) {
      sink.warn(areas.file, null, null, 'area_checks_skipped', {});
    } else index = tree;
  }
  const crosswalk = parsed.get('area_crosswalk') as ParsedTable<'area_crosswalk'> | undefined;
  if (crosswalk !== undefined) checkCrosswalk(crosswalk, index, sink);
  if (index !== null) {
    for (const table of parsed.values()) checkPeriodTable(table, index, convention, sink);
  }

  const out = {} as Record<TableName, unknown[]>;
  for (const name of TABLE_NAMES) out[name] = parsed.get(name)?.rows ?? [];
  return out as Tables;
}
