import { areaBreaks, type AreaBreaksOptions } from '../areas/area-breaks.ts';
import { validOn } from '../areas/valid-on.ts';
import { conventionOf } from '../periods/of-data.ts';
import type { DataSet } from '../types.ts';
import { areaOf } from './coverage.ts';
import { monthDays, monthIndex, yearMonthAt, type YearMonth } from './months.ts';

/**
 * A break in an area's series (its territory changed), as the analysis fields print it.
 * `restarted: true`: the series used starts after the break; `false`: the area ended at the break, and
 * the series used stops before it.
 */
export interface SeriesBreak {
  /** The first day of the new territory (ISO), e.g. '2025-07-01'. */
  date: string;
  restarted: boolean;
  /** First and last statistical month of the stretch of series used. */
  from: YearMonth;
  to: YearMonth;
}

/** The stretch of a series that may be tested without crossing a change of territory. */
export interface SeriesSegment {
  from: YearMonth;
  to: YearMonth;
  /** The break that bounds the stretch; null when the whole span is used. */
  break: SeriesBreak | null;
}

/**
 * The days within a span on which an area's series breaks: the dates of {@link areaBreaks}, the one
 * definition (the area began or ended, a unit merged into or out of it, and for a share of units a
 * reorganisation of the units below it). Only days after the span's first month and up to its last day count.
 * Sorted, distinct.
 *
 * @example territoryChanges(data, '445', { from: { year: 2019, month: 1 }, to: { year: 2026, month: 12 } })
 * // => ['2025-01-01', '2025-07-01'] (bundled data: Lộc Hà merged in; the reform)
 */
export function territoryChanges(
  data: DataSet,
  areaCode: string,
  span: { from: YearMonth; to: YearMonth },
  options: AreaBreaksOptions = {},
): string[] {
  const convention = conventionOf(data.meta);
  // a change within the first month splits nothing (a unit set up on 1/1/2019, police month 1/2019
  // starting on 15/12/2018)
  const first = monthDays(convention, span.from).end;
  const last = monthDays(convention, span.to).end;
  areaOf(data, areaCode); // an unknown area is an error, not an unbroken series
  return areaBreaks(data, areaCode, options)
    .map((b) => b.date)
    .filter((d) => d > first && d <= last);
}

/**
 * The stretch of a series an area's tests may use: the span cut at every change of the area's
 * series ({@link territoryChanges}), keeping the latest stretch in which the area exists. The province
 * (the root) is cut only for a share of units (`unitCount`): its boundary did not change (METHODOLOGY.md
 * section 1.7: provincial totals stay comparable), but the units its share counts did.
 *
 * A change on day D starts a new stretch at the statistical month containing D (police: 1/7/2025 falls in
 * month 7, 15/6-14/7), the month the new units' rows begin.
 *
 * Source: METHODOLOGY.md section 1.7 ("flag the break and do not test trends across it").
 *
 * @example seriesSegment(data, '18073', { from: { year: 2019, month: 1 }, to: { year: 2026, month: 12 } }).break
 * // => { date: '2025-07-01', restarted: true, from: { year: 2025, month: 7 }, to: { year: 2026, month: 12 } } (bundled data)
 */
export function seriesSegment(
  data: DataSet,
  areaCode: string,
  span: { from: YearMonth; to: YearMonth },
  options: AreaBreaksOptions = {},
): SeriesSegment {
  const whole: SeriesSegment = { from: span.from, to: span.to, break: null };
  const convention = conventionOf(data.meta);
  const area = areaOf(data, areaCode);
  const start = monthIndex(convention, span.from);
  const end = monthIndex(convention, span.to);
  const cuts = new Map<number, string>();
  for (const date of territoryChanges(data, areaCode, span, options)) {
    // the statistical month containing the day: the first month whose last day is on or after it
    let index = start;
    while (index <= end && monthDays(convention, yearMonthAt(convention, index)).end < date) index++;
    if (index > start && index <= end && !cuts.has(index)) cuts.set(index, date);
  }
  if (cuts.size === 0) return whole;
  const bounds = [start, ...[...cuts.keys()].sort((a, b) => a - b), end + 1];
  for (let k = bounds.length - 2; k >= 0; k--) {
    const from = bounds[k] as number;
    const to = (bounds[k + 1] as number) - 1;
    let exists = false;
    for (let i = from; i <= to && !exists; i++) {
      exists = validOn(area, monthDays(convention, yearMonthAt(convention, i)).end);
    }
    if (!exists) continue;
    const fromYm = yearMonthAt(convention, from);
    const toYm = yearMonthAt(convention, to);
    const brk: SeriesBreak | null =
      from > start
        ? { date: cuts.get(from) as string, restarted: true, from: fromYm, to: toYm }
        : to < end
          ? { date: cuts.get(to + 1) as string, restarted: false, from: fromYm, to: toYm }
          : null;
    return { from: fromYm, to: toYm, break: brk };
  }
  return whole;
}
