import type { PeriodConvention } from '../periods/convention.ts';
import { monthPosition } from '../periods/month-math.ts';
import { rateRatio } from '../stats/rate-ratio.ts';
import type { ChartContext } from './chart-context.ts';

/**
 * Monthly counts and the comparison of a year to date with the same months of the year before ("so với cùng
 * kỳ"), shared by the charts of counts (crime against the baseline, the control chart, violations by field,
 * cybercrime). The interval of a change is the exact conditional Poisson rate-ratio interval, minus 1 (R
 * `poisson.test(c(x1, x0))$conf.int - 1`; METHODOLOGY.md).
 */

/** A count over a run of named months of one statistical year. */
export interface PeriodCount {
  year: number;
  /** First and last named month; null for a whole year from an annual table. */
  firstMonth: number | null;
  lastMonth: number | null;
  count: number;
}

/** A count against the same months of the year before, with the exact Poisson rate-ratio interval. */
export interface CountComparison {
  current: PeriodCount;
  previous: PeriodCount;
  /** current / previous - 1; null when previous is 0. */
  change: number | null;
  /** 95 % interval of the change (rate ratio minus 1); null when both counts are 0. */
  ci95: [number, number] | null;
}

/** A monthly count, in statistical-year order. */
export interface MonthlyCount {
  year: number;
  month: number;
  count: number;
}

type MonthKey = string; // `${year}:${month}`

/**
 * Sums a column of a monthly table by (year, month) under a set of area codes; every month with rows anywhere
 * is present (a month with rows for other areas only counts 0), in statistical-year order.
 *
 * @example monthlySums([{ year: 2024, month: 1, area_code: '42', n: 3 }], new Set(['42']), calendar, (r) => r.n) // => [{ year: 2024, month: 1, count: 3 }]
 */
export function monthlySums<R extends { year: number; month: number | null; area_code: string }>(
  rows: readonly R[],
  codes: ReadonlySet<string>,
  convention: PeriodConvention,
  value: (row: R) => number,
): MonthlyCount[] {
  const sums = new Map<MonthKey, MonthlyCount>();
  for (const r of rows) {
    if (r.month === null) continue;
    const key = `${r.year}:${r.month}`;
    let entry = sums.get(key);
    if (!entry) {
      entry = { year: r.year, month: r.month, count: 0 };
      sums.set(key, entry);
    }
    if (codes.has(r.area_code)) entry.count += value(r);
  }
  return [...sums.values()].sort(
    (a, b) => a.year - b.year || monthPosition(convention, a.month) - monthPosition(convention, b.month),
  );
}

/** The area's criminal cases that occurred, by month (all groups): shared by the baseline and control charts. */
export function monthlyCrimeCounts(context: ChartContext): MonthlyCount[] {
  return context.memo('monthly-crime-counts', () =>
    monthlySums(context.data.criminal_cases, context.codes, context.convention, (r) => r.occurred),
  );
}

/** Months of a year present in a monthly series, in statistical-year order. */
function monthsOf(series: readonly MonthlyCount[], year: number): MonthlyCount[] {
  return series.filter((m) => m.year === year);
}

/**
 * The year to date (up to its last month with rows) against the same months of the year before; null when the
 * year has no month, or the year before lacks one of them.
 *
 * @example yearToDateComparison(series, 2026, police)?.previous.lastMonth // => 10 (January to October of 2025)
 */
export function yearToDateComparison(
  series: readonly MonthlyCount[],
  year: number,
  convention: PeriodConvention,
  /** The months of the year the area's figure covers (its life), when not all: the rows of later months are not its. */
  covered: readonly number[] | null = null,
): CountComparison | null {
  const current = monthsOf(series, year).filter((m) => covered === null || covered.includes(m.month));
  const last = current[current.length - 1];
  if (!last) return null;
  const through = monthPosition(convention, last.month);
  const previous = monthsOf(series, year - 1).filter((m) => monthPosition(convention, m.month) <= through);
  if (previous.length !== current.length || current.length !== through) return null;
  const first = current[0] as MonthlyCount;
  return compareCounts(
    { year, firstMonth: first.month, lastMonth: last.month, count: sumOf(current) },
    { year: year - 1, firstMonth: first.month, lastMonth: last.month, count: sumOf(previous) },
  );
}

function sumOf(months: readonly MonthlyCount[]): number {
  return months.reduce((s, m) => s + m.count, 0);
}

/**
 * A count against another: the change `current / previous - 1` and its exact interval (rate ratio minus 1).
 *
 * @example compareCounts({ year: 2024, firstMonth: null, lastMonth: null, count: 12 }, { year: 2023, firstMonth: null, lastMonth: null, count: 10 }).change // => 0.2 (up to rounding)
 */
export function compareCounts(current: PeriodCount, previous: PeriodCount): CountComparison {
  const rr = rateRatio(current.count, previous.count);
  return {
    current,
    previous,
    change: previous.count > 0 ? current.count / previous.count - 1 : null,
    ci95: rr.ci && Number.isFinite(rr.ci[1]) ? [rr.ci[0] - 1, rr.ci[1] - 1] : null,
  };
}
