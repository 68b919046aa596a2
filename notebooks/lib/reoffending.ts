/**
 * Reoffending by release type and cohort: for each cohort year (the year persons were released) and
 * release type, reoffended / released with its Wilson 95 % interval, summed over an area's leaves.
 * The indicator `reoffending_rate` is the same ratio over all release types (CONTRACT.md).
 */
import * as Plot from '@observablehq/plot';
import { areaAndDescendants } from '../../src/core/areas/tree.ts';
import { COLOURS, FONT_FAMILY } from '../../src/core/charts/theme.ts';
import { formatCount } from '../../src/core/format/count.ts';
import { formatNumber } from '../../src/core/format/number.ts';
import { formatPercent } from '../../src/core/format/percent.ts';
import { breakdownWord } from '../../src/core/messages/breakdowns.ts';
import type { Lang } from '../../src/core/messages/lang.ts';
import { NOTEBOOK_MESSAGES as M } from '../../src/core/messages/notebooks.ts';
import { wilson } from '../../src/core/stats/wilson.ts';
import { RELEASE_TYPES, type DataSet, type ReleaseType } from '../../src/core/types.ts';

export interface ReoffendingCell {
  cohortYear: number;
  /** A release type, or `all` for every type together. */
  releaseType: ReleaseType | 'all';
  released: number;
  reoffended: number;
  /** reoffended / released; null when nobody was released. */
  rate: number | null;
  ci95: [number, number] | null;
  /** Shortest and longest follow-up of the rows summed, months (a cohort followed for less is not comparable). */
  followUp: [number, number] | null;
}

/**
 * One cell per cohort year and release type (and `all`), under an area.
 *
 * @example reoffendingByReleaseType(data, '42').filter((c) => c.releaseType === 'all').length // => cohort years
 */
export function reoffendingByReleaseType(data: DataSet, area: string): ReoffendingCell[] {
  const codes = areaAndDescendants(data.areas, area);
  const cells = new Map<string, ReoffendingCell>();
  const add = (
    cohortYear: number,
    releaseType: ReoffendingCell['releaseType'],
    released: number,
    reoffended: number,
    months: number,
  ) => {
    const key = `${cohortYear}:${releaseType}`;
    const cell = cells.get(key) ?? {
      cohortYear,
      releaseType,
      released: 0,
      reoffended: 0,
      rate: null,
      ci95: null,
      followUp: null,
    };
    cell.released += released;
    cell.reoffended += reoffended;
    cell.followUp = cell.followUp
      ? [Math.min(cell.followUp[0], months), Math.max(cell.followUp[1], months)]
      : [months, months];
    cells.set(key, cell);
  };
  for (const r of data.reoffending) {
    if (!codes.has(r.area_code)) continue;
    add(r.cohort_year, r.release_type, r.released, r.reoffended, r.follow_up_months);
    add(r.cohort_year, 'all', r.released, r.reoffended, r.follow_up_months);
  }
  const order: ReoffendingCell['releaseType'][] = ['all', ...RELEASE_TYPES];
  return [...cells.values()]
    .map((c) => ({
      ...c,
      rate: c.released > 0 ? c.reoffended / c.released : null,
      ci95: wilson(c.reoffended, c.released),
    }))
    .sort((a, b) => a.cohortYear - b.cohortYear || order.indexOf(a.releaseType) - order.indexOf(b.releaseType));
}

/**
 * Reoffending by release type and cohort as one chart: a panel per release type, a dot per cohort with its
 * Wilson 95 % interval, hollow for a cohort followed for less time than the longest, the target as a dashed
 * line. Title, subtitle and legend are marks inside the SVG (a downloaded file stands alone); the vertical axis
 * runs from 0 to above the highest interval, so no interval is cut.
 */
