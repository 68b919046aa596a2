import { formatNumber } from '../format/number.ts';
import type { SeriesBreak } from '../analysis/series-break.ts';
import { shiftDay } from '../areas/shift-day.ts';
import { formatDate } from '../format/date.ts';
import { BREAK_WORDS, CONTROL_WORDS, SKIP_REASONS, SOURCE_WORDS } from '../messages/charts.ts';
import type { Lang } from '../messages/lang.ts';
import { calendarYearOfMonth } from '../periods/month-math.ts';
import type { XmrPoint } from '../stats/xmr.ts';
import { chartFileName, defineChart, type SkippedChart, type VegaLiteChart } from './chart.ts';
import { breakMark, breakNote, breakReasons, isOwnStart, midDay } from './break-mark.ts';
import { chartTexts, sourceText, TEXT_WIDTH, vegaLiteFrame } from './frame.ts';
import type { ChartContext } from './chart-context.ts';
import { crimeControlData } from './crime-control-data.ts';
import { COLOURS, FONT_SIZE } from './theme.ts';

/**
 * Chart 6, a control chart of monthly cases (Vega-Lite): the XmR chart of "Making Data Count", with the
 * mean, the process limits and the near-limit lines, limits set on the programme's baseline year (2021).
 * Each signal is marked by its rule's shape (outside the limits, 7 rising or falling, 2 of 3 near a limit,
 * 7 on one side) and coloured by what it means (blue improvement, orange concern).
 */

const HEIGHT = 260;
const AXIS_EXTENT = 44;
const RIGHT_LABEL = 92;

type Signal = keyof typeof CONTROL_WORDS.signals;
type Meaning = keyof typeof CONTROL_WORDS.meanings;

const SIGNAL_SHAPES: Record<Signal, string> = {
  outside: 'diamond',
  trend: 'triangle-up',
  two_in_three: 'square',
  run: 'circle',
  none: 'circle',
};
const MEANING_COLOURS: Record<Meaning, string> = {
  improvement: COLOURS.improvement,
  concern: COLOURS.concern,
  common: COLOURS.neutral,
};

function signalOf(point: XmrPoint): Signal {
  const t = point.specialCauseType;
  if (t === 'above_upper_limit' || t === 'below_lower_limit') return 'outside';
  if (t === 'trend_increasing' || t === 'trend_decreasing') return 'trend';
  if (t === 'two_in_three_above' || t === 'two_in_three_below') return 'two_in_three';
  if (t === 'run_above' || t === 'run_below') return 'run';
  return 'none';
}

function meaningOf(point: XmrPoint): Meaning {
  if (point.pointType === 'special_cause_improvement') return 'improvement';
  if (point.pointType === 'special_cause_concern') return 'concern';
  return 'common';
}

