import type { AreaSeriesBreak } from '../areas/area-breaks.ts';
import { shiftDay } from '../areas/shift-day.ts';
import { BREAK_WORDS } from '../messages/charts.ts';
import type { Lang } from '../messages/lang.ts';
import type { PeriodConvention } from '../periods/convention.ts';
import { periodRange } from '../periods/period-range.ts';
import { COLOURS, FONT_SIZE } from './theme.ts';

/**
 * The mark charts draw where an area's series breaks (crime against the baseline, rate trend, control chart): a
 * dotted vertical line beside the data (between two years or two months, never through a point) and its label ("Gãy chuỗi 1/7/2025") at the foot of the plot,
 * right-aligned against the line (one row up for each earlier break, so two close breaks do not overlap), plus
 * the words of the subtitle and the description. Source: METHODOLOGY.md 1.7 ("flag the break").
 */

/** The day halfway between two ISO days (rounded down). @example midDay('2025-06-01', '2025-07-01') // => '2025-06-16' */
export function midDay(a: string, b: string): string {
  const days = Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
  return shiftDay(a, Math.floor(days / 2));
}

/**
 * The Vega-Lite layers of a break mark. `x` is the chart's x encoding: with `at` (an ISO day) the line is
 * placed through the temporal field `at`; with `at` null, `x` must be a fixed position (`{ value: pixels }`).
 */
export function breakMark(
  x: Record<string, unknown>,
  at: string | null,
  date: string,
  height: number,
  lang: Lang,
  row = 0,
  /** Where the label goes: the foot of the plot (lines and points), or its top (bars rise from the foot). */
  labelAt: 'foot' | 'top' = 'foot',
): Record<string, unknown>[] {
  const data = { values: [{ at, text: BREAK_WORDS.label(date)[lang] }] };
  const xEncoding = at !== null ? { ...x, field: 'at' } : x;
  return [
    {
      data,
      mark: { type: 'rule', color: COLOURS.mutedText, strokeDash: [2, 3], strokeWidth: 1.4 },
      // the line stops at its label, so that it never runs through another break's label below or above it
      encoding:
        labelAt === 'foot'
          ? { x: xEncoding, y: { value: 0 }, y2: { value: height - 4 - 15 * row - 14 } }
          : { x: xEncoding, y: { value: 4 + 15 * row + 14 }, y2: { value: height } },
    },
    // the label twice: on a white halo first (grid lines and bands stay behind the words)
    ...[{ stroke: 'white', strokeWidth: 4, strokeJoin: 'round' }, {}].map((halo) => ({
      data,
      mark: {
        type: 'text',
        align: 'right',
        ...(labelAt === 'foot' ? { baseline: 'bottom', dy: -4 - 15 * row } : { baseline: 'top', dy: 4 + 15 * row }),
        dx: -4,
        fontSize: FONT_SIZE.small,
        color: COLOURS.mutedText,
        ...halo,
      },
      encoding: { x: xEncoding, y: { value: labelAt === 'foot' ? height : 0 }, text: { field: 'text' } },
    })),
  ];
}

/** Why the series breaks on these days, in words: the kinds of the breaks, and the new units for a share of units. */
export function breakReasons(
  breaks: readonly AreaSeriesBreak[],
  dates: readonly string[],
  lang: Lang,
  unitCount = false,
): string {
  const kinds = new Set(breaks.filter((b) => dates.includes(b.date)).map((b) => b.kind));
  const words: string[] = [...kinds].sort().map((k) => BREAK_WORDS.reasons[k][lang]);
  if (unitCount) words.push(BREAK_WORDS.reasons.unit_count[lang]);
  return words.join('; ');
}

/** The note of the break on `date` (what changed, and that trend tests restart there), or ''. */
export function breakNote(breaks: readonly AreaSeriesBreak[], date: string, lang: Lang): string {
  return breaks.find((b) => b.date === date)?.note[lang] ?? '';
}

/**
 * Where breaks go on a chart of statistical years whose x scale puts year i at `step × (i + 0.5)` (a point
 * scale with padding 0.5, or a band scale with outer padding half its inner padding): always between two years,
 * beside the data and never through a point or a bar. A break in the first month of a year goes before that
 * year; a break later in a year goes before it too (the year holding the break starts the new stretch of the
 * series, as the line and band do, and the label says the day), unless it is where the area's own data end
 * (`endsData`, the area's own end): then after that year. Breaks outside the years are left out.
 *
 * @example yearBreakPositions([{ date: '2025-07-01', ... }], [2024, 2025, 2026], calendar, 100) // => [{ date: '2025-07-01', px: 100 }]
 */
export function yearBreakPositions(
  breaks: readonly AreaSeriesBreak[],
  years: readonly number[],
  convention: PeriodConvention,
  step: number,
  endsData: (b: AreaSeriesBreak) => boolean = () => false,
): { date: string; px: number }[] {
  return breaks.flatMap((b) => {
    const i = years.findIndex((year) => {
      const range = periodRange(convention, year);
      return range.start <= b.date && b.date <= range.end;
    });
    if (i < 0) return [];
    const inFirstMonth = b.date <= periodRange(convention, years[i] as number, 1).end;
    return [{ date: b.date, px: step * (!inFirstMonth && endsData(b) ? i + 1 : i) }];
  });
}

/** Days in words: "1/1/2025 và 1/7/2025", "1 Jan 2025, 1 Mar 2025 and 1 Jul 2025". */
export function joinDates(dates: readonly string[], lang: Lang): string {
  if (dates.length <= 1) return dates.join('');
  const and = BREAK_WORDS.and[lang];
  return `${dates.slice(0, -1).join(', ')}${and}${dates[dates.length - 1]}`;
}

/** The layers of several break marks, lines first: no break's line is drawn over another's label. */
export function rulesFirst(layers: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  const isRule = (l: Record<string, unknown>) => (l.mark as { type?: string } | undefined)?.type === 'rule';
  return [...layers.filter(isRule), ...layers.filter((l) => !isRule(l))];
}

/** An area's life, as the chart context carries it. */
interface AreaLife {
  validFrom: string;
  validTo: string | null;
}

/** The break is the area's own start: nothing comes before it to compare or to mark. */
export function isOwnStart(b: { date: string }, area: AreaLife): boolean {
  return b.date === area.validFrom;
}

/** The break is the area's own end (the day after `validTo`): it splits nothing before it. */
export function isOwnEnd(b: { date: string }, area: AreaLife): boolean {
  return area.validTo !== null && b.date === shiftDay(area.validTo, 1);
}
