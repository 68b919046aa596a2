import type { Lang } from '../messages/lang.ts';
import type { Status } from '../types.ts';

/**
 * The look shared by every chart: one font, one palette, one set of sizes, number formats per language.
 *
 * Sizes are in CSS pixels of a chart 680 px wide. Printed 16 cm wide (an A4 page's text width), 1 px is
 * 0.67 pt, so 12 px labels print at 8 pt and the 17 px title at 11 pt.
 */

/** The charts' font, shipped through npm (`@expo-google-fonts/noto-sans`): it covers all of Vietnamese. */
export const FONT_FAMILY = 'Noto Sans';

/** Width of every chart, CSS pixels. */
export const CHART_WIDTH = 680;
/** Padding around a chart's content, pixels. */
export const CHART_PADDING = 12;

/** Font sizes, pixels. */
export const FONT_SIZE = {
  title: 17,
  subtitle: 12.5,
  label: 12,
  small: 11,
  source: 10.5,
} as const;

/** Line heights of wrapped texts, pixels. */
export const LINE_HEIGHT = { title: 22, subtitle: 17, source: 14 } as const;

/**
 * The Okabe-Ito palette (Okabe & Ito 2008, "Color Universal Design"): eight colours told apart by readers
 * with any common colour-vision deficiency, and in greyscale by lightness for the pairs used together
 * (blue/vermillion, blue/orange).
 */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Colours with a meaning. Met and not met are also told apart by a mark's shape, never by colour alone. */
export const COLOURS = {
  text: '#1a1a1a',
  mutedText: '#555555',
  grid: '#e3e3e3',
  axis: '#888888',
  /** Common-cause points, previous-year bars, no data. */
  neutral: '#8c8c8c',
  lightNeutral: '#c8c8c8',
  met: OKABE_ITO.blue,
  notMet: OKABE_ITO.vermillion,
  threshold: OKABE_ITO.black,
  /** Better than the target beyond chance (funnel, control chart). */
  better: OKABE_ITO.blue,
  /** Worse than the target beyond chance. */
  worse: OKABE_ITO.vermillion,
  /** Making Data Count: improvement is blue, concern orange. */
  improvement: OKABE_ITO.blue,
  concern: OKABE_ITO.orange,
  neutralSignal: OKABE_ITO.reddishPurple,
  current: OKABE_ITO.blue,
  previous: '#a6a6a6',
  path: OKABE_ITO.bluishGreen,
  band: '#9ecae1',
} as const;

/** Colour of a verdict. */
export const STATUS_COLOUR: Record<Status, string> = {
  met: COLOURS.met,
  not_met: COLOURS.notMet,
  no_data: COLOURS.neutral,
  no_target: COLOURS.neutral,
};

/** Vega shape of a verdict: a filled circle when met, a cross when not, so print in grey still tells them apart. */
export const STATUS_SHAPE: Record<Status, string> = {
  met: 'circle',
  not_met: 'cross',
  no_data: 'square',
  no_target: 'diamond',
};

/**
 * A d3-format locale (what Vega's `config.locale.number` takes) per language: Vietnamese prints 90,2 % and
 * 1.234 (decimal comma, dot for thousands, a space before %), English 90.2% and 1,234, as `core/format`
 * prints them.
 */
export function numberLocale(lang: Lang): {
  decimal: string;
  thousands: string;
  grouping: number[];
  currency: [string, string];
  percent: string;
  minus: string;
} {
  return lang === 'vi'
    ? { decimal: ',', thousands: '.', grouping: [3], currency: ['', ' ₫'], percent: ' %', minus: '−' }
    : { decimal: '.', thousands: ',', grouping: [3], currency: ['', ' VND'], percent: '%', minus: '−' };
}

/**
 * The Vega-Lite `config` every chart shares: font, sizes, colours, locale, no ARIA text generated in
 * English (each chart carries its own description), white background for print.
 */
export function vegaLiteConfig(lang: Lang): Record<string, unknown> {
  return {
    font: FONT_FAMILY,
    background: 'white',
    padding: CHART_PADDING,
    aria: false,
    locale: { number: numberLocale(lang) },
    view: { stroke: null },
    title: {
      anchor: 'start',
      frame: 'bounds',
      fontSize: FONT_SIZE.title,
      fontWeight: 'bold',
      color: COLOURS.text,
      subtitleFontSize: FONT_SIZE.subtitle,
      subtitleColor: COLOURS.text,
      subtitleLineHeight: LINE_HEIGHT.subtitle,
      lineHeight: LINE_HEIGHT.title,
      subtitlePadding: 6,
      offset: 12,
    },
    axis: {
      labelFontSize: FONT_SIZE.label,
      titleFontSize: FONT_SIZE.label,
      titleFontWeight: 'normal',
      titleColor: COLOURS.text,
      labelColor: COLOURS.text,
      domainColor: COLOURS.axis,
      tickColor: COLOURS.axis,
      gridColor: COLOURS.grid,
      labelOverlap: 'greedy',
      labelFlush: false,
      labelLimit: 260,
    },
    legend: {
      labelFontSize: FONT_SIZE.label,
      titleFontSize: FONT_SIZE.label,
      titleFontWeight: 'bold',
      labelColor: COLOURS.text,
      titleColor: COLOURS.text,
      labelLimit: 400,
      symbolSize: 90,
      orient: 'top',
      direction: 'horizontal',
      columnPadding: 16,
    },
    header: { labelFontSize: FONT_SIZE.label, titleFontSize: FONT_SIZE.label, labelColor: COLOURS.text },
    text: { fontSize: FONT_SIZE.label, color: COLOURS.text },
    concat: { spacing: 14 },
  };
}

/** The inline style of a Plot chart's SVG: the shared font and sizes. */
export const PLOT_STYLE = {
  fontFamily: FONT_FAMILY,
  fontSize: `${FONT_SIZE.label}px`,
  color: COLOURS.text,
  background: 'white',
  overflow: 'visible',
} as const;

/**
 * A filled × for Vega's `shape` (a custom symbol path within [-1, 1]²): the mark of "not met", drawn filled so
 * it takes the colour scale like the dot of "met", in the chart and in its legend.
 */
export const CROSS_SHAPE: string = (() => {
  const w = 0.32;
  const plus: [number, number][] = [
    [-w, -1],
    [w, -1],
    [w, -w],
    [1, -w],
    [1, w],
    [w, w],
    [w, 1],
    [-w, 1],
    [-w, w],
    [-1, w],
    [-1, -w],
    [-w, -w],
  ];
  const scale = Math.SQRT2 / (1 + w);
  const rotated = plus.map(([x, y]) => [((x - y) / Math.SQRT2) * scale, ((x + y) / Math.SQRT2) * scale]);
  return `${rotated.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${(x as number).toFixed(3)},${(y as number).toFixed(3)}`).join('')}Z`;
})();
