import type { Bilingual, Lang } from '../messages/lang.ts';
import { VERDICT_REASON_TEXTS as T } from '../messages/verdict-reasons.ts';
import { formatCount } from '../format/count.ts';
import { formatDate } from '../format/date.ts';
import { monthSpanLabel } from '../periods/month-span-label.ts';
import { PERIOD_CONVENTIONS } from '../periods/registry.ts';
import type { PeriodConvention } from '../periods/convention.ts';
import type { AreaRow } from '../types.ts';
import type { IndicatorDefinition } from './definition.ts';
import type { IndicatorResult } from './result.ts';
import { formatTarget, formatValue } from './describe.ts';

/** Why a result has no data. */
export type NoDataWhy =
  | 'no_rows'
  | 'no_comparison_rows'
  | 'zero_denominator'
  /** The area did not exist in any month of the year (a district abolished in 2025, asked for 2026). */
  | 'area_not_in_year'
  /** A change whose area did not exist in the comparison year (a unit set up in 2025, against 2021). */
  | 'area_not_in_comparison_year'
  /** A change whose two years share no month of data for the area. */
  | 'no_common_months'
  /** A share of commune-level leaf units in a year whose leaves under the area are districts. */
  | 'leaves_are_districts'
  /** A share of leaf units where none existed through every month of the year (2025, the reform). */
  | 'no_leaf_through_year';

/**
 * The months of a figure as a label, when they are fewer than the whole year: '10 tháng đầu năm 2026',
 * 'Từ tháng 7/2025 đến tháng 12/2025'; null for a whole year or an annual table. Months are given in the
 * statistical year's order, as `inputs.months` holds them.
 *
 * @example partLabel(PERIOD_CONVENTIONS.police, 2026, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) // => { vi: '10 tháng đầu năm 2026', en: 'Jan–Oct 2026' }
 */
export function partLabel(
  convention: PeriodConvention,
  year: number,
  months: readonly number[] | null,
): Bilingual | null {
  if (!months || months.length === 0 || months.length >= 12) return null;
  const span = { year, firstMonth: months[0] as number, lastMonth: months[months.length - 1] as number };
  const label = (lang: Lang) => monthSpanLabel(convention, span, lang, { withDates: false });
  return { vi: label('vi'), en: label('en') };
}

/**
 * The reason for a verdict, in both languages, with the figures it rests on, e.g.
 * "1.210/1.299 → 93,1 %; chỉ tiêu > 90 %: đạt". A figure over part of a year says its months and that its
 * verdict is provisional: "658/657 → +0,2 % (10 tháng đầu năm 2026 so với cùng kỳ năm 2021); chỉ tiêu
 * ≤ −5 % (2025): không đạt (tạm tính)". A missing figure says why, naming the area when it did not exist.
 */
export function explainVerdict(
  def: IndicatorDefinition,
  result: IndicatorResult,
  noData: NoDataWhy | null,
  year: number,
  area?: AreaRow,
  convention: PeriodConvention = PERIOD_CONVENTIONS.calendar,
): Bilingual {
  const table = `${def.numerator.table}.csv`;
  const date = (iso: string, lang: Lang) => formatDate(iso, lang);
  const name: Bilingual = area ? { vi: area.name_vi, en: area.name_en } : { vi: '', en: '' };
  switch (noData) {
    case 'no_rows':
      return T.noRows(table, year);
    case 'no_comparison_rows':
      return T.noComparisonRows(table, result.inputs.comparison_year);
    case 'zero_denominator':
      return T.zeroDenominator;
    case 'no_common_months':
      return T.noCommonMonths(year, result.inputs.comparison_year);
    case 'leaves_are_districts':
      return T.leavesAreDistricts(year);
    case 'no_leaf_through_year':
      return T.noLeafThroughYear(year, result.inputs.leaf_units?.part_of_year ?? 0);
    case 'area_not_in_year':
      if (!area) return T.noRows(table, year);
      return {
        vi: T.areaNotInYear(
          name,
          area.area_code,
          year,
          date(area.valid_from, 'vi'),
          area.valid_to && date(area.valid_to, 'vi'),
        ).vi,
        en: T.areaNotInYear(
          name,
          area.area_code,
          year,
          date(area.valid_from, 'en'),
          area.valid_to && date(area.valid_to, 'en'),
        ).en,
      };
    case 'area_not_in_comparison_year':
      if (!area) return T.noComparisonRows(table, result.inputs.comparison_year);
      return {
        vi: T.areaNotInComparisonYear(name, area.area_code, result.inputs.comparison_year, date(area.valid_from, 'vi'))
          .vi,
        en: T.areaNotInComparisonYear(name, area.area_code, result.inputs.comparison_year, date(area.valid_from, 'en'))
          .en,
      };
    default:
      break;
  }
  const part = partLabel(convention, year, result.inputs.months);
  const basis =
    part === null
      ? null
      : def.unit === 'relative_change' && result.inputs.comparison_year !== null
        ? T.sameMonths(part, result.inputs.comparison_year)
        : T.partOfYear(part);
  const text = (lang: Lang): string => {
    const n = result.numerator ?? 0;
    const figures =
      def.unit === 'count'
        ? formatCount(n, { lang })
        : `${formatCount(n, { lang })}/${formatCount(result.denominator ?? 0, { lang })} → ${formatValue(def, result, lang)}`;
    const verdictWord =
      result.status === 'met' || result.status === 'not_met' ? T.verdict[result.status] : T.verdict.no_target;
    const verdict =
      basis && (result.status === 'met' || result.status === 'not_met')
        ? `${verdictWord[lang]} (${T.provisional[lang]})`
        : verdictWord[lang];
    const against = T.against({
      vi: formatTarget(def, result.target, 'vi'),
      en: formatTarget(def, result.target, 'en'),
    })[lang];
    return `${figures}${basis ? ` (${basis[lang]})` : ''}; ${against}: ${verdict}`;
  };
  return { vi: text('vi'), en: text('en') };
}
