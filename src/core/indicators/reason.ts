import type { Bilingual, Lang } from '../messages/lang.ts';
import { formatCount } from '../format/count.ts';
import type { IndicatorDefinition } from './definition.ts';
import type { IndicatorResult } from './result.ts';
import { formatTarget, formatValue } from './describe.ts';

/** Why a result has no data. */
export type NoDataWhy = 'no_rows' | 'no_comparison_rows' | 'zero_denominator';

/**
 * The reason for a verdict, in both languages, with the figures it rests on, e.g.
 * "1.210/1.299 = 93,1 % > 90 %: đạt" / "1,210/1,299 = 93.1% > 90%: met".
 */
export function explainVerdict(
  def: IndicatorDefinition,
  result: IndicatorResult,
  noData: NoDataWhy | null,
  year: number,
): Bilingual {
  const text = (lang: Lang): string => {
    const table = `${def.numerator.table}.csv`;
    if (noData === 'no_rows') {
      return lang === 'vi' ? `${table} không có dòng nào cho năm ${year}` : `${table} has no row for ${year}`;
    }
    if (noData === 'no_comparison_rows') {
      const y = result.inputs.comparison_year;
      return lang === 'vi' ? `${table} không có dòng nào cho năm so sánh ${y}` : `${table} has no row for the comparison year ${y}`;
    }
    if (noData === 'zero_denominator') {
      return lang === 'vi' ? 'mẫu số bằng 0: không tính được tỉ lệ' : 'the denominator is 0: no rate can be computed';
    }
    const n = result.numerator ?? 0;
    const figures =
      def.unit === 'count'
        ? formatCount(n, { lang })
        : `${formatCount(n, { lang })}/${formatCount(result.denominator ?? 0, { lang })} → ${formatValue(def, result, lang)}`;
    const verdict =
      result.status === 'met' ? (lang === 'vi' ? 'đạt' : 'met')
      : result.status === 'not_met' ? (lang === 'vi' ? 'không đạt' : 'not met')
      : lang === 'vi' ? 'không có chỉ tiêu' : 'no target';
    const target = formatTarget(def, result.target, lang);
    const against = lang === 'vi' ? `chỉ tiêu ${target}` : `target ${target}`;
    return `${figures}; ${against}: ${verdict}`;
  };
  return { vi: text('vi'), en: text('en') };
}
