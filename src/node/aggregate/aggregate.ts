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
import { existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Lang } from '../../core/messages/lang.ts';
import type { PeriodConvention } from '../../core/periods/convention.ts';
import { PERIOD_CONVENTIONS } from '../../core/periods/registry.ts';
import type { CrimeReportRow, CriminalCaseRow } from '../../core/types.ts';
import { sortProblems, type Problem } from '../../core/io/problem.ts';
import { loadAreaTable, type AreaTable } from './areas.ts';
import { CaseCounter, type CaseCountSummary } from './count-cases.ts';
import { ReportCounter, type ReportCountSummary } from './count-reports.ts';
import { scanCsvFile } from './csv-scanner.ts';
import { BAD_DATE, DATE_OUT_OF_RANGE, END_DAY, dayFromIso } from './day-number.ts';
import { reportDuplicates } from './duplicates.ts';
import { runsApart } from './id-order.ts';
import { IdSet } from './id-set.ts';
import { addParquetIdHashes, isParquetMagic, openParquet } from './parquet-records.ts';
import { periodTable } from './period-table.ts';
import { AggregateProblems } from './problems.ts';
import { CASE_SCHEMA, REPORT_SCHEMA, type RecordSchema } from './record-schema.ts';
import { runShare, type ShareResult, type ShareSpec } from './share.ts';

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
  /**
   * Threads reading a file (default: the cores there are, at most 4, for a file of at least 100 MB
   * of CSV, or of 2 million Parquet rows with 3 cores or more; given, for a file of any size). Shares of the file are read
   * on worker threads when the library is built (`dist/`); 1 reads in this thread only.
   */
  threads?: number;
}

export interface AggregateTables {
  criminal_cases: CriminalCaseRow[];
  /** Null when no report file was given. */
  crime_reports: CrimeReportRow[] | null;
}

export interface AggregateSummary {
  convention: string;
  cutoff: string | null;
  /** The counts' summary, the file's format, and the threads that read it. */
  cases: CaseCountSummary & { format: 'csv' | 'parquet'; threads: number };
  reports: (ReportCountSummary & { format: 'csv' | 'parquet'; threads: number }) | null;
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
    if (cutoff === BAD_DATE || cutoff === DATE_OUT_OF_RANGE)
      throw new RangeError(`Not a supported ISO date: '${cutoffText}'`);
  }
  const fileOrder = [options.areas, options.cases, ...(options.reports ? [options.reports] : [])];
  const refuse = (): AggregateResult => ({
    ok: false,
    problems: sortProblems(problems.errors, fileOrder),
    problemCount: problems.errorCount,
    warnings: problems.warnings,
  });

  const areas = await loadAreaTable(options.areas, problems);
  if (areas === null) return refuse();
  const periods = periodTable(convention);

  const shared = {
    areas,
    cutoff,
    problems,
    convention,
    lang: problems.lang,
    maxProblems: problems.maxProblems,
    threads: options.threads ?? defaultThreads(),
    anySize: options.threads !== undefined,
    chunkSize: options.chunkSize,
  };
  const caseCounter = new CaseCounter(areas, periods, cutoff, problems, options.cases);
  const caseRead = await readRecords('cases', options.cases, caseCounter, shared);

  let reportCounter: ReportCounter | null = null;
  let reportRead: Awaited<ReturnType<typeof readRecords>> = null;
  if (options.reports) {
    reportCounter = new ReportCounter(areas, periods, cutoff, problems, options.reports);
    reportRead = await readRecords('reports', options.reports, reportCounter, shared);
  }

  const criminalCases = caseRead === null ? [] : caseCounter.finish();
  const crimeReports = reportCounter === null || reportRead === null ? null : reportCounter.finish(cutoffText !== null);
  if (!problems.ok || caseRead === null || (options.reports && reportRead === null)) return refuse();
  return {
    ok: true,
    tables: { criminal_cases: criminalCases, crime_reports: crimeReports },
    summary: {
      convention: convention.id,
      cutoff: cutoffText,
      cases: { ...caseCounter.summary, ...caseRead },
      reports: reportCounter === null || reportRead === null ? null : { ...reportCounter.summary, ...reportRead },
    },
    warnings: problems.warnings,
  };
}

/** What reading a record file needs besides the file and its counter. */
interface ReadSetting {
  areas: AreaTable;
  cutoff: number;
  problems: AggregateProblems;
  convention: PeriodConvention;
  lang: Lang;
  maxProblems: number;
  threads: number;
  /** Split even a small file (threads given explicitly). */
  anySize: boolean;
  chunkSize: number | undefined;
}

/**
 * Reads one record file into a counter, in shares on several threads when the file is large and
 * the worker is built (`dist/aggregate-worker.js`), then looks for duplicate ids. Returns the
 * file's format, or null when the file could not be read as a table (its problems reported).
 */
