/**
 * Generates SYNTHETIC case-level (and report-level) record files of any size whose aggregates
 * follow the bundled data's rates: the input of `chitieu aggregate` for tests and the benchmark.
 *
 * How the case records are made, from a monthly `criminal_cases` table (see `rate-source.ts`):
 * 1. The requested number of records is split over the table's rows in proportion to `occurred`
 *    (largest remainder), so area, crime group, severity and month follow the bundled data; with
 *    the default number, the source's own total, every row gets exactly its `occurred`.
 * 2. A row's cleared share is kept: round(records x cleared / occurred) of its records are cleared.
 * 3. Each record's `occurred_date` is uniform over the row's statistical month, within the area's
 *    validity and not after the source's cut-off. A cleared record's `cleared_date` follows a
 *    truncated exponential delay (mean 25 days) that ends by the cut-off; about half of the
 *    uncleared records of the last 180 days before the cut-off are cleared after it (a file
 *    extracted later than the reporting cut-off), the rest have no `cleared_date`.
 * 4. Records are written month by month, shuffled within the month, ids numbered in file order.
 *
 * So aggregating the file with the source's convention and cut-off gives back the counts it was
 * generated from (returned as `expected`): a test checks this.
 *
 * Report records follow the monthly `crime_reports` table in the same way (received and accepted
 * per row); what becomes of an accepted report is drawn from the source's province-wide shares
 * (transferred, suspended) and exponential delays (transfer 15 days, resolution 20 days, or 60
 * days after a suspension): every report ends, some after the cut-off. Not a replay of the table's
 * stock.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { ParquetWriter, fileWriter } from 'hyparquet-writer';
import type { SchemaElement } from 'hyparquet-writer';
import { CRIME_GROUPS, SEVERITIES, type CriminalCaseRow } from '../../core/types.ts';
import { splitWhole, stream, type Rng } from '../data/random.ts';
import { END_DAY, FIRST_DAY, NO_DAY, dayFromIso, isoOfDay } from './day-number.ts';
import { indexOfPeriod, periodDays, periodTable, type PeriodTable } from './period-table.ts';
import type { RateSource } from './rate-source.ts';

export interface GenerateOptions {
  /** Case records to write; default: the source's total `occurred` (counts then equal the source's). */
  rows?: number;
  /** Report records to write (with `reportsOut`); default: the source's `received`, scaled like the cases. */
  reportRows?: number;
  /** Seed of the random draws (default 1): the same seed, source and sizes give the same bytes. */
  seed?: number;
  /** File format (default csv). */
  format?: 'csv' | 'parquet';
  /** Path of the case file. */
  out: string;
  /** Path of the report file; none when absent. */
  reportsOut?: string | null;
  /**
   * Order of the case ids: `ascending` (default) numbers the records in file order, as a
   * database's export by key; `scattered` numbers the k-th record (48271 k + 12345) mod 99,999,989
   * (a permutation: the modulus is prime), as a file sorted by something else. The ids stay
   * unique and the counts the same; the duplicate-id check takes its longer way (`id-order.ts`).
   */
  ids?: 'ascending' | 'scattered';
}

export interface GenerateResult {
  cases: number;
  reports: number;
  /** The `criminal_cases` table the case file aggregates to, with `convention` and `cutoff`. */
  expected: CriminalCaseRow[];
  convention: string;
  cutoff: string;
  /** Source rows that could not be placed (no day of their month lies in the area's validity). */
  skippedRows: number;
}

/** Records per Parquet row group (and per CSV write). */
const GROUP_ROWS = 100_000;

