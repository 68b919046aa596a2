import { formatDate } from '../format/date.ts';
import { AREA_SERIES_TEXT } from '../messages/areas.ts';
import type { Bilingual } from '../messages/lang.ts';
import type { DataSet } from '../types.ts';
import { areaLabel } from './area-label.ts';
import type { Crosswalk } from './crosswalk.ts';
import { dataCrosswalk } from './data-crosswalk.ts';
import { reformBreak } from './reform-break.ts';
import { shiftDay } from './shift-day.ts';
import { areaAndDescendants, rootArea } from './tree.ts';

/** A day on which an area's series breaks: trend tests and control charts restart there; charts mark it. */
export interface AreaSeriesBreak {
  /** First day after the change (ISO). */
  date: string;
  /** `reform`: a break of the tree ({@link reformBreak}); `territory`: a unit merged into or out of the area. */
  kind: 'reform' | 'territory';
  note: Bilingual;
}

/**
 * The days on which an area's series breaks: each break of the tree ({@link reformBreak}) that ends or starts
 * the area or a unit below it, and each merger into or out of the area (a crosswalk row to a unit that went on:
 * Lộc Hà 448 into Thạch Hà 445 on 1/1/2025). The province never breaks: its boundary did not change
 * (METHODOLOGY.md 1.7: provincial totals stay comparable). Sorted by date; one break per day.
 *
 * @example
 * areaBreaks(data, '445').map((b) => [b.date, b.kind]); // => [['2025-01-01', 'territory'], ['2025-07-01', 'reform']]
 * areaBreaks(data, '42'); // => []
 */
export function areaBreaks(data: Pick<DataSet, 'areas' | 'area_crosswalk'>, code: string, crosswalk?: Crosswalk): AreaSeriesBreak[] {
  if (rootArea(data.areas).area_code === code) return [];
  const cw = crosswalk ?? dataCrosswalk(data);
  const subtree = areaAndDescendants(data.areas, code);
  const byDate = new Map<string, AreaSeriesBreak>();
  const both = (f: (lang: 'vi' | 'en') => string): Bilingual => ({ vi: f('vi'), en: f('en') });
  for (const b of reformBreak(data.areas)) {
    if (![...b.ended, ...b.started].some((c) => subtree.has(c))) continue;
    byDate.set(b.date, {
      date: b.date,
      kind: 'reform',
      note: both((lang) => AREA_SERIES_TEXT.reformBreak(formatDate(b.date, lang), b.ended.length, b.started.length)[lang]),
    });
  }
  for (const row of cw.rows) {
    const from = data.areas.find((a) => a.area_code === row.from_code);
    if (!from?.valid_to || !cw.continuing.has(row.to_code)) continue;
    const date = shiftDay(from.valid_to, 1);
    if (byDate.has(date)) continue;
    if (row.to_code === code) {
      byDate.set(date, {
        date, kind: 'territory',
        note: both((lang) => AREA_SERIES_TEXT.absorbed(formatDate(date, lang), areaLabel(data.areas, row.from_code, lang))[lang]),
      });
    } else if (row.from_code === code) {
      byDate.set(date, {
        date, kind: 'territory',
        note: both((lang) => AREA_SERIES_TEXT.mergedInto(formatDate(date, lang), areaLabel(data.areas, row.to_code, lang))[lang]),
      });
    }
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
