import type { MonthCoverage } from '../analysis/reporting-coverage.ts';
import { formatCount } from '../format/count.ts';
import type { Bilingual } from './lang.ts';

/**
 * One month's returns: "62/69 đơn vị đã báo cáo tháng 11" (`chitieu collect` prints the same words, through
 * COLLECT_TEXT.reported).
 *
 * @example reportedLine(62, 69, 11).en // => '62/69 units have reported month 11'
 */
export function reportedLine(reported: number, expected: number, month: number): Bilingual {
  const n = (count: number, lang: 'vi' | 'en') => formatCount(count, { lang });
  return {
    vi: `${n(reported, 'vi')}/${n(expected, 'vi')} đơn vị đã báo cáo tháng ${month}`,
    en: `${n(reported, 'en')}/${n(expected, 'en')} units have reported month ${month}`,
  };
}

/**
 * The sentence every reader (terminal table, charts, briefing, notebooks) prints when some unit has not sent a
 * month's return (`flags.coverage`): "62/69 đơn vị đã báo cáo tháng 11" (the words of `chitieu collect`),
 * months joined by "; ", the year, and what it means for the figures (a missing return counts as zero).
 *
 * @example coverageLine([{ month: 11, reported: 62, expected: 69 }], 2026).vi // => 'Chưa đủ báo cáo năm 2026: 62/69 đơn vị đã báo cáo tháng 11 (đơn vị chưa báo cáo được tính là 0).'
 */
export function coverageLine(gaps: readonly MonthCoverage[], year: number): Bilingual {
  const months = (lang: 'vi' | 'en') => gaps.map((g) => reportedLine(g.reported, g.expected, g.month)[lang]).join('; ');
  return {
    vi: `Chưa đủ báo cáo năm ${year}: ${months('vi')} (đơn vị chưa báo cáo được tính là 0).`,
    en: `Returns incomplete for ${year}: ${months('en')} (a unit that has not reported counts as 0).`,
  };
}
