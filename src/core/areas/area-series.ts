import type { IndicatorId } from '../indicators/definition.ts';
import { formatDate } from '../format/date.ts';
import { INDICATORS } from '../indicators/registry.ts';
import { periodRange } from '../periods/period-range.ts';
import {
  AREA_BASIS_NAMES,
  AREA_ISSUES,
  AREA_SERIES_TEXT,
  AREA_TREE_NAMES,
  AreaArgumentError,
  monthsText,
  type AreaSeriesBasis,
} from '../messages/areas.ts';
import type { Bilingual, Lang } from '../messages/lang.ts';
import type { DataSet } from '../types.ts';
import { areaBreaks, UNIT_COUNT_INDICATORS, type AreaSeriesBreak } from './area-breaks.ts';
import type { Crosswalk } from './crosswalk.ts';
import { conventionOf } from '../periods/of-data.ts';
import { dataCrosswalk } from './data-crosswalk.ts';
import { measureYear, treeOf, type MadeYear } from './measure-year.ts';
import { partNotes } from './part-notes.ts';
import { reformBreak } from './reform-break.ts';
import { rootArea } from './tree.ts';
import { YearIndex } from '../indicators/measure.ts';

export type { AreaSeriesBasis, AreaTreeUsed } from '../messages/areas.ts';

/** Options of {@link areaSeries}. */
export interface AreaSeriesOptions {
  /** Any code of `areas.csv`: the province, an old district, a new unit. */
  area: string;
  indicatorId: IndicatorId;
  /** Years of the series; default every year the indicator's table has rows for. */
  years?: readonly number[];
  /** One breakdown row, e.g. `{ field: 'drugs' }`; default the headline (no filter). */
  breakdown?: Record<string, string>;
  /** The crosswalk; default the data set's `area_crosswalk.csv`, validated against its areas. */
  crosswalk?: Crosswalk;
}

/** One year of an area series, and how it was made. */
export interface AreaSeriesPoint extends MadeYear {
  /** The indicator's value as `computeIndicators` defines it (proportion, relative change or count); null when it cannot be made. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /**
   * How the point was made. For a change, the worse of the year and its comparison year (spread_estimate, then
   * gathered, then partial_year_direct, then direct). `parts` say which units each run of months came from.
   */
  basis: AreaSeriesBasis | null;
  /** The comparison year of a change (2021 for the baseline, the year before for violations), made the same way. */
  comparison: MadeYear | null;
  /** How the point was made, in words. */
  note: Bilingual;
}

/** A yearly series of one indicator for one area, over the reform. */
export interface AreaSeries {
  area_code: string;
  indicator_id: IndicatorId;
  breakdown: Record<string, string>;
  points: AreaSeriesPoint[];
  /** Days on which the series breaks: tests restart there, charts mark them. Empty for the province. */
  breaks: AreaSeriesBreak[];
  /** What the breaks mean, in words (the province: that its totals compare across the years). */
  note: Bilingual;
}

export { UNIT_COUNT_INDICATORS } from './area-breaks.ts';

const RANK: Record<AreaSeriesBasis, number> = { direct: 0, partial_year_direct: 1, gathered: 2, spread_estimate: 3 };

/**
 * A yearly series of an indicator for any area, old or new, over any years (2019–2026 in the bundled data),
 * where every point says how it was made:
 * - a unit valid in a month uses its own rows (the province: the leaves of each month's tree, so its 2025
 *   figure sums the district rows of January–June and the commune rows of July–December);
 * - an old district after the reform is gathered from the new units lying within it (exact);
 * - a new unit before the reform is spread from the old units by the crosswalk weights (an estimate);
 * - a unit whose territory cannot be separated (Lộc Hà 448 after it joined Thạch Hà) has no figure, and says why.
 * Each month belongs to the tree valid on its last day (police month 7/2025 to the new units).
 *
 * The province never breaks (its boundary did not change), except for a share whose denominator counts
 * commune-level units ({@link UNIT_COUNT_INDICATORS}), which breaks at the reform even there.
 *
 * Numerators and denominators are summed as {@link computeIndicators} sums them (roll-up `sum`, or the stock of
 * the year's first month), so a point made of direct rows equals its `computeIndicators` figure. A year that
 * mixes methods (2025) is one figure over the whole year, its `parts` showing each run of months.
 *
 * Source: METHODOLOGY.md 1.7 (keep a crosswalk; flag the break and do not test trends across it).
 *
 * @throws {AreaArgumentError} for an unknown area; {@link CrosswalkError} for an invalid crosswalk.
 * @example
 * const s = areaSeries(data, { area: '436', indicatorId: 'clearance_rate', years: [2024, 2025, 2026] });
 * s.points.map((p) => [p.year, p.basis, p.tree, p.months.length]);
 * // => [[2024, 'direct', 'before_reform', 12], [2025, 'gathered', 'both', 12], [2026, 'gathered', 'after_reform', 10]]
 */
