import type { Bilingual } from './lang.ts';

/**
 * Sentences the briefing adds about how an indicator was counted: the units a share of leaf units counted
 * (`crime_free_communes_share`) and the reading of a path target's threshold (`drug_free_communes_share`).
 * Figures and periods arrive already formatted (core/format); nothing here prints a number.
 */
export const INDICATOR_SENTENCES = Object.freeze({
  /**
   * 'Tính trên 69 xã, phường tồn tại trọn 10 tháng đầu năm 2026 (không tính 2 đơn vị chỉ có một phần kỳ).'
   */
  leafUnitsCounted: (units: string, period: Bilingual, partOfYear: string | null): Bilingual => ({
    vi: `Tính trên ${units} tồn tại trọn ${period.vi}${partOfYear ? ` (không tính ${partOfYear} chỉ có một phần kỳ)` : ''}; một vụ phạm tội bất kỳ trong kỳ là đơn vị không đạt.`,
    en: `Counted over the ${units} that existed throughout ${period.en}${partOfYear ? ` (leaving out ${partOfYear} that covered part of it)` : ''}; a single case in the period counts the unit out.`,
  }),
  /**
   * 'Chỉ tiêu năm 2026 (≥ 26 %) là đường thẳng do bộ công cụ nội suy giữa các mốc ≥ 20 % năm 2025 và ≥ 50 % năm
   * 2030 (NQ 163/2024/QH15, KL 132-KL/TW), không phải số văn bản ghi.'
   */
  pathReading: (year: number, threshold: string, milestones: string, document: string): Bilingual => ({
    vi: `Chỉ tiêu năm ${year} (${threshold}) là đường thẳng do bộ công cụ nội suy giữa các mốc ${milestones} (${document}), không phải số văn bản ghi.`,
    en: `The ${year} threshold (${threshold}) is the toolkit's straight line between the milestones ${milestones} (${document}), not a figure the document states.`,
  }),
  /** One milestone of a path: '≥ 20 % năm 2025' / '≥ 20 % in 2025'. */
  milestone: (threshold: string, year: number): Bilingual => ({
    vi: `${threshold} năm ${year}`,
    en: `${threshold} in ${year}`,
  }),
  /** What a series of a share of leaf units is made of (`chitieu series`). */
  leafUnitsSeries: {
    vi: 'Mỗi năm chỉ tính trên các xã, phường của chính năm đó (tồn tại trọn các tháng có số liệu), không ước tính ngược qua đợt sắp xếp.',
    en: 'Each year counts only the communes and wards of that year (those that existed through every month of data), never estimated back across the reform.',
  } satisfies Bilingual,
  /** The terminal table's note heading the reasons of the figures without data. */
  whyNoData: { vi: 'Vì sao không có số liệu:', en: 'Why there are no figures:' } satisfies Bilingual,
  /** Joins the milestones: ' và ' / ' and '. */
  and: { vi: ' và ', en: ' and ' } satisfies Bilingual,
});
