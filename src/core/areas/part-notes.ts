import { formatDate } from '../format/date.ts';
import { formatPercent } from '../format/percent.ts';
import { AREA_SERIES_TEXT, AREA_TREE_NAMES, monthsText } from '../messages/areas.ts';
import type { Lang } from '../messages/lang.ts';
import type { DataSet } from '../types.ts';
import { areaLabel } from './area-label.ts';
import { mergedInto } from './merged-into.ts';
import { childCodes } from './tree.ts';
import type { YearGap, YearPart } from './year-parts.ts';

/**
 * One phrase per part, then per gap, of a year, in the reader's language: the months, how the figure was made
 * and from which units (with the share taken from each for a spread estimate), and the tree.
 *
 * @example
 * partNotes(data, '436', yearParts(data, cw, '436', 2025).parts, [], 'en')[0]; // => "months 1–6: 436 Ha Tinh City's own rows (the tree of units before the reform)"
 * partNotes(data, '448', [], yearParts(data, cw, '448', 2025).gaps, 'vi')[0]; // => 'cả năm: không có số liệu riêng, vì đơn vị đã nhập vào 445 huyện Thạch Hà từ ngày 1/1/2025'
 */
export function partNotes(
  data: Pick<DataSet, 'areas' | 'area_crosswalk'>,
  code: string,
  parts: readonly YearPart[],
  gaps: readonly YearGap[],
  lang: Lang,
): string[] {
  const { areas } = data;
  const label = (c: string) => areaLabel(areas, c, lang);
  const hasChildren = (childCodes(areas).get(code)?.length ?? 0) > 0;
  const out: string[] = [];
  for (const part of parts) {
    const months = monthsText(part.months, lang);
    const tree = AREA_TREE_NAMES[part.tree][lang];
    const text =
      part.kind === 'direct'
        ? (hasChildren ? AREA_SERIES_TEXT.directTotal : AREA_SERIES_TEXT.direct)(months, label(code), tree)
        : part.kind === 'gathered'
          ? AREA_SERIES_TEXT.gathered(
              months,
              part.sources.map((s) => label(s.area_code)),
              tree,
            )
          : AREA_SERIES_TEXT.spread(
              months,
              part.sources.map(
                (s) => AREA_SERIES_TEXT.share(formatPercent(s.weight, { lang, decimals: 2 }), label(s.area_code))[lang],
              ),
              tree,
            );
    out.push(text[lang]);
  }
  const merger = mergedInto(areas, data.area_crosswalk, code);
  for (const gap of gaps) {
    const months = monthsText(gap.months, lang);
    // Stopped by the unit it merged into: its rows hold the area's territory, so say the merger, not a gap.
    const text =
      gap.reason === 'not_within' && merger !== null && gap.blocking.length === 1 && gap.blocking[0] === merger.into
        ? AREA_SERIES_TEXT.mergedAway(months, label(merger.into), formatDate(merger.date, lang))
        : gap.reason === 'not_within'
          ? AREA_SERIES_TEXT.notWithin(months, gap.blocking.map(label))
          : gap.reason === 'no_successor'
            ? AREA_SERIES_TEXT.noSuccessor(months)
            : AREA_SERIES_TEXT.noPredecessor(months);
    out.push(text[lang]);
  }
  return out;
}