/** Generates the files; see the module comment. */
export async function generateCaseFiles(source: RateSource, options: GenerateOptions): Promise<GenerateResult> {
  const format = options.format ?? 'csv';
  const seed = options.seed ?? 1;
  const table = periodTable(source.convention);
  const cutoff = dayFromIso(source.cutoff);
  const areaOf = new Map(source.areas.map((a) => [a.area_code, a]));
  const total = source.criminalCases.reduce((s, r) => s + r.occurred, 0);
  const rows = options.rows ?? total;
  const scale = total === 0 ? 0 : rows / total;

  // 1-2. Records and cleared records per source row.
  const src = source.criminalCases;
  const counts =
    rows === total
      ? src.map((r) => r.occurred)
      : splitWhole(
          rows,
          src.map((r) => r.occurred),
        );
  const expected: CriminalCaseRow[] = [];
  const plan: { row: CriminalCaseRow; n: number; cleared: number; first: number; last: number }[] = [];
  let skippedRows = 0;
  src.forEach((row, i) => {
    const n = counts[i]!;
    if (n === 0) return;
    const range = dayRange(table, row.year, row.month ?? 1, areaOf.get(row.area_code), cutoff);
    if (range === null) {
      skippedRows++;
      return;
    }
    const cleared = row.occurred === 0 ? 0 : Math.round((n * row.cleared) / row.occurred);
    plan.push({ row, n, cleared, first: range[0], last: range[1] });
    expected.push({
      year: row.year,
      month: row.month,
      area_code: row.area_code,
      crime_group: row.crime_group,
      severity: row.severity,
      occurred: n,
      cleared,
    });
  });
  plan.sort((a, b) => a.row.year * 12 + (a.row.month ?? 1) - (b.row.year * 12 + (b.row.month ?? 1)));

  const idOf = options.ids === 'scattered' ? scatteredCaseId : (k: number) => caseId('HS', k);
  const writer = format === 'csv' ? new CsvCaseWriter(options.out, idOf) : new ParquetCaseWriter(options.out, idOf);
  const rng = stream(seed, 'case_records');
  let written = 0;
  let at = 0;
  while (at < plan.length) {
    // One statistical month at a time.
    const month = plan[at]!.row.year * 12 + (plan[at]!.row.month ?? 1);
    let end = at;
    let size = 0;
    while (end < plan.length && plan[end]!.row.year * 12 + (plan[end]!.row.month ?? 1) === month)
      size += plan[end++]!.n;
    const batch = new CaseColumns(size);
    for (let p = at; p < end; p++) {
      const { row, n, cleared, first, last } = plan[p]!;
      const area = row.area_code;
      const group = CRIME_GROUPS.indexOf(row.crime_group);
      const severity = SEVERITIES.indexOf(row.severity);
      for (let k = 0; k < n; k++) {
        const day = first + Math.floor(rng() * (last - first + 1));
        let clearedDay = NO_DAY;
        if (k < cleared) clearedDay = day + truncatedExponential(rng, 25, cutoff - day);
        else if (cutoff - day < 180 && rng() < 0.5)
          clearedDay = Math.min(END_DAY - 1, cutoff + 1 + Math.floor(-30 * Math.log(1 - rng())));
        batch.push(day, area, group, severity, clearedDay);
      }
    }
    shuffle(batch, rng);
    await writer.write(batch, written);
    written += size;
    at = end;
  }
  await writer.close();

  let reports = 0;
  if (options.reportsOut) {
    const received = source.crimeReports.reduce((s, r) => s + r.received, 0);
    const reportRows = options.reportRows ?? (rows === total ? received : Math.round(received * scale));
    reports = await generateReports(source, table, cutoff, reportRows, seed, format, options.reportsOut);
  }
  return { cases: written, reports, expected, convention: source.convention.id, cutoff: source.cutoff, skippedRows };
}

/** The days of a statistical month within an area's validity and not after the cut-off; null when none. */
function dayRange(
  table: PeriodTable,
  year: number,
  month: number,
  area: { valid_from: string; valid_to: string | null } | undefined,
  cutoff: number,
): [number, number] | null {
  if (area === undefined) return null;
  let [first, last] = periodDays(table, indexOfPeriod(table, year, month));
  first = Math.max(first, dayFromIso(area.valid_from));
  if (area.valid_to !== null) last = Math.min(last, dayFromIso(area.valid_to));
  last = Math.min(last, cutoff);
  return first <= last ? [first, last] : null;
}

/** A whole number of days from an exponential distribution of mean `mean`, cut at `max` (inverse CDF). */
function truncatedExponential(rng: Rng, mean: number, max: number): number {
  if (max <= 0) return 0;
  const u = rng() * (1 - Math.exp(-(max + 1) / mean));
  return Math.min(max, Math.floor(-mean * Math.log(1 - u)));
}

/** One month of generated case records, as columns. */
class CaseColumns {
  count = 0;
  readonly occurred: Int32Array;
  readonly cleared: Int32Array;
  readonly area: string[];
  readonly group: Uint8Array;
  readonly severity: Uint8Array;
  constructor(size: number) {
    this.occurred = new Int32Array(size);
    this.cleared = new Int32Array(size);
    this.area = new Array<string>(size);
    this.group = new Uint8Array(size);
    this.severity = new Uint8Array(size);
  }
  push(day: number, area: string, group: number, severity: number, cleared: number): void {
    const k = this.count++;
    this.occurred[k] = day;
    this.cleared[k] = cleared;
    this.area[k] = area;
    this.group[k] = group;
    this.severity[k] = severity;
  }
}

