import type { Bilingual } from './lang.ts';

/** Words about a target's document: its name, whether it has expired, a path's reading. */
export const TARGET_DOCUMENT_WORDS = {
  /** A document whose years are over: 'hết hiệu lực từ năm 2026'. */
  expired: (fromYear: number): Bilingual => ({ vi: `hết hiệu lực từ năm ${fromYear}`, en: `expired from ${fromYear}` }),
  /** A threshold read off the line between a path's milestones. */
  interpolated: { vi: 'nội suy giữa các mốc', en: 'read between milestones' } satisfies Bilingual,
  /** No document sets a target for the indicator in the year. */
  none: { vi: 'không có chỉ tiêu', en: 'no target' } satisfies Bilingual,
  /** The document named with its notes: 'CTr thực hiện KL 13 của tỉnh (hết hiệu lực từ năm 2026)'. */
  named: (name: string, notes: readonly string[]): string => (notes.length > 0 ? `${name} (${notes.join('; ')})` : name),
  /** A verdict against an expired target is for comparison only. */
  forComparison: { vi: 'để so sánh', en: 'for comparison' } satisfies Bilingual,
};
