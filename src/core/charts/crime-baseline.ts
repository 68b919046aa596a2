import { formatCount } from '../format/count.ts';
import { formatCi } from '../indicators/describe.ts';
import { INDICATORS } from '../indicators/registry.ts';
import { exactVerdict } from '../indicators/verdict.ts';
import type { Target } from '../types.ts';
import { BASELINE_WORDS, BREAK_WORDS, CHART_WORDS, SKIP_REASONS } from '../messages/charts.ts';
import { formatDate } from '../format/date.ts';
import type { Lang } from '../messages/lang.ts';
import { formatPercent } from '../format/percent.ts';
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
import { chartTexts, expiredDocument, sourceText, TEXT_WIDTH, vegaLiteFrame } from './frame.ts';
import { coveredMonths, headline, isPartialYear, type ChartContext } from './chart-context.ts';
import { crimeYearToDate } from './crime-baseline-data.ts';
import { sameMonthsPanel, signedChange, YTD_WIDTH } from './same-months-panel.ts';
import { COLOURS, FONT_SIZE } from './theme.ts';

/**
 * Chart 2, crime against the 2021 baseline (Vega-Lite): yearly totals as bars, the baseline as a line across,
 * the even path to the target (−5 % by 2025) as a dashed line, and, beside it, the year to date against the
 * same months of the year before ("so với cùng kỳ"), with the exact interval of the change.
 */

const HEIGHT = 250;
/** Room of the y axis (labels and ticks). */
const AXIS_EXTENT = 44;
const PANEL_SPACING = 36;

interface YearBar {
  label: string;
  year: number;
  count: number;
  countText: string;
  note: string;
  partial: boolean;
}

