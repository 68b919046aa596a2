import { formatDate } from '../format/date.ts';
import { AREA_SERIES_TEXT } from '../messages/areas.ts';
import type { Bilingual, Lang } from '../messages/lang.ts';
import type { IndicatorId } from '../indicators/definition.ts';
import type { AreaRow, DataSet } from '../types.ts';
import { areaLabel } from './area-label.ts';
import { reformBreak } from './reform-break.ts';
import { shiftDay } from './shift-day.ts';
import { areaByCode, descendantsOf, rootArea } from './tree.ts';

/** A day on which an area's series breaks: trend tests and control charts restart there; charts mark it. */
export interface AreaSeriesBreak {
  /** First day after the change (ISO). */
  date: string;
  /**
   * `reform`: a break of the tree ({@link reformBreak}) that changes the area or, for a share of units, the
   * units below it; `territory`: any other change of the area's territory (a merger into or out of it, a unit
   * set up or ended on its own).
   */
  kind: 'reform' | 'territory';
  note: Bilingual;
}

/**
 * Indicators whose denominator counts commune-level units: their share changes denominator at the reform (216
 * communes in scope before, 69 units after, in the bundled data), so even the province's series breaks there
 * (METHODOLOGY.md 1.7). See also {@link safeCommunesAcrossReform}.
 */
export const UNIT_COUNT_INDICATORS: ReadonlySet<IndicatorId> = new Set<IndicatorId>([
  'safe_communes_share',
  'drug_free_communes_share',
]);

/** Options of {@link areaBreaks}. */
export interface AreaBreaksOptions {
  /**
   * The series is a share of units (safe communes, {@link UNIT_COUNT_INDICATORS}): it also breaks where the
   * units below the area are reorganised though its boundary stays, the province's included (its denominator
   * changes: 216 communes, then 69 units).
   */
  unitCount?: boolean;
}

/**
 * The one definition of the days on which an area's series breaks, used by the area series, the trend tests
 * and control charts (`seriesSegment`), and the charts' break marks. A day D breaks the series when, from D:
 * - the area began (`valid_from` = D, after the first day of the data) or ended (`valid_to` = D - 1);
 * - a crosswalk row joins a unit inside the area's subtree with one outside it, the unit it comes from having
 *   ended on D - 1 (Lộc Hà 448 into Thạch Hà 445 on 1/1/2025; every old commune into a new unit on 1/7/2025);
 * - for a share of units (`unitCount`), a break of the tree ({@link reformBreak}) ends or starts a unit below.
 * The province's boundary never changes (METHODOLOGY.md 1.7: provincial totals stay comparable), so its count
 * and rate series never break. A day that is a break of the tree is kind `reform`, any other `territory`.
 * Sorted by date; one break per day.
 *
 * @example
 * areaBreaks(data, '445').map((b) => [b.date, b.kind]); // => [['2025-01-01', 'territory'], ['2025-07-01', 'reform']]
 * areaBreaks(data, '42'); // => []
 * areaBreaks(data, '42', { unitCount: true }).map((b) => b.date); // => ['2025-07-01']
 */
export function areaBreaks(
  data: Pick<DataSet, 'areas' | 'area_crosswalk'>,
  code: string,
  options: AreaBreaksOptions = {},
): AreaSeriesBreak[] {
  // Asked for by every result's trend and every chart context: found once per area tree (the areas and the
  // crosswalk, kept with the areas array), each caller given its own array.
  let byKey = cache.get(data.areas);
  if (!byKey || byKey.crosswalk !== data.area_crosswalk) {
    byKey = { crosswalk: data.area_crosswalk, breaks: new Map() };
    cache.set(data.areas, byKey);
  }
  const key = `${code}|${JSON.stringify(options)}`;
  let breaks = byKey.breaks.get(key);
  if (!breaks) {
    breaks = findBreaks(data, code, options);
    byKey.breaks.set(key, breaks);
  }
  return [...breaks];
}

const cache = new WeakMap<
  readonly AreaRow[],
  { crosswalk: DataSet['area_crosswalk']; breaks: Map<string, AreaSeriesBreak[]> }
