/**
 * The briefing's "areas to watch" (Địa bàn cần chú ý): for each target that a funnel plot can judge, the areas
 * of the year outside its 95 % limits on the failing side, or, when there is none, the area that misses the
 * target by most for its own limits. Read from `compareAreas` (core/analysis/compare-areas.ts), which places
 * every leaf area of the year around the target (Spiegelhalter 2005; METHODOLOGY.md §4: funnel plots, not
 * rankings). Every row carries its figures and its denominator, so that a reader can check it by hand.
 */
import type { AreaPoint } from '../../core/analysis/compare-areas.ts';
import { compareAreas } from '../../core/analysis/compare-areas.ts';
import { formatTarget, formatValue } from '../../core/indicators/describe.ts';
import type { IndicatorDefinition } from '../../core/indicators/definition.ts';
import { YearIndex } from '../../core/indicators/measure.ts';
import { smallDenominator } from '../../core/stats/statistical-status.ts';
import { indicatorList } from '../../core/indicators/registry.ts';
import { formatCount } from '../../core/format/count.ts';
import type { Lang } from '../../core/messages/lang.ts';
import { AREAS_TO_WATCH_TEXT as T } from '../../core/messages/office-document.ts';
import { BRIEFING_SENTENCES } from '../../core/messages/report.ts';
import type { TargetSet } from '../../core/targets/target-set.ts';
import type { Comparator, DataSet } from '../../core/types.ts';
import { countWords } from './paragraphs.ts';
import { yearPeriodLabel } from './year-period.ts';
import { need, type ReportContext } from './types.ts';

/** At most this many areas per target in the table; the others are named, with their figures, in a note. */
export const MAX_AREAS_PER_TARGET = 5;

/** One area to watch, every text in the reader's language. */
export interface AreaToWatch {
  area_code: string;
  area: string;
  indicator: string;
  /** '70,6 %', '+140,0 %'. */
  value: string;
  /** '12/17 tin'; for a change, '24 vụ; năm 2021: 10 vụ'. */
  counts: string;
  target: string;
  /** Outside the 99.8 % or the 95 % limits, or the furthest within them. */
  finding: string;
  kind: 'outside_998' | 'outside_95' | 'furthest';
}

/** The section, ready to print. */
export interface AreasToWatch {
  title: string;
  intro: string;
  headers: Record<keyof typeof T.headers, string>;
  rows: AreaToWatch[];
  /** Said under the table: targets with more areas than shown, and what is not compared. */
  notes: string[];
  /** Said instead of the table when no row. */
  empty: string;
}

const meets = (value: number, comparator: Comparator, threshold: number) =>
  comparator === '>='
    ? value >= threshold
    : comparator === '>'
      ? value > threshold
      : comparator === '<='
        ? value <= threshold
        : value < threshold;

/**
 * How far an area stands from the target on the failing side, in widths of its own 95 % limit: 0 at the
 * target, −1 at the limit, below −1 outside it; positive on the passing side. Null without limits.
 *
 * @example standardisedGap({ value: 0.7, limits: { lower95: 0.8 - 0.1 } }, 0.8, 'increase') // => -1
 */
export function standardisedGap(
  point: Pick<AreaPoint, 'value'> & { limits: Pick<NonNullable<AreaPoint['limits']>, 'lower95' | 'upper95'> | null },
  threshold: number,
  direction: 'increase' | 'decrease',
): number | null {
  if (point.value === null || !point.limits) return null;
  if (direction === 'increase') {
    const low = point.limits.lower95;
    return low === null || low >= threshold ? null : (point.value - threshold) / (threshold - low);
  }
  const high = point.limits.upper95;
  return high === null || high <= threshold ? null : (threshold - point.value) / (high - threshold);
}

/** The counts of an area's figure: '12/17 tin', or a change's two years. */
function countsText(def: IndicatorDefinition, p: AreaPoint, year: number, lang: Lang): string {
  const unit = def.countUnit;
  if (p.numerator === null || p.denominator === null || unit === 'vnd') return '—';
  if (def.unit === 'relative_change') {
    const comparisonYear = def.comparison?.kind === 'baseline' ? def.comparison.year : year - 1;
    return T.changeCounts(countWords(p.numerator, unit, lang), comparisonYear, countWords(p.denominator, unit, lang))[
      lang
    ];
  }
  return BRIEFING_SENTENCES.counts(formatCount(p.numerator, { lang }), countWords(p.denominator, unit, lang))[lang];
}

