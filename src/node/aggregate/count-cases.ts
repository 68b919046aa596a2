/**
 * Counts case records into the contract's `criminal_cases` table.
 *
 * For each statistical month of the convention, area, crime group and severity:
 * - `occurred` = cases whose `occurred_date` falls in the month (and on or before the cut-off);
 * - `cleared` = of those same cases, the ones with a `cleared_date` on or before the cut-off.
 *
 * So `cleared` follows the cohort definition of the contract ("of those, cleared by the reporting
 * cut-off"): a case that occurred in March and was cleared in May counts in March's `cleared`, and
 * not at all if May is after the cut-off. Cases that occurred after the cut-off are left out.
 *
 * Checks on each record: the area existed on `occurred_date` (between its `valid_from` and
 * `valid_to`), and `cleared_date` is not before `occurred_date`. Across records: no statistical
 * month has records for an area and also for one of its ancestors (the tables' leaf rule).
 *
 * Counting is into one Int32Array per statistical month, indexed by (area, crime group, severity):
 * two adds per record, no object, no string.
 */
import { CRIME_GROUPS, SEVERITIES, type CriminalCaseRow } from '../../core/types.ts';
import type { AreaTable } from './areas.ts';
import { FIRST_DAY, isoOfDay } from './day-number.ts';
import { periodOfIndex, type PeriodTable } from './period-table.ts';
import type { AggregateProblems } from './problems.ts';
import { CASE, type RecordBatch } from './record-schema.ts';

const GROUPS = CRIME_GROUPS.length;
const SEVERITY_COUNT = SEVERITIES.length;
const CELLS = GROUPS * SEVERITY_COUNT;

/** What the counting saw, besides the table. */
export interface CaseCountSummary {
  /** Readable records that passed the record checks. */
  records: number;
  /** Of those, cases that occurred after the cut-off (left out). */
  afterCutoff: number;
  /** Cases counted as occurred, and as cleared. */
  occurred: number;
  cleared: number;
}

/** A CaseCounter's counts, as plain data that can cross to another thread. */
export interface CaseCounterState {
  months: { j: number; counts: Int32Array; firstLine: Int32Array }[];
  summary: CaseCountSummary;
}

export class CaseCounter {
  /**
   * Per statistical month (index `p - firstPeriod`): [occurred, cleared] per (area, group,
   * severity); null until the month has a record. Filled with null up front: an array written
   * far beyond its end turns into a slow dictionary.
   */
  private readonly counts: (Int32Array | null)[];
  /** Per statistical month: the first line with a record of each area (0: none). */
  private readonly firstLine: (Int32Array | null)[];
  readonly summary: CaseCountSummary = { records: 0, afterCutoff: 0, occurred: 0, cleared: 0 };
  /** 1-based column number of each case column in the file (filled in by the reader). */
  readonly columnOf: number[] = [];

  constructor(
    private readonly areas: AreaTable,
    private readonly periods: PeriodTable,
    /** Last day counted (day number); cleared_date after it does not count as cleared. */
    private readonly cutoff: number,
    private readonly problems: AggregateProblems,
    private readonly file: string,
  ) {
    this.counts = new Array<Int32Array | null>(periods.periodStart.length).fill(null);
    this.firstLine = new Array<Int32Array | null>(periods.periodStart.length).fill(null);
  }

  /** Counts one batch of readable case records. */
  add(batch: RecordBatch): void {
    const occurredCol = batch.cols[CASE.occurred]!;
    const clearedCol = batch.cols[CASE.cleared]!;
    const areaCol = batch.cols[CASE.area]!;
    const groupCol = batch.cols[CASE.group]!;
    const severityCol = batch.cols[CASE.severity]!;
    const lines = batch.line;
    const { validFrom, validTo } = this.areas;
    const { periodOfDay, firstPeriod } = this.periods;
    const { counts, firstLine, cutoff } = this;
    const nAreas = this.areas.codes.length;
    let records = 0,
      afterCutoff = 0,
      occurred = 0,
      cleared = 0;
    for (let k = 0; k < batch.count; k++) {
      const day = occurredCol[k]!;
      const a = areaCol[k]!;
      const clearedDay = clearedCol[k]!;
      if (day < validFrom[a]! || day > validTo[a]!) {
        this.areaProblem(lines[k]!, a, day);
        continue;
      }
      if (clearedDay < day) {
        this.problems.error(this.file, lines[k]!, this.columnOf[CASE.cleared]!, 'date_before', {
          column: 'cleared_date',
          value: isoOfDay(clearedDay),
          other: 'occurred_date',
          otherValue: isoOfDay(day),
        });
        continue;
      }
      records++;
      if (day > cutoff) {
        afterCutoff++;
        continue;
      }
      const j = periodOfDay[day - FIRST_DAY]! - firstPeriod;
      let block = counts[j] ?? null;
      if (block === null) {
        block = counts[j] = new Int32Array(nAreas * CELLS * 2);
        firstLine[j] = new Int32Array(nAreas);
      }
      const cell = (a * CELLS + groupCol[k]! * SEVERITY_COUNT + severityCol[k]!) * 2;
      block[cell] = block[cell]! + 1;
      occurred++;
      if (clearedDay <= cutoff) {
        block[cell + 1] = block[cell + 1]! + 1;
        cleared++;
      }
      const first = firstLine[j]!;
      if (first[a] === 0) first[a] = lines[k]!;
    }
    const summary = this.summary;
    summary.records += records;
    summary.afterCutoff += afterCutoff;
    summary.occurred += occurred;
    summary.cleared += cleared;
  }

