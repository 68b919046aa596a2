import { formatPercent } from '../format/percent.ts';
import { AREA_SERIES_TEXT, AREA_TREE_NAMES, monthsText } from '../messages/areas.ts';
import type { Lang } from '../messages/lang.ts';
import type { AreaRow } from '../types.ts';
import { areaLabel } from './area-label.ts';
import type { YearGap, YearPart } from './year-parts.ts';

/**
 * One phrase per part, then per gap, of a year, in the reader's language: the months, how the figure was made
 * and from which units (with the share taken from each for a spread estimate), and the tree.
 *
 * @example
 * partNotes(data.areas, '436', yearParts(data, cw, '436', 2025).parts, [], 'en')[0]; // => "months 1–6: 436 Ha Tinh City's own rows (the tree of units before the reform)"
 */
export function partNotes(
  areas: readonly AreaRow[],
  code: string,
  parts: readonly YearPart[],
  gaps: readonly YearGap[],
  lang: Lang,
): string[] {
  const label = (c: string) => areaLabel(areas, c, lang);
  const hasChildren = areas.some((a) => a.parent_code === code);
  const out: string[] = [];
  for (const part of parts) {
    const months = monthsText(part.months, lang);
    const tree = AREA_TREE_NAMES[part.tree][lang];
    const text = part.kind === 'direct'
      ? (hasChildren ? AREA_SERIES_TEXT.directTotal : AREA_SERIES_TEXT.direct)(months, label(code), tree)
      : part.kind === 'gathered'
        ? AREA_SERIES_TEXT.gathered(months, part.sources.map((s) => label(s.area_code)), tree)
        : AREA_SERIES_TEXT.spread(
          months,
          part.sources.map((s) => AREA_SERIES_TEXT.share(formatPercent(s.weight, { lang, decimals: 2 }), label(s.area_code))[lang]),
          tree,
        );
    out.push(text[lang]);
  }
  for (const gap of gaps) {
    const months = monthsText(gap.months, lang);
    const text = gap.reason === 'not_within'
      ? AREA_SERIES_TEXT.notWithin(months, gap.blocking.map(label))
      : gap.reason === 'no_successor' ? AREA_SERIES_TEXT.noSuccessor(months) : AREA_SERIES_TEXT.noPredecessor(months);
    out.push(text[lang]);
  }
  return out;
}
