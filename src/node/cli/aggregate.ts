import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseConvention } from '../../core/periods/parse-convention.ts';
import { PERIOD_CONVENTIONS, type BuiltInConventionId } from '../../core/periods/registry.ts';
import type { PeriodConvention } from '../../core/periods/convention.ts';
import { formatProblem } from '../../core/io/problem.ts';
import { aggregateRecords } from '../aggregate/aggregate.ts';
import { aggregateSql } from '../aggregate/aggregate-sql.ts';
import { BAD_DATE, DATE_OUT_OF_RANGE, dayFromIso, isoOfDay } from '../aggregate/day-number.ts';
import { AGGREGATE_HELP, AGGREGATE_MESSAGES } from '../../core/messages/aggregate.ts';
import { periodDays, periodOfDayNumber, periodTable } from '../aggregate/period-table.ts';
import { writeAggregateTables } from '../aggregate/write-tables.ts';
import { parseOptions, required, UsageError } from './args.ts';
import type { Io } from './io.ts';
import type { Lang } from '../../core/messages/lang.ts';

/** Problems printed by default; `--max-problems 0` prints all. */
const DEFAULT_MAX_PROBLEMS = 1000;

/**
 * `chitieu aggregate`: case-level (and report-level) records, CSV or Parquet, into the contract's
 * `criminal_cases.csv` (and `crime_reports.csv`). Exit 0 written, 1 refused (every problem printed
 * as file:line:column, nothing written), 2 misuse.
 *
 * With `--sql`, the same aggregation as standard SQL instead: one statement per table, printed
 * (or written to `--out` as `criminal_cases.sql`, `crime_reports.sql`), reading the records from
 * the table `--table` (default `records`) and `--reports-table` (default `reports`, with
 * `--reports`); nothing is read but the area list.
 */
export async function aggregateCommand(argv: string[], io: Io): Promise<number> {
  const { values, lang } = parseOptions(argv, {
    cases: { type: 'string' },
    reports: { type: 'string' },
    areas: { type: 'string' },
    out: { type: 'string' },
    cutoff: { type: 'string' },
    periods: { type: 'string' },
    'max-problems': { type: 'string' },
    threads: { type: 'string' },
    sql: { type: 'boolean' },
    table: { type: 'string' },
    'reports-table': { type: 'string' },
  });
  if (values.help) {
    io.out(`${AGGREGATE_HELP[lang]}\n`);
    return 0;
  }
  const cutoff = (values.cutoff as string | undefined) ?? null;
  if (cutoff !== null) {
    const day = dayFromIso(cutoff);
    if (day === BAD_DATE || day === DATE_OUT_OF_RANGE) throw new UsageError(AGGREGATE_MESSAGES.badCutoff(cutoff));
  }
  if (values.sql === true) return sqlCommand(values, cutoff, lang, io);
  const cases = required(values, 'cases');
  const areas = required(values, 'areas');
  const out = required(values, 'out');
  const reports = values.reports as string | undefined;
  const convention = await conventionOption((values.periods as string | undefined) ?? 'calendar');
  const maxText = (values['max-problems'] as string | undefined) ?? String(DEFAULT_MAX_PROBLEMS);
  if (!/^\d+$/.test(maxText)) throw new UsageError(AGGREGATE_MESSAGES.badCount('max-problems', maxText));
  const maxProblems = Number(maxText);
  const threadsText = values.threads as string | undefined;
  if (threadsText !== undefined && !/^[1-9]\d*$/.test(threadsText))
    throw new UsageError(AGGREGATE_MESSAGES.badCount('threads', threadsText));

  const result = await aggregateRecords({
    cases,
    reports: reports ?? null,
    areas,
    cutoff,
    convention,
    lang,
    maxProblems,
    ...(threadsText === undefined ? {} : { threads: Number(threadsText) }),
  });
  for (const w of result.warnings) io.err(`${formatProblem(w)}\n`);
  if (!result.ok) {
    for (const p of result.problems) io.err(`${formatProblem(p)}\n`);
    io.err(`${AGGREGATE_MESSAGES.refused(result.problemCount, result.problems.length)[lang]}\n`);
    return 1;
  }
  const written = await writeAggregateTables(out, result.tables, { periods: convention.id, cutoff });
  const { summary } = result;
  io.out(`${AGGREGATE_MESSAGES.convention(convention.id, cutoff)[lang]}\n`);
  if (cutoff !== null) {
    const table = periodTable(convention);
    const day = dayFromIso(cutoff);
    const [first, last] = periodDays(table, periodOfDayNumber(table, day));
    if (day !== last) io.out(`${AGGREGATE_MESSAGES.cutoffMidPeriod(cutoff, isoOfDay(first), isoOfDay(last))[lang]}\n`);
  }
  const c = summary.cases;
  io.out(
    `${AGGREGATE_MESSAGES.casesSummary(c.records, c.afterCutoff, c.cleared, written[0]!.rows, written[0]!.file)[lang]}\n`,
  );
  if (summary.reports !== null && written[1] !== undefined) {
    const r = summary.reports;
    io.out(`${AGGREGATE_MESSAGES.reportsSummary(r.records, r.afterCutoff, written[1].rows, written[1].file)[lang]}\n`);
  }
  return 0;
}

/**
 * `chitieu aggregate --sql`: the statements of `aggregateSql`, printed one after the other (each
 * ending with a semicolon), or written to `--out` one file per table. Exit 1 when the area list is
 * refused.
 */
async function sqlCommand(
  values: Record<string, string | boolean | undefined>,
  cutoff: string | null,
  lang: Lang,
  io: Io,
): Promise<number> {
  const areas = required(values, 'areas');
  const convention = await conventionOption((values.periods as string | undefined) ?? 'calendar');
  const reportsTable =
    (values['reports-table'] as string | undefined) ?? (values.reports === undefined ? null : 'reports');
  const result = await aggregateSql({
    areas,
    cutoff,
    convention,
    casesTable: (values.table as string | undefined) ?? 'records',
    reportsTable,
    lang,
  });
  if (!result.ok) {
    for (const p of result.problems) io.err(`${formatProblem(p)}\n`);
    io.err(`${AGGREGATE_MESSAGES.refused(result.problemCount, result.problems.length)[lang]}\n`);
    return 1;
  }
  const out = values.out as string | undefined;
  if (out === undefined) {
    io.out(result.statements.map((s) => s.sql).join('\n'));
    return 0;
  }
  await mkdir(out, { recursive: true });
  for (const s of result.statements) {
    const file = `${s.table}.sql`;
    await writeFile(join(out, file), s.sql);
    io.out(`${AGGREGATE_MESSAGES.sqlWritten(join(out, file))[lang]}\n`);
  }
  return 0;
}

/** `--periods`: a built-in convention's id, or the path of a JSON file holding one. */
async function conventionOption(value: string): Promise<PeriodConvention> {
  const builtIn = PERIOD_CONVENTIONS[value as BuiltInConventionId];
  if (builtIn !== undefined) return builtIn;
  try {
    return parseConvention(await readFile(value, 'utf8'));
  } catch (error) {
    throw new UsageError(AGGREGATE_MESSAGES.badPeriods(value, (error as Error).message));
  }
}
