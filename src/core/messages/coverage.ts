import type { MonthCoverage } from '../analysis/reporting-coverage.ts';
import { COLLECT_TEXT } from './collect.ts';
import type { Bilingual } from './lang.ts';

/**
 * The sentence every reader (terminal table, charts, briefing, notebooks) prints when some unit has not sent a
 * month's return (`flags.coverage`): "62/69 đơn vị đã báo cáo tháng 11" (the words of `chitieu collect`),
 * months joined by "; ", the year, and what it means for the figures (a missing return counts as zero).
 *
 * @example coverageLine([{ month: 11, reported: 62, expected: 69 }], 2026).vi // => 'Chưa đủ báo cáo năm 2026: 62/69 đơn vị đã báo cáo tháng 11 (đơn vị chưa báo cáo được tính là 0).'
 */
export function coverageLine(gaps: readonly MonthCoverage[], year: number): Bilingual {
  const months = (lang: 'vi' | 'en') =>
    gaps.map((g) => COLLECT_TEXT.reported(g.reported, g.expected, g.month)[lang]).join('; ');
  return {
    vi: `Chưa đủ báo cáo năm ${year}: ${months('vi')} (đơn vị chưa báo cáo được tính là 0).`,
    en: `Returns incomplete for ${year}: ${months('en')} (a unit that has not reported counts as 0).`,
  };
}
