/**
 * `runCollect`: one pass of the monthly collection: read every file in the inbox, judge each return on
 * its own and against the unit's history, write the accepted ones into the data folder (all or nothing,
 * through `consolidate`), log every file, and gather what the status report says.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { conventionOf } from '../../core/periods/of-data.ts';
import { periodRange } from '../../core/periods/period-range.ts';
import type { ReturnOutcome } from '../../core/messages/collect.ts';
import type { Lang } from '../../core/messages/lang.ts';
import type { AreaRow, DataSet, TableName } from '../../core/types.ts';
import { checkReturn } from './check-return.ts';
import { consolidate, type Replacement, type Written } from './consolidate.ts';
import { FigureIndex } from './figures.ts';
import { reportingUnits } from './make-forms.ts';
import { ReturnProblems, type ReturnProblem } from './problems.ts';
import { MAX_RETURN_BYTES, readReturn, type ReadReturn } from './read-return.ts';

export interface CollectOptions {
  dataDir: string;
  inbox: string;
  /** The period collected; when absent, the latest period of the returns. */
  period: { year: number; month: number } | null;
  dryRun: boolean;
  allOrNothing: boolean;
  lang: Lang;
  /** The time written in the log (tests fix it). */
  now?: Date;
}

/** A count whose value a correction changed. */
export interface Change {
  table: string;
  key: Record<string, string>;
  column: string;
  before: number | null;
  after: number;
}

/** What became of one file. */
export interface ReturnResult {
  file: string;
  sha256: string;
  unit: string | null;
  year: number | null;
  month: number | null;
  outcome: Exclude<ReturnOutcome, 'missing'>;
  problems: ReturnProblem[];
  changes: Change[];
  /** Rows written (0 in a dry run, or when held back by --all-or-nothing). */
  written: boolean;
}

/** One unit expected in the period, and its state after the pass. */
export interface UnitStatus {
  unit: AreaRow;
  outcome: ReturnOutcome;
  /** This pass's files of the unit for the period. */
  files: ReturnResult[];
  /** True when the folder held the unit's figures before this pass (received earlier). */
  earlier: boolean;
}

export interface CollectResult {
  year: number;
  month: number;
  results: ReturnResult[];
  units: UnitStatus[];
  /** Files whose unit could not be told. */
  unrecognised: ReturnResult[];
  written: Written | null;
}

/** Files in the inbox that are not returns: the status report, hidden and lock files. */
const SKIPPED = /^(\.|~\$)|^collect-status\.(xlsx|html)$/i;

/**
 * Runs one pass. `data` is the data folder as loaded before the pass.
 *
 * @returns null when there is no period to collect (no --period and no readable return)
 */
