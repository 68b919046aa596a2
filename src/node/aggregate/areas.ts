/**
 * The area list the records are checked against, read with the loader's own reader and checks
 * (`areas.csv` of the contract: header, cells, one root, parents, no cycles, no duplicate codes),
 * then laid out as arrays indexed like the area dictionary: validity as day numbers and each
 * area's ancestors.
 */
import { readFile } from 'node:fs/promises';
import type { AreaRow } from '../../core/types.ts';
import { checkAreas } from '../../core/io/check-areas.ts';
import { checkDuplicateKeys } from '../../core/io/check-keys.ts';
import { parseCsv } from '../../core/io/csv.ts';
import { decodeUtf8 } from '../../core/io/decode.ts';
import { parseTable } from '../../core/io/parse-table.ts';
import { ProblemSink } from '../../core/io/problem.ts';
import { csvToRawTable } from '../../core/io/raw-table.ts';
import { NO_DAY, dayFromIso, isDay } from './day-number.ts';
import type { AggregateProblems } from './problems.ts';

/** The areas as arrays: index `a` is the area `rows[a]`. */
export interface AreaTable {
  rows: readonly AreaRow[];
  codes: readonly string[];
  indexOf: ReadonlyMap<string, number>;
  /** First day the area exists (day number). */
  validFrom: Int32Array;
  /** Last day the area exists, or NO_DAY while it exists. */
  validTo: Int32Array;
  /** Ancestors of each area, nearest first, as indexes. */
  ancestors: readonly (readonly number[])[];
}

/**
 * Reads and checks an areas file. Problems go to `problems` under the file's path as given;
 * returns null when the file cannot be used.
 */
export async function loadAreaTable(path: string, problems: AggregateProblems): Promise<AreaTable | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    problems.error(path, null, null, 'file_unreadable', {
      path,
      detail: (error as NodeJS.ErrnoException).code ?? String(error),
    });
    return null;
  }
  const sink = new ProblemSink(problems.lang);
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    sink.error(path, decoded.line, null, 'not_utf8', { reason: decoded.reason });
    problems.adopt(sink.errors, sink.warnings);
    return null;
  }
  const raw = csvToRawTable(path, parseCsv(decoded.text), sink);
  if (raw === null) {
    problems.adopt(sink.errors, sink.warnings);
    return null;
  }
  const parsed = parseTable('areas', raw, sink);
  checkDuplicateKeys(parsed, sink);
  const index = checkAreas(parsed, sink);
  problems.adopt(sink.errors, sink.warnings);
  if (sink.errors.length > 0) return null;
  return areaTable([...index.byCode.values()]);
}

/**
 * Lays checked area rows out as arrays.
 *
 * @example
 * areaTable([{ area_code: '42', valid_from: '2019-01-01', valid_to: null, parent_code: null, ... }]).codes; // => ['42']
 */
export function areaTable(rows: readonly AreaRow[]): AreaTable {
  const codes = rows.map((r) => r.area_code);
  const indexOf = new Map(codes.map((c, i) => [c, i]));
  const validFrom = new Int32Array(rows.length);
  const validTo = new Int32Array(rows.length);
  rows.forEach((r, i) => {
    const from = dayFromIso(r.valid_from);
    validFrom[i] = isDay(from) ? from : -NO_DAY;
    const to = r.valid_to === null ? NO_DAY : dayFromIso(r.valid_to);
    validTo[i] = to === NO_DAY || isDay(to) ? to : NO_DAY;
  });
  const ancestors = rows.map((r) => {
    const out: number[] = [];
    const seen = new Set<string>([r.area_code]);
    let parent = r.parent_code;
    while (parent !== null && indexOf.has(parent) && !seen.has(parent)) {
      out.push(indexOf.get(parent)!);
      seen.add(parent);
      parent = rows[indexOf.get(parent)!]!.parent_code;
    }
    return out;
  });
  return { rows, codes, indexOf, validFrom, validTo, ancestors };
}
