import { periodInSentence } from '../format/words.ts';
import type { Bilingual } from './lang.ts';

/**
 * Words of a result's `reason` (src/core/indicators/reason.ts): why it has no data, and its verdict.
 * Figures arrive already formatted (core/format); nothing here prints a number.
 */
export const VERDICT_REASON_TEXTS = Object.freeze({
  noRows: (table: string, year: number): Bilingual => ({
    vi: `${table} không có dòng nào cho năm ${year}`,
    en: `${table} has no row for ${year}`,
  }),
  noComparisonRows: (table: string, year: number | null): Bilingual => ({
    vi: `${table} không có dòng nào cho năm so sánh ${year ?? '—'}`,
    en: `${table} has no row for the comparison year ${year ?? '—'}`,
  }),
  zeroDenominator: {
    vi: 'mẫu số bằng 0: không tính được tỉ lệ',
    en: 'the denominator is 0: no rate can be computed',
  } satisfies Bilingual,
  /** An area asked for in a year in which it did not exist (its dates already formatted). */
  areaNotInYear: (name: Bilingual, code: string, year: number, from: string, to: string | null): Bilingual => ({
    vi: `${name.vi} (${code}) không tồn tại trong năm ${year} (${to === null ? `thành lập từ ${from}` : `tồn tại từ ${from} đến ${to}`}); số liệu qua đợt sắp xếp: chitieu series --area ${code}`,
    en: `${name.en} (${code}) did not exist in ${year} (${to === null ? `set up on ${from}` : `existed ${from} to ${to}`}); figures across the reform: chitieu series --area ${code}`,
  }),
  areaNotInComparisonYear: (name: Bilingual, code: string, year: number | null, from: string): Bilingual => ({
    vi: `${name.vi} (${code}) chưa tồn tại trong năm so sánh ${year ?? '—'} (thành lập từ ${from}): không so sánh được; ước tính qua đợt sắp xếp: chitieu series --area ${code}`,
    en: `${name.en} (${code}) did not exist in the comparison year ${year ?? '—'} (set up on ${from}): no comparison; an estimate across the reform: chitieu series --area ${code}`,
  }),
  noCommonMonths: (year: number, comparisonYear: number | null): Bilingual => ({
    vi: `năm ${year} và năm ${comparisonYear ?? '—'} không có tháng số liệu chung nào để so sánh cùng kỳ`,
    en: `${year} and ${comparisonYear ?? '—'} share no month of data to compare`,
  }),
  /** A count of commune-level leaf units in a year whose leaves under the area are districts (before July 2025). */
  leavesAreDistricts: (year: number): Bilingual => ({
    vi: `năm ${year} số liệu ở cấp huyện (đơn vị lá là huyện, thị xã, thành phố), không có số liệu của từng xã, phường: không đếm được xã, phường không có tội phạm`,
    en: `in ${year} the figures are by district (the leaves are district-level units), not by commune: the communes without crime cannot be counted`,
  }),
  /** No commune-level leaf unit existed through every month of the year in the data (the 2025 reform). */
  noLeafThroughYear: (year: number, units: number): Bilingual => ({
    vi: `không có xã, phường nào tồn tại trọn các tháng của năm ${year} có số liệu (${units} đơn vị cấp xã chỉ có một phần năm, như các đơn vị thành lập từ 01/7/2025): chưa tính được tỉ lệ cả năm`,
    en: `no commune-level unit existed through every month of ${year} in the data (${units} commune-level units cover part of the year only, such as those set up on 1 July 2025): no share for the year`,
  }),
  /** The same-months basis of a change: '10 tháng đầu năm 2026 so với cùng kỳ năm 2021'. */
  sameMonths: (span: Bilingual, comparisonYear: number): Bilingual => ({
    vi: `${periodInSentence(span).vi} so với cùng kỳ năm ${comparisonYear}`,
    en: `${periodInSentence(span).en} against the same months of ${comparisonYear}`,
  }),
  /** A proportion over part of a year: 'số liệu 10 tháng đầu năm 2026'. */
  partOfYear: (span: Bilingual): Bilingual => ({
    vi: `số liệu ${periodInSentence(span).vi}`,
    en: `figures for ${periodInSentence(span).en}`,
  }),
  verdict: {
    met: { vi: 'đạt', en: 'met' },
    not_met: { vi: 'không đạt', en: 'not met' },
    no_target: { vi: 'không có chỉ tiêu', en: 'no target' },
  } satisfies Record<string, Bilingual>,
  /** A verdict on part of a year: provisional. */
  provisional: { vi: 'tạm tính', en: 'provisional' } satisfies Bilingual,
  against: (target: Bilingual): Bilingual => ({ vi: `chỉ tiêu ${target.vi}`, en: `target ${target.en}` }),
});
