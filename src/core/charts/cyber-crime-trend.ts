import { formatCount } from '../format/count.ts';
import { formatDate } from '../format/date.ts';
import { formatCi } from '../indicators/describe.ts';
import { INDICATORS } from '../indicators/registry.ts';
import { BREAK_WORDS, CHART_WORDS, CYBER_TREND_WORDS, SKIP_REASONS } from '../messages/charts.ts';
import type { Lang } from '../messages/lang.ts';
import { periodOf } from '../periods/period-of.ts';
import { periodRange } from '../periods/period-range.ts';
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
import { periodWords } from './areas.ts';
import { chartFileName, defineChart, skipChart, type SkippedChart, type VegaLiteChart } from './chart.ts';
import type { ChartContext } from './chart-context.ts';
import { CYBER_ID, cyberCrimeTrendData, type CyberYear } from './cyber-crime-trend-data.ts';
import { chartTexts, sourceText, TEXT_WIDTH, vegaLiteFrame } from './frame.ts';
import { sameMonthsPanel, signedChange, YTD_WIDTH } from './same-months-panel.ts';
import { COLOURS, FONT_SIZE } from './theme.ts';

/**
 * Chart 9, cybercrime each year (Vega-Lite): the cases of `cyber_crime_cases` (a count watched, with no target)
 * from 2019, each with its exact 95 % Poisson interval (Garwood) as a band. A year not yet over is drawn apart
 * (a hollow dot, "(tạm tính)", its months under its label) and compared, beside, with the same months of the year
 * before, as the contract's same-months rule asks (CONTRACT.md; crime against the baseline does the same).
 */

const HEIGHT = 250;
const AXIS_EXTENT = 44;
const PANEL_SPACING = 36;
/** Gap between a point's centre and its label, pixels. */
const LABEL_GAP = 9;

interface Point {
  label: string;
  /** Stretch of the series between breaks (a year of part of its months is never joined to the line). */
  segment: number;
  partial: boolean;
  count: number;
  lo: number | null;
  hi: number | null;
  countText: string;
}

/** A year's label: the year, and its months when it is not whole ('2026 (10 tháng)'). */
function labelOf(year: CyberYear, lang: Lang): string {
  return year.partial
    ? `${year.year} (${CHART_WORDS.months((year.months as number[]).length)[lang]})`
    : String(year.year);
}

/** The change printed as a change of a count against another (signed percentages, as crime against 2021 prints it). */
const CHANGE_FORMAT = INDICATORS.crime_change_vs_baseline;

