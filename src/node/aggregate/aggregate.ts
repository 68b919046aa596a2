/**
 * `aggregateRecords`: case-level (and report-level) records into the contract's `criminal_cases`
 * (and `crime_reports`) tables, by the statistical months of a period convention.
 *
 * The engine is hand-written: a byte-level CSV scanner (or hyparquet for Parquet) fills typed
 * arrays, which are counted into one Int32Array per statistical month. It was picked by
 * measurement against DuckDB and Arquero (bench/README.md); the API below does not depend on it.
 *
 * Bad input is refused whole, as the contract asks of any table: every problem is reported at its
 * `file:line:column` (Parquet: `file:row:column`) and no table is returned.
 */
import { open } from 'node:fs/promises';
import type { Lang } from '../../core/messages/lang.ts';
import type { PeriodConvention } from '../../core/periods/convention.ts';
import { PERIOD_CONVENTIONS } from '../../core/periods/registry.ts';
import type { CrimeReportRow, CriminalCaseRow } from '../../core/types.ts';
import { sortProblems, type Problem } from '../io/problem.ts';
import { loadAreaTable, type AreaTable } from './areas.ts';
import { CaseCounter, type CaseCountSummary } from './count-cases.ts';
import { ReportCounter, type ReportCountSummary } from './count-reports.ts';
import { readCsvRecords, type RecordReadContext } from './csv-records.ts';
import { BAD_DATE, DATE_OUT_OF_RANGE, END_DAY, dayFromIso } from './day-number.ts';
import { reportDuplicates } from './duplicates.ts';
import { IdSet } from './id-set.ts';
import { isParquetMagic, readParquetRecords } from './parquet-records.ts';
import { periodTable } from './period-table.ts';
import { AggregateProblems } from './problems.ts';
import { CASE_SCHEMA, REPORT_SCHEMA, type RecordBatch, type RecordSchema } from './record-schema.ts';

export interface AggregateOptions {
  /** Path of the case records, CSV or Parquet (told by the file's first bytes). */
  cases: string;
  /** Path of the report records, CSV or Parquet; optional. */
  reports?: string | null;
  /** Path of the contract's areas.csv. */
  areas: string;
  /**
   * Reporting cut-off, ISO date: a case counts as cleared when `cleared_date <= cutoff`; records
   * and events after it are left out. Null or absent: every date in the files counts.
   */
  cutoff?: string | null;
  /** Period convention of the output months; calendar months by default. */
  convention?: PeriodConvention;
  /** Language of the problem messages; Vietnamese by default. */
  lang?: Lang;
  /** Problems kept with their messages at most (all are counted); 0 keeps all. Default 0. */
  maxProblems?: number;
  /** Bytes read at a time from a CSV file (tests use small chunks). */
  chunkSize?: number;
}

export interface AggregateTables {
  criminal_cases: CriminalCaseRow[];
  /** Null when no report file was given. */
  crime_reports: CrimeReportRow[] | null;
}

export interface AggregateSummary {
  convention: string;
  cutoff: string | null;
  cases: CaseCountSummary & { format: 'csv' | 'parquet' };
  reports: (ReportCountSummary & { format: 'csv' | 'parquet' }) | null;
}

export type AggregateResult =
  | { ok: true; tables: AggregateTables; summary: AggregateSummary; warnings: Problem[] }
  | { ok: false; problems: Problem[]; problemCount: number; warnings: Problem[] };

/**
 * Reads, checks and counts the records.
 *
 * @throws {RangeError} when `cutoff` is not an ISO date within the supported years (a misuse, not bad data).
 * @example
 * const result = await aggregateRecords({ cases: 'cases.csv', areas: 'areas.csv', cutoff: '2024-12-14',
 *   convention: PERIOD_CONVENTIONS.police });
 * if (result.ok) result.tables.criminal_cases[0];
 * // => { year: 2019, month: 1, area_code: '436', crime_group: 'social_order', severity: 'less_serious', occurred: 3, cleared: 2 }
 */
