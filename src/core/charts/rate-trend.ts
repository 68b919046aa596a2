import { UNIT_COUNT_INDICATORS } from '../areas/area-breaks.ts';
import { formatDate } from '../format/date.ts';
import { periodOf } from '../periods/period-of.ts';
import { periodRange } from '../periods/period-range.ts';
import { formatValue } from '../indicators/describe.ts';
import type { IndicatorId } from '../indicators/definition.ts';
import { INDICATORS } from '../indicators/registry.ts';
import { BREAK_WORDS, CHART_WORDS, SCORECARD_WORDS, SKIP_REASONS, TREND_WORDS } from '../messages/charts.ts';
import type { Lang } from '../messages/lang.ts';
import { STATUS_WORDS } from '../messages/scorecard.ts';
import {
  breakMark,
  breakNote,
  breakReasons,
  isOwnEnd,
  isOwnStart,
  joinDates,
  rulesFirst,
  yearBreakPositions,
} from './break-mark.ts';
import { chartFileName, defineChart, type SkippedChart, type VegaLiteChart } from './chart.ts';
import { chartTexts, expiredDocument, sourceText, targetWords, TEXT_WIDTH, vegaLiteFrame } from './frame.ts';
import { chartedIndicators } from '../indicators/registry.ts';
import { coveredMonths, headline, isPartialYear, type ChartContext } from './chart-context.ts';
import { COLOURS, CROSS_SHAPE, FONT_SIZE, STATUS_COLOUR } from './theme.ts';

/**
 * Chart 3, a rate over time (Vega-Lite): the yearly value with its 95 % interval as a band, the target as a
 * dashed line, each year's verdict by colour and mark. One chart per rate: report resolution, clearance,
 * clearance of very serious cases, reoffending, safe communes, safe organisations.
 */

const HEIGHT = 260;
const AXIS_EXTENT = 48;
/** Room right of the plot for the target's label. */
const RIGHT_LABEL = 92;
/** Height of a value label, pixels. */
const LABEL_HEIGHT = 14;
/** Gap between a point's centre and its label, pixels (the point's radius is about 6). */
const LABEL_GAP = 9;

interface Point {
  label: string;
  /** Stretch of the series between breaks: line and band never join two stretches. */
  segment: number;
  /** The only point of its stretch: its interval is drawn as a bar, a band needs two points. */
  alone: boolean;
  value: number;
  lo: number | null;
  hi: number | null;
  /** Where the value's label goes: above its point, or below it when the target line runs there. */
  labelAt: 'above' | 'below';
  status: string;
  statusKey: string;
  valueText: string;
}

/** Ticks format: whole percentages unless the axis spans less than 6 points. */
function percentFormat(lo: number, hi: number): string {
  return hi - lo < 0.06 ? '.1%' : '.0%';
}

