import type { Bilingual } from './lang.ts';

/**
 * What a command says when the year asked for is not in the data, or the data have no year at all (every
 * command that takes `--year`; the report's words too, through REPORT_MESSAGES). Kept apart from the report's
 * messages so that `chitieu indicators` and `validate` do not load those.
 */
export const DATA_YEAR_MESSAGES = {
  noYears: {
    vi: 'Số liệu không có dòng nào mang năm: không có gì để báo cáo.',
    en: 'The data hold no row with a year: there is nothing to report.',
  } satisfies Bilingual,
  /**
   * @example DATA_YEAR_MESSAGES.yearNotInData(2030, 2019, 2026).en // => 'Year 2030 is not in the data (the data run from 2019 to 2026)'
   */
  yearNotInData: (year: number, first: number, last: number): Bilingual => ({
    vi: `Năm ${year} không có trong số liệu (số liệu có từ ${first} đến ${last})`,
    en: `Year ${year} is not in the data (the data run from ${first} to ${last})`,
  }),
} as const;
