/**
 * Following an area across the July 2025 reform in a page: how its figure for the chosen year is made (the
 * sentence of `chitieu indicators --area`), its yearly series of any indicator as `chitieu series` gives it
 * (each point direct, gathered from the new units, or spread by the crosswalk weights), and two areas' series on
 * one chart. The figures are the core's (`areaSeries`, `describeAreaBasis`); this module only lays them out.
 */
import * as Plot from '@observablehq/plot';
import { areaSeries, type AreaSeries } from '../../src/core/areas/area-series.ts';
import { describeAreaBasis } from '../../src/core/areas/describe-area-basis.ts';
import { rootArea } from '../../src/core/areas/tree.ts';
import { perDataSet } from '../../src/core/memo/per-data-set.ts';
import { COLOURS, FONT_FAMILY, OKABE_ITO } from '../../src/core/charts/theme.ts';
import { formatCount } from '../../src/core/format/count.ts';
import { formatNumber } from '../../src/core/format/number.ts';
import { formatValue } from '../../src/core/indicators/describe.ts';
import type { IndicatorId } from '../../src/core/indicators/definition.ts';
import { INDICATORS, INDICATOR_IDS } from '../../src/core/indicators/registry.ts';
import { breakdownWord } from '../../src/core/messages/breakdowns.ts';
import { AREA_BASIS_NAMES } from '../../src/core/messages/areas.ts';
import type { Lang } from '../../src/core/messages/lang.ts';
import { NOTEBOOK_MESSAGES as M } from '../../src/core/messages/notebooks.ts';
import type { DataSet } from '../../src/core/types.ts';
import { h } from './dom.ts';
import { csvDownload } from './download.ts';

/** An indicator and one of its breakdown rows (`{}`: the headline). */
export interface IndicatorChoice {
  id: IndicatorId;
  breakdown: Record<string, string>;
}

/** Every indicator of the registry, for a picker. */
export function indicatorOptions(lang: Lang = 'vi'): { id: IndicatorId; label: string }[] {
  return INDICATOR_IDS.map((id) => ({ id, label: `${INDICATORS[id].title[lang]} · ${id}` }));
}

/** The breakdown rows of an indicator: the headline (all values together), then each value. */
export function breakdownOptions(
  id: IndicatorId,
  lang: Lang = 'vi',
): { key: string; label: string; value: Record<string, string> }[] {
  const b = INDICATORS[id].breakdown;
  const all = { key: '', label: M.breakdownAll[lang], value: {} };
  if (!b) return [all];
  return [
    all,
    ...b.values.map((v) => ({
      key: `${b.dimension}:${v}`,
      label: breakdownWord(b.dimension, v, lang),
      value: { [b.dimension]: v },
    })),
  ];
}

/** The name of an area as a picker or a legend says it: `Huyện Can Lộc · 443`. */
export function areaName(data: DataSet, code: string, lang: Lang = 'vi'): string {
  const a = data.areas.find((r) => r.area_code === code);
  return a ? `${lang === 'vi' ? a.name_vi : a.name_en} · ${code}` : code;
}

/**
 * How the chosen area's figure for the year is made, in one paragraph (the sentence `chitieu indicators --area`
 * prints); null for the province, whose figures are always its own rows.
 */
export function areaBasisNote(data: DataSet, area: string, year: number, lang: Lang = 'vi'): HTMLElement | null {
  if (rootArea(data.areas).area_code === area) return null;
  const d = describeAreaBasis(data, area, year);
  const kind = d.basis === null ? 'none' : d.basis;
  return h(
    'p',
    { class: d.basis === 'direct' ? 'chitieu-basis' : 'chitieu-basis chitieu-warning', 'data-area-basis': kind },
    d.sentence[lang],
  );
}

/**
 * The yearly series of an indicator for an area, across the reform (`chitieu series`). It does not depend on the
 * year shown, so it is made once per data set, area, indicator and breakdown and kept ({@link perDataSet}): a
 * change of year draws it again without computing it.
 */