/** Builds chart 2, or says why not (no yearly counts). */
export function crimeBaselineChart(context: ChartContext, lang: Lang): VegaLiteChart | SkippedChart {
  const name = chartFileName(crimeBaseline, null);
  const def = INDICATORS.crime_change_vs_baseline;
  const results = context.history.map((report) => ({ year: report.year, result: headline(report, def.id) }));
  const bars: YearBar[] = results.flatMap(({ year, result }) => {
    if (!result || result.numerator === null) return [];
    const months = coveredMonths(context, def.id, context.area.code, year);
    if (months !== null && months.length === 0) return []; // the area did not exist: no bar, not a bar of 0
    const partial = isPartialYear(months);
    return [
      {
        label: String(year),
        year,
        count: result.numerator,
        countText: formatCount(result.numerator, { lang }),
        note: partial ? CHART_WORDS.months((months as number[]).length)[lang] : '',
        partial,
      },
    ];
  });
  if (bars.length === 0) return { id: 'crime_baseline', variant: null, name, reason: SKIP_REASONS.noData[lang] };
  const baselineYear = def.comparison?.kind === 'baseline' ? def.comparison.year : 2021;
  // No path without a baseline: a unit set up after the baseline year has none (its 2021 count is not 0 cases).
  const baselineCount = bars.find((b) => b.year === baselineYear && !b.partial)?.count ?? null;
  const baseline = baselineCount !== null && baselineCount > 0 ? baselineCount : null;
  const target = headline(context.report, def.id)?.target ?? null;
  const deadline = target?.deadline_year ?? null;
  const path =
    baseline !== null && target && deadline !== null && deadline > baselineYear
      ? bars
          .filter((b) => b.year >= baselineYear && b.year <= deadline)
          .map((b) => ({
            label: b.label,
            expected: baseline * (1 + target.threshold) ** ((b.year - baselineYear) / (deadline - baselineYear)),
            series: '',
          }))
      : [];
  const ytd = crimeYearToDate(context);
  const max = Math.max(...bars.map((b) => b.count), ytd?.current.count ?? 0, ytd?.previous.count ?? 0) * 1.14;
  const yearlyWidth = TEXT_WIDTH - AXIS_EXTENT - (ytd ? YTD_WIDTH + PANEL_SPACING : 0);
  const x = {
    field: 'label',
    type: 'ordinal',
    sort: null,
    title: null,
    axis: {
      labelAngle: 0,
      // every partial year (a unit set up in July 2025 has two) gets its months under its label
      labelExpr: bars
        .filter((b) => b.partial)
        .reduceRight(
          (rest, b) => `datum.value === '${b.label}' ? ['${b.label}', '(${b.note})'] : ${rest}`,
          'datum.value',
        ),
    },
    // outer padding half the inner: year i's bar is centred at step × (i + 0.5), where break marks find it
    scale: { paddingInner: 0.25, paddingOuter: 0.125 },
  };
  const marked = yearBreakPositions(
    context.breaks.series.filter((b) => !isOwnStart(b, context.area)), // a unit's start: nothing before it
    bars.map((b) => b.year),
    context.convention,
    yearlyWidth / bars.length,
    (b) => isOwnEnd(b, context.area), // after the last bar of a unit that ended, never through it
  );
  const breakLayers = rulesFirst(
    marked.flatMap((b, k) =>
      breakMark({ value: b.px }, null, formatDate(b.date, lang), HEIGHT, lang, marked.length - 1 - k, 'top'),
    ),
  );
  const series = [
    baseline !== null ? BASELINE_WORDS.baseline(formatCount(baseline, { lang }))[lang] : null,
    path.length > 0 && deadline !== null
      ? BASELINE_WORDS.targetLabel(formatCount(allowedCount(baseline as number, target as Target), { lang }), deadline)[
          lang
        ]
      : null,
  ];
  for (const p of path) p.series = series[1] ?? '';
  const seriesScale = {
    domain: series.filter((t): t is string => t !== null),
    range: [series[0] !== null ? COLOURS.text : null, series[1] !== null ? COLOURS.path : null].filter(
      (c) => c !== null,
    ),
  };
  const dashScale = {
    domain: seriesScale.domain,
    range: [series[0] !== null ? [2, 3] : null, series[1] !== null ? [6, 4] : null].filter((c) => c !== null),
  };
  const lineLegend = {
    orient: 'top',
    direction: 'horizontal',
    title: null,
    symbolType: 'stroke',
    symbolSize: 400,
    symbolStrokeWidth: 2.5,
    offset: 8,
  };
  const seriesEncoding = {
    color: { field: 'series', type: 'nominal', scale: seriesScale, legend: lineLegend },
    strokeDash: { field: 'series', type: 'nominal', scale: dashScale, legend: lineLegend },
  };
  const y = {
    type: 'quantitative',
    title: CHART_WORDS.cases[lang],
    scale: { domain: [0, max], nice: false },
    axis: {
      format: ',d',
      titleAngle: 0,
      titleAlign: 'left',
      titleY: -14,
      titleX: 0,
      minExtent: AXIS_EXTENT,
      maxExtent: AXIS_EXTENT,
    },
  };
  const targetText = target ? formatPercent(Math.abs(target.threshold), { lang, decimals: 0 }) : '';
  const yearly = {
    title: {
      text: BASELINE_WORDS.yearly[lang],
      anchor: 'start',
      fontSize: FONT_SIZE.label + 1,
      offset: 24,
      subtitle: '',
    },
    width: yearlyWidth,
    height: HEIGHT,
    layer: [
      {
        data: { values: bars },
        mark: { type: 'bar' },
        encoding: {
          x,
          y: { ...y, field: 'count' },
          color: { condition: { test: 'datum.partial', value: COLOURS.band }, value: COLOURS.current },
        },
      },
      {
        data: { values: bars },
        mark: { type: 'text', baseline: 'bottom', dy: -6, fontSize: FONT_SIZE.label },
        encoding: {
          x,
          y: { ...y, datum: 0 },
          text: { field: 'countText' },
          color: { condition: { test: 'datum.partial', value: COLOURS.text }, value: 'white' },
        },
      },
      ...(baseline !== null
        ? [
            {
              data: { values: [{ baseline, series: series[0] }] },
              mark: { type: 'rule', strokeWidth: 1.5 },
              encoding: { y: { ...y, field: 'baseline' }, ...seriesEncoding },
            },
          ]
        : []),
      ...(path.length > 0
        ? [
            {
              data: { values: path },
              mark: { type: 'line', strokeWidth: 2.5, point: { filled: true, size: 40, color: COLOURS.path } },
              encoding: { x, y: { ...y, field: 'expected' }, ...seriesEncoding },
            },
          ]
        : []),
      // over the bars: a break through a year runs across its bar
      ...breakLayers,
    ],
  };
  const body = ytd
    ? {
        hconcat: [yearly, sameMonthsPanel(ytd, lang, { max, height: HEIGHT, ci: formatCi(def, ytd.ci95, lang) })],
        spacing: PANEL_SPACING,
        resolve: { scale: { y: 'shared' } },
      }
    : yearly;
  const subtitle =
    target && deadline !== null && baseline !== null
      ? BASELINE_WORDS.subtitle(context.area.name, targetText, deadline, expiredDocument(target))[lang]
      : BASELINE_WORDS.subtitleNoTarget(context.area.name)[lang];
  const breakText =
    marked.length > 0
      ? ` ${
          BREAK_WORDS.subtitle(
            joinDates(
              marked.map((b) => formatDate(b.date, lang)),
              lang,
            ),
            breakReasons(
              context.breaks.series,
              marked.map((b) => b.date),
              lang,
            ),
          )[lang]
        }`
      : '';
  const byYear = bars.map((b) => `${b.label}${b.partial ? ` (${b.note})` : ''}: ${b.countText}`).join(', ');
  const ytdText = ytd
    ? BASELINE_WORDS.ytdDescription(
        `${BASELINE_WORDS.months(ytd.current.firstMonth ?? 1, ytd.current.lastMonth ?? 12, ytd.current.year)[lang]}: ${formatCount(ytd.current.count, { lang })}`,
        formatCount(ytd.previous.count, { lang }),
        signedChange(ytd.current.count, ytd.previous.count, lang),
      )[lang]
    : '';
  const texts = chartTexts(
    (baseline !== null ? BASELINE_WORDS.title : BASELINE_WORDS.titleNoBaseline)[lang],
    subtitle + breakText,
    sourceText(context, lang),
    [
      BASELINE_WORDS.description(byYear, ytdText, baseline !== null ? formatCount(baseline, { lang }) : '—')[lang],
      ...marked.map((b) => breakNote(context.breaks.series, b.date, lang)),
    ].join(' '),
  );
  return {
    id: 'crime_baseline',
    variant: null,
    name,
    lang,
    library: 'vega-lite',
    texts,
    spec: vegaLiteFrame(body, texts, lang, AXIS_EXTENT),
  };
}

export const crimeBaseline = defineChart({
  id: 'crime_baseline',
  name: '02-crime-baseline',
  library: 'vega-lite',
  variants: [null],
  build: (context, _variant, lang) => crimeBaselineChart(context, lang),
});

/**
 * The largest whole count that meets a change target against the baseline, decided exactly (844 cases in
 * 2021 and "≤ −5 %" allow at most 801 in 2025, since 0.95 × 844 = 801.8).
 *
 * @example allowedCount(844, { comparator: '<=', threshold: -0.05, deadline_year: 2025 }) // => 801
 */
export function allowedCount(baseline: number, target: Target): number {
  let x = Math.floor(baseline * (1 + target.threshold)) + 1;
  while (x > 0 && exactVerdict(x, baseline, -1, target.comparator, target.threshold) !== 'met') x -= 1;
  return x;
}