async function readRecords(
  kind: 'cases' | 'reports',
  path: string,
  counter: CaseCounter | ReportCounter,
  setting: ReadSetting,
): Promise<{ format: 'csv' | 'parquet'; threads: number } | null> {
  const { problems } = setting;
  const format = await fileFormat(path, problems);
  if (format === null) return null;
  const schema = kind === 'cases' ? CASE_SCHEMA : REPORT_SCHEMA;
  const base: ShareSpec = {
    kind,
    path,
    format: format.kind,
    areas: setting.areas.rows,
    convention: setting.convention,
    cutoff: setting.cutoff,
    lang: setting.lang,
    maxProblems: setting.maxProblems,
    ...(setting.chunkSize === undefined ? {} : { chunkSize: setting.chunkSize }),
  };
  const shares = await planShares(base, format.size, schema, setting.threads, setting.anySize);
  // Read in one piece: about one record per 60 bytes of CSV (the partitions grow when there are
  // more; a Parquet reader reserves its row count). In shares, each share's set grows on its own
  // and this one only absorbs them.
  const ids = new IdSet(format.kind === 'csv' && shares.length === 1 ? Math.ceil(format.size / 60) : 0);
  let readable: boolean;
  let threads = 1;
  if (shares.length > 1) {
    const results = await Promise.all(shares.map((spec, k) => (k === 0 ? runShare(spec) : runInWorker(spec))));
    // A CSV part must end where the next begins: a record that runs over the line (a line break
    // in quotes) means the split guessed wrong, and the file is read again in one piece.
    const joined = results.every(
      (r, k) => k === results.length - 1 || format.kind !== 'csv' || r.end === shares[k + 1]!.range!.start,
    );
    if (joined && results.every((r) => r.readable)) {
      let lineOffset = 0;
      for (const r of results) {
        if (r.cases !== null) (counter as CaseCounter).absorb(r.cases, lineOffset);
        if (r.reports !== null) (counter as ReportCounter).absorb(r.reports, lineOffset);
        ids.absorb(r.ids);
        problems.adoptPart(r.errors, r.errorCount, r.warnings, lineOffset);
        if (format.kind === 'csv') lineOffset += r.lines;
      }
      counter.columnOf.splice(0, counter.columnOf.length, ...results[0]!.columnOf);
      // A share whose ids all came in order hashed none (id-order.ts): enough when every share's
      // did and their runs do not overlap; else its ids are hashed now, to meet the others'.
      if (!results.every((r) => r.idRun !== null) || !runsApart(results.map((r) => r.idRun!))) {
        for (const [k, r] of results.entries())
          if (r.idRun !== null) await addParquetIdHashes(path, schema.columns[0]!.name, shares[k]!.groups!, ids);
      }
      readable = true;
      threads = shares.length;
    } else {
      readable = (await runShare(base, { counter, ids, problems })).readable;
    }
  } else {
    readable = (await runShare(base, { counter, ids, problems })).readable;
  }
  if (!readable) return null;
  ids.finish();
  const idColumn = schema.columns[0]!.name;
  await reportDuplicates(path, format.kind, path, idColumn, counter.columnOf[0]!, ids.suspects, problems);
  return { format: format.kind, threads };
}

/** Threads used by default: the cores there are, at most 4. */
function defaultThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * The worker's bundle, `dist/aggregate-worker.js`: beside this module in `dist/aggregate.js`, one folder up
 * when this module is a shared chunk (`dist/chunks/`); absent when running from the sources.
 */
const WORKER_URL =
  [new URL('./aggregate-worker.js', import.meta.url), new URL('../aggregate-worker.js', import.meta.url)].find(
    (url) => url.protocol === 'file:' && existsSync(fileURLToPath(url)),
  ) ?? new URL('./aggregate-worker.js', import.meta.url);
const HAS_WORKER = WORKER_URL.protocol === 'file:' && existsSync(fileURLToPath(WORKER_URL));

/**
 * Files smaller than these are read in one piece: below them a worker's start and the merge cost
 * what the second thread saves (measured on 2 cores: a 58 MB, 1-million-row CSV file and a
 * 1-million-row Parquet file read no faster on two threads).
 */
const PARALLEL_MIN_CSV_BYTES = 100e6;
const PARALLEL_MIN_PARQUET_ROWS = 2_000_000;
/**
 * A Parquet file is split by default only with this many threads at hand. On two cores a second
 * thread cost more than it saved: 5 and 10 million rows on one thread took 0.74 of DuckDB's CPU
 * time and 0.65 of its wall time, on two 1.0-1.1 and 0.86-0.89 (December 2026, load average 6-7:
 * a worker's start, its code compiled and optimised again, and two busy cores slowing each
 * other). CSV, with more work a row, gains about as much as it costs and is still split.
 */
