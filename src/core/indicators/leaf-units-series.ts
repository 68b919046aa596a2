import type { AreaSeries, AreaSeriesPoint } from '../areas/area-series.ts';
import { areaBreaks } from '../areas/area-breaks.ts';
import { reformBreak } from '../areas/reform-break.ts';
import { areaAndDescendants } from '../areas/tree.ts';
import { INDICATOR_SENTENCES } from '../messages/indicators.ts';
import { periodRange } from '../periods/period-range.ts';
import type { AreaTreeUsed } from '../messages/areas.ts';
import type { DataSet } from '../types.ts';
import type { IndicatorDefinition } from './definition.ts';
import { leafUnitsShare } from './leaf-units-share.ts';
import { YearIndex } from './measure.ts';

/**
 * The yearly series of a share of leaf units (`crime_free_communes_share`) for an area, as `chitieu series`
 * prints it: each year made from the commune-level leaves under the area in that year only
 * ({@link leafUnitsShare}), never spread from old units or gathered across the reform (a unit either existed
 * through the year's months or is not counted). A point's basis is `direct` over twelve months,
 * `partial_year_direct` over fewer (2026: ten), null with the reason as its note where there is no figure
 * (the years whose leaves are districts, 2025).
 *
 * Source: CONTRACT.md (`crime_free_communes_share`); METHODOLOGY.md 1.7 (flag the break).
 *
 * @example leafUnitsSeries(data, INDICATORS.crime_free_communes_share, '42').points.map((p) => p.basis); // => [null, ..., null, 'partial_year_direct'] (bundled data)
 */
export function leafUnitsSeries(data: DataSet, def: IndicatorDefinition, area: string): AreaSeries {
  const index = YearIndex.of(data);
  const codes = areaAndDescendants(data.areas, area);
  const years = index.years(def.numerator.table, def.numerator.yearColumn ?? 'year').sort((a, b) => a - b);
  const reform = reformBreak(data.areas).sort((a, b) => b.started.length - a.started.length)[0];
  const breaks = areaBreaks(data, area, { unitCount: true });
  const points = years.map((year): AreaSeriesPoint => {
    const r = leafUnitsShare(def, index, year, codes, null, area);
    const months = r.inputs.months ?? [];
    const made = r.value !== null;
    const span = periodRange(index.convention, year);
    const tree: AreaTreeUsed | null = !made
      ? null
      : !reform || span.end < reform.date
        ? 'before_reform'
        : span.start >= reform.date
          ? 'after_reform'
          : 'both';
    return {
      year,
      basis: made ? (months.length >= 12 ? 'direct' : 'partial_year_direct') : null,
      tree,
      months: made ? months : [],
      parts: [],
      gaps: [],
      rows: r.inputs.rows,
      value: r.value,
      numerator: r.numerator,
      denominator: r.denominator,
      comparison: null,
      note: r.reason,
    };
  });
  const own = INDICATOR_SENTENCES.leafUnitsSeries;
  const note = {
    vi: [own.vi, ...breaks.map((b) => b.note.vi)].join(' '),
    en: [own.en, ...breaks.map((b) => b.note.en)].join(' '),
  };
  return { area_code: area, indicator_id: def.id, breakdown: {}, points, breaks, note };
}
