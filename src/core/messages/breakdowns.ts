import type { Bilingual, Lang } from './lang.ts';
import type { ReleaseType, UnitType, ViolationField } from '../types.ts';

/**
 * Words for the values of breakdown dimensions (violation fields, unit types, release types): the one table
 * the terminal scorecard, the notebooks, the briefing, the workbook and the charts all read.
 *
 * Where the briefing, the workbook and the charts have long printed another word than the terminal scorecard
 * and the notebooks, the entry carries it as `report` ("Trường học" beside "Nhà trường"), so that each output
 * keeps its text.
 */
export interface BreakdownWord extends Bilingual {
  /** The word of the briefing, the workbook and the charts, when it differs from `vi`/`en`. */
  report?: Bilingual;
}

/** Which outputs' word: `table` (terminal scorecard, notebooks) or `report` (briefing, workbook, charts). */
export type BreakdownWording = 'table' | 'report';

/** Words for the values of breakdown dimensions, by dimension. */
export const BREAKDOWN_WORDS: {
  field: Record<ViolationField, BreakdownWord>;
  unit_type: Record<UnitType, BreakdownWord>;
  release_type: Record<ReleaseType, BreakdownWord>;
} = {
  field: {
    economy: { vi: 'Kinh tế', en: 'Economic' },
    corruption: { vi: 'Tham nhũng', en: 'Corruption' },
    smuggling: { vi: 'Buôn lậu', en: 'Smuggling' },
    environment: { vi: 'Môi trường', en: 'Environment' },
    drugs: { vi: 'Ma túy', en: 'Drugs' },
  },
  unit_type: {
    commune: { vi: 'Xã, phường', en: 'Communes' },
    agency: { vi: 'Cơ quan', en: 'Agencies' },
    enterprise: { vi: 'Doanh nghiệp', en: 'Enterprises' },
    school: { vi: 'Nhà trường', en: 'Schools', report: { vi: 'Trường học', en: 'Schools' } },
  },
  release_type: {
    amnesty: { vi: 'Đặc xá', en: 'Amnesty' },
    sentence_completed: { vi: 'Chấp hành xong án', en: 'Sentence completed' },
    conditional_release: { vi: 'Tha tù trước thời hạn có điều kiện', en: 'Conditional release' },
  },
};

/**
 * The reader's word for a breakdown value, or the value itself when none is known. Capitalised as a
 * table row; lower-case it (`toLocaleLowerCase(lang)`) inside a sentence.
 *
 * @example breakdownWord('unit_type', 'school', 'vi') // => 'Nhà trường'
 * @example breakdownWord('unit_type', 'school', 'vi', 'report') // => 'Trường học'
 * @example breakdownWord('field', 'drugs', 'en') // => 'Drugs'
 */
export function breakdownWord(
  dimension: string,
  value: string,
  lang: Lang,
  wording: BreakdownWording = 'table',
): string {
  const words: Record<string, Record<string, BreakdownWord>> = BREAKDOWN_WORDS;
  const word =
    Object.hasOwn(words, dimension) && Object.hasOwn(words[dimension]!, value) ? words[dimension]![value]! : null;
  if (word === null) return value;
  return (wording === 'report' ? (word.report ?? word) : word)[lang];
}
