/**
 * Counts report records into the contract's `crime_reports` table.
 *
 * Definitions, for a statistical month M of the convention and an area (the record's area_code);
 * only events on or before the cut-off count, and "ended" means transferred or resolved:
 * - `received`: reports with `received_date` in M.
 * - `accepted`: of those, the ones accepted (`accepted` = 1), counted in the month of receipt.
 * - `transferred`: accepted reports with `transferred_date` in M.
 * - `resolved`: accepted reports with `resolved_date` in M.
 * - `suspended`: accepted reports with `suspended` (the date handling was suspended) in M. A
 *   suspended report stays in the stock until it is resolved or transferred: the contract counts
 *   it as unresolved.
 * - `carried_over`: the stock at the start of M: accepted reports received before M that had not
 *   ended before M. So, for each area, carried_over(M + 1) = carried_over(M) + accepted(M) -
 *   transferred(M) - resolved(M), and the resolution rate's denominator carried_over + accepted -
 *   transferred counts every report that could have been resolved in the period.
 *
 * An area's rows stop with its last month (the month holding its `valid_to`). A report still open
 * then was handed over to the unit that took the area over (the 2025 reform); its later events are
 * left out, with a warning, as the contract counts a handed-over stock as a transfer, not new work.
 *
 * Checks on each record: the area existed on `received_date`; no event date before
 * `received_date`; not both transferred and resolved; a report not accepted has no events; not
 * suspended after it ended.
 */
import type { CrimeReportRow } from '../../core/types.ts';
import type { AreaTable } from './areas.ts';
import { FIRST_DAY, NO_DAY, isoOfDay } from './day-number.ts';
import { periodDays, periodOfIndex, type PeriodTable } from './period-table.ts';
import type { AggregateProblems } from './problems.ts';
import { REPORT, type RecordBatch } from './record-schema.ts';

/** Counters per area and month: change of stock, then the five flows. */
const STOCK = 0,
  RECEIVED = 1,
  ACCEPTED = 2,
  TRANSFERRED = 3,
  RESOLVED = 4,
  SUSPENDED = 5,
  WIDTH = 6;

export interface ReportCountSummary {
  /** Readable records that passed the record checks. */
  records: number;
  /** Of those, reports received after the cut-off (left out). */
  afterCutoff: number;
  /** Reports still open when their area ended. */
  handedOver: number;
}

/** A ReportCounter's counts, as plain data that can cross to another thread. */
export interface ReportCounterState {
  months: { j: number; counts: Int32Array }[];
  summary: ReportCountSummary;
  lastEventMonth: number;
  example: { line: number; area: number } | null;
}

export class ReportCounter {
  /** Per statistical month: the counters of each area; null until used (filled up front, see CaseCounter). */
  private readonly counts: (Int32Array | null)[];
  readonly summary: ReportCountSummary = { records: 0, afterCutoff: 0, handedOver: 0 };
  /** 1-based column number of each report column in the file (filled in by the reader). */
  readonly columnOf: number[] = [];
  /** Period index (from firstPeriod) of each area's last month; a large number while it exists. */
  private readonly lastMonth: Int32Array;
  private lastEventMonth = -1;
  private example: { line: number; area: number } | null = null;

  constructor(
    private readonly areas: AreaTable,
    private readonly periods: PeriodTable,
    /** Last day counted (day number). */
    private readonly cutoff: number,
    private readonly problems: AggregateProblems,
    private readonly file: string,
  ) {
    const { periodOfDay, firstPeriod } = periods;
    this.counts = new Array<Int32Array | null>(periods.periodStart.length).fill(null);
    this.lastMonth = Int32Array.from(areas.validTo, (to) =>
      to === NO_DAY || to - FIRST_DAY >= periodOfDay.length ? 0x3fffffff : periodOfDay[to - FIRST_DAY]! - firstPeriod,
    );
  }

  private block(j: number): Int32Array {
    let b = this.counts[j] ?? null;
    if (b === null) b = this.counts[j] = new Int32Array(this.areas.codes.length * WIDTH);
    return b;
  }

