import { perDataSet } from '../memo/per-data-set.ts';
import { formatDate } from '../format/date.ts';
import {
  AREA_BASIS_NAMES,
  AREA_ISSUES,
  AREA_LEVEL_WORDS,
  AREA_SERIES_TEXT,
  AREA_TREE_NAMES,
  AreaArgumentError,
  monthsText,
  type AreaSeriesBasis,
  type AreaTreeUsed,
} from '../messages/areas.ts';
import type { Bilingual, Lang } from '../messages/lang.ts';
import { periodRange } from '../periods/period-range.ts';
import type { DataSet } from '../types.ts';
import { areaBreaks } from './area-breaks.ts';
import { areaLabel } from './area-label.ts';
import { conventionOf } from '../periods/of-data.ts';
import { dataCrosswalk } from './data-crosswalk.ts';
import { basisOf, treeOf } from './measure-year.ts';
import { partNotes } from './part-notes.ts';
import { areaByCode, descendantsOf } from './tree.ts';
import { yearParts, type YearGap, type YearPart } from './year-parts.ts';

/** How an area's figure for a year is made, whatever the table: what `chitieu indicators --area` reports. */
export interface AreaBasisDescription {
  area_code: string;
  year: number;
  /** Null when no figure can be made for any month of the year. */
  basis: AreaSeriesBasis | null;
  tree: AreaTreeUsed | null;
  /** The months begun by the data's cut-off that have a figure. */
  months: number[];
  parts: YearPart[];
  gaps: YearGap[];
  /**
   * The codes whose rows make the figure when every weight is 1 (direct or gathered), descendants included:
   * `computeOne(def, index, year, new Set(codes), breakdown, target)` then gives the figure. Null for a spread
   * estimate (weights below 1: use {@link areaSeries}) or when there is no figure.
   */
  codes: string[] | null;
  /** One paragraph: the unit, its life, and how its figure for the year is made. */
  sentence: Bilingual;
}

/**
 * Says how an area's figure for a year is made on the trees of that year, for `chitieu indicators --area CODE
 * --year Y`: an old district after the reform is gathered from the new units within it, a new unit before the
 * reform is spread from the old units, a unit valid all year is direct. Works for any code at any year. The
 * months are those begun by the data's cut-off (all 12 without one); a table's own months may be fewer.
 *
 * @throws {AreaArgumentError} for an unknown area; {@link CrosswalkError} for an invalid crosswalk.
 * @example
 * describeAreaBasis(data, '436', 2026).basis; // => 'gathered'
 * describeAreaBasis(data, '436', 2026).codes; // => ['18073', '18100', '18652']
 * describeAreaBasis(data, '18073', 2021).basis; // => 'spread_estimate'
 */
export function describeAreaBasis(data: DataSet, area: string, year: number): AreaBasisDescription {
  // A page asks twice per redraw (the note above the charts, the JSON block): described once per data set.
  return perDataSet(data, `area-basis|${area}|${year}`, () => describe(data, area, year));
}

/** {@link describeAreaBasis}, worked out. */
function describe(data: DataSet, area: string, year: number): AreaBasisDescription {
  const row = areaByCode(data.areas).get(area);
  if (!row) throw new AreaArgumentError(AREA_ISSUES.unknownArea(area));
  const cw = dataCrosswalk(data);
  const convention = conventionOf(data.meta);
  const cutoff = data.meta.cutoff;
  const available = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter(
    (m) => cutoff === null || periodRange(convention, year, m).start <= cutoff,
  );
  const { parts, gaps } = yearParts(data, cw, area, year, available);
  const months = available.filter((m) => parts.some((p) => p.months.includes(m)));
  const basis = basisOf(parts, months.length);
  const tree = treeOf(parts.map((p) => p.tree));
  const whole = parts.length > 0 && parts.every((p) => p.sources.every((s) => s.weight === 1));
  const codes = whole
    ? [...new Set(parts.flatMap((p) => p.sources.flatMap((s) => [...descendantsOf(data.areas, s.area_code)])))]
    : null;

  const first = data.areas.reduce((min, a) => (a.valid_from < min ? a.valid_from : min), row.valid_from);
  const span = periodRange(convention, year);
  const breaks = areaBreaks(data, area).filter((b) => span.start <= b.date && b.date <= span.end);
  const sentence = (lang: Lang): string => {
    const life =
      row.valid_to !== null && row.valid_from > first
        ? AREA_SERIES_TEXT.lifeBoth(formatDate(row.valid_from, lang), formatDate(row.valid_to, lang))
        : row.valid_to !== null
          ? AREA_SERIES_TEXT.lifeEnded(formatDate(row.valid_to, lang))
          : row.valid_from > first
            ? AREA_SERIES_TEXT.lifeBegan(formatDate(row.valid_from, lang))
            : AREA_SERIES_TEXT.lifeThroughout;
    const notes = partNotes(data, area, parts, gaps, lang);
    const rest = [
      basis === null
        ? AREA_SERIES_TEXT.noFigure(year, notes)[lang]
        : AREA_SERIES_TEXT.point(
            year,
            AREA_BASIS_NAMES[basis][lang],
            AREA_TREE_NAMES[tree ?? 'before_reform'][lang],
            notes,
          )[lang],
    ];
    if (basis !== null && months.length < 12) rest.push(AREA_SERIES_TEXT.partYear(monthsText(months, lang))[lang]);
    for (const b of breaks) rest.push(b.note[lang]);
    return AREA_SERIES_TEXT.describe(
      areaLabel(data.areas, area, lang),
      AREA_LEVEL_WORDS[row.level][lang],
      life[lang],
      rest.join(' '),
    )[lang];
  };
  const text: Bilingual = { vi: sentence('vi'), en: sentence('en') };
  return { area_code: area, year, basis, tree, months, parts, gaps, codes, sentence: text };
}
