import { formatCount } from '../format/count.ts';
import { percentOf } from '../format/percent-of.ts';
import { BASELINE_WORDS } from '../messages/charts.ts';
import type { Lang } from '../messages/lang.ts';
import type { CountComparison } from './monthly-counts.ts';
import { COLOURS, FONT_SIZE } from './theme.ts';

/** Width of the same-months panel, pixels. */
export const YTD_WIDTH = 170;

/**
 * A change as the reader wants it: the signed percentage of the earlier count, e.g. −8,1 % ('—' without an
 * earlier count). Formula: |current − previous| / previous, printed by `percentOf`, with the sign of the change.
 *
 * @example signedChange(744, 810, 'vi') // => '−8,1 %'
 */
export function signedChange(current: number, previous: number, lang: Lang): string {
  if (previous <= 0) return '—';
  const text = percentOf(Math.abs(current - previous), previous, { lang, style: 'province' });
  return current > previous ? `+${text}` : current < previous ? `−${text}` : text;
}

/** Options of {@link sameMonthsPanel}. */
export interface SameMonthsPanelOptions {
  /** Top of the y scale, shared with the yearly panel beside it. */
  max: number;
  height: number;
  /** The change's 95 % interval, printed. */
  ci: string;
}

/**
 * The panel beside a chart of yearly counts that compares a year to date with the same months of the year
 * before ("so với cùng kỳ"): two bars, the change and its exact interval (rate ratio minus 1) in its subtitle.
 * A Vega-Lite unit spec, to `hconcat` beside the yearly panel with a shared y scale.
 */
export function sameMonthsPanel(ytd: CountComparison, lang: Lang, options: SameMonthsPanelOptions) {
  const { max, height, ci } = options;
  const label = (p: CountComparison['current']) => String(p.year);
  const bars = [
    {
      label: label(ytd.previous),
      count: ytd.previous.count,
      countText: formatCount(ytd.previous.count, { lang }),
      current: false,
    },
    {
      label: label(ytd.current),
      count: ytd.current.count,
      countText: formatCount(ytd.current.count, { lang }),
      current: true,
    },
  ];
  const change = signedChange(ytd.current.count, ytd.previous.count, lang);
  return {
    title: {
      text: BASELINE_WORDS.ytd[lang],
      subtitle: [
        `${BASELINE_WORDS.monthsOnly(ytd.current.firstMonth ?? 1, ytd.current.lastMonth ?? 12)[lang]}: ${change}`,
        BASELINE_WORDS.ci(ci)[lang],
      ],
      anchor: 'start',
      fontSize: FONT_SIZE.label + 1,
      subtitleFontSize: FONT_SIZE.label,
      offset: 10,
    },
    data: { values: bars },
    width: YTD_WIDTH,
    height,
    encoding: {
      x: {
        field: 'label',
        type: 'ordinal',
        sort: null,
        title: null,
        axis: { labelAngle: 0 },
        scale: { paddingInner: 0.3 },
      },
      y: { field: 'count', type: 'quantitative', title: null, scale: { domain: [0, max] }, axis: null },
    },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          color: { condition: { test: 'datum.current', value: COLOURS.current }, value: COLOURS.previous },
        },
      },
      {
        mark: { type: 'text', baseline: 'bottom', dy: -6, fontSize: FONT_SIZE.label, color: 'white' },
        encoding: { y: { datum: 0 }, text: { field: 'countText' } },
      },
    ],
  };
}
