import * as Plot from '@observablehq/plot';
import { coverageLine } from '../messages/coverage.ts';
import { formatDate } from '../format/date.ts';
import { formatThreshold } from '../indicators/describe.ts';
import type { IndicatorDefinition } from '../indicators/definition.ts';
import { CHART_WORDS, NONE_TARGET_WORDS, SOURCE_WORDS, TARGET_WORDS } from '../messages/charts.ts';
import { allowsNone } from '../targets/allows-none.ts';
import { targetDocument } from '../targets/describe-target.ts';
import type { Bilingual } from '../messages/lang.ts';
import type { Lang } from '../messages/lang.ts';
import type { Target } from '../types.ts';
import type { ChartTexts, VegaLiteSpec } from './chart.ts';
import type { ChartContext } from './chart-context.ts';
import { textWidth, wrapText } from './text-width.ts';
import { CHART_PADDING, CHART_WIDTH, COLOURS, FONT_SIZE, LINE_HEIGHT, vegaLiteConfig } from './theme.ts';

/**
 * What every chart carries around its drawing: a title, a one-line subtitle saying what the chart finds, a
 * note under the drawing saying how to read it and how it was made, a source line with the data's cut-off
 * date, and a description in words. For Vega-Lite the spec holds them; for Plot a
 * mark draws them inside the SVG.
 */

/** Width available to text lines inside the padding. */
export const TEXT_WIDTH = CHART_WIDTH - 2 * CHART_PADDING;

/** A target in words: "từ 80 % trở lên (hạn 2025)", "above 90%", "không để xảy ra vi phạm". */
export function targetWords(def: IndicatorDefinition, target: Target | null, lang: Lang, withDeadline = true): string {
  if (!target) return '—';
  const words = allowsNone(def.unit, target)
    ? NONE_TARGET_WORDS(def.id)[lang]
    : TARGET_WORDS[target.comparator](formatThreshold(def, target, lang))[lang];
  return withDeadline && target.deadline_year !== null
    ? `${words} (${CHART_WORDS.deadline(target.deadline_year)[lang]})`
    : words;
}

/**
 * The document of a target past its years, named with its note ('CTr KL 13 của tỉnh (hết hiệu lực từ năm 2026)'),
 * for a chart that still draws it, for comparison; null for a target in force (or none).
 *
 * @example expiredDocument({ comparator: '>=', threshold: 0.8, deadline_year: null, set: 'programme-2021-2025', expired: true })?.vi // => 'CTr KL 13 của tỉnh (hết hiệu lực từ năm 2026)'
 */
export function expiredDocument(target: Target | null): Bilingual | null {
  return target?.expired ? { vi: targetDocument(target, 'vi'), en: targetDocument(target, 'en') } : null;
}

/**
 * The source line: data title, cut-off date, target set, the units that have not reported a month (if any), and
 * a warning when the data are synthetic.
 */
export function sourceText(context: ChartContext, lang: Lang, extra: string[] = []): string {
  const cutoff = context.cutoff
    ? SOURCE_WORDS.cutoff(formatDate(context.cutoff, lang), context.cutoffInferred)[lang]
    : SOURCE_WORDS.noCutoff[lang];
  // A bilingual title ("Vietnamese / English", as the bundled data package writes it) gives each language its half.
  const halves = context.dataTitle?.split(' / ') ?? [];
  const title = halves.length === 2 ? ((lang === 'vi' ? halves[0] : halves[1]) ?? null) : context.dataTitle;
  const parts = [
    `${SOURCE_WORDS.source(title)[lang]}; ${cutoff}.`,
    `${SOURCE_WORDS.targets(context.targetSet.title[lang])[lang]}.`,
    ...extra,
  ];
  // Units that have not sent a month's return: "Chưa đủ báo cáo năm 2026: 62/69 đơn vị đã báo cáo tháng 11 (...)".
  if (context.reportingGaps.length > 0) parts.push(coverageLine(context.reportingGaps, context.year)[lang]);
  if (context.synthetic) parts.push(SOURCE_WORDS.synthetic[lang]);
  return parts.join(' ');
}

/** Wraps a chart's words to its width; `note` (methods and reading notes) goes under the drawing, above the source. */
export function chartTexts(
  title: string,
  subtitle: string,
  source: string,
  description: string,
  note = '',
): ChartTexts {
  return {
    title,
    subtitle: wrapText(subtitle, FONT_SIZE.subtitle, TEXT_WIDTH),
    note: note === '' ? [] : wrapText(note, FONT_SIZE.source, TEXT_WIDTH),
    source: wrapText(source, FONT_SIZE.source, TEXT_WIDTH),
    description,
  };
}

/** Space between the note and the source line, pixels. */
const NOTE_GAP = 5;