/**
 * The areas to watch in a year.
 *
 * @example areasToWatch(bundled, 2025, 'Năm 2025', 'vi', programme).rows[0]?.area
 * // => 'Thị xã Kỳ Anh' (bundled data: its reports resolved, 67/85, fall below the 95 % limit)
 */
export function areasToWatch(
  data: DataSet,
  year: number,
  period: string,
  lang: Lang,
  targets: TargetSet,
): AreasToWatch {
  const index = new YearIndex(data);
  const rows: AreaToWatch[] = [];
  const notes: string[] = [];
  for (const def of indicatorList()) {
    if (def.breakdown && !def.breakdown.withHeadline) continue;
    const c = compareAreas(data, { year, indicatorId: def.id, targets, index });
    if (c.p0 === null || c.target === null) continue;
    const threshold = c.target.threshold;
    const comparator = c.target.comparator;
    const failing = def.direction === 'increase' ? 'below' : 'above';
    const placed = c.areas
      .map((p) => ({ p, gap: standardisedGap(p, threshold, def.direction) }))
      .filter((x): x is { p: AreaPoint; gap: number } => x.p.comparable && x.p.flag !== null && x.gap !== null);
    const outside = placed
      .filter((x) => x.p.flag === failing)
      .sort(
        (a, b) =>
          Number(b.p.flag_998 === failing) - Number(a.p.flag_998 === failing) ||
          a.gap - b.gap ||
          a.p.area_code.localeCompare(b.p.area_code, 'en'),
      );
    // Within the limits, a small area far from the target says little: it is left out of "furthest".
    const missing = placed
      .filter(
        (x) => x.p.flag !== failing && x.p.value !== null && !meets(x.p.value, comparator, threshold) && x.gap < 0,
      )
      .filter((x) => x.p.n !== null && !smallDenominator(x.p.n, c.p0 as number))
      .sort((a, b) => a.gap - b.gap || a.p.area_code.localeCompare(b.p.area_code, 'en'));
    const chosen = outside.length > 0 ? outside : missing.slice(0, 1);
    const watched = chosen.map(({ p }): AreaToWatch => {
      const kind: AreaToWatch['kind'] =
        p.flag_998 === failing ? 'outside_998' : p.flag === failing ? 'outside_95' : 'furthest';
      return {
        area_code: p.area_code,
        area: lang === 'vi' ? p.name_vi : p.name_en,
        indicator: def.shortTitle[lang],
        value: formatValue(def, p, lang),
        counts: countsText(def, p, year, lang),
        target: formatTarget(def, c.target, lang),
        finding: (kind === 'outside_998'
          ? T.outside998(failing)
          : kind === 'outside_95'
            ? T.outside95(failing)
            : T.furthest)[lang],
        kind,
      };
    });
    rows.push(...watched.slice(0, MAX_AREAS_PER_TARGET));
    const more = watched.slice(MAX_AREAS_PER_TARGET);
    if (more.length > 0)
      notes.push(
        T.more(
          def.shortTitle[lang],
          more.map((a) => T.areaFigures(a.area, a.value, a.counts)),
        )[lang],
      );
  }
  notes.push(T.notCompared[lang]);
  return {
    title: T.title[lang],
    intro: T.intro(period)[lang],
    headers: {
      area: T.headers.area[lang],
      indicator: T.headers.indicator[lang],
      value: T.headers.value[lang],
      counts: T.headers.counts[lang],
      target: T.headers.target[lang],
      finding: T.headers.finding[lang],
    },
    rows,
    notes,
    empty: T.none[lang],
  };
}

const made = new WeakMap<ReportContext, AreasToWatch>();

/** The areas to watch of the report's year, computed once for the HTML and Word steps. */
export function areasToWatchOf(ctx: ReportContext): AreasToWatch {
  const done = made.get(ctx);
  if (done) return done;
  const { data, year, lang, targets } = ctx.options;
  const section = areasToWatch(data, year, yearPeriodLabel(data, need(ctx, 'scorecard'), year, lang), lang, targets);
  made.set(ctx, section);
  return section;
}