export function areaSeries(data: DataSet, options: AreaSeriesOptions): AreaSeries {
  const { area, indicatorId } = options;
  if (!data.areas.some((a) => a.area_code === area)) throw new AreaArgumentError(AREA_ISSUES.unknownArea(area));
  const def = INDICATORS[indicatorId];
  const cw = options.crosswalk ?? dataCrosswalk(data);
  const breakdown = options.breakdown ?? {};
  const where = Object.fromEntries(Object.entries(breakdown).map(([k, v]) => [k, [v]]));
  const yearColumn = def.numerator.yearColumn ?? 'year';
  const years =
    options.years ??
    YearIndex.of(data)
      .years(def.numerator.table, yearColumn)
      .sort((a, b) => a - b);

  const isRoot = rootArea(data.areas).area_code === area;
  const countsUnits = UNIT_COUNT_INDICATORS.has(indicatorId);
  const breaks = areaBreaks(data, area, { unitCount: countsUnits });
  const convention = conventionOf(data.meta);
  const points = years.map((year): AreaSeriesPoint => {
    let num = measureYear(data, cw, area, def.numerator, year, where);
    const comparisonYear =
      def.comparison?.kind === 'baseline'
        ? def.comparison.year
        : def.comparison?.kind === 'previous_year'
          ? year - 1
          : null;
    // A change takes the comparison year over the months the year has, and the year over the months both have.
    const sameMonths =
      def.unit === 'relative_change' && comparisonYear !== null && num.made.months.length > 0
        ? num.made.months
        : undefined;
    const den = def.denominator
      ? measureYear(data, cw, area, def.denominator, comparisonYear ?? year, where, sameMonths)
      : null;
    if (sameMonths && den && den.made.months.length > 0 && den.made.months.length < sameMonths.length) {
      num = measureYear(data, cw, area, def.numerator, year, where, den.made.months);
    }
    let value: number | null = null;
    if (num.value !== null) {
      if (def.unit === 'count') value = num.value;
      else if (den && den.value !== null && den.value > 0)
        value = num.value / den.value + (def.unit === 'relative_change' ? -1 : 0);
    }
    const comparison = comparisonYear !== null && den ? den.made : null;
    const bases = [num.made.basis, comparison?.basis ?? null].filter((b): b is AreaSeriesBasis => b !== null);
    const basis = num.made.basis === null ? null : bases.reduce((a, b) => (RANK[b] > RANK[a] ? b : a));
    const tree = num.made.basis === null ? null : treeOf([num.made.tree, comparison?.tree ?? null]);
    const span = periodRange(convention, year);
    const within = breaks.filter((b) => span.start <= b.date && b.date <= span.end);
    const unitCount = countsUnits && basis !== null && !(basis === 'direct' && tree === 'before_reform');
    const note = (lang: Lang) =>
      [
        pointNote(data, area, num.made, comparison, def.numerator.table, lang),
        ...within.map((b) => b.note[lang]),
        ...(unitCount ? [AREA_SERIES_TEXT.unitCount[lang]] : []),
      ].join(' ');
    return {
      ...num.made,
      value,
      numerator: num.value,
      denominator: def.denominator ? (den?.value ?? null) : null,
      basis,
      tree,
      comparison,
      note: { vi: note('vi'), en: note('en') },
    };
  });
  const note =
    isRoot && !countsUnits
      ? AREA_SERIES_TEXT.province
      : { vi: breaks.map((b) => b.note.vi).join(' '), en: breaks.map((b) => b.note.en).join(' ') };
  return { area_code: area, indicator_id: indicatorId, breakdown, points, breaks, note };
}

/** The note of a point: how its year, and its comparison year, were made. */
function pointNote(
  data: DataSet,
  area: string,
  made: MadeYear,
  comparison: MadeYear | null,
  table: string,
  lang: Lang,
): string {
  const parts = (m: MadeYear) => partNotes(data, area, m.parts, m.gaps, lang);
  const head = (m: MadeYear, template: typeof AREA_SERIES_TEXT.point): string => {
    if (m.basis === null) {
      return m.gaps.length > 0
        ? AREA_SERIES_TEXT.noFigure(m.year, parts(m))[lang]
        : AREA_SERIES_TEXT.noRows(m.year, table)[lang];
    }
    return template(
      m.year,
      AREA_BASIS_NAMES[m.basis][lang],
      AREA_TREE_NAMES[m.tree ?? 'before_reform'][lang],
      parts(m),
    )[lang];
  };
  const out = [head(made, AREA_SERIES_TEXT.point)];
  if (made.basis !== null && made.months.length < 12)
    out.push(AREA_SERIES_TEXT.partYear(monthsText(made.months, lang))[lang]);
  if (comparison) out.push(head(comparison, AREA_SERIES_TEXT.comparison));
  return out.join(' ');
}