  /** Counts one batch of readable report records. */
  add(batch: RecordBatch): void {
    const c = batch.cols;
    const received = c[REPORT.received]!,
      area = c[REPORT.area]!,
      accepted = c[REPORT.accepted]!;
    const transferred = c[REPORT.transferred]!,
      resolved = c[REPORT.resolved]!,
      suspended = c[REPORT.suspended]!;
    const { periodOfDay, firstPeriod } = this.periods;
    const cutoff = this.cutoff;
    const month = (day: number): number => periodOfDay[day - FIRST_DAY]! - firstPeriod;
    for (let k = 0; k < batch.count; k++) {
      const line = batch.line[k]!;
      const r = received[k]!,
        a = area[k]!,
        t = transferred[k]!,
        v = resolved[k]!,
        s = suspended[k]!;
      if (!this.check(line, r, a, accepted[k]!, t, v, s)) continue;
      this.summary.records++;
      if (r > cutoff) {
        this.summary.afterCutoff++;
        continue;
      }
      const last = this.lastMonth[a]!;
      const jr = month(r);
      const base = a * WIDTH;
      let b = this.block(jr);
      b[base + RECEIVED] = b[base + RECEIVED]! + 1;
      if (jr > this.lastEventMonth) this.lastEventMonth = jr;
      if (accepted[k] === 0) continue;
      b[base + ACCEPTED] = b[base + ACCEPTED]! + 1;
      const end = t < v ? t : v;
      const je = end <= cutoff ? month(end) : 0x3fffffff;
      // In the stock at the start of months jr + 1 .. je (and while the area lasts).
      if (jr + 1 <= last && je > jr) {
        const open = this.block(jr + 1);
        open[base + STOCK] = open[base + STOCK]! + 1;
        if (je + 1 <= last && je !== 0x3fffffff) {
          const close = this.block(je + 1);
          close[base + STOCK] = close[base + STOCK]! - 1;
        }
      }
      let late = je > last;
      for (const [day, counter] of [
        [t, TRANSFERRED],
        [v, RESOLVED],
        [s, SUSPENDED],
      ] as const) {
        if (day > cutoff) continue;
        const j = month(day);
        if (j > last) {
          late = true;
          continue;
        }
        b = this.block(j);
        b[base + counter] = b[base + counter]! + 1;
        if (j > this.lastEventMonth) this.lastEventMonth = j;
      }
      if (late && last !== 0x3fffffff && this.periods.periodStart[last + 1]! <= cutoff) {
        this.summary.handedOver++;
        this.example ??= { line, area: a };
      }
    }
  }

  /** What this counter has counted, to be added to another's (a part of the file read elsewhere). */
  state(): ReportCounterState {
    const months: ReportCounterState['months'] = [];
    this.counts.forEach((counts, j) => {
      if (counts !== null) months.push({ j, counts });
    });
    return { months, summary: { ...this.summary }, lastEventMonth: this.lastEventMonth, example: this.example };
  }

  /** Adds another counter's state; its lines are `lineOffset` lines into the file. */
  absorb(state: ReportCounterState, lineOffset: number): void {
    for (const { j, counts } of state.months) {
      const block = this.block(j);
      for (let i = 0; i < counts.length; i++) block[i] = block[i]! + counts[i]!;
    }
    this.summary.records += state.summary.records;
    this.summary.afterCutoff += state.summary.afterCutoff;
    this.summary.handedOver += state.summary.handedOver;
    this.lastEventMonth = Math.max(this.lastEventMonth, state.lastEventMonth);
    const e = state.example;
    if (e !== null && (this.example === null || e.line + lineOffset < this.example.line)) {
      this.example = { line: e.line + lineOffset, area: e.area };
    }
  }