/** Fisher-Yates shuffle of every column in step. */
function shuffle(b: CaseColumns, rng: Rng): void {
  for (let i = b.count - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    swap(b.occurred, i, j);
    swap(b.cleared, i, j);
    swap(b.area, i, j);
    swap(b.group, i, j);
    swap(b.severity, i, j);
  }
}

function swap<T extends { [i: number]: unknown }>(a: T, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j]!;
  a[j] = t;
}

/** ISO text of day numbers, made once per day. */
const isoCache: string[] = [];
function iso(day: number): string {
  if (day === NO_DAY) return '';
  return (isoCache[day - FIRST_DAY] ??= isoOfDay(day));
}

/** Id of the k-th record (0-based), e.g. `HS-00000001`. */
function caseId(prefix: string, k: number): string {
  return `${prefix}-${String(k + 1).padStart(8, '0')}`;
}

/** The k-th record's id in a scattered order (a permutation of 0 .. 99,999,988; see GenerateOptions.ids). */
function scatteredCaseId(k: number): string {
  return caseId('HS', (k * 48271 + 12345) % 99_999_989);
}

interface CaseWriter {
  write(b: CaseColumns, first: number): Promise<void>;
  close(): Promise<void>;
}

/** Writes text to a file with back-pressure. */
class TextFile {
  private readonly out: WriteStream;
  constructor(path: string) {
    this.out = createWriteStream(path);
  }
  async write(text: string): Promise<void> {
    if (!this.out.write(text)) await once(this.out, 'drain');
  }
  async close(): Promise<void> {
    this.out.end();
    await once(this.out, 'finish');
  }
}

class CsvCaseWriter implements CaseWriter {
  private readonly file: TextFile;
  private started = false;
  constructor(
    path: string,
    private readonly idOf: (k: number) => string,
  ) {
    this.file = new TextFile(path);
  }
  async write(b: CaseColumns, first: number): Promise<void> {
    let text = this.started ? '' : 'case_id,occurred_date,area_code,crime_group,severity,cleared_date\n';
    this.started = true;
    for (let k = 0; k < b.count; k++) {
      text += `${this.idOf(first + k)},${iso(b.occurred[k]!)},${b.area[k]},${CRIME_GROUPS[b.group[k]!]},${SEVERITIES[b.severity[k]!]},${iso(b.cleared[k]!)}\n`;
      if (text.length > 1 << 20) {
        await this.file.write(text);
        text = '';
      }
    }
    await this.file.write(text);
  }
  async close(): Promise<void> {
    if (!this.started) await this.file.write('case_id,occurred_date,area_code,crime_group,severity,cleared_date\n');
    await this.file.close();
  }
}

const text = (name: string, optional = false): SchemaElement => ({
  name,
  type: 'BYTE_ARRAY',
  converted_type: 'UTF8',
  repetition_type: optional ? 'OPTIONAL' : 'REQUIRED',
});
const date = (name: string, optional = false): SchemaElement => ({
  name,
  type: 'INT32',
  converted_type: 'DATE',
  repetition_type: optional ? 'OPTIONAL' : 'REQUIRED',
});

/** Writes Parquet: dates as DATE, texts as UTF8 (dictionary-encoded by the writer), Snappy, row groups of GROUP_ROWS. */
class ParquetColumnsWriter {
  private readonly pq: ParquetWriter;
  private pending: Record<string, unknown[]> = {};
  private count = 0;
  constructor(
    path: string,
    private readonly schema: SchemaElement[],
  ) {
    this.pq = new ParquetWriter({
      writer: fileWriter(path),
      schema: [{ name: 'root', num_children: schema.length }, ...schema],
    });
    this.reset();
  }
  private reset(): void {
    this.pending = Object.fromEntries(this.schema.map((e) => [e.name, []]));
    this.count = 0;
  }
  add(values: Record<string, unknown>): void {
    for (const e of this.schema) this.pending[e.name]!.push(values[e.name]);
    if (++this.count === GROUP_ROWS) this.flush();
  }
  flush(): void {
    if (this.count === 0) return;
    this.pq.write({
      columnData: this.schema.map((e) => ({ name: e.name, data: this.pending[e.name]! })),
      rowGroupSize: this.count,
    });
    this.reset();
  }
  async close(): Promise<void> {
    this.flush();
    await this.pq.finish();
  }
}

