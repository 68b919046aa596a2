import { formatDate } from '../format/date.ts';
import { formatPercent } from '../format/percent.ts';
import { formatRatio } from '../format/ratio.ts';
import { formatCount } from '../format/count.ts';
import { SAFE_COMMUNES_TEXT } from '../messages/areas.ts';
import type { Bilingual, Lang } from '../messages/lang.ts';
import { periodRange } from '../periods/period-range.ts';
import { wilson } from '../stats/wilson.ts';
import type { AreaRow, DataSet } from '../types.ts';
import { conventionOf } from '../periods/of-data.ts';
import { reformBreak } from './reform-break.ts';
import type { TreeSide } from './year-parts.ts';

/** The share of safe communes on one basis (the old units or the new). */
export interface SafeCommunesFigure {
  tree: TreeSide;
  /** The year of the figure: the year asked for, or the latest earlier year on this basis (2024 for the old units in 2025). */
  year: number;
  certified: number;
  /** The denominator: communes in scope (216 old communes in 2024, 69 new units in 2025 in the bundled data). */
  in_scope: number;
  /** Rows of `safe_units` (units reporting) that entered the figure. */
  units: number;
  /** certified / in_scope; null when in_scope is 0. */
  share: number | null;
  /** Wilson 95 % interval of `share`. */
  ci95: [number, number] | null;
  /** Σ population · share of each unit / Σ population (METHODOLOGY.md 1.7); null without a population row for every unit. */
  population_weighted_share: number | null;
}

/** The share of safe communes before and after the reform, each on its own basis. */
export interface SafeCommunesAcrossReform {
  year: number;
  /** The reform (the last break of the tree); null when `areas.csv` records none. */
  reform: { date: string; ended: number; started: number } | null;
  before: SafeCommunesFigure | null;
  after: SafeCommunesFigure | null;
  /** The denominators of the two bases, when both are reported. */
  denominator_change: { from: number; to: number } | null;
  /** The shares on each basis and the change of denominator, in words. */
  sentence: Bilingual;
}

/**
 * The share of communes certified "An toàn về ANTT" (`safe_communes_share`: certified / in_scope, unit_type
 * commune) on each basis: the units before the reform and the units after it, each with its denominator, and a
 * sentence that states the change of denominator instead of comparing the two. For a year after the reform the
 * old basis is the latest year before it (2025: the 2024 figure on 216 old communes beside 57/69 new units);
 * for a year before it, the new basis is null.
 *
 * A row counts on the old basis when its unit ended before the reform, on the new one when its unit began at
 * or after it (a unit that spans the reform counts by the year's end).
 *
 * Source: METHODOLOGY.md 1.7 ("target đ percentages change denominator ... the series breaks"); Thông tư
 * 124/2021/TT-BCA, điều 5.
 *
 * @example
 * const s = safeCommunesAcrossReform(data, { year: 2025 });
 * [s.before?.year, s.before?.in_scope, s.after?.certified, s.after?.in_scope]; // => [2024, 216, 57, 69]
 */
export function safeCommunesAcrossReform(data: DataSet, options: { year: number }): SafeCommunesAcrossReform {
  const { year } = options;
  const convention = conventionOf(data.meta);
  const last = reformBreak(data.areas).at(-1) ?? null;
  const reform = last ? { date: last.date, ended: last.ended.length, started: last.started.length } : null;
  const byCode = new Map(data.areas.map((a) => [a.area_code, a]));
  const sideOf = (area: AreaRow | undefined, y: number): TreeSide => {
    if (!reform) return 'before_reform';
    if (area?.valid_to != null && area.valid_to < reform.date) return 'before_reform';
    if (area && area.valid_from >= reform.date) return 'after_reform';
    return periodRange(convention, y).end < reform.date ? 'before_reform' : 'after_reform';
  };
  const rows = data.safe_units.filter((r) => r.unit_type === 'commune' && r.year <= year);
  const reformYearReached = reform !== null && periodRange(convention, year).end >= reform.date;

  const figure = (side: TreeSide): SafeCommunesFigure | null => {
    const onSide = rows.filter((r) => sideOf(byCode.get(r.area_code), r.year) === side);
    const years = [...new Set(onSide.map((r) => r.year))].sort((a, b) => b - a);
    const fallback = side === 'before_reform' ? reformYearReached : true;
    const y = years.includes(year) ? year : fallback ? years[0] : undefined;
    if (y === undefined) return null;
    const used = onSide.filter((r) => r.year === y);
    const certified = used.reduce((s, r) => s + r.certified, 0);
    const inScope = used.reduce((s, r) => s + r.in_scope, 0);
    const pops = new Map(data.population.filter((p) => p.year === y).map((p) => [p.area_code, p.population]));
    const weighted = used.filter((r) => r.in_scope > 0);
    const popTotal = weighted.reduce((s, r) => s + (pops.get(r.area_code) ?? 0), 0);
    const popShare =
      weighted.length > 0 && weighted.every((r) => pops.has(r.area_code)) && popTotal > 0
        ? weighted.reduce((s, r) => s + (pops.get(r.area_code) as number) * (r.certified / r.in_scope), 0) / popTotal
        : null;
    return {
      tree: side,
      year: y,
      certified,
      in_scope: inScope,
      units: used.length,
      share: inScope > 0 ? certified / inScope : null,
      ci95: inScope > 0 ? wilson(certified, inScope) : null,
      population_weighted_share: popShare,
    };
  };
  const before = figure('before_reform');
  const after = reform ? figure('after_reform') : null;
  const denominatorChange = before && after ? { from: before.in_scope, to: after.in_scope } : null;

  const sentence = (lang: Lang): string => {
    const fig = (f: SafeCommunesFigure): string => {
      const pct = (x: number | null) => (x === null ? '–' : formatPercent(x, { lang, decimals: 2 }));
      const weighted = f.population_weighted_share === null ? null : pct(f.population_weighted_share);
      return SAFE_COMMUNES_TEXT.figure(f.year, formatRatio(f.certified, f.in_scope, { lang }), pct(f.share), weighted)[
        lang
      ];
    };
    if (!before && !after) return SAFE_COMMUNES_TEXT.none(year)[lang];
    const out: string[] = [];
    if (before)
      out.push(
        (reform ? SAFE_COMMUNES_TEXT.before : SAFE_COMMUNES_TEXT.single)(
          fig(before),
          formatCount(before.in_scope, { lang }),
        )[lang],
      );
    else if (reform) out.push(SAFE_COMMUNES_TEXT.noBefore[lang]);
    if (after && reform)
      out.push(
        SAFE_COMMUNES_TEXT.after(fig(after), formatCount(after.in_scope, { lang }), formatDate(reform.date, lang))[
          lang
        ],
      );
    if (denominatorChange) {
      out.push(
        SAFE_COMMUNES_TEXT.change(
          formatCount(denominatorChange.from, { lang }),
          formatCount(denominatorChange.to, { lang }),
        )[lang],
      );
    } else if (reform && !after) {
      out.push(SAFE_COMMUNES_TEXT.notYet(formatDate(reform.date, lang), reform.started)[lang]);
    } else if (!reform) {
      out.push(SAFE_COMMUNES_TEXT.noReform[lang]);
    }
    return out.join(' ');
  };
  return {
    year,
    reform,
    before,
    after,
    denominator_change: denominatorChange,
    sentence: { vi: sentence('vi'), en: sentence('en') },
  };
}