/** Builds chart 9, or says why not (no count, or no case at all in the years shown). */
export function cyberCrimeTrendChart(context: ChartContext, lang: Lang): VegaLiteChart | SkippedChart {
  const def = INDICATORS[CYBER_ID];
  const { years, sameMonths } = cyberCrimeTrendData(context);
  if (years.length === 0) return skipChart(cyberCrimeTrend, null, SKIP_REASONS.noData[lang]);
  const first = (years[0] as CyberYear).year;
  if (years.every((y) => y.count === 0)) {
    const group = { vi: def.shortTitle.vi.toLowerCase(), en: def.shortTitle.en.toLowerCase() };
    return skipChart(cyberCrimeTrend, null, SKIP_REASONS.noCases(group, first, context.year)[lang]);
  }
  // Where the area's series breaks: a new stretch from the year holding the break (as the rate trend draws it).
  const breaks = context.breaks.series.filter((b) => !isOwnStart(b, context.area));
  const segmentStarts = breaks
    .filter((b) => !isOwnEnd(b, context.area))
    .map((b) => periodOf(b.date, context.convention).year);
  const segmentOf = (year: number) => segmentStarts.filter((start) => start <= year).length;
  // A year in progress is provisional; a year the area existed for in part only (set up or ended in it) is final.
  const areaEnd = context.area.validTo;
  const inProgress = (y: CyberYear) =>
    y.partial &&
    y.year === context.year &&
    (areaEnd === null || areaEnd >= periodRange(context.convention, y.year).end);
  const points: Point[] = years.map((y) => ({
    label: labelOf(y, lang),
    segment: segmentOf(y.year),
    partial: y.partial,
    count: y.count,
    lo: y.ci95?.[0] ?? null,
    hi: y.ci95?.[1] ?? null,
    countText: inProgress(y)
      ? CYBER_TREND_WORDS.provisional(formatCount(y.count, { lang }))[lang]
      : formatCount(y.count, { lang }),
  }));
  const labels = points.map((p) => p.label);
  const top = Math.max(...points.map((p) => p.hi ?? p.count), sameMonths?.previous.count ?? 0, 1);
  const max = Math.ceil(top * 1.12);
  const yearlyWidth = TEXT_WIDTH - AXIS_EXTENT - (sameMonths ? YTD_WIDTH + PANEL_SPACING : 0);
  const x = {
    field: 'label',
    type: 'ordinal',
    title: null,
    scale: { type: 'point', domain: labels, padding: 0.5 },
    axis: {
      labelAngle: 0,
      // a year not over gets its months under its label
      labelExpr: labels
        .filter((l) => l.includes('('))
        .reduceRight(
          (rest, l) => `datum.value === '${l}' ? ['${l.split(' ')[0]}', '${l.slice(l.indexOf('('))}'] : ${rest}`,
          'datum.value',
        ),
    },
  };
  const y = {
    type: 'quantitative',
    title: CHART_WORDS.cases[lang],
    scale: { domain: [0, max], nice: false },
    axis: {
      format: ',d',
      tickMinStep: 1,
      titleAngle: 0,
      titleAlign: 'left',
      titleY: -14,
      titleX: 0,
      minExtent: AXIS_EXTENT,
      maxExtent: AXIS_EXTENT,
      grid: true,
    },
  };
  const keep = (test: string) => ({ filter: test });
  const layers: Record<string, unknown>[] = [
    {
      transform: [keep('!datum.partial && datum.lo !== null')],
      mark: { type: 'area', color: COLOURS.band, opacity: 0.55 },
      encoding: { x, y: { ...y, field: 'lo' }, y2: { field: 'hi' }, detail: { field: 'segment', type: 'nominal' } },
    },
    {
      // a year not over: its interval as a bar, apart from the band of whole years
      transform: [keep('datum.partial && datum.lo !== null')],
      mark: { type: 'rule', color: COLOURS.band, opacity: 0.55, strokeWidth: 14 },
      encoding: { x, y: { ...y, field: 'lo' }, y2: { field: 'hi' } },
    },
    {
      transform: [keep('!datum.partial')],
      mark: { type: 'line', color: COLOURS.neutral, strokeWidth: 1.5 },
      encoding: { x, y: { ...y, field: 'count' }, detail: { field: 'segment', type: 'nominal' } },
    },
    {
      transform: [keep('!datum.partial')],
      mark: { type: 'point', filled: true, size: 90, opacity: 1, strokeWidth: 0, color: COLOURS.current },
      encoding: { x, y: { ...y, field: 'count' } },
    },
    {
      transform: [keep('datum.partial')],
      mark: { type: 'point', filled: false, size: 90, opacity: 1, strokeWidth: 2, color: COLOURS.current },
      encoding: { x, y: { ...y, field: 'count' } },
    },
    // each count over its point, on a white halo so the band and the line stay behind it
    ...[{ stroke: 'white', strokeWidth: 4, strokeJoin: 'round', opacity: 0.9 }, {}].map((halo) => ({
      mark: { type: 'text', baseline: 'bottom', dy: -LABEL_GAP, fontSize: FONT_SIZE.small, ...halo },
      encoding: { x, y: { ...y, field: 'count' }, text: { field: 'countText' } },
    })),
  ];
  const marked = yearBreakPositions(
    breaks,
    years.map((yr) => yr.year),
    context.convention,
    yearlyWidth / labels.length,
    (b) => isOwnEnd(b, context.area),
  );
  layers.unshift(
    ...rulesFirst(
      marked.flatMap((b, k) =>
        breakMark({ value: b.px }, null, formatDate(b.date, lang), HEIGHT, lang, marked.length - 1 - k, 'top'),
      ),
    ),
  );
  const yearly = {
    title: {
      text: sameMonths ? CYBER_TREND_WORDS.wholeYears[lang] : '',
      anchor: 'start',
      fontSize: FONT_SIZE.label + 1,
      offset: 24,
      subtitle: '',
    },
    data: { values: points },
    width: yearlyWidth,
    height: HEIGHT,
    layer: layers,
  };
  const body = sameMonths
    ? {
        hconcat: [
          yearly,
          sameMonthsPanel(sameMonths, lang, {
            max,
            height: HEIGHT,
            ci: formatCi(CHANGE_FORMAT, sameMonths.ci95, lang),
          }),
        ],
        spacing: PANEL_SPACING,
        resolve: { scale: { y: 'shared' } },
      }
    : yearly;
  const partialText = sameMonths
    ? CYBER_TREND_WORDS.partial(
        periodWords(context.convention, context.year, (years[years.length - 1] as CyberYear).months)[lang],
        formatCount(sameMonths.current.count, { lang }),
        formatCount(sameMonths.previous.count, { lang }),
        signedChange(sameMonths.current.count, sameMonths.previous.count, lang),
      )[lang]
    : '';
  const breakText =
    marked.length > 0
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
            ),
          )[lang]
        }`
      : '';
  const texts = chartTexts(
    CYBER_TREND_WORDS.title(first, context.year)[lang],
    CYBER_TREND_WORDS.subtitle(context.area.name)[lang] + (partialText ? ` ${partialText}` : '') + breakText,
    sourceText(context, lang),
    [
      CYBER_TREND_WORDS.description(points.map((p) => `${p.label}: ${p.countText}`).join(', '), partialText)[lang],
      ...marked.map((b) => breakNote(breaks, b.date, lang)),
    ]
      .filter((t) => t !== '')
      .join(' '),
    CYBER_TREND_WORDS.method(
      points.some((p) => p.partial),
      sameMonths !== null,
    )[lang],
  );
  return {
    id: 'cyber_crime_trend',
    variant: null,
    name: chartFileName(cyberCrimeTrend, null),
    lang,
    library: 'vega-lite',
    texts,
    spec: vegaLiteFrame(body, texts, lang, AXIS_EXTENT),
  };
}

export const cyberCrimeTrend = defineChart({
  id: 'cyber_crime_trend',
  name: '09-cyber-crime-trend',
  library: 'vega-lite',
  variants: [null],
  build: (context, _variant, lang) => cyberCrimeTrendChart(context, lang),
});
