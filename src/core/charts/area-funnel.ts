import * as Plot from '@observablehq/plot';
import { formatCount } from '../format/count.ts';
import { formatPercent } from '../format/percent.ts';
import { formatNumber } from '../format/number.ts';
import { formatValue } from '../indicators/describe.ts';
import { INDICATORS } from '../indicators/registry.ts';
import { CHART_WORDS, DENOMINATOR_WORDS, FUNNEL_WORDS, RATE_TITLES, SKIP_REASONS } from '../messages/charts.ts';
import type { Lang } from '../messages/lang.ts';
import type { FunnelPosition } from '../stats/funnel.ts';
import { chartName, type ChartDefinition, type PlotChart, type SkippedChart } from './chart.ts';
import { chartTexts, plotFrame, plotFrameLayout, sourceText, targetWords, type LegendItem } from './frame.ts';
import { AREA_RATE_IDS, coveredMonths, type AreaRateId, type ChartInputs, type FunnelArea } from './inputs.ts';
import { placeLabels } from './labels.ts';
import { areaShortName, monthsNote } from './areas.ts';
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
export function areaFunnelChart(inputs: ChartInputs, id: AreaRateId, lang: Lang): PlotChart | SkippedChart {
  const name = chartName('area_funnel', id);
  const funnel = inputs.funnels[id];
  if (inputs.compared.length === 0) {
    return { id: 'area_funnel', variant: id, name, reason: SKIP_REASONS.noSubareas(inputs.area.name, inputs.year)[lang] };
  }
  if (!funnel) return { id: 'area_funnel', variant: id, name, reason: SKIP_REASONS.noTarget[lang] };
  const def = INDICATORS[id];
  const better = def.direction === 'increase' ? 'above' : 'below';
  const colourOf = (place: Place) =>
    place === 'inside' ? COLOURS.neutral : place.startsWith(better) ? COLOURS.better : COLOURS.worse;
  const symbolOf = (place: Place) => (place.endsWith('998') ? 'diamond' : 'circle');
  // Areas with the same figures (small denominators make many: 3 of 3, 12 of 17) share one dot, larger and
  // numbered, so that none hides another; its label names them all.
  const groups = new Map<string, { n: number; value: number; place: Place; names: string[] }>();
  for (const a of funnel.areas) {
    const key = `${a.numerator}/${a.denominator}`;
    const group = groups.get(key) ?? { n: a.denominator, value: a.value as number, place: placeOf(a), names: [] };
    group.names.push(areaShortName(a.area, lang));
    groups.set(key, group);
  }
  const points = [...groups.values()].map((g) => ({
    n: g.n,
    value: g.value,
    place: g.place,
    name: g.names.join(', '),
    count: g.names.length,
    // big enough for its number: 8.6 px for two areas, 10.2 for six
    r: g.names.length > 1 ? 6.5 + 1.5 * Math.sqrt(g.names.length) : g.place === 'inside' ? 4 : 5,
  }));
  const shared = points.filter((p) => p.count > 1);
  const present = PLACES.filter((p) => points.some((q) => q.place === p));
  const targetText = formatPercent(funnel.p0, { lang, decimals: funnel.p0 * 100 === Math.round(funnel.p0 * 100) ? 0 : 1 });
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
  const rateTitle = RATE_TITLES[id] ?? def.title;
  const notes = [
    monthsNote(funnel.areas.map((a) => coveredMonths(inputs, id, a.area.code, inputs.year)), inputs.year, lang),
    funnel.curve.some((c) => c.method === 'exact' && c.n >= Math.min(...funnel.areas.map((a) => a.denominator)) / 2)
      ? FUNNEL_WORDS.exactSteps[lang]
      : '',
    funnel.phi !== null && funnel.phi > 1 ? FUNNEL_WORDS.overdispersed(formatNumber(funnel.phi, { lang, decimals: 1 }), funnel.widened)[lang] : '',
    shared.length > 0 ? FUNNEL_WORDS.sameFigures[lang] : '',
  ].filter((t) => t !== '');
  const outside = (level: '95' | '998') =>
    funnel.areas.filter((a) => (level === '95' ? a.at95 : a.at998) !== 'inside' && a.value !== null)
      .map((a) => `${areaShortName(a.area, lang)} ${formatValue(def, a, lang)}`);
  const list = (items: string[]) => (items.length > 0 ? items.join(', ') : FUNNEL_WORDS.none[lang]);
  const texts = chartTexts(
    FUNNEL_WORDS.title(rateTitle, inputs.year)[lang],
    [FUNNEL_WORDS.subtitle(DENOMINATOR_WORDS[id] ?? def.title, targetWords(def, funnel.target, lang, false))[lang], ...notes].join(' '),
    sourceText(inputs, lang),
    FUNNEL_WORDS.description(funnel.areas.length, list(outside('95')), list(outside('998')))[lang],
  );
  const layout = plotFrameLayout(texts, legend);
  const marginTop = layout.header + MARGIN.axisTop;
  const marginBottom = MARGIN.axisBottom + layout.footer;
  const height = marginTop + PLOT_HEIGHT + marginBottom;

  const maxN = Math.max(...funnel.curve.map((c) => c.n));
  const minN = Math.min(...points.map((p) => p.n));
  const lowest = Math.min(...points.map((p) => p.value), ...funnel.curve.filter((c) => c.n >= minN).map((c) => c.lower95));
  const highest = Math.max(...points.map((p) => p.value), funnel.p0);
  const yDomain: [number, number] = [
    Math.max(0, Math.floor((lowest - 0.02) * 50) / 50),
    Math.min(1, Math.ceil((highest + 0.02) * 50) / 50),
  ];
  const xDomain: [number, number] = [0, maxN];
  // Label the areas outside the 95 % limits, without overlap (pixel positions from the fixed scales).
  const toX = (n: number) => MARGIN.left + (n / maxN) * (CHART_WIDTH - MARGIN.left - MARGIN.right);
  const toY = (v: number) => marginTop + ((yDomain[1] - v) / (yDomain[1] - yDomain[0])) * PLOT_HEIGHT;
  const flagged = points.filter((p) => p.place !== 'inside');
  const labels = placeLabels(
    flagged.map((p) => ({ x: toX(p.n), y: toY(p.value), text: p.name, r: p.r })),
    { left: MARGIN.left, right: CHART_WIDTH - MARGIN.right, top: marginTop, bottom: marginTop + PLOT_HEIGHT },
    points.map((p) => ({ x: toX(p.n), y: toY(p.value), r: p.r + 1 })),
  );
  const curve = funnel.curve.filter((c) => c.n >= 1);
  // Exact limits are steps (a rate of whole cases can only take the values k/n): drawn as steps centred on each
  // denominator; normal limits are smooth.
  const lines = (y: 'lower95' | 'upper95' | 'lower998' | 'upper998', dashed: boolean) =>
    (['exact', 'normal'] as const).map((method) =>
      Plot.line(curve.filter((c) => c.method === method), {
        x: 'n',
        y,
        curve: method === 'exact' ? 'step' : 'linear',
        stroke: COLOURS.mutedText,
        strokeWidth: 1.3,
        strokeDasharray: dashed ? '5,4' : undefined,
        clip: true,
      }));
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
        label: (DENOMINATOR_WORDS[id] ?? def.title)[lang],
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
        ...(['start', 'end', 'middle'] as const).map((anchor) =>
          Plot.text(labels.filter((l) => l.anchor === anchor), {
            x: (d: { x: number }) => ((d.x - MARGIN.left) / (CHART_WIDTH - MARGIN.left - MARGIN.right)) * maxN,
            y: (d: { y: number }) => yDomain[1] - ((d.y - marginTop) / PLOT_HEIGHT) * (yDomain[1] - yDomain[0]),
            text: 'text',
            textAnchor: anchor,
            fontSize: FONT_SIZE.small,
            fill: COLOURS.text,
            stroke: 'white',
            strokeWidth: 3,
            paintOrder: 'stroke',
          })),
        plotFrame(texts, legend),
      ],
    },
  };
}

export const areaFunnel: ChartDefinition = {
  id: 'area_funnel',
  library: 'plot',
  variants: AREA_RATE_IDS,
  build: (inputs, variant, lang) => areaFunnelChart(inputs, (variant ?? 'clearance_rate') as AreaRateId, lang),
};

