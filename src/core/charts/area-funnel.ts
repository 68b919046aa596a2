import * as Plot from '@observablehq/plot';
import { formatCount } from '../format/count.ts';
import { formatPercent } from '../format/percent.ts';
import { formatNumber } from '../format/number.ts';
import { formatValue } from '../indicators/describe.ts';
import { INDICATORS } from '../indicators/registry.ts';
import { CHART_WORDS, FUNNEL_WORDS, SKIP_REASONS } from '../messages/charts.ts';
import type { Lang } from '../messages/lang.ts';
import type { FunnelPosition } from '../stats/funnel.ts';
import { chartFileName, defineChart, type PlotChart, type SkippedChart } from './chart.ts';
import { chartTexts, plotFrame, plotFrameLayout, sourceText, targetWords, type LegendItem } from './frame.ts';
import type { ChartContext } from './chart-context.ts';
import { areaFunnelData, type FunnelArea, type FunnelCurvePoint } from './area-funnel-data.ts';
import { AREA_RATE_IDS, comparedAreas, wholeAreaFigure, type AreaRateId } from './compared-areas.ts';
import { placeLabels, type Segment } from './labels.ts';
import { areaShortName, figurePeriods } from './areas.ts';
import { CHART_WIDTH, COLOURS, FONT_SIZE, PLOT_STYLE } from './theme.ts';

/**
 * Chart 4, areas compared fairly (Observable Plot): a funnel plot of each area's rate against its denominator,
 * with 95 % and 99.8 % limits around the target (Spiegelhalter 2005), exact binomial limits for small
 * denominators. An area outside the funnel differs from the target by more than chance; the plot ranks no one.
 */

const PLOT_HEIGHT = 340;
const MARGIN = { left: 56, right: 24, axisTop: 16, axisBottom: 44 } as const;

/** The five places a point can take against the two pairs of limits. */
type Place = 'above998' | 'above95' | 'inside' | 'below95' | 'below998';
const PLACES: readonly Place[] = ['above998', 'above95', 'inside', 'below95', 'below998'];

function placeOf(area: FunnelArea): Place {
  const at = (p: FunnelPosition | null) => p ?? 'inside';
  if (at(area.at998) === 'above') return 'above998';
  if (at(area.at998) === 'below') return 'below998';
  if (at(area.at95) === 'above') return 'above95';
  if (at(area.at95) === 'below') return 'below95';
  return 'inside';
}

