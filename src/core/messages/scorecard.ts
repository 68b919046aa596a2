import type { Bilingual } from './lang.ts';
import type { Status } from '../types.ts';

/** Words for a verdict. */
export const STATUS_WORDS: Record<Status, Bilingual> = {
  met: { vi: 'Đạt', en: 'Met' },
  not_met: { vi: 'Không đạt', en: 'Not met' },
  no_data: { vi: 'Không có số liệu', en: 'No data' },
};

/** A mark for each verdict, so that met and not met never rely on colour alone. */
export const STATUS_MARK: Record<Status, string> = { met: '✔', not_met: '✘', no_data: '–' };

/** Column headers of the scorecard (terminal, CSV, workbook, briefing). */
export const TABLE_HEADERS = {
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  breakdown: { vi: 'Phân tổ', en: 'Breakdown' },
  value: { vi: 'Kết quả', en: 'Value' },
  counts: { vi: 'Tử số/Mẫu số', en: 'Numerator/Denominator' },
  ci95: { vi: 'Khoảng tin cậy 95 %', en: '95% interval' },
  target: { vi: 'Mục tiêu', en: 'Target' },
  status: { vi: 'Đánh giá', en: 'Verdict' },
  year: { vi: 'Năm', en: 'Year' },
  area: { vi: 'Địa bàn', en: 'Area' },
  reason: { vi: 'Căn cứ', en: 'Reason' },
} satisfies Record<string, Bilingual>;

/** Words for the values of breakdown dimensions. */
export const BREAKDOWN_LABELS: Record<string, Record<string, Bilingual>> = {
  field: {
    economy: { vi: 'Kinh tế', en: 'Economy' },
    corruption: { vi: 'Tham nhũng', en: 'Corruption' },
    smuggling: { vi: 'Buôn lậu', en: 'Smuggling' },
    environment: { vi: 'Môi trường', en: 'Environment' },
    drugs: { vi: 'Ma túy', en: 'Drugs' },
  },
  unit_type: {
    commune: { vi: 'Xã, phường', en: 'Communes' },
    agency: { vi: 'Cơ quan', en: 'Agencies' },
    enterprise: { vi: 'Doanh nghiệp', en: 'Enterprises' },
    school: { vi: 'Nhà trường', en: 'Schools' },
  },
  release_type: {
    amnesty: { vi: 'Đặc xá', en: 'Amnesty' },
    sentence_completed: { vi: 'Chấp hành xong án', en: 'Sentence completed' },
    conditional_release: { vi: 'Tha tù trước thời hạn có điều kiện', en: 'Conditional release' },
  },
};

/** The reader's word for a breakdown value, or the value itself when none is known. */
export function breakdownLabel(dimension: string, value: string, lang: 'vi' | 'en'): string {
  return BREAKDOWN_LABELS[dimension]?.[value]?.[lang] ?? value;
}
