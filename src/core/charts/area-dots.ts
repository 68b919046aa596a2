import * as Plot from '@observablehq/plot';
import { formatPercent } from '../format/percent.ts';
import { formatValue } from '../indicators/describe.ts';
import { INDICATORS } from '../indicators/registry.ts';
import { CHART_WORDS, DOTS_WORDS, SKIP_REASONS } from '../messages/charts.ts';
import type { Lang } from '../messages/lang.ts';
import { STATUS_WORDS } from '../messages/scorecard.ts';
import type { Status } from '../types.ts';
import { chartFileName, defineChart, type PlotChart, type SkippedChart } from './chart.ts';
import { chartTexts, plotFrame, plotFrameLayout, sourceText, targetWords, type LegendItem } from './frame.ts';
import type { IndicatorResult } from '../indicators/result.ts';
import { headline, type AreaInfo, type ChartContext } from './chart-context.ts';
import { AREA_RATE_IDS, comparedAreas, wholeAreaFigure, type AreaRateId } from './compared-areas.ts';
import { figurePeriods } from './areas.ts';
import { textWidth } from './text-width.ts';
import { CHART_PADDING, CHART_WIDTH, COLOURS, FONT_SIZE, PLOT_STYLE, STATUS_COLOUR } from './theme.ts';

/**
 * Chart 4b, areas compared with their intervals (Observable Plot): one row per area, in order of rate (the best
 * at the top, as the briefing reads it), its rate as a dot (met) or a cross (not met) with its 95 % interval,
 * against the target line; the note says that overlapping intervals cannot be told apart. More than 24 areas are
 * set in two columns, read down the first then the second.
 */

const ROW_HEIGHT = 18;
const ONE_COLUMN_MAX = 24;
const AXIS_ROOM = { top: 30, bottom: 12 } as const;

interface Row {
  column: number;
  row: number;
  name: string;
  value: number;
  lo: number;
  hi: number;
  status: Status;
}

