import type { Bilingual } from '../messages/lang.ts';
import { STATS_TEXTS } from '../messages/stats.ts';

/** One month's figure; null means not reported. */
export interface MonthlyValue {
  year: number;
  /** 1-12 (for police figures, the statistical month ending on the 14th). */
  month: number;
  value: number | null;
}

export interface YearMonth {
  year: number;
  month: number;
}

export interface RollingSum {
  /** The month the 12-month window ends with. */
  year: number;
  month: number;
  /** Sum over the 12 months; null when any month is missing. */
  sum: number | null;
  /** Months of the window that have a value. */
  monthsPresent: number;
  /** Months of the window with no value (absent or null). */
  missing: YearMonth[];
}

export interface PeriodSum {
  year: number;
  /** Sum over months 1..throughMonth; null when any is missing. */
  sum: number | null;
  monthsPresent: number;
  missing: YearMonth[];
}

export interface YearToDateComparison {
  /** Months 1..throughMonth are compared. */
  throughMonth: number;
  current: PeriodSum;
  previous: PeriodSum;
  /** `current − previous`; null unless both are complete. */
  change: number | null;
  /** `current/previous − 1`; null unless both are complete and previous > 0. */
  relativeChange: number | null;
  /** True when both periods have every month. */
  comparable: boolean;
  reason: Bilingual;
}

/**
 * Rolling 12-month sums of a monthly series: for each month m from the 12th month of the series
 * on, `Σ_{k=0}^{11} x_{m−k}`.
 *
 * A window with a missing month (absent from the input, or null) has `sum: null` and lists the
 * missing months: a gap is never counted as zero.
 *
 * Source: standard practice for seasonal monthly counts (e.g. ONS "year ending" crime figures);
 * METHODOLOGY.md section 4 (monthly data, 60 points over 2021-2025).
 *
 * @param series - monthly values, in any order
 * @returns one entry per month from the series' 12th month to its last month
 * @throws {RangeError} when a month is outside 1-12, a year is not whole, a value is not finite,
 *   or a month appears twice
 *
 * @example
 * const months = Array.from({ length: 13 }, (_, i) => ({ year: 2024 + Math.floor(i / 12), month: (i % 12) + 1, value: 10 + i }));
 * rolling12MonthSums(months).map((r) => r.sum);  // => [186, 198]
 */
export function rolling12MonthSums(series: readonly MonthlyValue[]): RollingSum[] {
  const byIndex = indexSeries(series);
  if (byIndex.size === 0) return [];
  const indices = [...byIndex.keys()];
  const first = Math.min(...indices);
  const last = Math.max(...indices);
  const out: RollingSum[] = [];
  for (let end = first + 11; end <= last; end++) {
    out.push({ ...fromIndex(end), ...sumOver(byIndex, end - 11, end) });
  }
  return out;
}

/**
 * Year to date against the same months of the previous year: `Σ_{m=1}^{M} x_{Y,m}` and
 * `Σ_{m=1}^{M} x_{Y−1,m}`, M the last month compared.
 *
 * Both sums cover the same months, so the change is not distorted by season. A missing month in
 * either year makes the comparison not comparable (change null), and the month is listed.
 *
 * Source: the "cùng kỳ" comparison of the police's and procuracy's periodic reports
 * (METHODOLOGY.md section 5); standard year-to-date practice.
 *
 * @param series - monthly values, in any order
 * @param year - the current year Y
 * @param throughMonth - M; by default the latest month of Y with a value
 * @throws {RangeError} as {@link rolling12MonthSums}, or when throughMonth is outside 1-12, or it
 *   is omitted and year Y has no value
 *
 * @example
 * const series = [
 *   { year: 2024, month: 1, value: 30 }, { year: 2024, month: 2, value: 28 }, { year: 2024, month: 3, value: 35 },
 *   { year: 2025, month: 1, value: 27 }, { year: 2025, month: 2, value: 26 },
 * ];
 * yearToDate(series, 2025).relativeChange;  // => -0.08620689655172409 (53 against 58)
 */
export function yearToDate(series: readonly MonthlyValue[], year: number, throughMonth?: number): YearToDateComparison {
  const byIndex = indexSeries(series);
  let through = throughMonth;
  if (through === undefined) {
    const months = series.filter((r) => r.year === year && r.value !== null).map((r) => r.month);
    if (months.length === 0) throw new RangeError(`year ${year} has no value; pass throughMonth`);
    through = Math.max(...months);
  }
  if (!Number.isInteger(through) || through < 1 || through > 12) {
    throw new RangeError(`throughMonth must be a whole number from 1 to 12, got ${through}`);
  }
  const current = { year, ...sumOver(byIndex, toIndex(year, 1), toIndex(year, through)) };
  const previous = { year: year - 1, ...sumOver(byIndex, toIndex(year - 1, 1), toIndex(year - 1, through)) };
  const comparable = current.sum !== null && previous.sum !== null;
  const change = comparable ? (current.sum as number) - (previous.sum as number) : null;
  const relativeChange =
    comparable && (previous.sum as number) > 0 ? (current.sum as number) / (previous.sum as number) - 1 : null;

  const reason: Bilingual = comparable
    ? STATS_TEXTS.yearToDate(through, year, current.sum as number, previous.sum as number)
    : STATS_TEXTS.yearToDateMissing([...previous.missing, ...current.missing]);
  return { throughMonth: through, current, previous, change, relativeChange, comparable, reason };
}

function toIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

function fromIndex(index: number): YearMonth {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Map from month index to value (null kept, to be reported as missing). */
function indexSeries(series: readonly MonthlyValue[]): Map<number, number | null> {
  const byIndex = new Map<number, number | null>();
  series.forEach((row, i) => {
    if (!Number.isInteger(row.year)) throw new RangeError(`series[${i}].year must be a whole number, got ${row.year}`);
    if (!Number.isInteger(row.month) || row.month < 1 || row.month > 12) {
      throw new RangeError(`series[${i}].month must be a whole number from 1 to 12, got ${row.month}`);
    }
    if (row.value !== null && !Number.isFinite(row.value)) {
      throw new RangeError(`series[${i}].value must be a finite number or null, got ${row.value}`);
    }
    const index = toIndex(row.year, row.month);
    if (byIndex.has(index)) throw new RangeError(`month ${row.month}/${row.year} appears more than once in series`);
    byIndex.set(index, row.value);
  });
  return byIndex;
}

function sumOver(
  byIndex: ReadonlyMap<number, number | null>,
  from: number,
  to: number,
): { sum: number | null; monthsPresent: number; missing: YearMonth[] } {
  let sum = 0;
  const missing: YearMonth[] = [];
  for (let i = from; i <= to; i++) {
    const value = byIndex.get(i);
    if (value === undefined || value === null) missing.push(fromIndex(i));
    else sum += value;
  }
  return { sum: missing.length === 0 ? sum : null, monthsPresent: to - from + 1 - missing.length, missing };
}
