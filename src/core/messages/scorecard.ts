import { periodInSentence } from '../format/words.ts';
import type { Bilingual } from './lang.ts';
import type { Status } from '../types.ts';

/** Words for a verdict. */
export const STATUS_WORDS: Record<Status, Bilingual> = {
  met: { vi: 'Đạt', en: 'Met' },
  not_met: { vi: 'Không đạt', en: 'Not met' },
  no_data: { vi: 'Không có số liệu', en: 'No data' },
  no_target: { vi: 'Theo dõi (không có chỉ tiêu)', en: 'Watched (no target)' },
};

/** A mark for each verdict, so that met and not met never rely on colour alone. */
export const STATUS_MARK: Record<Status, string> = { met: '✔', not_met: '✘', no_data: '–', no_target: '·' };

/** Column headers of the scorecard (terminal, CSV, workbook, briefing). */
export const TABLE_HEADERS = {
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  breakdown: { vi: 'Phân tổ', en: 'Breakdown' },
  value: { vi: 'Kết quả', en: 'Value' },
  counts: { vi: 'Tử số/Mẫu số', en: 'Numerator/Denominator' },
  ci95: { vi: 'Khoảng tin cậy 95 %', en: '95% interval' },
  target: { vi: 'Mục tiêu', en: 'Target' },
  document: { vi: 'Văn bản', en: 'Document' },
  status: { vi: 'Đánh giá', en: 'Verdict' },
  year: { vi: 'Năm', en: 'Year' },
  area: { vi: 'Địa bàn', en: 'Area' },
  reason: { vi: 'Căn cứ', en: 'Reason' },
} satisfies Record<string, Bilingual>;

/** The mark of a verdict on part of a year: "Đạt (tạm tính)". */
export const STATUS_PROVISIONAL: Bilingual = { vi: 'tạm tính', en: 'provisional' };

/** Notes under the scorecard table. */
export const TABLE_NOTES = {
  /** A year in progress (or a unit that existed part of it): what the figures cover and how they compare. */
  partial: (span: Bilingual): Bilingual => ({
    vi: `Số liệu ${periodInSentence(span).vi}. Các chỉ tiêu so sánh số vụ việc lấy cùng kỳ của năm so sánh; mọi đánh giá là tạm tính cho đến khi đủ năm.`,
    en: `Figures for ${periodInSentence(span).en}. Changes compare the same months of the comparison year; every verdict is provisional until the year is complete.`,
  }),
  title: { vi: 'Chỉ tiêu', en: 'Targets' } satisfies Bilingual,
};