/** Builds the dot plot of one rate across the areas one level down, or says why not. */
export function areaDotsChart(context: ChartContext, id: AreaRateId, lang: Lang): PlotChart | SkippedChart {
  const name = chartFileName(areaDots, id);
  const compared = comparedAreas(context);
  if (compared.length === 0) {
    return {
      id: 'area_dots',
      variant: id,
      name,
      reason: SKIP_REASONS.noSubareas(context.area.name, context.year)[lang],
    };
  }
  const def = INDICATORS[id];
  const highFirst = def.direction === 'increase';
  const results = compared.map(({ area, report }) => ({ area, result: headline(report, id) }));
  const usable = results
    .filter((r): r is { area: AreaInfo; result: IndicatorResult } => r.result !== undefined && r.result.value !== null)
    .sort(
      (a, b) =>
        ((b.result.value as number) - (a.result.value as number)) * (highFirst ? 1 : -1) ||
        a.area.name[lang].localeCompare(b.area.name[lang], lang) ||
        a.area.code.localeCompare(b.area.code),
    );
  if (usable.length === 0) return { id: 'area_dots', variant: id, name, reason: SKIP_REASONS.noData[lang] };
  const periods = figurePeriods(
    context,
    id,
    usable.map((u) => u.area),
    lang,
  );
  const columns = usable.length > ONE_COLUMN_MAX ? 2 : 1;
  const perColumn = Math.ceil(usable.length / columns);
  const rows: Row[] = usable.map(({ area, result: r }, i) => ({
    column: Math.floor(i / perColumn),
    row: i % perColumn,
    // an area whose figure covers other months than most carries them beside its name
    name: [area.name[lang], periods.suffix(area.code)].filter((t) => t !== '').join(' '),
    value: r.value as number,
    lo: r.ci95?.[0] ?? (r.value as number),
    hi: r.ci95?.[1] ?? (r.value as number),
    status: r.status,
  }));
  const target = usable.map((u) => u.result.target).find((t) => t) ?? null;
  const extent = rows.flatMap((r) => [r.lo, r.hi]).concat(target ? [target.threshold] : []);
  const xDomain: [number, number] = [
    Math.max(0, Math.floor((Math.min(...extent) - 0.01) * 20) / 20),
    Math.min(1, Math.ceil((Math.max(...extent) + 0.01) * 20) / 20),
  ];
  // verdicts on part of a year against an annual target are provisional, and the legend says so
  const verdict = (status: 'met' | 'not_met') =>
    (periods.provisional ? CHART_WORDS.provisional(STATUS_WORDS[status]) : STATUS_WORDS[status])[lang];
  const legend: LegendItem[] = [
    { label: verdict('met'), symbol: 'circle', colour: STATUS_COLOUR.met },
    { label: verdict('not_met'), symbol: 'cross', colour: STATUS_COLOUR.not_met },
    { label: CHART_WORDS.interval95Label[lang], symbol: 'line', colour: COLOURS.neutral },
    ...(target
      ? [
          {
            label: `${CHART_WORDS.target[lang]}: ${targetWords(def, target, lang, false)}`,
            symbol: 'line' as const,
            colour: COLOURS.threshold,
          },
        ]
      : []),
  ];
  const rateTitle = def.rateTitle ?? def.title;
  const whole = wholeAreaFigure(context, id);
  const texts = chartTexts(
    DOTS_WORDS.title(rateTitle, periods.period)[lang],
    DOTS_WORDS.subtitle(
      whole && whole.value !== null ? CHART_WORDS.whole(context.area.level, formatValue(def, whole, lang)) : null,
      target ? targetWords(def, target, lang, false) : '—',
      rows.filter((r) => r.status === 'met').length,
      rows.length,
      periods.provisional,
    )[lang],
    sourceText(context, lang),
    DOTS_WORDS.description(
      usable
        .map(
          ({ area, result: r }) =>
            `${area.name[lang]} ${formatValue(def, r, lang)} (${STATUS_WORDS[r.status][lang].toLowerCase()})`,
        )
        .join('; '),
    )[lang],
    [DOTS_WORDS.method(highFirst)[lang], periods.note].filter((t) => t !== '').join(' '),
  );
  const layout = plotFrameLayout(texts, legend);
  const nameWidth = Math.ceil(Math.max(...rows.map((r) => textWidth(r.name, FONT_SIZE.label)))) + 12;
  const marginLeft = CHART_PADDING + nameWidth;
  const marginRight = CHART_PADDING + 8;
  const inner = CHART_WIDTH - marginLeft - marginRight;
  const gap = nameWidth + 24;
  // Two facets with a gap wide enough for the second column's names: paddingInner p gives gap = p·W/(2 − p).
  const padding = columns === 2 ? (2 * gap) / (inner + gap) : 0;
  const marginTop = layout.header + AXIS_ROOM.top;
  const marginBottom = AXIS_ROOM.bottom + layout.footer;
  const height = marginTop + perColumn * ROW_HEIGHT + marginBottom;
  const tickFormat = (d: number) => formatPercent(d, { lang, decimals: 0 });
  const colourOf = (d: Row) => STATUS_COLOUR[d.status];
  return {
    id: 'area_dots',
    variant: id,
    name,
    lang,
    library: 'plot',
    texts,
    options: {
      width: CHART_WIDTH,
      height,
      marginTop,
      marginBottom,
      marginLeft,
      marginRight,
      style: { ...PLOT_STYLE },
      fx: { domain: Array.from({ length: columns }, (_, i) => i), padding, axis: null },
      x: { domain: xDomain, ticks: 5, tickFormat, grid: true, axis: 'top', label: null },
      y: { domain: Array.from({ length: perColumn }, (_, i) => i), axis: null, padding: 0 },
      marks: [
        ...(target ? [Plot.ruleX([target.threshold], { stroke: COLOURS.threshold, strokeWidth: 1.6 })] : []),
        Plot.ruleY(rows, {
          fx: 'column',
          y: 'row',
          x1: 'lo',
          x2: 'hi',
          stroke: colourOf,
          strokeWidth: 2.2,
          strokeOpacity: 0.55,
        }),
        Plot.dot(
          rows.filter((r) => r.status === 'met'),
          { fx: 'column', y: 'row', x: 'value', r: 4.5, fill: colourOf, stroke: 'white', strokeWidth: 0.8 },
        ),
        Plot.dot(
          rows.filter((r) => r.status !== 'met'),
          { fx: 'column', y: 'row', x: 'value', r: 4.5, symbol: 'times', stroke: colourOf, strokeWidth: 2.4 },
        ),
        Plot.text(rows, {
          fx: 'column',
          y: 'row',
          text: 'name',
          frameAnchor: 'left',
          textAnchor: 'end',
          dx: -10,
          fontSize: FONT_SIZE.label,
          fill: COLOURS.text,
        }),
        plotFrame(texts, legend),
      ],
    },
  };
}

export const areaDots = defineChart({
  id: 'area_dots',
  name: '05-area-dots',
  library: 'plot',
  variants: AREA_RATE_IDS,
  build: (context, variant, lang) => areaDotsChart(context, (variant ?? 'clearance_rate') as AreaRateId, lang),
});