/** Height of the lines under the drawing: the note, then the source. */
function footerTextHeight(texts: ChartTexts): number {
  return (
    (texts.note.length > 0 ? texts.note.length * LINE_HEIGHT.source + NOTE_GAP : 0) +
    texts.source.length * LINE_HEIGHT.source
  );
}

/** The Vega-Lite schema URL the specs name (the editor picks its version from it). */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/**
 * Wraps a Vega-Lite view (unit, layer, concat or facet) into a whole chart: the title and subtitle on top,
 * the source line under it, the shared config.
 */
export function vegaLiteFrame(
  body: Record<string, unknown>,
  texts: ChartTexts,
  lang: Lang,
  /**
   * How far the body's content reaches left of its plot area (its y axis, or labels it draws there), in
   * pixels: Vega-Lite aligns the footer with the plot area, so the footer is moved left by as much.
   */
  leftOverflow = 0,
): VegaLiteSpec {
  const titleLines = wrapText(texts.title, FONT_SIZE.title, TEXT_WIDTH, 'bold');
  const lines = (text: string[], y: number, color: string) => ({
    mark: {
      type: 'text',
      align: 'left',
      baseline: 'top',
      fontSize: FONT_SIZE.source,
      lineHeight: LINE_HEIGHT.source,
      color,
    },
    encoding: { text: { value: text }, x: { value: -leftOverflow }, y: { value: y } },
  });
  const noteHeight = texts.note.length > 0 ? texts.note.length * LINE_HEIGHT.source + NOTE_GAP : 0;
  const footer = {
    data: { values: [{}] },
    layer: [
      ...(texts.note.length > 0 ? [lines(texts.note, 0, COLOURS.text)] : []),
      lines(texts.source, noteHeight, COLOURS.mutedText),
    ],
    width: TEXT_WIDTH - leftOverflow,
    height: footerTextHeight(texts),
  };
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: texts.description,
    title: { text: titleLines.length === 1 ? titleLines[0] : titleLines, subtitle: texts.subtitle },
    config: vegaLiteConfig(lang),
    vconcat: [body, footer],
    spacing: 18,
  };
}

/** A legend entry drawn by {@link plotFrame}. */
export interface LegendItem {
  label: string;
  /** `circle`, `square`, `triangle`, `cross` (a filled symbol), `line`, `dashed`, `band`. */
  symbol: 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'line' | 'dashed' | 'band';
  colour: string;
  /** Hollow symbol (stroke only). */
  hollow?: boolean;
}

/** Where a Plot chart's frame puts things. */
export interface PlotFrameLayout {
  /** Space above the plot area for title, subtitle and legend (add the axis room yourself). */
  header: number;
  /** Space under the plot area for the source line (add the axis room yourself). */
  footer: number;
}

/** The header and footer heights a chart's texts and legend need. */
export function plotFrameLayout(texts: ChartTexts, legend: readonly LegendItem[]): PlotFrameLayout {
  const titleLines = wrapText(texts.title, FONT_SIZE.title, TEXT_WIDTH, 'bold').length;
  const legendRows = legendLayout(legend).rows;
  const header =
    CHART_PADDING +
    titleLines * LINE_HEIGHT.title +
    4 +
    texts.subtitle.length * LINE_HEIGHT.subtitle +
    (legendRows > 0 ? 8 + legendRows * 20 : 0) +
    8;
  const footer = 10 + footerTextHeight(texts) + CHART_PADDING;
  return { header, footer };
}

/** Places legend items left to right, wrapping into rows. */
function legendLayout(legend: readonly LegendItem[]): { rows: number; positions: { x: number; row: number }[] } {
  const positions: { x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const item of legend) {
    const width = 22 + textWidthOf(item.label) + 18;
    if (x > 0 && x + width > TEXT_WIDTH) {
      x = 0;
      row++;
    }
    positions.push({ x, row });
    x += width;
  }
  return { rows: legend.length === 0 ? 0 : row + 1, positions };
}