  /** What this counter has counted, to be added to another's (a part of the file read elsewhere). */
  state(): CaseCounterState {
    const months: CaseCounterState['months'] = [];
    this.counts.forEach((block, j) => {
      if (block !== null) months.push({ j, counts: block, firstLine: this.firstLine[j]! });
    });
    return { months, summary: { ...this.summary } };
  }

  /** Adds another counter's state; its lines are `lineOffset` lines into the file. */
  absorb(state: CaseCounterState, lineOffset: number): void {
    for (const { j, counts, firstLine } of state.months) {
      let block = this.counts[j] ?? null;
      let first = this.firstLine[j] ?? null;
      if (block === null || first === null) {
        block = this.counts[j] = new Int32Array(counts.length);
        first = this.firstLine[j] = new Int32Array(firstLine.length);
      }
      for (let i = 0; i < counts.length; i++) block[i] = block[i]! + counts[i]!;
      for (let a = 0; a < firstLine.length; a++) {
        const line = firstLine[a]!;
        if (line !== 0 && (first[a] === 0 || line + lineOffset < first[a]!)) first[a] = line + lineOffset;
      }
    }
    const s = this.summary;
    s.records += state.summary.records;
    s.afterCutoff += state.summary.afterCutoff;
    s.occurred += state.summary.occurred;
    s.cleared += state.summary.cleared;
  }

  private areaProblem(line: number, a: number, day: number): void {
    const row = this.areas.rows[a]!;
    this.problems.error(this.file, line, this.columnOf[CASE.area]!, 'area_not_on_date', {
      code: row.area_code,
      date: isoOfDay(day),
      validFrom: row.valid_from,
      validTo: row.valid_to,
    });
  }

  /**
   * Checks the leaf rule and returns the table: rows in order of statistical month, area (as in
   * areas.csv), crime group and severity (as the contract lists them); only rows with occurred > 0.
   */
  finish(): CriminalCaseRow[] {
    const { codes, ancestors } = this.areas;
    const nAreas = codes.length;
    const rows: CriminalCaseRow[] = [];
    for (let j = 0; j < this.counts.length; j++) {
      const block = this.counts[j];
      if (!block) continue;
      const { year, month } = periodOfIndex(this.periods, this.periods.firstPeriod + j);
      const first = this.firstLine[j]!;
      for (let a = 0; a < nAreas; a++) {
        if (first[a] === 0) continue;
        for (const b of ancestors[a]!) {
          if (first[b] === 0) continue;
          this.problems.error(this.file, first[a]!, this.columnOf[CASE.area]!, 'records_overlap', {
            code: codes[a]!,
            period: `${String(month).padStart(2, '0')}/${year}`,
            other: codes[b]!,
            otherLine: first[b]!,
          });
        }
        for (let g = 0; g < GROUPS; g++) {
          for (let s = 0; s < SEVERITY_COUNT; s++) {
            const cell = (a * CELLS + g * SEVERITY_COUNT + s) * 2;
            const occurred = block[cell]!;
            if (occurred === 0) continue;
            rows.push({
              year,
              month,
              area_code: codes[a]!,
              crime_group: CRIME_GROUPS[g]!,
              severity: SEVERITIES[s]!,
              occurred,
              cleared: block[cell + 1]!,
            });
          }
        }
      }
    }
    return rows;
  }
}