/** Builds chart 6, or says why not (fewer than 12 monthly counts). */
export function crimeControlChart(context: ChartContext, lang: Lang): VegaLiteChart | SkippedChart {
  const name = chartFileName(crimeControl, null);
  const control = crimeControlData(context);
  if (!control) return { id: 'crime_control', variant: null, name, reason: SKIP_REASONS.noMonthly[lang] };
  const { result, months, before } = control;
  const brk = control.break;
  if (!result) {
    const date = formatDate((brk as SeriesBreak).date, lang);
    return { id: 'crime_control', variant: null, name, reason: SKIP_REASONS.breakTooRecent(date, months.length)[lang] };
  }
  const monthLabel = (year: number, month: number) =>
    `${month}/${calendarYearOfMonth(context.convention, year, month)}`;
  const points = months.map((m, i) => {
    const p = result.points[i] as XmrPoint;
    const calendarYear = calendarYearOfMonth(context.convention, m.year, m.month);
    return {
      date: `${calendarYear}-${String(m.month).padStart(2, '0')}-01`,
      count: m.count,
      label: monthLabel(m.year, m.month),
      signal: CONTROL_WORDS.signals[signalOf(p)][lang],
      meaning: CONTROL_WORDS.meanings[meaningOf(p)][lang],
      special: signalOf(p) !== 'none',
    };
  });
  const beforePoints = before.map((m) => ({
    date: `${calendarYearOfMonth(context.convention, m.year, m.month)}-${String(m.month).padStart(2, '0')}-01`,
    count: m.count,
  }));
  const width = TEXT_WIDTH - AXIS_EXTENT - RIGHT_LABEL;
  const first = points[0] as (typeof points)[number];
  const last = points[points.length - 1] as (typeof points)[number];
  const x = {
    field: 'date',
    type: 'temporal',
    title: null,
    scale: { type: 'utc', padding: 6 },
    axis: {
      format: lang === 'vi' ? '%-m/%Y' : '%b %Y',
      tickCount: { interval: 'year', step: 1 },
      grid: false,
      labelFlush: false,
    },
  };
  const values = [result.lowerLimit, result.upperLimit, ...months.map((m) => m.count), ...before.map((m) => m.count)];
  const lo = Math.max(0, Math.min(...values));
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.08;
  const y = {
    type: 'quantitative',
    title: null,
    scale: { domain: [Math.max(0, Math.floor(lo - pad)), Math.ceil(hi + pad)], nice: false, zero: false },
    axis: { format: ',d', minExtent: AXIS_EXTENT, maxExtent: AXIS_EXTENT, grid: true, tickCount: 6 },
  };
  const signalKeys = Object.keys(SIGNAL_SHAPES) as Signal[];
  const meaningKeys = Object.keys(MEANING_COLOURS) as Meaning[];
  const legend = { orient: 'top', direction: 'horizontal', titleOrient: 'left', offset: 6, symbolStrokeWidth: 0 };
  const shape = {
    field: 'signal',
    type: 'nominal',
    title: CONTROL_WORDS.signal[lang],
    scale: {
      domain: signalKeys.map((k) => CONTROL_WORDS.signals[k][lang]),
      range: signalKeys.map((k) => SIGNAL_SHAPES[k]),
    },
    legend: {
      ...legend,
      orient: 'bottom',
      columns: 2,
      symbolFillColor: COLOURS.mutedText,
      values: signalKeys.filter((k) => k !== 'none').map((k) => CONTROL_WORDS.signals[k][lang]),
    },
  };
  const colour = {
    field: 'meaning',
    type: 'nominal',
    title: CONTROL_WORDS.meaning[lang],
    scale: {
      domain: meaningKeys.map((k) => CONTROL_WORDS.meanings[k][lang]),
      range: meaningKeys.map((k) => MEANING_COLOURS[k]),
    },
    legend,
  };
  const format = (v: number) => formatNumber(v, { lang, decimals: 0 });
  const lines = [
    { y: result.upperLimit, text: CONTROL_WORDS.upper(format(result.upperLimit))[lang], kind: 'limit' },
    { y: result.mean, text: CONTROL_WORDS.mean(format(result.mean))[lang], kind: 'mean' },
    { y: result.lowerLimit, text: CONTROL_WORDS.lower(format(result.lowerLimit))[lang], kind: 'limit' },
  ].filter((l) => l.y >= 0);
  const near = [result.nearUpperLimit, result.nearLowerLimit].filter((v) => v >= 0).map((v) => ({ y: v }));
  // The months that set the limits, shaded: the baseline year's, or the first 12 after a break.
  const limitPoints = control.limitMonths === 12 ? points.slice(0, 12) : [];
  const layers: Record<string, unknown>[] = [];
  if (limitPoints.length > 0) {
    const shadeFrom = (limitPoints[0] as { date: string }).date;
    const shadeTo = shiftDay((limitPoints[11] as { date: string }).date, 14);
    const label =
      control.baselineYear !== null
        ? CONTROL_WORDS.baseline(control.baselineYear)[lang]
        : CONTROL_WORDS.afterBreak[lang];
    layers.push(
      {
        data: { values: [{ from: shadeFrom, to: shadeTo }] },
        mark: { type: 'rect', color: '#f0f0f0' },
        encoding: { x: { ...x, field: 'from' }, x2: { field: 'to' } },
      },
      {
        data: { values: [{ at: midDay(shadeFrom, shadeTo), text: label }] },
        mark: { type: 'text', baseline: 'top', dy: 4, fontSize: FONT_SIZE.small, color: COLOURS.mutedText },
        encoding: { x: { ...x, field: 'at' }, y: { value: 0 }, text: { field: 'text' } },
      },
    );
  }
  // a unit set up at the break has nothing before it: its start is no break to mark
  const marked = brk && !isOwnStart(brk, context.area) ? brk : null;
  if (marked) {
    // The break's line sits between the last month before it and the first after it.
    const lastBefore = marked.restarted ? (beforePoints[beforePoints.length - 1]?.date ?? null) : last.date;
    const firstAfter = marked.restarted ? first.date : null;
    const at =
      lastBefore && firstAfter
        ? midDay(lastBefore, firstAfter)
        : shiftDay(lastBefore ?? firstAfter ?? first.date, marked.restarted ? -15 : 15);
    layers.push(...breakMark(x, at, formatDate(marked.date, lang), HEIGHT, lang));
  }
  if (beforePoints.length > 0) {
    layers.push({
      data: { values: beforePoints },
      mark: {
        type: 'line',
        color: COLOURS.lightNeutral,
        strokeWidth: 1.2,
        point: { filled: true, size: 14, color: COLOURS.lightNeutral },
      },
      encoding: { x, y: { ...y, field: 'count' } },
    });
  }
  layers.push(
    {
      data: { values: near },
      mark: { type: 'rule', color: COLOURS.lightNeutral, strokeDash: [2, 3], strokeWidth: 1.2 },
      encoding: { y: { ...y, field: 'y' } },
    },
    {
      data: { values: lines },
      mark: { type: 'rule', color: COLOURS.mutedText, strokeWidth: 1.4 },
      encoding: {
        y: { ...y, field: 'y' },
        strokeDash: { condition: { test: "datum.kind === 'limit'", value: [6, 4] }, value: [1, 0] },
      },
    },
    {
      data: { values: lines },
      mark: {
        type: 'text',
        align: 'left',
        baseline: 'middle',
        dx: 8,
        fontSize: FONT_SIZE.small,
        color: COLOURS.mutedText,
      },
      encoding: { x: { value: width }, y: { ...y, field: 'y' }, text: { field: 'text' } },
    },
    {
      data: { values: points },
      mark: { type: 'line', color: COLOURS.neutral, strokeWidth: 1.2 },
      encoding: { x, y: { ...y, field: 'count' } },
    },
    {
      data: { values: points },
      mark: { type: 'point', filled: true, opacity: 1, strokeWidth: 0 },
      encoding: {
        x,
        y: { ...y, field: 'count' },
        shape,
        color: colour,
        size: { condition: { test: 'datum.special', value: 70 }, value: 22 },
      },
    },
  );
  const body = {
    width,
    height: HEIGHT,
    layer: layers,
    resolve: { legend: { shape: 'independent', color: 'independent' } },
  };
  const counts = signalKeys
    .filter((k) => k !== 'none')
    .map((k) => ({
      label: CONTROL_WORDS.signals[k][lang],
      count: points.filter((p) => p.signal === CONTROL_WORDS.signals[k][lang]).length,
    }))
    .filter((c) => c.count > 0);
  const description =
    CONTROL_WORDS.description(
      points.length,
      first.label,
      last.label,
      format(result.mean),
      format(Math.max(0, result.lowerLimit)), // a count has no limit below 0
      format(result.upperLimit),
      counts.length > 0
        ? counts.map((c) => CONTROL_WORDS.signalCount(c.label, c.count)[lang]).join('; ')
        : CONTROL_WORDS.noSignals[lang],
    )[lang] + (marked ? ` ${breakNote(context.breaks.series, marked.date, lang)}` : '');
  const periods =
    context.convention.id !== 'calendar'
      ? [SOURCE_WORDS.periods(context.convention.name, context.convention.month_start_day)[lang]]
      : [];
  const calendarMonth = (p: { date: string }) => ({
    month: Number(p.date.slice(5, 7)),
    year: Number(p.date.slice(0, 4)),
  });
  const texts = chartTexts(
    CONTROL_WORDS.title[lang],
    CONTROL_WORDS.headline(
      context.area.name,
      calendarMonth(first),
      calendarMonth(last),
      points.filter((p) => p.meaning === CONTROL_WORDS.meanings.concern[lang]).length,
      points.filter((p) => p.meaning === CONTROL_WORDS.meanings.improvement[lang]).length,
    )[lang],
    sourceText(context, lang, periods),
    description,
    [
      CONTROL_WORDS.method(control.baselineYear, brk?.restarted ? formatDate(brk.date, lang) : null)[lang],
      near.length > 0 ? CONTROL_WORDS.nearLimits[lang] : '',
      marked
        ? BREAK_WORDS.subtitle(formatDate(marked.date, lang), breakReasons(context.breaks.series, [marked.date], lang))[
            lang
          ]
        : '',
    ]
      .filter((t) => t !== '')
      .join(' '),
  );
  return {
    id: 'crime_control',
    variant: null,
    name,
    lang,
    library: 'vega-lite',
    texts,
    spec: vegaLiteFrame(body, texts, lang, AXIS_EXTENT),
  };
}

export const crimeControl = defineChart({
  id: 'crime_control',
  name: '07-crime-control',
  library: 'vega-lite',
  variants: [null],
  build: (context, _variant, lang) => crimeControlChart(context, lang),
});