const PARALLEL_MIN_PARQUET_THREADS = 3;
/** How much larger the first share is than the others (see planShares). */
const FIRST_SHARE_WEIGHT = 1.15;

/**
 * Splits a file into shares, one per thread: byte ranges of a CSV file starting at line starts,
 * or runs of row groups of a Parquet file. One share (the whole file) when the file is small, the
 * header is not usable (the whole-file read reports why), or there is no worker.
 */
async function planShares(
  base: ShareSpec,
  size: number,
  schema: RecordSchema,
  threads: number,
  anySize: boolean,
): Promise<ShareSpec[]> {
  if (threads <= 1 || !HAS_WORKER) return [base];
  // The share of the file before share k. The first share, read in this thread, is somewhat
  // larger: the workers start later (loading their code takes some 60 ms).
  const cut = (k: number): number => (FIRST_SHARE_WEIGHT + k - 1) / (FIRST_SHARE_WEIGHT + threads - 1);
  if (base.format === 'parquet') {
    if (threads < PARALLEL_MIN_PARQUET_THREADS && !anySize) return [base];
    let groups: bigint[];
    try {
      const opened = await openParquet(base.path);
      groups = opened.metadata.row_groups.map((g) => g.num_rows);
      await opened.close();
    } catch {
      return [base];
    }
    const total = groups.reduce((a, b) => a + Number(b), 0);
    const worthIt = total >= PARALLEL_MIN_PARQUET_ROWS && threads >= PARALLEL_MIN_PARQUET_THREADS;
    if ((!worthIt && !anySize) || groups.length < 2) return [base];
    const shares: ShareSpec[] = [];
    let from = 0;
    let seen = 0;
    for (let k = 1; k <= threads && from < groups.length; k++) {
      let to = from;
      while (to < groups.length && (k === threads || seen < total * cut(k))) seen += Number(groups[to++]);
      if (to > from) shares.push({ ...base, groups: [from, to] });
      from = to;
    }
    return shares;
  }
  if (size < PARALLEL_MIN_CSV_BYTES && !anySize) return [base];
  const header = await readCsvHeader(base.path, schema);
  if (header === null) return [base];
  const starts = [0];
  for (let k = 1; k < threads; k++) {
    const s = await lineStartAfter(base.path, Math.floor(size * cut(k)), size);
    if (s > starts[starts.length - 1]! && s < size) starts.push(s);
  }
  return starts.map((start, k) => ({
    ...base,
    range: {
      start,
      stopAt: starts[k + 1] ?? size + 1,
      ...(k === 0 ? {} : { header: { names: header.names, delimiter: header.delimiter } }),
    },
  }));
}

/** The header of a CSV file when it names every schema column once; else null. */
async function readCsvHeader(
  path: string,
  schema: RecordSchema,
): Promise<{ names: string[]; delimiter: ',' | ';' } | null> {
  let names: string[] | null = null;
  const stats = await scanCsvFile(path, {
    header: (found) => {
      names = found;
      return false;
    },
    record: () => {},
    syntaxError: () => {},
    notUtf8: () => {},
  });
  if (names === null) return null;
  const lower = (names as string[]).map((n) => n.toLowerCase());
  const complete = schema.columns.every((c) => lower.filter((n) => n === c.name).length === 1);
  return complete ? { names, delimiter: stats.delimiter } : null;
}

/** The byte after the first line feed at or after `from` (the start of a line); `size` when none. */
async function lineStartAfter(path: string, from: number, size: number): Promise<number> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(1 << 16);
    for (let at = from; at < size; at += buf.length) {
      const { bytesRead } = await handle.read(buf, 0, buf.length, at);
      const lf = buf.subarray(0, bytesRead).indexOf(10);
      if (lf !== -1) return at + lf + 1;
      if (bytesRead === 0) break;
    }
    return size;
  } finally {
    await handle.close();
  }
}

/** Runs a share on a worker thread. */
function runInWorker(spec: ShareSpec): Promise<ShareResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { workerData: spec });
    worker.once('message', (result: ShareResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`aggregate worker exited with code ${code}`));
    });
  });
}

/** CSV or Parquet, told by the first bytes (`PAR1`), and the size; null (reported) when the file cannot be opened. */
async function fileFormat(
  path: string,
  problems: AggregateProblems,
): Promise<{ kind: 'csv' | 'parquet'; size: number } | null> {
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
    problems.error(path, null, null, 'file_unreadable', {
      path,
      detail: (error as NodeJS.ErrnoException).code ?? String(error),
    });
    return null;
  }
}
