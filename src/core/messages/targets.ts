import type { Bilingual } from './lang.ts';

/** Words about a target's document: its name, whether it has expired, a path's reading. */
export const TARGET_DOCUMENT_WORDS = {
  /** A document whose years are over: 'hết hiệu lực từ năm 2026'. */
  expired: (fromYear: number): Bilingual => ({ vi: `hết hiệu lực từ năm ${fromYear}`, en: `expired from ${fromYear}` }),
  /** A threshold read off the line between a path's milestones: the toolkit's reading, not the document's. */
  interpolated: {
    vi: 'mốc năm do bộ công cụ nội suy theo đường thẳng',
    en: "the year's threshold is the toolkit's straight-line reading",
  } satisfies Bilingual,
  /** No document sets a target for the indicator in the year. */
  none: { vi: 'không có chỉ tiêu', en: 'no target' } satisfies Bilingual,
  /** The document named with its notes: 'CTr thực hiện KL 13 của tỉnh (hết hiệu lực từ năm 2026)'. */
  named: (name: string, notes: readonly string[]): string =>
    notes.length > 0 ? `${name} (${notes.join('; ')})` : name,
  /** A verdict against an expired target is for comparison only. */
  forComparison: { vi: 'để so sánh', en: 'for comparison' } satisfies Bilingual,
};

/** Problems in a user's target file (`--targets FILE`), each said in both languages. */
export const TARGET_FILE_PROBLEMS = {
  notObject: {
    vi: 'tệp chỉ tiêu phải là một đối tượng JSON',
    en: 'the target file must be a JSON object',
  } satisfies Bilingual,
  noTargets: {
    vi: 'thiếu mục "targets" (một đối tượng theo mã chỉ tiêu)',
    en: 'missing "targets" (an object keyed by indicator id)',
  } satisfies Bilingual,
  unknownIndicator: (key: string, guess: string | null): Bilingual => ({
    vi: `mã chỉ tiêu không có: "${key}"${guess ? `. Có phải ý bạn là "${guess}"?` : ''}`,
    en: `unknown indicator id "${key}"${guess ? `. Did you mean "${guess}"?` : ''}`,
  }),
  notSpec: {
    vi: 'phải là một đối tượng {comparator, threshold}',
    en: 'must be an object {comparator, threshold}',
  } satisfies Bilingual,
  comparator: (known: readonly string[]): Bilingual => ({
    vi: `phép so sánh phải là một trong ${known.join(' ')}`,
    en: `comparator must be one of ${known.join(' ')}`,
  }),
  threshold: {
    vi: 'ngưỡng phải là một số (tỉ lệ viết 0.8, không viết 80)',
    en: 'threshold must be a number (a proportion: 0.8, not 80)',
  } satisfies Bilingual,
  /** A proportion's threshold outside 0-1 (80 meant as 80 %). */
  proportionRange: (value: number): Bilingual => ({
    vi: `ngưỡng của một tỉ lệ phải từ 0 đến 1, không phải ${value}: 80 % viết là 0.8`,
    en: `a proportion's threshold lies between 0 and 1, not ${value}: write 80 % as 0.8`,
  }),
  /** A change's threshold below -100 % or written in percent. */
  changeRange: (value: number): Bilingual => ({
    vi: `ngưỡng của một mức thay đổi viết dạng thập phân (−5 % là -0.05), không phải ${value}`,
    en: `a change's threshold is a decimal (−5 % is -0.05), not ${value}`,
  }),
  deadline: {
    vi: 'năm hạn phải là số nguyên hoặc null',
    en: 'deadline_year must be a whole year or null',
  } satisfies Bilingual,
  inForce: {
    vi: 'in_force phải là [năm bắt đầu, năm kết thúc hoặc null]',
    en: 'in_force must be [first year, last year or null]',
  } satisfies Bilingual,
  level: {
    vi: 'level phải là "provincial" (tỉnh) hoặc "national" (trung ương)',
    en: 'level must be "provincial" or "national"',
  } satisfies Bilingual,
  milestones: {
    vi: 'milestones phải là danh sách [{"year": năm, "threshold": ngưỡng}], mỗi năm một mốc',
    en: 'milestones must be a list [{"year": year, "threshold": threshold}], one per year',
  } satisfies Bilingual,
};