export async function runCollect(data: DataSet, opts: CollectOptions): Promise<CollectResult | null> {
  const convention = conventionOf(data.meta);
  const figures = new FigureIndex(data);
  const areas = new Map(data.areas.map((a) => [a.area_code, a]));
  const unitsCache = new Map<string, Set<string>>();
  const unitsOf = (year: number, month: number) => {
    const id = `${year}-${month}`;
    let set = unitsCache.get(id);
    if (!set) unitsCache.set(id, (set = new Set(reportingUnits(data, year, month).map((u) => u.area_code))));
    return set;
  };

  const names = (await readdir(opts.inbox, { withFileTypes: true }))
    .filter((e) => e.isFile() && !SKIPPED.test(e.name))
    .map((e) => e.name)
    .sort();
  const reads: ReadReturn[] = [];
  for (const name of names) {
    const path = join(opts.inbox, name);
    const size = (await stat(path)).size;
    if (size > MAX_RETURN_BYTES) {
      const problems = new ReturnProblems(name, opts.lang);
      problems.error(null, 'too_large', { bytes: size, limit: MAX_RETURN_BYTES });
      reads.push({
        file: name,
        sha256: '',
        kind: 'other',
        unit: null,
        year: null,
        month: null,
        tables: new Map(),
        where: new Map(),
        problems,
      });
      continue;
    }
    reads.push(await readReturn(name, await readFile(path), opts.lang));
  }

  // The same bytes twice: the copy is refused. Different returns of one unit and period: both refused.
  const firstOfHash = new Map<string, string>();
  for (const r of reads) {
    if (r.sha256 === '') continue;
    const first = firstOfHash.get(r.sha256);
    if (first !== undefined) r.problems.error(null, 'duplicate_file', { first });
    else firstOfHash.set(r.sha256, r.file);
  }
  const byUnitPeriod = new Map<string, ReadReturn[]>();
  for (const r of reads) {
    if (r.unit === null || r.problems.list.some((p) => p.code === 'duplicate_file')) continue;
    const id = `${r.unit}|${r.year}|${r.month}`;
    byUnitPeriod.set(id, [...(byUnitPeriod.get(id) ?? []), r]);
  }
  for (const list of byUnitPeriod.values()) {
    if (list.length < 2) continue;
    for (const r of list)
      r.problems.error(null, 'two_returns', { others: list.filter((o) => o !== r).map((o) => o.file) });
  }

  for (const r of reads)
    if (!r.problems.refused) checkReturn(r, { figures, convention, areas, unitsOf, expected: opts.period });

  const period = opts.period ?? latestPeriod(reads);
  if (period === null) return null;

  const hold = opts.allOrNothing && reads.some((r) => r.problems.refused);
  const results: ReturnResult[] = [];
  const replacements: Replacement[] = [];
  for (const r of reads) {
    const refused = r.problems.refused;
    const changes: Change[] = [];
    let earlier = false;
    if (!refused) {
      for (const [table, rows] of r.tables) {
        const at = { year: r.year!, month: isMonthly(table) ? r.month! : null };
        if (figures.reported(r.unit!, at, table)) earlier = true;
        for (const row of rows) {
          for (const [column, after] of Object.entries(row.values)) {
            const before = figures.value(table, r.unit!, at, row.key, column);
            if (before !== after) changes.push({ table, key: row.key, column, before, after });
          }
        }
        if (!hold && !opts.dryRun) replacements.push({ table, unit: r.unit!, year: r.year!, month: at.month, rows });
      }
      if (hold) r.problems.flag(null, 'held', {});
      else if (opts.dryRun) r.problems.flag(null, 'not_written', {});
    }
    const flagged = r.problems.list.some((p) => p.severity === 'flag' && p.code !== 'held' && p.code !== 'not_written');
    const outcome: ReturnResult['outcome'] = refused
      ? 'refused'
      : earlier && changes.length > 0
        ? 'corrected'
        : earlier
          ? 'unchanged'
          : flagged
            ? 'flagged'
            : 'accepted';
    results.push({
      file: r.file,
      sha256: r.sha256,
      unit: r.unit,
      year: r.year,
      month: r.month,
      outcome,
      problems: r.problems.list,
      changes: earlier ? changes : [],
      written: !refused && !hold && !opts.dryRun,
    });
  }

  let written: Written | null = null;
  if (!opts.dryRun) {
    const time = (opts.now ?? new Date()).toISOString();
    const log = results.map((x) => ({
      time,
      file: x.file,
      sha256: x.sha256,
      unit: x.unit,
      year: x.year,
      month: x.month,
      outcome: x.written ? x.outcome : x.outcome === 'refused' ? 'refused' : 'held',
      reasons: x.problems.map((p) => ({ where: p.where, code: p.code, severity: p.severity, what: p.what })),
      ...(x.outcome === 'corrected' ? { changes: x.changes } : {}),
    }));
    const ends = replacements
      .filter((r) => r.month !== null)
      .map((r) => periodRange(convention, r.year, r.month).end)
      .sort();
    written = await consolidate(opts.dataDir, replacements, log, ends.length > 0 ? ends[ends.length - 1]! : null);
  }

  const units: UnitStatus[] = reportingUnits(data, period.year, period.month).map((unit) => {
    const files = results.filter(
      (x) =>
        (x.unit === unit.area_code &&
          ((x.year === period.year && x.month === period.month) || x.outcome === 'refused')) ||
        (x.unit === null && namedUnit(x.file) === unit.area_code),
    );
    const earlier = figures.reported(unit.area_code, { year: period.year, month: period.month });
    return { unit, files, earlier, outcome: unitOutcome(files, earlier) };
  });
  const expected = new Set(units.map((u) => u.unit.area_code));
  const unrecognised = results.filter(
    (x) => (x.unit === null && !expected.has(namedUnit(x.file) ?? '')) || (x.unit !== null && !expected.has(x.unit)),
  );
  return { year: period.year, month: period.month, results, units, unrecognised, written };
}

const isMonthly = (table: TableName | string): boolean =>
  ['criminal_cases', 'crime_reports', 'violations_detected'].includes(table);

/** A unit's state from its files of this pass: a good file wins over a refused one (a resend). */
function unitOutcome(files: readonly ReturnResult[], earlier: boolean): ReturnOutcome {
  const order: ReturnOutcome[] = ['corrected', 'flagged', 'accepted', 'unchanged'];
  for (const o of order) if (files.some((f) => f.outcome === o)) return o;
  if (files.some((f) => f.outcome === 'refused')) return 'refused';
  return earlier ? 'accepted' : 'missing';
}

/** The unit code a file's name starts with (as `chitieu forms` names them): how an unreadable return is placed. */
function namedUnit(file: string): string | null {
  return /^(\d{2,5})(?!\d)/.exec(file)?.[1] ?? null;
}

function latestPeriod(reads: readonly ReadReturn[]): { year: number; month: number } | null {
  let best: { year: number; month: number } | null = null;
  for (const r of reads) {
    if (r.year === null || r.month === null) continue;
    if (best === null || r.year * 12 + r.month > best.year * 12 + best.month) best = { year: r.year, month: r.month };
  }
  return best;
}
