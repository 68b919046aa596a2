import * as Plot from '@observablehq/plot';
import { formatCount } from '../format/count.ts';
import { formatDate } from '../format/date.ts';
import { percentOf } from '../format/percent-of.ts';
import { formatCi } from '../indicators/describe.ts';
import { INDICATORS } from '../indicators/registry.ts';
import { breakdownWord } from '../messages/breakdowns.ts';
import { BASELINE_WORDS, SKIP_REASONS, VIOLATIONS_WORDS } from '../messages/charts.ts';
import type { Lang } from '../messages/lang.ts';
import { STATUS_WORDS } from '../messages/scorecard.ts';
import type { Status } from '../types.ts';
import { chartFileName, defineChart, type PlotChart, type SkippedChart } from './chart.ts';
import {
  chartTexts,
  expiredDocument,
  plotFrame,
  plotFrameLayout,
  sourceText,
  targetWords,
  type LegendItem,
} from './frame.ts';
import { breakBetween, type ChartContext } from './chart-context.ts';
import type { PeriodCount } from './monthly-counts.ts';
import { violationsByFieldData } from './violations-by-field-data.ts';
import { textWidth } from './text-width.ts';
import { CHART_PADDING, CHART_WIDTH, COLOURS, FONT_SIZE, PLOT_STYLE, STATUS_COLOUR } from './theme.ts';

/**
 * Chart 7, detected violations by field against the year before (Observable Plot): for each field a bar for
 * each period, the change with its exact 95 % interval and the verdict against the target (more detections
 * than the year before). In a year that is not complete, the months so far are compared with the same months
 * of the year before.
 */

const BAR_ROW = 19;
const RIGHT_COLUMN = 214;

interface Bar {
  field: string;
  period: string;
  count: number;
  countText: string;
  current: boolean;
}

interface Change {
  field: string;
  changeText: string;
  verdict: string;
  status: Status;
}

