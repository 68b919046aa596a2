/**
 * A year before the control chart's baseline (2019 and 2020, before the programme's 2021): the library's
 * monthly control chart sets its limits on the 12 months of 2021, which come after the year shown, so it draws
 * nothing for it. This module draws the year's own 12 months instead, as an XmR chart whose limits are set on
 * those months (NHS "Making Data Count", the core's `xmr`), and says so: the months are all there, only the
 * baseline is not.
 */
import * as Plot from '@observablehq/plot';
import { monthlyMeasure } from '../../src/core/analysis/monthly-measure.ts';
import { areaAndDescendants } from '../../src/core/areas/tree.ts';
import { COLOURS, FONT_FAMILY } from '../../src/core/charts/theme.ts';
import { formatNumber } from '../../src/core/format/number.ts';
import { INDICATORS } from '../../src/core/indicators/registry.ts';
import type { Lang } from '../../src/core/messages/lang.ts';
import { NOTEBOOK_MESSAGES as M } from '../../src/core/messages/notebooks.ts';
import { xmr, type XmrResult } from '../../src/core/stats/xmr.ts';
import type { DataSet } from '../../src/core/types.ts';
import { timed } from './timing.ts';

/** The year's monthly cases under an area, with the XmR of those 12 months; null unless all 12 have rows. */
export function earlyControl(
  data: DataSet,
  area: string,
  year: number,
): { months: number[]; result: XmrResult } | null {
  return timed('early-control', () => xmrOfYear(data, area, year));
}

/** {@link earlyControl}, untimed. */
function xmrOfYear(data: DataSet, area: string, year: number): { months: number[]; result: XmrResult } | null {
  const present = new Set(data.criminal_cases.filter((r) => r.year === year && r.month !== null).map((r) => r.month));
  if (present.size < 12) return null;
  const months = Array.from({ length: 12 }, (_, i) => ({ year, month: i + 1 }));
  const values = monthlyMeasure(
    data,
    INDICATORS.crime_change_vs_baseline.numerator,
    areaAndDescendants(data.areas, area),
    {},
    months,
  );
  return { months: values, result: xmr(values, { improvementDirection: 'decrease' }) };
}

const POINT_COLOURS: Record<string, string> = {
  common_cause: COLOURS.neutral,
  special_cause_improvement: COLOURS.improvement,
  special_cause_concern: COLOURS.concern,
  special_cause_neutral_high: COLOURS.neutralSignal,
  special_cause_neutral_low: COLOURS.neutralSignal,
};

/** The chart of {@link earlyControl}: months, mean, limits; title and legend inside the SVG. */
export function earlyControlChart(
  control: { months: number[]; result: XmrResult },
  year: number,
  areaName: string,
  lang: Lang = 'vi',
): SVGSVGElement | HTMLElement {
  const r = control.result;
  const points = r.points.map((p, i) => ({ month: i + 1, value: control.months[i] as number, type: p.pointType }));
  const rules = [
    { y: r.mean, dash: null, label: M.controlMean(formatNumber(r.mean, { lang, decimals: 1 }))[lang] },
    { y: r.upperLimit, dash: '5,4', label: M.controlUpper(formatNumber(r.upperLimit, { lang, decimals: 1 }))[lang] },
    {
      y: Math.max(0, r.lowerLimit),
      dash: '5,4',
      label: M.controlLower(formatNumber(Math.max(0, r.lowerLimit), { lang, decimals: 1 }))[lang],
    },
  ];
  return Plot.plot({
    width: 680,
    height: 340,
    marginTop: 64,
    marginLeft: 48,
    marginRight: 120,
    marginBottom: 40,
    style: { fontFamily: FONT_FAMILY, fontSize: '12px', color: COLOURS.text, background: 'white' },
    x: { domain: [0.5, 12.5], ticks: 12, tickFormat: (m: number) => String(m), label: null },
    y: { grid: true, label: null, domain: [0, Math.max(r.upperLimit, ...control.months) * 1.1], nice: true },
    marks: [
      ...rules.map((rule) =>
        Plot.ruleY([rule.y], { stroke: COLOURS.text, strokeDasharray: rule.dash ?? undefined, strokeWidth: 1 }),
      ),
      ...rules.map((rule) =>
        Plot.text([rule.label], { frameAnchor: 'right', x: 12.5, y: rule.y, dx: 6, textAnchor: 'start', fontSize: 11 }),
      ),
      Plot.line(points, { x: 'month', y: 'value', stroke: COLOURS.neutral }),
      Plot.dot(points, {
        x: 'month',
        y: 'value',
        r: 4,
        fill: (p: { type: string }) => POINT_COLOURS[p.type] ?? COLOURS.neutral,
        title: (p: { month: number; value: number }) => `${p.month}/${year}: ${p.value}`,
      }),
      Plot.text([M.earlyControlTitle(year, areaName)[lang]], {
        frameAnchor: 'top-left',
        dx: -40,
        dy: -56,
        fontSize: 16,
        fontWeight: 'bold',
        textAnchor: 'start',
      }),
      Plot.text([M.earlyControlSubtitle(year)[lang]], {
        frameAnchor: 'top-left',
        dx: -40,
        dy: -34,
        fontSize: 12,
        fill: COLOURS.mutedText,
        textAnchor: 'start',
      }),
    ],
  }) as SVGSVGElement | HTMLElement;
}