function textWidthOf(label: string): number {
  return textWidth(label, FONT_SIZE.label);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

type Attrs = Record<string, string | number>;

/**
 * A Plot mark (a render function) that draws the chart's title, subtitle and legend at the top and the source
 * line at the bottom, in absolute SVG coordinates. It uses the document Plot renders with (a browser's, or
 * linkedom's in Node), so the SVG is the same in both.
 */
export function plotFrame(texts: ChartTexts, legend: readonly LegendItem[]): Plot.Markish {
  // A mark drawn once for the whole chart (facet "super"), however the chart is faceted.
  return Plot.frame({
    facet: 'super',
    render: (_index, _scales, _values, dimensions, context) =>
      frameElement(texts, legend, dimensions, context as unknown as { document: Document }),
  });
}

function frameElement(
  texts: ChartTexts,
  legend: readonly LegendItem[],
  dimensions: { width: number; height: number },
  context: { document: Document },
): SVGElement {
  {
    const doc = context.document;
    const el = (tag: string, attrs: Attrs, text?: string): SVGElement => {
      const node = doc.createElementNS(SVG_NS, tag) as SVGElement;
      for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
      if (text !== undefined) node.textContent = text;
      return node;
    };
    const g = el('g', { 'aria-hidden': 'true', 'text-anchor': 'start', 'font-variant': 'normal' });
    let y = CHART_PADDING;
    for (const line of wrapText(texts.title, FONT_SIZE.title, TEXT_WIDTH, 'bold')) {
      y += LINE_HEIGHT.title;
      g.appendChild(
        el(
          'text',
          { x: CHART_PADDING, y: y - 5, 'font-size': FONT_SIZE.title, 'font-weight': 'bold', fill: COLOURS.text },
          line,
        ),
      );
    }
    y += 4;
    for (const line of texts.subtitle) {
      y += LINE_HEIGHT.subtitle;
      g.appendChild(
        el('text', { x: CHART_PADDING, y: y - 4, 'font-size': FONT_SIZE.subtitle, fill: COLOURS.text }, line),
      );
    }
    const layout = legendLayout(legend);
    const legendTop = y + 8;
    legend.forEach((item, i) => {
      const pos = layout.positions[i] as { x: number; row: number };
      const cx = CHART_PADDING + pos.x + 8;
      const cy = legendTop + pos.row * 20 + 10;
      g.appendChild(legendSymbol(el, item, cx, cy));
      g.appendChild(
        el('text', { x: cx + 14, y: cy + 4, 'font-size': FONT_SIZE.label, fill: COLOURS.text }, item.label),
      );
    });
    // the note, then the source, up from the foot
    let ny = dimensions.height - CHART_PADDING - footerTextHeight(texts) + LINE_HEIGHT.source - 3;
    for (const line of texts.note) {
      g.appendChild(el('text', { x: CHART_PADDING, y: ny, 'font-size': FONT_SIZE.source, fill: COLOURS.text }, line));
      ny += LINE_HEIGHT.source;
    }
    let sy = dimensions.height - CHART_PADDING - (texts.source.length - 1) * LINE_HEIGHT.source - 3;
    for (const line of texts.source) {
      g.appendChild(
        el('text', { x: CHART_PADDING, y: sy, 'font-size': FONT_SIZE.source, fill: COLOURS.mutedText }, line),
      );
      sy += LINE_HEIGHT.source;
    }
    return g;
  }
}

function legendSymbol(
  el: (tag: string, attrs: Attrs) => SVGElement,
  item: LegendItem,
  cx: number,
  cy: number,
): SVGElement {
  const fill = item.hollow ? 'white' : item.colour;
  const stroke = item.colour;
  switch (item.symbol) {
    case 'circle':
      return el('circle', { cx, cy, r: 4.5, fill, stroke, 'stroke-width': 1.5 });
    case 'square':
      return el('rect', { x: cx - 4.5, y: cy - 4.5, width: 9, height: 9, fill, stroke, 'stroke-width': 1.5 });
    case 'diamond':
      return el('path', {
        d: `M${cx},${cy - 6}L${cx + 6},${cy}L${cx},${cy + 6}L${cx - 6},${cy}Z`,
        fill,
        stroke,
        'stroke-width': 1.5,
      });
    case 'triangle':
      return el('path', {
        d: `M${cx},${cy - 6}L${cx + 5.5},${cy + 4}L${cx - 5.5},${cy + 4}Z`,
        fill,
        stroke,
        'stroke-width': 1.5,
      });
    case 'cross':
      return el('path', {
        d: `M${cx - 4.5},${cy - 4.5}L${cx + 4.5},${cy + 4.5}M${cx - 4.5},${cy + 4.5}L${cx + 4.5},${cy - 4.5}`,
        fill: 'none',
        stroke,
        'stroke-width': 2.5,
      });
    case 'line':
      return el('path', { d: `M${cx - 9},${cy}L${cx + 9},${cy}`, stroke, 'stroke-width': 2, fill: 'none' });
    case 'dashed':
      return el('path', {
        d: `M${cx - 9},${cy}L${cx + 9},${cy}`,
        stroke,
        'stroke-width': 1.5,
        'stroke-dasharray': '4,3',
        fill: 'none',
      });
    case 'band':
      return el('rect', {
        x: cx - 9,
        y: cy - 5,
        width: 18,
        height: 10,
        fill: item.colour,
        'fill-opacity': 0.35,
        stroke: 'none',
      });
  }
}