>();

/** {@link areaBreaks}, found. */
function findBreaks(
  data: Pick<DataSet, 'areas' | 'area_crosswalk'>,
  code: string,
  options: AreaBreaksOptions,
): AreaSeriesBreak[] {
  const isRoot = rootArea(data.areas).area_code === code;
  const byCode = areaByCode(data.areas);
  const area = byCode.get(code);
  if (!area) return [];
  const subtree = descendantsOf(data.areas, code);
  const tree = new Map(reformBreak(data.areas).map((b) => [b.date, b]));
  const first = data.areas.reduce((min, a) => (a.valid_from < min ? a.valid_from : min), area.valid_from);
  const both = (f: (lang: Lang) => string): Bilingual => ({ vi: f('vi'), en: f('en') });
  const label = (unit: string, lang: Lang) => areaLabel(data.areas, unit, lang);
  const byDate = new Map<string, AreaSeriesBreak>();
  // the note is worded only for a day not yet taken that is not a break of the tree (many rows share a day)
  const add = (date: string, note: () => Bilingual) => {
    if (byDate.has(date)) return;
    const b = tree.get(date);
    // a break of the tree says so: the area ended or began there, or how many units ended and began
    const reformNote =
      b &&
      both(
        (lang) =>
          (b.ended.includes(code)
            ? AREA_SERIES_TEXT.endedAtReform(formatDate(date, lang))
            : b.started.includes(code)
              ? AREA_SERIES_TEXT.beganAtReform(formatDate(date, lang))
              : AREA_SERIES_TEXT.reformBreak(formatDate(date, lang), b.ended.length, b.started.length))[lang],
      );
    byDate.set(
      date,
      b ? { date, kind: 'reform', note: reformNote as Bilingual } : { date, kind: 'territory', note: note() },
    );
  };

  if (!isRoot) {
    // what merged where first: it says more than that the unit began or ended
    for (const row of data.area_crosswalk) {
      const inside = subtree.has(row.from_code);
      if (inside === subtree.has(row.to_code)) continue;
      const from = byCode.get(row.from_code);
      if (!from?.valid_to) continue;
      const date = shiftDay(from.valid_to, 1);
      const day = (lang: Lang) => formatDate(date, lang);
      if (row.to_code === code)
        add(date, () => both((lang) => AREA_SERIES_TEXT.absorbed(day(lang), label(row.from_code, lang))[lang]));
      else if (row.from_code === code)
        add(date, () => both((lang) => AREA_SERIES_TEXT.mergedInto(day(lang), label(row.to_code, lang))[lang]));
      else if (inside)
        add(date, () =>
          both(
            (lang) =>
              AREA_SERIES_TEXT.partMovedOut(day(lang), label(row.from_code, lang), label(row.to_code, lang))[lang],
          ),
        );
      else
        add(date, () =>
          both(
            (lang) =>
              AREA_SERIES_TEXT.partMovedIn(day(lang), label(row.from_code, lang), label(row.to_code, lang))[lang],
          ),
        );
    }
    if (area.valid_from > first)
      add(area.valid_from, () => both((lang) => AREA_SERIES_TEXT.began(formatDate(area.valid_from, lang))[lang]));
    if (area.valid_to !== null) {
      const date = shiftDay(area.valid_to, 1);
      add(date, () => both((lang) => AREA_SERIES_TEXT.ended(formatDate(date, lang))[lang]));
    }
  }
  if (options.unitCount) {
    for (const b of tree.values()) {
      if (byDate.has(b.date) || ![...b.ended, ...b.started].some((c) => subtree.has(c) && c !== code)) continue;
      byDate.set(b.date, {
        date: b.date,
        kind: 'reform',
        note: both(
          (lang) =>
            (isRoot
              ? AREA_SERIES_TEXT.unitCountBreak(formatDate(b.date, lang), b.ended.length, b.started.length)
              : AREA_SERIES_TEXT.reformBreak(formatDate(b.date, lang), b.ended.length, b.started.length))[lang],
        ),
      });
    }
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