export function seriesOf(data: DataSet, area: string, choice: IndicatorChoice): AreaSeries {
  return perDataSet(data, `notebook-series|${area}|${choice.id}|${JSON.stringify(choice.breakdown)}`, () =>
    areaSeries(data, { area, indicatorId: choice.id, breakdown: choice.breakdown }),
  );
}

const BASIS_MARK: Record<string, string> = {
  direct: '●',
  partial_year_direct: '◐',
  gathered: '◆',
  spread_estimate: '○',
};

/** A figure as the table prints it: whole counts whole, a spread estimate with one decimal. */
function figure(x: number | null, lang: Lang): string {
  if (x === null) return '—';
  return Number.isInteger(x) ? formatCount(x, { lang }) : formatNumber(x, { lang, decimals: 1 });
}

/**
 * The series of one or two areas as a table, year by year: the value, its counts, how it was made and the
 * core's note; a CSV button gives the same rows with plain numbers.
 */
export function seriesTable(
  data: DataSet,
  series: readonly AreaSeries[],
  year: number,
  name: string,
  lang: Lang = 'vi',
): HTMLElement {
  const def = INDICATORS[series[0]?.indicator_id ?? 'clearance_rate'];
  const rows = series.flatMap((s) => s.points.map((p) => ({ s, p })));
  rows.sort((a, b) => a.p.year - b.p.year);
  const header = M.seriesCsvHeader[lang];
  return h(
    'div',
    { class: 'chitieu-table-wrap' },
    h(
      'table',
      {
        class: 'chitieu-table chitieu-series',
        'data-series-table': series.map((s) => s.area_code).join(','),
        'data-indicator': series[0]?.indicator_id ?? '',
      },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', {}, M.year[lang]),
          h('th', {}, M.area[lang]),
          h('th', { class: 'num' }, M.value[lang]),
          h('th', { class: 'num' }, M.counts[lang]),
          h('th', {}, M.basis[lang]),
          h('th', {}, M.howMade[lang]),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map(({ s, p }) =>
          h(
            'tr',
            {
              'data-year': p.year,
              'data-area': s.area_code,
              'data-value': p.value === null ? '' : String(p.value),
              'data-basis': p.basis ?? '',
              class: p.year === year ? 'chitieu-chosen-year' : null,
            },
            h('td', {}, String(p.year)),
            h('td', {}, areaName(data, s.area_code, lang)),
            h('td', { class: 'num' }, formatValue(def, p, lang)),
            h(
              'td',
              { class: 'num' },
              p.numerator === null ? '—' : `${figure(p.numerator, lang)} / ${figure(p.denominator, lang)}`,
            ),
            h('td', {}, p.basis ? `${BASIS_MARK[p.basis]} ${AREA_BASIS_NAMES[p.basis][lang]}` : M.noFigure[lang]),
            h('td', {}, h('small', {}, p.note[lang])),
          ),
        ),
      ),
    ),
    csvDownload(
      name,
      header,
      () =>
        rows.map(({ s, p }) => [
          p.year,
          s.area_code,
          areaName(data, s.area_code, lang),
          s.indicator_id,
          Object.entries(s.breakdown)
            .map(([k, v]) => `${k}=${v}`)
            .join(';'),
          p.value,
          p.numerator,
          p.denominator,
          p.basis,
          p.months.length,
          p.note[lang],
        ]),
      lang,
    ),
  );
}

/** Percent for a proportion or a change; the count itself for a count. */
function shown(unit: string, x: number): number {
  return unit === 'count' ? x : x * 100;
}

/**
 * Two areas' series of one indicator on one chart, year by year, with the chosen year marked: a filled dot is a
 * figure of the area's own rows (direct) or gathered from units lying within it (exact), a hollow dot a spread
 * estimate; a vertical line marks each break of a series (the reform). Title, legend and note are marks inside
 * the SVG, so a downloaded file stands alone.
 */
