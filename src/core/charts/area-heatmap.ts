import { formatDate } from '../format/date.ts';
import { percentOf } from '../format/percent-of.ts';
import { INDICATORS } from '../indicators/registry.ts';
import { HEATMAP_WORDS, SKIP_REASONS } from '../messages/charts.ts';
import type { Lang } from '../messages/lang.ts';
import type { AreaLevel } from '../types.ts';
import { chartFileName, defineChart, type SkippedChart, type VegaLiteChart } from './chart.ts';
import { chartTexts, sourceText, targetWords, TEXT_WIDTH, vegaLiteFrame } from './frame.ts';
import { coveredMonths, FIRST_YEAR, headline, isPartialYear, type ChartContext } from './chart-context.ts';
import { AREA_RATE_IDS, areaHistories, type AreaHistory, type AreaRateId } from './compared-areas.ts';
import { textWidth } from './text-width.ts';
import { COLOURS, FONT_SIZE } from './theme.ts';

/**
 * Chart 5, a rate by area and year (Vega-Lite heat map). Colour is the distance from the target on a
 * colour-blind-safe diverging scale (blue better, orange worse); each cell also prints its value, and a star
 * marks a denominator under 30. Areas of each generation of the area tree (districts to mid-2025, communes
 * after) get their own panel, since their figures cover different years; a long panel wraps into columns.
 */

const CELL_WIDTH = 54;
const ROW_HEIGHT = 17;
const MAX_ROWS = 26;
const BLOCK_GAP = 18;
/** A denominator below this makes the rate unstable (METHODOLOGY.md §4, small-denominator flags). */
const SMALL_DENOMINATOR = 30;

interface Cell {
  area: string;
  column: string;
  value: number;
  text: string;
  light: boolean;
  block: number;
}

/** Column label of a year: the year, and its months when they are not all twelve ("2025 T7-12"). */
function columnLabel(year: number, months: number[] | null, lang: Lang): string {
  if (months === null || months.length === 12 || months.length === 0) return String(year);
  const first = months[0] as number;
  const last = months[months.length - 1] as number;
  return HEATMAP_WORDS.partYearColumn(year, first, last)[lang];
}

function levelTitle(level: AreaLevel, areas: readonly AreaHistory[], lang: Lang, dataStart: string): string {
  const ends = areas.map((a) => a.area.validTo);
  const starts = areas.map((a) => a.area.validFrom);
  const plain = HEATMAP_WORDS.levelPlain[level][lang];
  if (ends.every((e) => e !== null)) {
    const last = ends.reduce((a, b) => ((b as string) > (a as string) ? b : a)) as string;
    return HEATMAP_WORDS.levelUntil(plain, { vi: formatDate(last, 'vi'), en: formatDate(last, 'en') })[lang];
  }
  const first = starts.reduce((a, b) => (b < a ? b : a));
  if (first > dataStart)
    return HEATMAP_WORDS.levelFrom(plain, { vi: formatDate(first, 'vi'), en: formatDate(first, 'en') })[lang];
  return plain;
}