export async function aggregateRecords(options: AggregateOptions): Promise<AggregateResult> {
  const problems = new AggregateProblems(options.lang ?? 'vi', options.maxProblems ?? 0);
  const convention = options.convention ?? PERIOD_CONVENTIONS.calendar;
  const cutoffText = options.cutoff ?? null;
  let cutoff = END_DAY - 1;
  if (cutoffText !== null) {
    cutoff = dayFromIso(cutoffText);
    if (cutoff === BAD_DATE || cutoff === DATE_OUT_OF_RANGE) throw new RangeError(`Not a supported ISO date: '${cutoffText}'`);
  }
  const fileOrder = [options.areas, options.cases, ...(options.reports ? [options.reports] : [])];
  const refuse = (): AggregateResult => ({
    ok: false, problems: sortProblems(problems.errors, fileOrder), problemCount: problems.errorCount, warnings: problems.warnings,
  });

  const areas = await loadAreaTable(options.areas, problems);
  if (areas === null) return refuse();
  const periods = periodTable(convention);

  const caseCounter = new CaseCounter(areas, periods, cutoff, problems, options.cases);
  const caseFormat = await readRecords(options.cases, CASE_SCHEMA, areas, problems, caseCounter.columnOf,
    (b) => caseCounter.add(b), options.chunkSize);

  let reportCounter: ReportCounter | null = null;
  let reportFormat: 'csv' | 'parquet' | null = null;
  if (options.reports) {
    const counter = new ReportCounter(areas, periods, cutoff, problems, options.reports);
    reportCounter = counter;
    reportFormat = await readRecords(options.reports, REPORT_SCHEMA, areas, problems, counter.columnOf,
      (b) => counter.add(b), options.chunkSize);
  }

  const criminalCases = caseFormat === null ? [] : caseCounter.finish();
  const crimeReports = reportCounter === null || reportFormat === null ? null : reportCounter.finish(cutoffText !== null);
  if (!problems.ok || caseFormat === null || (options.reports && reportFormat === null)) return refuse();
  return {
    ok: true,
    tables: { criminal_cases: criminalCases, crime_reports: crimeReports },
    summary: {
      convention: convention.id,
      cutoff: cutoffText,
      cases: { ...caseCounter.summary, format: caseFormat },
      reports: reportCounter === null ? null : { ...reportCounter.summary, format: reportFormat! },
    },
    warnings: problems.warnings,
  };
}

/**
 * Reads one record file into a counter, then looks for duplicate ids. Returns the file's format,
 * or null when the file could not be read as a table (its problems reported).
 */
async function readRecords(
  path: string, schema: RecordSchema, areas: AreaTable, problems: AggregateProblems, columnOf: number[],
  sink: (batch: RecordBatch) => void, chunkSize: number | undefined,
): Promise<'csv' | 'parquet' | null> {
  const format = await fileFormat(path, problems);
  if (format === null) return null;
  // About one record per 60 bytes of CSV (the partitions grow when there are more).
  const ids = new IdSet(Math.ceil(format.size / 60));
  const ctx: RecordReadContext = { schema, file: path, areaCodes: areas.codes, problems, ids, sink, columnOf };
  const read = format.kind === 'csv'
    ? await readCsvRecords(path, ctx, chunkSize === undefined ? {} : { chunkSize })
    : await readParquetRecords(path, ctx);
  if (!read.readable) return null;
  ids.finish();
  const idColumn = schema.columns[0]!.name;
  await reportDuplicates(path, format.kind, path, idColumn, columnOf[0]!, ids.suspects, problems);
  return format.kind;
}

/** CSV or Parquet, told by the first bytes (`PAR1`), and the size; null (reported) when the file cannot be opened. */
async function fileFormat(path: string, problems: AggregateProblems): Promise<{ kind: 'csv' | 'parquet'; size: number } | null> {
  try {
    const handle = await open(path, 'r');
    try {
      const head = new Uint8Array(4);
      const { bytesRead } = await handle.read(head, 0, 4, 0);
      const { size } = await handle.stat();
      return { kind: isParquetMagic(head.subarray(0, bytesRead)) ? 'parquet' : 'csv', size };
    } finally {
      await handle.close();
    }
  } catch (error) {
    problems.error(path, null, null, 'file_unreadable', { path, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
    return null;
  }
}