class ParquetCaseWriter implements CaseWriter {
  private readonly out: ParquetColumnsWriter;
  constructor(
    path: string,
    private readonly idOf: (k: number) => string,
  ) {
    this.out = new ParquetColumnsWriter(path, [
      text('case_id'),
      date('occurred_date'),
      text('area_code'),
      text('crime_group'),
      text('severity'),
      date('cleared_date', true),
    ]);
  }
  async write(b: CaseColumns, first: number): Promise<void> {
    for (let k = 0; k < b.count; k++) {
      const cleared = b.cleared[k]!;
      this.out.add({
        case_id: this.idOf(first + k),
        occurred_date: b.occurred[k]!,
        area_code: b.area[k]!,
        crime_group: CRIME_GROUPS[b.group[k]!],
        severity: SEVERITIES[b.severity[k]!],
        cleared_date: cleared === NO_DAY ? null : cleared,
      });
    }
  }
  close(): Promise<void> {
    return this.out.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Reports

async function generateReports(
  source: RateSource,
  table: PeriodTable,
  cutoff: number,
  count: number,
  seed: number,
  format: 'csv' | 'parquet',
  path: string,
): Promise<number> {
  const src = source.crimeReports.filter((r) => r.received > 0);
  const areaOf = new Map(source.areas.map((a) => [a.area_code, a]));
  const sum = (f: (r: (typeof src)[number]) => number): number => src.reduce((s, r) => s + f(r), 0);
  const accepted = Math.max(
    1,
    sum((r) => r.accepted),
  );
  const pTransfer = sum((r) => r.transferred) / accepted;
  const pSuspend = sum((r) => r.suspended) / accepted;
  const counts = splitWhole(
    count,
    src.map((r) => r.received),
  );
  const rng = stream(seed, 'report_records');
  const later = (from: number, mean: number): number => {
    const day = from + Math.floor(-mean * Math.log(1 - rng()));
    return day < END_DAY ? day : NO_DAY;
  };
  const records: {
    received: number;
    area: string;
    accepted: number;
    transferred: number;
    resolved: number;
    suspended: number;
  }[] = [];
  src.forEach((row, i) => {
    const n = counts[i]!;
    const range = n === 0 ? null : dayRange(table, row.year, row.month ?? 1, areaOf.get(row.area_code), cutoff);
    if (range === null) return;
    const acceptedHere = Math.round((n * row.accepted) / row.received);
    for (let k = 0; k < n; k++) {
      const received = range[0] + Math.floor(rng() * (range[1] - range[0] + 1));
      const r = {
        received,
        area: row.area_code,
        accepted: k < acceptedHere ? 1 : 0,
        transferred: NO_DAY,
        resolved: NO_DAY,
        suspended: NO_DAY,
      };
      if (r.accepted === 1) {
        if (rng() < pTransfer) r.transferred = later(received, 15);
        else if (rng() < pSuspend) {
          r.suspended = later(received, 10);
          if (r.suspended !== NO_DAY) r.resolved = later(r.suspended + 1, 60);
        } else r.resolved = later(received, 20);
      }
      records.push(r);
    }
  });
  records.sort((a, b) => a.received - b.received);

  if (format === 'csv') {
    const file = new TextFile(path);
    let out = 'report_id,received_date,area_code,accepted,transferred_date,resolved_date,suspended\n';
    for (let k = 0; k < records.length; k++) {
      const r = records[k]!;
      out += `${caseId('TB', k)},${iso(r.received)},${r.area},${r.accepted},${iso(r.transferred)},${iso(r.resolved)},${iso(r.suspended)}\n`;
      if (out.length > 1 << 20) {
        await file.write(out);
        out = '';
      }
    }
    await file.write(out);
    await file.close();
  } else {
    const out = new ParquetColumnsWriter(path, [
      text('report_id'),
      date('received_date'),
      text('area_code'),
      { name: 'accepted', type: 'BOOLEAN', repetition_type: 'REQUIRED' },
      date('transferred_date', true),
      date('resolved_date', true),
      date('suspended', true),
    ]);
    const day = (d: number): number | null => (d === NO_DAY ? null : d);
    records.forEach((r, k) =>
      out.add({
        report_id: caseId('TB', k),
        received_date: r.received,
        area_code: r.area,
        accepted: r.accepted === 1,
        transferred_date: day(r.transferred),
        resolved_date: day(r.resolved),
        suspended: day(r.suspended),
      }),
    );
    await out.close();
  }
  return records.length;
}
