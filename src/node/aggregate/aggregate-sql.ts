/**
 * `aggregateSql`: the aggregation of `aggregateRecords` as standard SQL, one statement per table
 * (`criminal_cases`, and `crime_reports` when a report table is named), for a data set that
 * outgrows one machine: the statements run unchanged on DuckDB, Trino, Spark SQL and PostgreSQL
 * over a table of records with the columns of the record files (record-schema.ts).
 *
 * The area list and the convention are read here and written into the statements (the areas as
 * an inline `VALUES` table, the convention as its two numbers), so each statement needs only its
 * records table. Given valid records, a statement's result is the command's table, row for row and
 * in the same order (a test runs both on generated files and compares every cell).
 */
import type { Lang } from '../../core/messages/lang.ts';
import { AGGREGATE_MESSAGES } from '../../core/messages/aggregate.ts';
import type { PeriodConvention } from '../../core/periods/convention.ts';
import { PERIOD_CONVENTIONS } from '../../core/periods/registry.ts';
import type { Problem } from '../../core/io/problem.ts';
import { loadAreaTable } from './areas.ts';
import { criminalCasesSql } from './criminal-cases-sql.ts';
import { crimeReportsSql } from './crime-reports-sql.ts';
import { BAD_DATE, DATE_OUT_OF_RANGE, dayFromIso } from './day-number.ts';
import { periodTable } from './period-table.ts';
import { AggregateProblems } from './problems.ts';
import { headerSql } from './sql-parts.ts';

export interface AggregateSqlOptions {
  /** Path of the contract's areas.csv (checked as `aggregateRecords` checks it). */
  areas: string;
  /** Reporting cut-off, ISO date; null or absent: every date counts. */
  cutoff?: string | null;
  /** Period convention of the output months; calendar months by default. */
  convention?: PeriodConvention;
  /** Table (or any table expression) holding the case records; default `records`. */
  casesTable?: string;
  /** Table holding the report records; null or absent: no `crime_reports` statement. */
  reportsTable?: string | null;
  /** Language of the comments and problems; Vietnamese by default. */
  lang?: Lang;
}

/** One statement: the table it computes (`criminal_cases`) and its text, ending with a semicolon. */
export interface SqlStatement {
  table: 'criminal_cases' | 'crime_reports';
  sql: string;
}

export type AggregateSqlResult =
  { ok: true; statements: SqlStatement[] } | { ok: false; problems: Problem[]; problemCount: number };

/**
 * The statements, after reading and checking the area list.
 *
 * @throws {RangeError} when `cutoff` is not an ISO date within the supported years (a misuse).
 * @example
 * const r = await aggregateSql({ areas: 'areas.csv', cutoff: '2026-10-14', convention: PERIOD_CONVENTIONS.police });
 * if (r.ok) r.statements.map((s) => s.table); // => ['criminal_cases']
 */
export async function aggregateSql(options: AggregateSqlOptions): Promise<AggregateSqlResult> {
  const lang = options.lang ?? 'vi';
  const convention = options.convention ?? PERIOD_CONVENTIONS.calendar;
  const cutoff = options.cutoff ?? null;
  if (cutoff !== null) {
    const day = dayFromIso(cutoff);
    if (day === BAD_DATE || day === DATE_OUT_OF_RANGE) throw new RangeError(`Not a supported ISO date: '${cutoff}'`);
  }
  const problems = new AggregateProblems(lang, 0);
  const areas = await loadAreaTable(options.areas, problems);
  if (areas === null) return { ok: false, problems: problems.errors, problemCount: problems.errorCount };
  const periods = periodTable(convention);
  const header = (file: string, table: string): string =>
    headerSql(
      AGGREGATE_MESSAGES.sqlHeader(
        file,
        convention.id,
        convention.month_start_day,
        convention.year_start_month,
        cutoff,
        table,
      )[lang].split('\n'),
    );
  const casesTable = options.casesTable ?? 'records';
  const statements: SqlStatement[] = [
    {
      table: 'criminal_cases',
      sql: `${criminalCasesSql({ areas, periods, convention, cutoff, table: casesTable, header: header('criminal_cases.csv', casesTable) })};\n`,
    },
  ];
  const reportsTable = options.reportsTable ?? null;
  if (reportsTable !== null) {
    statements.push({
      table: 'crime_reports',
      sql: `${crimeReportsSql({ areas, periods, convention, cutoff, table: reportsTable, header: header('crime_reports.csv', reportsTable) })};\n`,
    });
  }
  return { ok: true, statements };
}
