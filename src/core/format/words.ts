/**
 * Every word the formatters and the period labels print, in Vietnamese and English.
 * Kept in one file so that a translation or a house-style change touches nothing else.
 */
import type { Bilingual } from '../messages/lang.ts';

/** A unit a count is reported in: Vietnamese has no plural; English has a singular and a plural. */
export interface CountUnit {
  vi: string;
  /** English plural ('cases'). */
  en: string;
  /** English singular ('case'); the plural is used when absent. */
  enOne?: string;
}

/**
 * Units of the counts the programme reports.
 *
 * @example
 * COUNT_UNITS.case.vi; // => 'vụ'
 */
export const COUNT_UNITS = Object.freeze({
  case: { vi: 'vụ', en: 'cases', enOne: 'case' },
  person: { vi: 'người', en: 'people', enOne: 'person' },
  suspect: { vi: 'đối tượng', en: 'suspects', enOne: 'suspect' },
  report: { vi: 'tin', en: 'reports', enOne: 'report' },
  unit: { vi: 'đơn vị', en: 'units', enOne: 'unit' },
} satisfies Record<string, CountUnit>);

/** Identifier of a built-in count unit. */
export type CountUnitId = keyof typeof COUNT_UNITS;

/**
 * Words of a change between two periods.
 *
 * @example
 * CHANGE_WORDS.down.vi; // => 'giảm'
 */
export const CHANGE_WORDS = Object.freeze({
  down: { vi: 'giảm', en: 'down' },
  up: { vi: 'tăng', en: 'up' },
  unchanged: { vi: 'không đổi', en: 'unchanged' },
  /** Used when the earlier count is 0 and no percentage exists: 'tăng từ 0 lên 5 vụ'. */
  fromZeroTo: { vi: 'từ 0 lên', en: 'from 0 to' },
} satisfies Record<string, Bilingual>);

/**
 * Money words.
 *
 * @example
 * MONEY_WORDS.billion.vi; // => 'tỷ đồng'
 */
export const MONEY_WORDS = Object.freeze({
  dong: { vi: 'đồng', en: 'VND' },
  million: { vi: 'triệu đồng', en: 'million VND' },
  billion: { vi: 'tỷ đồng', en: 'billion VND' },
} satisfies Record<string, Bilingual>);

/**
 * English month abbreviations, January first.
 *
 * @example
 * MONTHS_EN_SHORT[9]; // => 'Oct'
 */
export const MONTHS_EN_SHORT = Object.freeze([
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const);

/**
 * English month names, January first.
 *
 * @example
 * MONTHS_EN_LONG[7]; // => 'August'
 */
export const MONTHS_EN_LONG = Object.freeze([
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const);

/**
 * Texts of period labels, as templates returning both languages.
 *
 * @example
 * PERIOD_TEXTS.month(8, 2024); // => { vi: 'Tháng 8/2024', en: 'August 2024' }
 * PERIOD_TEXTS.firstMonths(10, 10, 2026).vi; // => '10 tháng đầu năm 2026'
 */
export const PERIOD_TEXTS = Object.freeze({
  /** 'Năm 2025' / 'Year 2025'. */
  year: (year: number): Bilingual => ({ vi: `Năm ${year}`, en: `Year ${year}` }),
  /** A named month with the calendar year it ends in: 'Tháng 8/2024' / 'August 2024'. */
  month: (month: number, calendarYear: number): Bilingual => ({
    vi: `Tháng ${month}/${calendarYear}`,
    en: `${MONTHS_EN_LONG[month - 1]} ${calendarYear}`,
  }),
  /** The first months of a year that starts in January: '10 tháng đầu năm 2026' / 'Jan–Oct 2026'. */
  firstMonths: (count: number, lastMonth: number, year: number): Bilingual => ({
    vi: `${count} tháng đầu năm ${year}`,
    en: `Jan–${MONTHS_EN_SHORT[lastMonth - 1]} ${year}`,
  }),
  /** Any other run of months: 'Từ tháng 10/2024 đến tháng 3/2025' / 'Oct 2024–Mar 2025'. */
  monthToMonth: (first: number, firstYear: number, last: number, lastYear: number): Bilingual => ({
    vi: `Từ tháng ${first}/${firstYear} đến tháng ${last}/${lastYear}`,
    en:
      firstYear === lastYear
        ? `${MONTHS_EN_SHORT[first - 1]}–${MONTHS_EN_SHORT[last - 1]} ${lastYear}`
        : `${MONTHS_EN_SHORT[first - 1]} ${firstYear}–${MONTHS_EN_SHORT[last - 1]} ${lastYear}`,
  }),
  /** Between two dates: '15/12/2024 - 14/12/2025' / '15 Dec 2024 – 14 Dec 2025'. */
  dateRangeSeparator: { vi: ' - ', en: ' – ' } satisfies Bilingual,
});

/**
 * A period label (`PERIOD_TEXTS`) as a sentence carries it after its start: the opening word in lower case
 * ("số liệu từ tháng 7/2025 đến tháng 12/2025", "so với năm 2024"); figures and month names stay as they
 * are. A sentence that opens with the period capitalises it itself.
 *
 * @example
 * periodInSentence({ vi: 'Từ tháng 7/2025 đến tháng 12/2025', en: 'Jul–Dec 2025' }); // => { vi: 'từ tháng 7/2025 đến tháng 12/2025', en: 'Jul–Dec 2025' }
 * periodInSentence({ vi: 'Năm 2025', en: 'Year 2025' }); // => { vi: 'năm 2025', en: 'year 2025' }
 * periodInSentence({ vi: '10 tháng đầu năm 2026', en: 'Jan–Oct 2026' }); // => { vi: '10 tháng đầu năm 2026', en: 'Jan–Oct 2026' }
 */
export function periodInSentence(label: Bilingual): Bilingual {
  const lower = (text: string, heads: RegExp) =>
    heads.test(text) ? text.charAt(0).toLocaleLowerCase() + text.slice(1) : text;
  return { vi: lower(label.vi, /^(Năm|Tháng|Từ|Quý) /), en: lower(label.en, /^(Year|Quarter) /) };
}
