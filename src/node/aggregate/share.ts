/**
 * A share of a record file: all of it, a byte range of a CSV file, or some row groups of a Parquet
 * file, read and counted by one thread. `runShare` is what the main thread runs for the first
 * share and each worker (`worker.ts`) for another; the main thread then adds the shares' counts,
 * id hashes and problems together (`aggregate.ts`), shifting CSV line numbers by the lines of the
 * shares before.
 */
import type { Lang } from '../../core/messages/lang.ts';
import type { PeriodConvention } from '../../core/periods/convention.ts';
import type { AreaRow } from '../../core/types.ts';
import type { Problem } from '../../core/io/problem.ts';
import { areaTable } from './areas.ts';
import { CaseCounter, type CaseCounterState } from './count-cases.ts';
import { ReportCounter, type ReportCounterState } from './count-reports.ts';
import { readCsvRecords } from './csv-records.ts';
import type { CsvScanOptions } from './csv-scanner.ts';
import type { IdRun } from './id-order.ts';
import { IdSet } from './id-set.ts';
import { readParquetRecords } from './parquet-records.ts';
import { periodTable } from './period-table.ts';
import { AggregateProblems } from './problems.ts';
import { CASE_SCHEMA, REPORT_SCHEMA } from './record-schema.ts';

/** What a thread needs to read a share: plain data, so that it can be sent to a worker. */
export interface ShareSpec {
  kind: 'cases' | 'reports';
  path: string;
  format: 'csv' | 'parquet';
  /** CSV: the byte range (and, past the first share, the header). */
  range?: CsvScanOptions['range'];
  /** Parquet: row groups `[from, to)`. */
  groups?: [number, number];
  areas: readonly AreaRow[];
  convention: PeriodConvention;
  /** Last day counted (day number). */
  cutoff: number;
  lang: Lang;
  maxProblems: number;
  chunkSize?: number;
}

/** What a share counted and found. */
export interface ShareResult {
  readable: boolean;
  records: number;
  /** CSV: the byte after the share's last record, and the line breaks it passed. */
  end: number;
  lines: number;
  columnOf: number[];
  cases: CaseCounterState | null;
  reports: ReportCounterState | null;
  ids: Int32Array[];
  /** Parquet: the share's first and last id when all came in order and none was hashed into `ids`. */
  idRun: IdRun | null;
  errors: Problem[];
  errorCount: number;
  warnings: Problem[];
}

/** The objects a share counts into: a fresh set, or the main thread's own (reading a whole file). */
export interface ShareTarget {
  counter: CaseCounter | ReportCounter;
  ids: IdSet;
  problems: AggregateProblems;
}

/** Reads and counts one share; into `target` when given, else into fresh objects whose state it returns. */
export async function runShare(spec: ShareSpec, target?: ShareTarget): Promise<ShareResult> {
  const problems = target?.problems ?? new AggregateProblems(spec.lang, spec.maxProblems);
  const areas = areaTable(spec.areas);
  const periods = periodTable(spec.convention);
  const counter =
    target?.counter ??
    (spec.kind === 'cases'
      ? new CaseCounter(areas, periods, spec.cutoff, problems, spec.path)
      : new ReportCounter(areas, periods, spec.cutoff, problems, spec.path));
  // A CSV share: about one record per 60 bytes of its range (a Parquet reader reserves its rows).
  const range = spec.range;
  const ids = target?.ids ?? new IdSet(range ? Math.ceil((range.stopAt - range.start) / 60) : 0);
  const ctx = {
    schema: spec.kind === 'cases' ? CASE_SCHEMA : REPORT_SCHEMA,
    file: spec.path,
    areaCodes: areas.codes,
    problems,
    ids,
    columnOf: counter.columnOf,
    sink: (batch: Parameters<typeof counter.add>[0]) => counter.add(batch),
  };
  const read =
    spec.format === 'csv'
      ? await readCsvRecords(spec.path, ctx, {
          ...(spec.chunkSize === undefined ? {} : { chunkSize: spec.chunkSize }),
          ...(spec.range ? { range: spec.range } : {}),
        })
      : await readParquetRecords(spec.path, ctx, spec.groups);
  const own = target === undefined;
  return {
    readable: read.readable,
    records: read.records,
    end: read.end ?? 0,
    lines: read.lines ?? 0,
    columnOf: counter.columnOf,
    cases: own && counter instanceof CaseCounter ? counter.state() : null,
    reports: own && counter instanceof ReportCounter ? counter.state() : null,
    ids: own ? ids.state() : [],
    idRun: read.idRun ?? null,
    errors: own ? problems.errors : [],
    errorCount: own ? problems.errorCount : 0,
    warnings: own ? problems.warnings : [],
  };
}
