import { CHART_WORDS } from '../messages/charts.ts';
import type { Lang } from '../messages/lang.ts';
import type { AreaInfo } from './inputs.ts';

/**
 * How charts name areas. Short names drop the kind of unit where it is plain from context ("Huyện Đức Thọ"
 * becomes "Đức Thọ"; towns and cities keep a short prefix: "TP Hà Tĩnh", "TX Hồng Lĩnh"; wards "P. Thành Sen").
 */
const VI_PREFIXES: [RegExp, string][] = [
  [/^Thành phố /, 'TP '],
  [/^Thị xã /, 'TX '],
  [/^Huyện /, ''],
  [/^Phường /, 'P. '],
  [/^Xã /, ''],
  [/^Thị trấn /, 'TT '],
];
const EN_AFFIXES: [RegExp, string][] = [[/ District$/, ''], [/ Commune$/, ''], [/^Commune /, '']];

/** A short name for labels inside a chart. */
export function areaShortName(area: AreaInfo, lang: Lang): string {
  let name = area.name[lang];
  for (const [pattern, replacement] of lang === 'vi' ? VI_PREFIXES : EN_AFFIXES) name = name.replace(pattern, replacement);
  return name;
}

/**
 * A note when the areas' figures do not cover a whole year: "Số liệu tháng 7-12/2025." Empty when every area
 * has 12 months (or an annual table).
 */
export function monthsNote(months: readonly (number[] | null)[], year: number, lang: Lang): string {
  const partial = months.filter((m): m is number[] => m !== null && m.length < 12);
  if (partial.length === 0) return '';
  const first = Math.min(...partial.map((m) => m[0] as number));
  const last = Math.max(...partial.map((m) => m[m.length - 1] as number));
  return `${CHART_WORDS.dataMonths(first, last, year)[lang]}.`;
}