export function compareChart(
  data: DataSet,
  series: readonly AreaSeries[],
  year: number,
  lang: Lang = 'vi',
): SVGSVGElement {
  const first = series[0] as AreaSeries;
  const def = INDICATORS[first.indicator_id];
  const colours = [COLOURS.current, OKABE_ITO.orange];
  const points = series.flatMap((s, k) =>
    s.points
      .filter((p) => p.value !== null)
      .map((p) => ({
        year: p.year,
        y: shown(def.unit, p.value as number),
        area: areaName(data, s.area_code, lang),
        colour: colours[k] as string,
        estimate: p.basis === 'spread_estimate',
        label: `${areaName(data, s.area_code, lang)}, ${p.year}: ${formatValue(def, p, lang)} (${p.basis ? AREA_BASIS_NAMES[p.basis][lang] : ''})`,
      })),
  );
  const years = series.flatMap((s) => s.points.map((p) => p.year));
  const breaks = [...new Set(series.flatMap((s) => s.breaks.map((b) => b.date)))].map((date) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return y + (m - 1) / 12 + (d - 1) / 365 - 0.5;
  });
  const breakdown = Object.entries(first.breakdown).map(([k, v]) => breakdownWord(k, v, lang));
  const title = `${def.title[lang]}${breakdown.length > 0 ? ` (${breakdown.join(', ')})` : ''}`;
  const unitWord = def.unit === 'count' ? M.unitCount[lang] : M.unitPercent[lang];
  const legend = series.map((s, k) => ({
    text: `━ ${areaName(data, s.area_code, lang)}`,
    colour: colours[k] as string,
    k,
  }));
  const values = points.map((p) => p.y);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const svg = Plot.plot({
    width: 680,
    height: 400,
    marginTop: 78,
    marginLeft: 56,
    marginRight: 24,
    marginBottom: 84,
    style: { fontFamily: FONT_FAMILY, fontSize: '12px', color: COLOURS.text, background: 'white' },
    x: {
      domain: [Math.min(...years) - 0.4, Math.max(...years) + 0.4],
      ticks: [...new Set(years)],
      tickFormat: (y: number) => String(y),
      label: null,
    },
    y: {
      domain: [low, high === low ? low + 1 : high],
      nice: true,
      grid: true,
      label: null,
      tickFormat: (v: number) => formatNumber(v, { lang, decimals: 0 }),
    },
    marks: [
      Plot.ruleY([0], { stroke: COLOURS.axis }),
      Plot.ruleX(breaks, { stroke: COLOURS.neutral, strokeDasharray: '3,3' }),
      Plot.ruleX([year], { stroke: COLOURS.lightNeutral, strokeWidth: 10, strokeOpacity: 0.5 }),
      Plot.line(points, { x: 'year', y: 'y', z: 'area', stroke: 'colour', strokeWidth: 2 }),
      Plot.dot(points, {
        x: 'year',
        y: 'y',
        r: 4.5,
        stroke: 'colour',
        strokeWidth: 2,
        fill: (p: { estimate: boolean; colour: string }) => (p.estimate ? 'white' : p.colour),
        title: 'label',
      }),
      Plot.text([title], {
        frameAnchor: 'top-left',
        dy: -70,
        dx: -48,
        fontSize: 16,
        fontWeight: 'bold',
        textAnchor: 'start',
      }),
      Plot.text([M.compareSubtitle(unitWord)[lang]], {
        frameAnchor: 'top-left',
        dy: -48,
        dx: -48,
        fontSize: 12,
        textAnchor: 'start',
        fill: COLOURS.mutedText,
      }),
      ...legend.map((d) =>
        Plot.text([d.text], {
          frameAnchor: 'top-left',
          dy: -26,
          dx: -48 + d.k * 300,
          fill: d.colour,
          fontSize: 12,
          textAnchor: 'start',
        }),
      ),
      Plot.text([M.compareNote[lang]], {
        frameAnchor: 'bottom-left',
        dy: 40,
        dx: -48,
        fontSize: 10.5,
        textAnchor: 'start',
        lineAnchor: 'top',
        fill: COLOURS.mutedText,
        lineWidth: 64,
      }),
    ],
  });
  return svg as SVGSVGElement;
}
