import { partLabel } from '../indicators/reason.ts';
import { CHART_WORDS } from '../messages/charts.ts';
import type { Bilingual, Lang } from '../messages/lang.ts';
import type { PeriodConvention } from '../periods/convention.ts';
import { calendarYearOfMonth } from '../periods/month-math.ts';
import { formatDate } from '../format/date.ts';
import { periodRange } from '../periods/period-range.ts';
import { coveredMonths, isPartialYear, type AreaInfo, type ChartContext } from './chart-context.ts';
import type { AreaRateId } from './compared-areas.ts';

/**
 * How charts name areas. Short names drop the kind of unit where it is plain from context ("Huyện Đức Thọ"
 * becomes "Đức Thọ"; towns and cities keep a short prefix: "TP Hà Tĩnh", "TX Hồng Lĩnh"; wards "P. Thành Sen").
 */
const VI_PREFIXES: [RegExp, string][] = [
  [/^Thành phố /, 'TP '],
  [/^Thị xã /, 'TX '],
  [/^Huyện /, ''],
  [/^Phường /, 'P. '],
  [/^Xã /, ''],
  [/^Thị trấn /, 'TT '],
];
const EN_AFFIXES: [RegExp, string][] = [
  [/ District$/, ''],
  [/ Commune$/, ''],
  [/^Commune /, ''],
];

/** A short name for labels inside a chart. */
export function areaShortName(area: AreaInfo, lang: Lang): string {
  let name = area.name[lang];
  for (const [pattern, replacement] of lang === 'vi' ? VI_PREFIXES : EN_AFFIXES)
    name = name.replace(pattern, replacement);
  return name;
}

/**
 * The months most of the areas' figures cover (on a tie, the longer run), or null when they cover whole years
 * or come from an annual table. The area charts say these months once, in the title, and name the months of
 * an area whose figure covers others beside its name.
 *
 * @example commonMonths([[7, 8, 9, 10, 11, 12], [7, 8, 9, 10, 11, 12], null]) // => [7, 8, 9, 10, 11, 12]
 */
export function commonMonths(months: readonly (number[] | null)[]): number[] | null {
  const counts = new Map<string, { months: number[] | null; n: number }>();
  for (const m of months) {
    const key = m === null ? 'year' : m.join(',');
    const entry = counts.get(key) ?? { months: m, n: 0 };
    entry.n++;
    counts.set(key, entry);
  }
  let best: { months: number[] | null; n: number } | null = null;
  for (const entry of counts.values()) {
    const length = (e: { months: number[] | null }) => (e.months === null ? 12 : e.months.length);
    if (!best || entry.n > best.n || (entry.n === best.n && length(entry) > length(best))) best = entry;
  }
  return best?.months ?? null;
}

/** True when two runs of months are the same (null: a whole year or an annual figure). */
export function sameRun(a: readonly number[] | null, b: readonly number[] | null): boolean {
  const whole = (m: readonly number[] | null) => m === null || m.length >= 12;
  if (whole(a) || whole(b)) return whole(a) && whole(b);
  return (a as number[]).join(',') === (b as number[]).join(',');
}

/** A run of months within one calendar year, as `CHART_WORDS` says them; null when it is not one. */
function calendarRun(
  convention: PeriodConvention,
  year: number,
  months: readonly number[],
): { first: number; last: number; count: number; year: number; fromStart: boolean } | null {
  const first = months[0] as number;
  const last = months[months.length - 1] as number;
  const calendarYear = calendarYearOfMonth(convention, year, first);
  if (
    calendarYear !== calendarYearOfMonth(convention, year, last) ||
    first > last ||
    months.length !== last - first + 1
  )
    return null;
  // "10 tháng đầu năm" only where the statistical year starts in January (else it would be misread)
  return {
    first,
    last,
    count: months.length,
    year: calendarYear,
    fromStart: first === 1 && convention.year_start_month === 1,
  };
}

/**
 * The period figures over `months` of `year` cover, short, for a title: 'năm 2025', '10 tháng đầu năm 2026',
 * 'tháng 7-12/2025' (en 'Jul–Dec 2025'); a run across two calendar years as the briefing says it.
 *
 * @example periodWords(PERIOD_CONVENTIONS.police, 2025, [7, 8, 9, 10, 11, 12]).vi // => 'tháng 7-12/2025'
 */
export function periodWords(convention: PeriodConvention, year: number, months: readonly number[] | null): Bilingual {
  if (months === null || months.length === 0 || months.length >= 12) return CHART_WORDS.period(year, null);
  const run = calendarRun(convention, year, months);
  return run === null ? (partLabel(convention, year, months) as Bilingual) : CHART_WORDS.period(run.year, run);
}

/** What an area chart says of the months its areas' figures cover. */
export interface FigurePeriods {
  /** The months most figures cover; null for whole years or an annual table. */
  common: number[] | null;
  /** Those months in words, for the title: 'năm 2025', 'tháng 7-12/2025', '10 tháng đầu năm 2026'. */
  period: Bilingual;
  /** The common months are part of a year: a verdict against an annual target is provisional. */
  provisional: boolean;
  /** The months beside an area's name when its figure covers other months than most ('7-12/2025'), else ''. */
  suffix: (code: string) => string;
  /** The note under the chart on those months ('' for whole years). */
  note: string;
}

/**
 * The months the figures of `areas` for a rate cover, said once for all (title and note) and beside the name of
 * an area whose months differ: an area that existed only part of the year is never judged against an annual
 * target without its months in sight.
 */
export function figurePeriods(
  context: ChartContext,
  id: AreaRateId,
  areas: readonly AreaInfo[],
  lang: Lang,
): FigurePeriods {
  const monthsOf = (code: string) => coveredMonths(context, id, code, context.year);
  const common = commonMonths(areas.map((a) => monthsOf(a.code)));
  const provisional = isPartialYear(common);
  const period = periodWords(context.convention, context.year, common);
  const suffix = (code: string) =>
    sameRun(monthsOf(code), common) ? '' : unitMonthsWords(context.convention, context.year, monthsOf(code), lang);
  const odd = areas.filter((a) => suffix(a.code) !== '');
  const notes: string[] = [];
  if (provisional) {
    // the areas were set up during the year (the communes of 1 July 2025), or the year is not over
    const holding = areas.filter((a) => sameRun(monthsOf(a.code), common));
    const starts = new Set(holding.map((a) => a.validFrom));
    const start = starts.size === 1 ? ([...starts][0] as string) : null;
    const setUp =
      start !== null && start > periodRange(context.convention, context.year).start ? formatDate(start, lang) : null;
    notes.push(CHART_WORDS.partialUnits((common as number[]).length, period[lang], setUp)[lang]);
  }
  if (odd.length > 0) {
    const example = odd[0] as AreaInfo;
    notes.push(CHART_WORDS.oddUnits(`${areaShortName(example, lang)} ${suffix(example.code)}`)[lang]);
  }
  return { common, period, provisional, suffix, note: notes.join(' ') };
}

/** The months of one area's figure beside its name: '7-12/2025' (en 'Jul–Dec 2025'); '' for a whole year. */
export function unitMonthsWords(
  convention: PeriodConvention,
  year: number,
  months: readonly number[] | null,
  lang: Lang,
): string {
  if (months === null || months.length === 0 || months.length >= 12) return '';
  const run = calendarRun(convention, year, months);
  if (run === null) return (partLabel(convention, year, months) as Bilingual)[lang];
  return CHART_WORDS.unitMonths(run.first, run.last, run.year)[lang];
}