/** Builds chart 3 for one rate, or says why not (no year with data). */
export function rateTrendChart(context: ChartContext, id: IndicatorId, lang: Lang): VegaLiteChart | SkippedChart {
  const name = chartFileName(rateTrend, id);
  const def = INDICATORS[id];
  // the years the area existed (a ward set up in July 2025 has 2025 and 2026 only)
  const existed = (year: number) => {
    const range = periodRange(context.convention, year);
    return (
      context.area.validFrom <= range.end && (context.area.validTo === null || context.area.validTo >= range.start)
    );
  };
  const years = context.history
    .filter((report) => existed(report.year))
    .map((report) => ({ year: report.year, result: headline(report, id) }));
  // Where the area's series breaks: a new segment of line and band from the year holding the break, unless the
  // break is the area's own end (nothing follows) or its start (nothing comes before).
  const unitCount = UNIT_COUNT_INDICATORS.has(id);
  const breaks = (unitCount ? context.breaks.units : context.breaks.series).filter((b) => !isOwnStart(b, context.area));
  const segmentStarts = breaks
    .filter((b) => !isOwnEnd(b, context.area))
    .map((b) => periodOf(b.date, context.convention).year);
  const segmentOf = (year: number) => segmentStarts.filter((start) => start <= year).length;
  const labelOf = (year: number) => {
    const months = coveredMonths(context, id, context.area.code, year);
    return isPartialYear(months) ? `${year} (${CHART_WORDS.months((months as number[]).length)[lang]})` : String(year);
  };
  const points: Point[] = years.flatMap(({ year, result }) => {
    if (!result || result.value === null) return [];
    return [
      {
        label: labelOf(year),
        segment: segmentOf(year),
        alone: false,
        value: result.value,
        lo: result.ci95?.[0] ?? null,
        hi: result.ci95?.[1] ?? null,
        labelAt: 'above' as const,
        status: STATUS_WORDS[result.status][lang],
        statusKey: result.status,
        valueText: formatValue(def, result, lang),
      },
    ];
  });
  if (points.length === 0) return { id: 'rate_trend', variant: id, name, reason: SKIP_REASONS.noData[lang] };
  for (const p of points) p.alone = points.filter((q) => q.segment === p.segment).length === 1;
  const domainLabels = years.map(({ year }) => labelOf(year));
  const target =
    headline(context.report, id)?.target ?? context.history.map((r) => headline(r, id)?.target).find((t) => t) ?? null;
  const extent = points
    .flatMap((p) => [p.value, p.lo ?? p.value, p.hi ?? p.value])
    .concat(target ? [target.threshold] : []);
  const span = Math.max(...extent) - Math.min(...extent);
  const pad = Math.max(0.01, span * 0.15);
  const lo = Math.max(0, Math.floor((Math.min(...extent) - pad) * 100) / 100);
  const hi = Math.min(1, Math.ceil((Math.max(...extent) + pad * 1.6) * 100) / 100);
  const width = TEXT_WIDTH - AXIS_EXTENT - RIGHT_LABEL;
  // Each value's label sits just above its point, on a white halo (the band and the line stay behind it); when
  // the target line runs through that place, it goes just below the point instead.
  const px = (v: number) => (HEIGHT * (hi - v)) / (hi - lo);
  if (target) {
    const line = px(target.threshold);
    for (const p of points) {
      const bottomOfLabel = px(p.value) - LABEL_GAP;
      if (line > bottomOfLabel - LABEL_HEIGHT - 2 && line < bottomOfLabel + 3) p.labelAt = 'below';
    }
  }

  const x = {
    field: 'label',
    type: 'ordinal',
    title: null,
    scale: { type: 'point', domain: domainLabels, padding: 0.5 },
    axis: {
      labelAngle: 0,
      labelExpr: domainLabels
        .filter((l) => l.includes('('))
        .reduceRight(
          (rest, l) => `datum.value === '${l}' ? ['${l.split(' ')[0]}', '${l.slice(l.indexOf('('))}'] : ${rest}`,
          'datum.value',
        ),
    },
  };
  const y = {
    type: 'quantitative',
    title: null,
    scale: { domain: [lo, hi], nice: false, zero: false },
    axis: { format: percentFormat(lo, hi), tickCount: 6, minExtent: AXIS_EXTENT, maxExtent: AXIS_EXTENT, grid: true },
  };
  const verdicts = [STATUS_WORDS.met[lang], STATUS_WORDS.not_met[lang]];
  const legend = {
    orient: 'top',
    direction: 'horizontal',
    title: SCORECARD_WORDS.verdictLegend[lang],
    titleOrient: 'left',
    offset: 8,
  };
  const colour = {
    field: 'status',
    type: 'nominal',
    scale: { domain: verdicts, range: [STATUS_COLOUR.met, STATUS_COLOUR.not_met] },
    legend,
  };
  const shape = {
    field: 'status',
    type: 'nominal',
    scale: { domain: verdicts, range: ['circle', CROSS_SHAPE] },
    legend,
  };
  const targetText = target ? targetWords(def, target, lang, false) : null;
  const layers: Record<string, unknown>[] = [
    {
      transform: [{ filter: 'datum.lo !== null' }],
      mark: { type: 'area', color: COLOURS.band, opacity: 0.55 },
      encoding: { x, y: { ...y, field: 'lo' }, y2: { field: 'hi' }, detail: { field: 'segment', type: 'nominal' } },
    },
    {
      transform: [{ filter: 'datum.alone && datum.lo !== null' }],
      mark: { type: 'rule', color: COLOURS.band, opacity: 0.55, strokeWidth: 14 },
      encoding: { x, y: { ...y, field: 'lo' }, y2: { field: 'hi' } },
    },
    {
      mark: { type: 'line', color: COLOURS.neutral, strokeWidth: 1.5 },
      encoding: { x, y: { ...y, field: 'value' }, detail: { field: 'segment', type: 'nominal' } },
    },
  ];
  if (target) {
    layers.push(
      {
        data: { values: [{ threshold: target.threshold }] },
        mark: { type: 'rule', color: COLOURS.threshold, strokeDash: [6, 4], strokeWidth: 1.8 },
        encoding: { y: { ...y, field: 'threshold' } },
      },
      {
        data: { values: [{ threshold: target.threshold, text: [CHART_WORDS.target[lang], targetText] }] },
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 8, fontSize: FONT_SIZE.small, lineHeight: 14 },
        encoding: { x: { value: width }, y: { ...y, field: 'threshold' }, text: { field: 'text' } },
      },
    );
  }
  layers.push(
    {
      mark: { type: 'point', filled: true, size: 110, opacity: 1, strokeWidth: 0 },
      encoding: { x, y: { ...y, field: 'value' }, color: colour, shape },
    },
    ...(['above', 'below'] as const).flatMap((at) =>
      [{ halo: true }, { halo: false }].map(({ halo }) => ({
        transform: [{ filter: `datum.labelAt === '${at}'` }],
        mark: {
          type: 'text',
          baseline: at === 'above' ? 'bottom' : 'top',
          dy: at === 'above' ? -LABEL_GAP : LABEL_GAP,
          fontSize: FONT_SIZE.small,
          ...(halo ? { stroke: 'white', strokeWidth: 4, strokeJoin: 'round', opacity: 0.9 } : {}),
        },
        encoding: { x, y: { ...y, field: 'value' }, text: { field: 'valueText' } },
      })),
    ),
  );
  // The break marks: a dotted line between two years, beside the points, never through one (the year holding
  // the break starts the new stretch; after it when the area's data end there). A point scale with padding 0.5
  // puts year i at step × (i + 0.5).
  const marked = yearBreakPositions(
    breaks,
    years.map(({ year }) => year),
    context.convention,
    width / domainLabels.length,
    (b) => isOwnEnd(b, context.area),
  );
  const markLayers = marked.flatMap((b, k) =>
    breakMark({ value: b.px }, null, formatDate(b.date, lang), HEIGHT, lang, marked.length - 1 - k),
  );
  layers.unshift(...rulesFirst(markLayers)); // every line under every label
  const body = { data: { values: points }, width, height: HEIGHT, layer: layers };
  const rateTitle = def.rateTitle ?? def.title;
  const first = years[0]?.year ?? context.year;
  const judged = points.filter((p) => p.statusKey !== 'no_data');
  const met = judged.filter((p) => p.statusKey === 'met').length;
  const texts = chartTexts(
    TREND_WORDS.title(rateTitle, first, context.year)[lang],
    TREND_WORDS.subtitle(
      context.area.name,
      def.rateMeasure ?? def.description,
      targetText,
      expiredDocument(headline(context.report, id)?.target ?? null),
    )[lang] +
      (marked.length > 0
        ? ` ${
            BREAK_WORDS.subtitle(
              joinDates(
                marked.map((b) => formatDate(b.date, lang)),
                lang,
              ),
              breakReasons(
                breaks,
                marked.map((b) => b.date),
                lang,
                unitCount && context.area.level === 'province',
              ),
            )[lang]
          }`
        : ''),
    sourceText(context, lang),
    [
      TREND_WORDS.description(
        points.map((p) => `${p.label} ${p.valueText} (${p.status.toLowerCase()})`).join(', '),
        met,
        judged.length,
      )[lang],
      ...marked.map((b) => breakNote(breaks, b.date, lang)),
    ].join(' '),
  );
  return {
    id: 'rate_trend',
    variant: id,
    name,
    lang,
    library: 'vega-lite',
    texts,
    spec: vegaLiteFrame(body, texts, lang, AXIS_EXTENT),
  };
}

/** Rates drawn over time, one chart each: the indicators whose definition says `charts.trend`. */
export const TREND_RATE_IDS: readonly IndicatorId[] = chartedIndicators('trend');

export const rateTrend = defineChart({
  id: 'rate_trend',
  name: '03-rate-trend',
  library: 'vega-lite',
  variants: TREND_RATE_IDS,
  build: (context, variant, lang) => rateTrendChart(context, variant ?? 'clearance_rate', lang),
});