/** Builds chart 7, or says why not (no detections). */
export function violationsByFieldChart(context: ChartContext, lang: Lang): PlotChart | SkippedChart {
  const name = chartFileName(violationsByField, null);
  const crossed = breakBetween(context, context.year - 1, context.year);
  if (crossed) {
    return {
      id: 'violations_by_field',
      variant: null,
      name,
      reason: SKIP_REASONS.acrossBreak(formatDate(crossed.date, lang), context.year)[lang],
    };
  }
  const data = violationsByFieldData(context);
  if (!data || data.rows.length === 0)
    return { id: 'violations_by_field', variant: null, name, reason: SKIP_REASONS.noData[lang] };
  const def = INDICATORS.violations_detected_change;
  const periodLabel = (p: PeriodCount) =>
    p.firstMonth !== null && p.lastMonth !== null
      ? BASELINE_WORDS.months(p.firstMonth, p.lastMonth, p.year)[lang]
      : String(p.year);
  const first = data.rows[0] as (typeof data.rows)[number];
  const periods = [periodLabel(first.previous), periodLabel(first.current)];
  const fieldWord = (r: (typeof data.rows)[number]) => breakdownWord('field', r.field, lang, 'report');
  const bars: Bar[] = data.rows.flatMap((r) => [
    {
      field: fieldWord(r),
      period: periodLabel(r.previous),
      count: r.previous.count,
      countText: formatCount(r.previous.count, { lang }),
      current: false,
    },
    {
      field: fieldWord(r),
      period: periodLabel(r.current),
      count: r.current.count,
      countText: formatCount(r.current.count, { lang }),
      current: true,
    },
  ]);
  const changes: Change[] = data.rows.map((r) => {
    const change =
      r.previous.count > 0
        ? `${r.current.count > r.previous.count ? '+' : r.current.count < r.previous.count ? '−' : ''}${percentOf(Math.abs(r.current.count - r.previous.count), r.previous.count, { lang, style: 'province' })}`
        : '—';
    return {
      field: fieldWord(r),
      changeText: `${change} (${formatCi(def, r.ci95, lang)})`,
      verdict: STATUS_WORDS[r.status][lang],
      status: r.status,
    };
  });
  const fields = data.rows.map((r) => fieldWord(r));
  const target = first.target;
  const targetText = target ? targetWords(def, target, lang, false) : '—';
  const legend: LegendItem[] = [
    { label: periods[0] as string, symbol: 'square', colour: COLOURS.previous },
    { label: periods[1] as string, symbol: 'square', colour: COLOURS.current },
  ];
  const texts = chartTexts(
    VIOLATIONS_WORDS.title(context.year)[lang],
    VIOLATIONS_WORDS.subtitle(
      context.area.name,
      VIOLATIONS_WORDS.targetWords[lang],
      data.kind === 'year_to_date' ? (periods[1]?.toLowerCase() ?? null) : null,
      context.area.validTo !== null && context.area.validTo.startsWith(String(context.year))
        ? formatDate(context.area.validTo, lang)
        : null,
      expiredDocument(target),
    )[lang],
    sourceText(context, lang),
    VIOLATIONS_WORDS.description(
      data.rows
        .map(
          (r, i) =>
            VIOLATIONS_WORDS.row(
              fieldWord(r),
              formatCount(r.current.count, { lang }),
              formatCount(r.previous.count, { lang }),
              (changes[i] as Change).changeText,
              (changes[i] as Change).verdict,
            )[lang],
        )
        .join('; '),
    )[lang],
  );
  const layout = plotFrameLayout(texts, legend);
  const marginLeft = CHART_PADDING + Math.ceil(Math.max(...fields.map((f) => textWidth(f, FONT_SIZE.label)))) + 14;
  const marginRight = RIGHT_COLUMN;
  const marginTop = layout.header + 26;
  const marginBottom = 34 + layout.footer;
  const height = marginTop + fields.length * (2 * BAR_ROW + 14) + marginBottom;
  const max = Math.max(...bars.map((b) => b.count)) * 1.12;
  return {
    id: 'violations_by_field',
    variant: null,
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
      fy: { domain: fields, label: null, axis: 'left', padding: 0.22, tickSize: 0 },
      y: { domain: periods, axis: null, padding: 0.08 },
      x: { domain: [0, max], label: null, grid: true, ticks: 5, tickFormat: (d: number) => formatCount(d, { lang }) },
      marks: [
        Plot.barX(bars, {
          fy: 'field',
          y: 'period',
          x: 'count',
          fill: (d: Bar) => (d.current ? COLOURS.current : COLOURS.previous),
        }),
        Plot.text(bars, {
          fy: 'field',
          y: 'period',
          x: 'count',
          text: 'countText',
          textAnchor: 'start',
          dx: 5,
          fontSize: FONT_SIZE.small,
          fill: COLOURS.text,
        }),
        Plot.text(changes, {
          fy: 'field',
          text: 'changeText',
          frameAnchor: 'right',
          textAnchor: 'start',
          dx: 14,
          dy: -8,
          fontSize: FONT_SIZE.label,
          fill: COLOURS.text,
        }),
        Plot.text(changes, {
          fy: 'field',
          text: 'verdict',
          frameAnchor: 'right',
          textAnchor: 'start',
          dx: 14,
          dy: 9,
          fontSize: FONT_SIZE.label,
          fontWeight: 'bold',
          fill: (d: Change) => STATUS_COLOUR[d.status],
        }),
        Plot.text([VIOLATIONS_WORDS.changeHeader(targetText)[lang]], {
          frameAnchor: 'top-right',
          textAnchor: 'start',
          dx: 14,
          dy: -20,
          fontSize: FONT_SIZE.label,
          fontWeight: 'bold',
          fill: COLOURS.text,
          facet: 'super',
        }),
        plotFrame(texts, legend),
      ],
    },
  };
}

export const violationsByField = defineChart({
  id: 'violations_by_field',
  name: '08-violations-by-field',
  library: 'plot',
  variants: [null],
  build: (context, _variant, lang) => violationsByFieldChart(context, lang),
});