/** Builds the funnel plot of one rate across the areas one level down, or says why not. */
export function areaFunnelChart(context: ChartContext, id: AreaRateId, lang: Lang): PlotChart | SkippedChart {
  const name = chartFileName(areaFunnel, id);
  if (comparedAreas(context).length === 0) {
    return {
      id: 'area_funnel',
      variant: id,
      name,
      reason: SKIP_REASONS.noSubareas(context.area.name, context.year)[lang],
    };
  }
  const funnel = areaFunnelData(context, id);
  if (!funnel) return { id: 'area_funnel', variant: id, name, reason: SKIP_REASONS.noTarget[lang] };
  const def = INDICATORS[id];
  const better = def.direction === 'increase' ? 'above' : 'below';
  const colourOf = (place: Place) =>
    place === 'inside' ? COLOURS.neutral : place.startsWith(better) ? COLOURS.better : COLOURS.worse;
  const symbolOf = (place: Place) => (place.endsWith('998') ? 'diamond' : 'circle');
  const periods = figurePeriods(
    context,
    id,
    funnel.areas.map((a) => a.area),
    lang,
  );
  // An area whose figure covers other months than most carries them in its label ("Kỳ Anh 1-6/2025").
  const labelOf = (a: FunnelArea) =>
    [areaShortName(a.area, lang), periods.suffix(a.area.code)].filter((t) => t !== '').join(' ');
  // Areas with the same figures (small denominators make many: 3 of 3, 12 of 17) share one dot, larger and
  // numbered, so that none hides another; its label names them all.
  const groups = new Map<string, { n: number; value: number; place: Place; names: string[]; odd: boolean }>();
  for (const a of funnel.areas) {
    const odd = periods.suffix(a.area.code) !== '';
    const key = `${a.numerator}/${a.denominator}${odd ? `/${a.area.code}` : ''}`;
    const group = groups.get(key) ?? { n: a.denominator, value: a.value as number, place: placeOf(a), names: [], odd };
    group.names.push(labelOf(a));
    groups.set(key, group);
  }
  const points = [...groups.values()].map((g) => ({
    n: g.n,
    value: g.value,
    place: g.place,
    name: g.names.join(', '),
    count: g.names.length,
    odd: g.odd,
    // big enough for its number: 8.6 px for two areas, 10.2 for six
    r: g.names.length > 1 ? 6.5 + 1.5 * Math.sqrt(g.names.length) : g.place === 'inside' ? 4 : 5,
  }));
  const shared = points.filter((p) => p.count > 1);
  const present = PLACES.filter((p) => points.some((q) => q.place === p));
  const targetText = formatPercent(funnel.p0, {
    lang,
    decimals: funnel.p0 * 100 === Math.round(funnel.p0 * 100) ? 0 : 1,
  });
  const legend: LegendItem[] = [
    ...present.map((p): LegendItem => ({
      label: FUNNEL_WORDS.legend[p][lang],
      symbol: symbolOf(p) as LegendItem['symbol'],
      colour: colourOf(p),
      hollow: p === 'inside',
    })),
    { label: FUNNEL_WORDS.limit95[lang], symbol: 'line', colour: COLOURS.mutedText },
    { label: FUNNEL_WORDS.limit998[lang], symbol: 'dashed', colour: COLOURS.mutedText },
    { label: `${CHART_WORDS.target[lang]} ${targetText}`, symbol: 'line', colour: COLOURS.threshold },
  ];
  const rateTitle = def.rateTitle ?? def.title;
  const outside = (level: '95' | '998') =>
    funnel.areas
      .filter((a) => (level === '95' ? a.at95 : a.at998) !== 'inside' && a.value !== null)
      .map((a) => `${labelOf(a)} ${formatValue(def, a, lang)}`);
  const list = (items: string[]) => (items.length > 0 ? items.join(', ') : FUNNEL_WORDS.none[lang]);
  const whole = wholeAreaFigure(context, id);
  const count = (side: 'above' | 'below') => funnel.areas.filter((a) => a.at95 === side).length;

  // Where things are drawn, in pixels (fixed scales): the labels of the areas outside the funnel keep clear of
  // every dot, every line and each other.
  const maxN = Math.max(...funnel.curve.map((c) => c.n));
  const minN = Math.min(...points.map((p) => p.n));
  const lowest = Math.min(
    ...points.map((p) => p.value),
    ...funnel.curve.filter((c) => c.n >= minN).map((c) => c.lower95),
  );
  const highest = Math.max(...points.map((p) => p.value), funnel.p0);
  const yDomain: [number, number] = [
    Math.max(0, Math.floor((lowest - 0.02) * 50) / 50),
    Math.min(1, Math.ceil((highest + 0.02) * 50) / 50),
  ];
  const xDomain: [number, number] = [0, maxN];
  const curve = funnel.curve.filter((c) => c.n >= 1);
  const place = (marginTop: number) => {
    const toX = (n: number) => MARGIN.left + (n / maxN) * (CHART_WIDTH - MARGIN.left - MARGIN.right);
    const toY = (v: number) => marginTop + ((yDomain[1] - v) / (yDomain[1] - yDomain[0])) * PLOT_HEIGHT;
    const segments: Segment[] = [{ x1: toX(0), y1: toY(funnel.p0), x2: toX(maxN), y2: toY(funnel.p0) }];
    for (const key of ['lower95', 'upper95', 'lower998', 'upper998'] as const) {
      for (const method of ['exact', 'normal'] as const) {
        const run = curve.filter((c) => c.method === method);
        for (let i = 1; i < run.length; i++) {
          const a = run[i - 1] as FunnelCurvePoint;
          const b = run[i] as FunnelCurvePoint;
          if (method === 'exact') {
            // a step curve turns halfway between two denominators
            const mid = toX((a.n + b.n) / 2);
            segments.push(
              { x1: toX(a.n), y1: toY(a[key]), x2: mid, y2: toY(a[key]) },
              { x1: mid, y1: toY(a[key]), x2: mid, y2: toY(b[key]) },
              { x1: mid, y1: toY(b[key]), x2: toX(b.n), y2: toY(b[key]) },
            );
          } else {
            segments.push({ x1: toX(a.n), y1: toY(a[key]), x2: toX(b.n), y2: toY(b[key]) });
          }
        }
      }
    }
    // the areas beyond 99.8 % first, then beyond 95 %, then those of other months
    const rank = (p: (typeof points)[number]) => (p.place.endsWith('998') ? 0 : p.place !== 'inside' ? 1 : 2);
    const requests = points.filter((p) => p.place !== 'inside' || p.odd).sort((a, b) => rank(a) - rank(b));
    const placed = placeLabels(
      requests.map((p) => ({ x: toX(p.n), y: toY(p.value), text: p.name, r: p.r })),
      { left: MARGIN.left, right: CHART_WIDTH - MARGIN.right, top: marginTop, bottom: marginTop + PLOT_HEIGHT },
      points.map((p) => ({ x: toX(p.n), y: toY(p.value), r: p.r + 1 })),
      FONT_SIZE.small,
      segments,
    );
    return { placed, unplaced: requests.filter((p) => !placed.some((l) => l.text === p.name)).map((p) => p.name) };
  };

  const textsFor = (unplaced: string[]) =>
    chartTexts(
      FUNNEL_WORDS.title(rateTitle, periods.period)[lang],
      FUNNEL_WORDS.subtitle(
        whole && whole.value !== null ? CHART_WORDS.whole(context.area.level, formatValue(def, whole, lang)) : null,
        targetWords(def, funnel.target, lang, false),
        count('above'),
        count('below'),
        periods.provisional,
      )[lang],
      sourceText(context, lang),
      FUNNEL_WORDS.description(funnel.areas.length, list(outside('95')), list(outside('998')))[lang],
      [
        FUNNEL_WORDS.method(def.denominatorName ?? def.title)[lang],
        periods.note,
        funnel.curve.some((c) => c.method === 'exact' && c.n >= Math.min(...funnel.areas.map((a) => a.denominator)) / 2)
          ? FUNNEL_WORDS.exactSteps[lang]
          : '',
        funnel.phi !== null && funnel.phi > 1
          ? FUNNEL_WORDS.overdispersed(formatNumber(funnel.phi, { lang, decimals: 1 }), funnel.widened)[lang]
          : '',
        shared.length > 0 ? FUNNEL_WORDS.sameFigures[lang] : '',
        unplaced.length > 0 ? FUNNEL_WORDS.unplaced(unplaced.join(', '))[lang] : '',
      ]
        .filter((t) => t !== '')
        .join(' '),
    );
  // Labels are placed below the header (title, subtitle, legend); a label with no free place is named in the
  // note instead, which lengthens the footer only.
  let texts = textsFor([]);
  let layout = plotFrameLayout(texts, legend);
  const { placed: labels, unplaced } = place(layout.header + MARGIN.axisTop);
  if (unplaced.length > 0) {
    texts = textsFor(unplaced);
    layout = plotFrameLayout(texts, legend);
  }
  const marginTop = layout.header + MARGIN.axisTop;
  const marginBottom = MARGIN.axisBottom + layout.footer;
  // pixels back to the scales' values, for the marks that draw the labels
  const fromX = (px: number) => ((px - MARGIN.left) / (CHART_WIDTH - MARGIN.left - MARGIN.right)) * maxN;
  const fromY = (py: number) => yDomain[1] - ((py - marginTop) / PLOT_HEIGHT) * (yDomain[1] - yDomain[0]);
  const height = marginTop + PLOT_HEIGHT + marginBottom;
  // Exact limits are steps (a rate of whole cases can only take the values k/n): drawn as steps centred on each
  // denominator; normal limits are smooth.
  const lines = (y: 'lower95' | 'upper95' | 'lower998' | 'upper998', dashed: boolean) =>
    (['exact', 'normal'] as const).map((method) =>
      Plot.line(
        curve.filter((c) => c.method === method),
        {
          x: 'n',
          y,
          curve: method === 'exact' ? 'step' : 'linear',
          stroke: COLOURS.mutedText,
          strokeWidth: 1.3,
          strokeDasharray: dashed ? '5,4' : undefined,
          clip: true,
        },
      ),
    );
  return {
    id: 'area_funnel',
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
      marginLeft: MARGIN.left,
      marginRight: MARGIN.right,
      style: { ...PLOT_STYLE },
      // radii in pixels, as computed (Plot would otherwise put them on a square-root scale)
      r: { type: 'identity' },
      x: {
        domain: xDomain,
        label: (def.denominatorName ?? def.title)[lang],
        labelAnchor: 'center',
        labelArrow: 'none',
        labelOffset: 34,
        tickFormat: (d: number) => formatCount(d, { lang }),
        ticks: 6,
      },
      y: {
        domain: yDomain,
        label: null,
        grid: true,
        tickFormat: (d: number) => formatPercent(d, { lang, decimals: 0 }),
        ticks: 6,
      },
      marks: [
        ...lines('upper998', true),
        ...lines('lower998', true),
        ...lines('upper95', false),
        ...lines('lower95', false),
        Plot.ruleY([funnel.p0], { stroke: COLOURS.threshold, strokeWidth: 1.8 }),
        Plot.dot(points, {
          x: 'n',
          y: 'value',
          r: 'r',
          symbol: (d: { place: Place }) => symbolOf(d.place),
          fill: (d: { place: Place }) => (d.place === 'inside' ? 'white' : colourOf(d.place)),
          stroke: (d: { place: Place }) => colourOf(d.place),
          strokeWidth: 1.5,
        }),
        Plot.text(shared, {
          x: 'n',
          y: 'value',
          text: (d: { count: number }) => String(d.count),
          fontSize: 10,
          fontWeight: 'bold',
          dy: 0.5,
          fill: (d: { place: Place }) => (d.place === 'inside' ? COLOURS.text : 'white'),
        }),
        // a label set away from its point is joined to it by a thin line
        Plot.link(
          labels.filter((l) => l.leader !== null).map((l) => l.leader as Segment),
          {
            x1: (d: Segment) => fromX(d.x1),
            y1: (d: Segment) => fromY(d.y1),
            x2: (d: Segment) => fromX(d.x2),
            y2: (d: Segment) => fromY(d.y2),
            stroke: COLOURS.mutedText,
            strokeWidth: 0.8,
          },
        ),
        ...(['start', 'end', 'middle'] as const).map((anchor) =>
          Plot.text(
            labels.filter((l) => l.anchor === anchor),
            {
              x: (d: { x: number }) => fromX(d.x),
              y: (d: { y: number }) => fromY(d.y),
              text: 'text',
              textAnchor: anchor,
              fontSize: FONT_SIZE.small,
              fill: COLOURS.text,
              stroke: 'white',
              strokeWidth: 3,
              paintOrder: 'stroke',
            },
          ),
        ),
        plotFrame(texts, legend),
      ],
    },
  };
}

export const areaFunnel = defineChart({
  id: 'area_funnel',
  name: '04-area-funnel',
  library: 'plot',
  variants: AREA_RATE_IDS,
  build: (context, variant, lang) => areaFunnelChart(context, (variant ?? 'clearance_rate') as AreaRateId, lang),
});