/** Builds the heat map of one rate by area and year, or says why not. */
export function areaHeatmapChart(context: ChartContext, id: AreaRateId, lang: Lang): VegaLiteChart | SkippedChart {
  const name = chartFileName(areaHeatmap, id);
  const def = INDICATORS[id];
  const areaHistory = areaHistories(context);
  if (areaHistory.length === 0) {
    return {
      id: 'area_heatmap',
      variant: id,
      name,
      reason: SKIP_REASONS.noSubareas(context.area.name, context.year)[lang],
    };
  }
  const target = headline(context.report, id)?.target ?? null;
  const values = areaHistory
    .flatMap((h) => h.reports.map((r) => headline(r, id)?.value ?? null))
    .filter((v): v is number => v !== null);
  if (values.length === 0) return { id: 'area_heatmap', variant: id, name, reason: SKIP_REASONS.noData[lang] };
  const mid = target?.threshold ?? values.reduce((a, b) => a + b, 0) / values.length;
  const reach = Math.max(0.02, ...values.map((v) => Math.abs(v - mid)));
  const domain = [Math.max(0, mid - reach), Math.min(1, mid + reach)];
  // A cell is dark when it lies far along its own side of the scale: the domain is clipped to 0-100 %, so the two
  // sides can differ in length (target 90 %: 100 % is the darkest blue though only 10 points above).
  const dark = (v: number) =>
    v >= mid
      ? domain[1]! > mid && (v - mid) / (domain[1]! - mid) > 0.55
      : mid > domain[0]! && (mid - v) / (mid - domain[0]!) > 0.55;

  const levels = [...new Set(areaHistory.map((h) => h.area.level))];
  const maxNameWidth =
    Math.ceil(Math.max(...areaHistory.map((h) => textWidth(h.area.name[lang], FONT_SIZE.small)))) + 10;
  const panels: Record<string, unknown>[] = [];
  /** Columns of part of a year ('2025 T7-12'): the note says their verdicts are provisional. */
  const partialColumns: string[] = [];
  let cellsWithData = 0;
  let cellsBelow = 0;
  for (const level of levels) {
    const histories = areaHistory
      .filter((h) => h.area.level === level)
      .sort(
        (a, b) => a.area.name[lang].localeCompare(b.area.name[lang], lang) || a.area.code.localeCompare(b.area.code),
      );
    const cells: Omit<Cell, 'block'>[] = [];
    const columnsOrder: string[] = [];
    for (const h of histories) {
      for (const report of h.reports) {
        const r = headline(report, id);
        if (!r || r.value === null || r.numerator === null || r.denominator === null) continue;
        const months = coveredMonths(context, id, h.area.code, report.year);
        const column = columnLabel(report.year, months, lang);
        if (!columnsOrder.includes(column)) columnsOrder.push(column);
        if (isPartialYear(months) && !partialColumns.includes(column)) partialColumns.push(column);
        const small = r.denominator < SMALL_DENOMINATOR;
        cells.push({
          area: h.area.name[lang],
          column,
          value: r.value,
          text: percentOf(r.numerator, r.denominator, { lang, decimals: 0 }).replace(/\s?%$/, '') + (small ? '*' : ''),
          light: dark(r.value),
        });
        cellsWithData++;
        if (r.status === 'not_met') cellsBelow++;
      }
    }
    if (cells.length === 0) continue;
    columnsOrder.sort();
    const areas = histories.map((h) => h.area.name[lang]).filter((a) => cells.some((c) => c.area === a));
    const cellWidth = Math.max(CELL_WIDTH, ...columnsOrder.map((c) => Math.ceil(textWidth(c, FONT_SIZE.small)) + 8));
    const blockWidth = maxNameWidth + columnsOrder.length * cellWidth + BLOCK_GAP;
    const fit = Math.max(1, Math.floor((TEXT_WIDTH + BLOCK_GAP) / blockWidth));
    const blocks = Math.min(fit, Math.ceil(areas.length / MAX_ROWS));
    const perBlock = Math.ceil(areas.length / blocks);
    const blockOf = (area: string) => Math.floor(areas.indexOf(area) / perBlock);
    const units = Array.from({ length: blocks }, (_, b) => ({
      data: { values: cells.filter((c) => blockOf(c.area) === b) },
      width: columnsOrder.length * cellWidth,
      height: areas.slice(b * perBlock, (b + 1) * perBlock).length * ROW_HEIGHT,
      encoding: {
        x: {
          field: 'column',
          type: 'ordinal',
          sort: columnsOrder,
          title: null,
          axis: {
            orient: 'top',
            labelAngle: 0,
            ticks: false,
            domain: false,
            labelFontSize: FONT_SIZE.small,
            labelLineHeight: 13,
          },
        },
        y: {
          field: 'area',
          type: 'ordinal',
          sort: areas,
          title: null,
          axis: {
            ticks: false,
            domain: false,
            labelFontSize: FONT_SIZE.small,
            minExtent: maxNameWidth,
            maxExtent: maxNameWidth,
            labelLimit: maxNameWidth,
          },
        },
      },
      layer: [
        {
          mark: { type: 'rect', stroke: 'white', strokeWidth: 1 },
          encoding: {
            color: {
              field: 'value',
              type: 'quantitative',
              title: HEATMAP_WORDS.legend[lang],
              scale: { scheme: 'blueorange', domain, domainMid: mid, reverse: def.direction === 'increase' },
              // three labels, the ends and the target, so that the two halves of the scale (of different lengths) never crowd them
              legend: {
                orient: 'top',
                direction: 'horizontal',
                format: '.0%',
                gradientLength: 220,
                titleOrient: 'left',
                offset: 8,
                values: [...new Set([domain[0], mid, domain[1]])],
              },
            },
          },
        },
        {
          mark: { type: 'text', fontSize: FONT_SIZE.small },
          encoding: {
            text: { field: 'text' },
            color: { condition: { test: 'datum.light', value: 'white' }, value: COLOURS.text },
          },
        },
      ],
    }));
    const panel = units.length === 1 ? (units[0] as Record<string, unknown>) : { hconcat: units, spacing: BLOCK_GAP };
    panels.push({
      ...panel,
      title: {
        text: levelTitle(level, histories, lang, `${FIRST_YEAR}-01-01`),
        anchor: 'start',
        fontSize: FONT_SIZE.label,
        fontWeight: 'bold',
        offset: 6,
        subtitle: '',
      },
    });
  }
  const body =
    panels.length === 1
      ? (panels[0] as Record<string, unknown>)
      : { vconcat: panels, spacing: 24, resolve: { scale: { color: 'shared' }, legend: { color: 'shared' } } };
  const rateTitle = def.rateTitle ?? def.title;
  const years = context.history.map((r) => r.year);
  const targetText = target ? targetWords(def, target, lang, false) : '—';
  // A unit that merged into another before the last year: its empty cells are a merger, not missing data.
  const mergers = areaHistory
    .filter((h) => h.merged !== null && h.merged.date <= `${context.year}-12-31`)
    .map((h) => {
      const m = h.merged as NonNullable<AreaHistory['merged']>;
      return HEATMAP_WORDS.merged(h.area.name, m.into.name, {
        vi: formatDate(m.date, 'vi'),
        en: formatDate(m.date, 'en'),
      })[lang];
    });
  const texts = chartTexts(
    HEATMAP_WORDS.title(rateTitle, years[0] ?? context.year, context.year)[lang],
    HEATMAP_WORDS.subtitle(targetText)[lang],
    sourceText(context, lang),
    HEATMAP_WORDS.description(areaHistory.length, `${years[0]}-${context.year}`, cellsBelow, cellsWithData)[lang],
    [
      HEATMAP_WORDS.method[lang],
      partialColumns.length > 0 ? HEATMAP_WORDS.partialColumns([...partialColumns].sort().join(', '))[lang] : '',
      ...mergers,
    ]
      .filter((t) => t !== '')
      .join(' '),
  );
  return {
    id: 'area_heatmap',
    variant: id,
    name,
    lang,
    library: 'vega-lite',
    texts,
    spec: vegaLiteFrame(body, texts, lang, maxNameWidth),
  };
}

export const areaHeatmap = defineChart({
  id: 'area_heatmap',
  name: '06-area-heatmap',
  library: 'vega-lite',
  variants: AREA_RATE_IDS,
  build: (context, variant, lang) => areaHeatmapChart(context, (variant ?? 'clearance_rate') as AreaRateId, lang),
});