export function reoffendingChart(
  cells: readonly ReoffendingCell[],
  target: { threshold: number } | null,
  lang: Lang = 'vi',
): SVGSVGElement | HTMLElement {
  const typed = cells.filter((c) => c.releaseType !== 'all' && c.rate !== null && c.ci95 !== null);
  const longest = Math.max(0, ...typed.map((c) => c.followUp?.[1] ?? 0));
  const shown = typed.map((c) => ({
    ...c,
    type: breakdownWord('release_type', c.releaseType, lang),
    percent: (c.rate as number) * 100,
    low: (c.ci95 as [number, number])[0] * 100,
    high: (c.ci95 as [number, number])[1] * 100,
    full: (c.followUp?.[0] ?? 0) >= longest,
  }));
  const types = RELEASE_TYPES.map((t) => breakdownWord('release_type', t, lang));
  const top = Math.max(target ? target.threshold * 100 : 0, ...shown.map((c) => c.high));
  const yMax = Math.ceil((top * 1.05) / 5) * 5;
  const legend = [
    { text: M.reoffendingLegendFull[lang], dx: 0, fill: COLOURS.current },
    { text: M.reoffendingLegendShort[lang], dx: 170, fill: 'white' },
    { text: M.reoffendingLegendInterval[lang], dx: 360, fill: null },
  ];
  return Plot.plot({
    width: 680,
    height: 400,
    marginTop: 92,
    marginLeft: 48,
    marginRight: 16,
    marginBottom: 40,
    style: { fontFamily: FONT_FAMILY, fontSize: '12px', color: COLOURS.text, background: 'white' },
    fx: { label: null, padding: 0.12, domain: types },
    x: { type: 'point', label: null, tickFormat: (y: number) => `'${String(y).slice(2)}`, padding: 0.4 },
    y: {
      label: null,
      grid: true,
      domain: [0, yMax],
      tickFormat: (v: number) => formatNumber(v, { lang, decimals: 0 }),
    },
    marks: [
      target ? Plot.ruleY([target.threshold * 100], { stroke: COLOURS.threshold, strokeDasharray: '4,3' }) : null,
      Plot.ruleX(shown, {
        fx: 'type',
        x: 'cohortYear',
        y1: 'low',
        y2: 'high',
        stroke: COLOURS.neutral,
        strokeWidth: 1.5,
      }),
      Plot.dot(shown, {
        fx: 'type',
        x: 'cohortYear',
        y: 'percent',
        r: 4,
        stroke: COLOURS.current,
        fill: (c: { full: boolean }) => (c.full ? COLOURS.current : 'white'),
        strokeWidth: 1.5,
        title: (c: (typeof shown)[number]) =>
          `${c.type}, ${c.cohortYear}: ${formatCount(c.reoffended, { lang })}/${formatCount(c.released, { lang })} = ${formatPercent(c.rate as number, { lang, style: 'province' })}`,
      }),
      // Title, subtitle and legend, drawn once (in the first panel) in the top margin.
      Plot.text([M.reoffendingTitle[lang]], {
        fx: () => types[0],
        frameAnchor: 'top-left',
        dx: -40,
        dy: -84,
        fontSize: 16,
        fontWeight: 'bold',
        textAnchor: 'start',
      }),
      Plot.text([M.reoffendingSubtitle(target ? formatPercent(target.threshold, { lang, decimals: 0 }) : null)[lang]], {
        fx: () => types[0],
        frameAnchor: 'top-left',
        dx: -40,
        dy: -62,
        fontSize: 12,
        fill: COLOURS.mutedText,
        textAnchor: 'start',
      }),
      ...legend.map((l) =>
        Plot.dot([0], {
          fx: () => types[0],
          frameAnchor: 'top-left',
          dx: -34 + l.dx,
          dy: -38,
          r: l.fill === null ? 0 : 4,
          stroke: COLOURS.current,
          strokeWidth: 1.5,
          fill: l.fill ?? 'none',
        }),
      ),
      ...legend.map((l) =>
        Plot.text([l.text], {
          fx: () => types[0],
          frameAnchor: 'top-left',
          dx: -24 + l.dx,
          dy: -38,
          fontSize: 11.5,
          textAnchor: 'start',
        }),
      ),
    ],
  }) as SVGSVGElement | HTMLElement;
}