  /** The record checks; false (after reporting) when the record is refused. */
  private check(line: number, r: number, a: number, accepted: number, t: number, v: number, s: number): boolean {
    const { problems, file, columnOf } = this;
    let ok = true;
    if (r < this.areas.validFrom[a]! || r > this.areas.validTo[a]!) {
      const row = this.areas.rows[a]!;
      problems.error(file, line, columnOf[REPORT.area]!, 'area_not_on_date', {
        code: row.area_code,
        date: isoOfDay(r),
        validFrom: row.valid_from,
        validTo: row.valid_to,
      });
      ok = false;
    }
    const events = [
      [t, REPORT.transferred, 'transferred_date'],
      [v, REPORT.resolved, 'resolved_date'],
      [s, REPORT.suspended, 'suspended'],
    ] as const;
    for (const [day, col, name] of events) {
      if (day === NO_DAY) continue;
      if (accepted === 0) {
        problems.error(file, line, columnOf[col]!, 'event_not_accepted', { column: name });
        ok = false;
      } else if (day < r) {
        problems.error(file, line, columnOf[col]!, 'date_before', {
          column: name,
          value: isoOfDay(day),
          other: 'received_date',
          otherValue: isoOfDay(r),
        });
        ok = false;
      }
    }
    if (t !== NO_DAY && v !== NO_DAY) {
      problems.error(file, line, columnOf[REPORT.resolved]!, 'ended_twice', {});
      ok = false;
    } else if (s !== NO_DAY && (t < s || v < s)) {
      const [endColumn, endDay] = t < s ? ['transferred_date', t] : ['resolved_date', v];
      problems.error(file, line, columnOf[REPORT.suspended]!, 'suspended_after_end', {
        value: isoOfDay(s),
        endColumn,
        endValue: isoOfDay(endDay),
      });
      ok = false;
    }
    return ok;
  }

  /**
   * The table: rows in order of statistical month and area (as in areas.csv), from the first month
   * with a report to the cut-off's month (without a cut-off, the last month with an event). A row
   * is written for each area and month in which the area existed, at least in part, and that has a
   * stock or a flow.
   */
  finish(hasCutoff: boolean): CrimeReportRow[] {
    const { codes, validFrom, validTo } = this.areas;
    const { firstPeriod, periodOfDay } = this.periods;
    const nAreas = codes.length;
    if (this.example !== null) {
      const row = this.areas.rows[this.example.area]!;
      this.problems.warn(this.file, null, null, 'events_after_area_ended', {
        reports: this.summary.handedOver,
        example: `${this.file}:${this.example.line}`,
        code: row.area_code,
        validTo: row.valid_to ?? '',
      });
    }
    const end = hasCutoff ? periodOfDay[this.cutoff - FIRST_DAY]! - firstPeriod : this.lastEventMonth;
    const stock = new Int32Array(nAreas);
    const rows: CrimeReportRow[] = [];
    for (let j = 0; j <= end; j++) {
      const b = this.counts[j] ?? undefined;
      if (b === undefined && !stock.some((x) => x > 0)) continue;
      const { year, month } = periodOfIndex(this.periods, firstPeriod + j);
      const [first, last] = periodDays(this.periods, firstPeriod + j);
      for (let a = 0; a < nAreas; a++) {
        const base = a * WIDTH;
        if (b !== undefined) stock[a] = stock[a]! + b[base + STOCK]!;
        if (validFrom[a]! > last || validTo[a]! < first) continue;
        const flows =
          b === undefined
            ? [0, 0, 0, 0, 0]
            : [
                b[base + RECEIVED]!,
                b[base + ACCEPTED]!,
                b[base + TRANSFERRED]!,
                b[base + RESOLVED]!,
                b[base + SUSPENDED]!,
              ];
        if (stock[a] === 0 && flows.every((x) => x === 0)) continue;
        const [received, accepted, transferred, resolved, suspended] = flows as [
          number,
          number,
          number,
          number,
          number,
        ];
        rows.push({
          year,
          month,
          area_code: codes[a]!,
          carried_over: stock[a]!,
          received,
          accepted,
          transferred,
          resolved,
          suspended,
        });
      }
    }
    return rows;
  }
}
