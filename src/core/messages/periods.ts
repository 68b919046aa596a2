/**
 * Messages of the period module, in Vietnamese and English (problems found in a user's
 * convention, and bad year or month arguments).
 */
import type { Bilingual } from './lang.ts';

/**
 * Problems `parseConvention` reports, one template per kind.
 *
 * @example
 * CONVENTION_ISSUES.missing('id').vi; // => "Thiếu trường bắt buộc 'id'"
 */
export const CONVENTION_ISSUES = Object.freeze({
  notJson: (reason: string): Bilingual => ({
    vi: `Không đọc được JSON: ${reason}`,
    en: `Not valid JSON: ${reason}`,
  }),
  notObject: (): Bilingual => ({
    vi: 'Quy ước kỳ báo cáo phải là một đối tượng JSON',
    en: 'A period convention must be a JSON object',
  }),
  missing: (field: string): Bilingual => ({
    vi: `Thiếu trường bắt buộc '${field}'`,
    en: `Missing required field '${field}'`,
  }),
  unknownField: (field: string): Bilingual => ({
    vi: `Trường không xác định '${field}'`,
    en: `Unknown field '${field}'`,
  }),
  badId: (value: string): Bilingual => ({
    vi: `'id' phải viết thường, chữ cái đầu, chỉ gồm a-z, 0-9, _ (nhận được '${value}')`,
    en: `'id' must be lower snake_case starting with a letter (got '${value}')`,
  }),
  notText: (field: string): Bilingual => ({
    vi: `'${field}' phải là chuỗi ký tự không rỗng`,
    en: `'${field}' must be a non-empty string`,
  }),
  notBilingual: (field: string): Bilingual => ({
    vi: `'${field}' phải có dạng { "vi": "...", "en": "..." }`,
    en: `'${field}' must be { "vi": "...", "en": "..." }`,
  }),
  outOfRange: (field: string, min: number, max: number, value: unknown): Bilingual => ({
    vi: `'${field}' phải là số nguyên từ ${min} đến ${max} (nhận được ${JSON.stringify(value)})`,
    en: `'${field}' must be an integer from ${min} to ${max} (got ${JSON.stringify(value)})`,
  }),
  badBasis: (value: unknown): Bilingual => ({
    vi: `'basis' phải là 'stated' hoặc 'inferred' (nhận được ${JSON.stringify(value)})`,
    en: `'basis' must be 'stated' or 'inferred' (got ${JSON.stringify(value)})`,
  }),
});

/**
 * Messages for bad arguments to the period functions.
 *
 * @example
 * PERIOD_ARGUMENT_ISSUES.badMonth(13).en; // => 'The month must be an integer from 1 to 12 (got 13)'
 */
export const PERIOD_ARGUMENT_ISSUES = Object.freeze({
  badYear: (year: unknown): Bilingual => ({
    vi: `Năm phải là số nguyên từ 2 đến 9998 (nhận được ${String(year)})`,
    en: `The year must be an integer from 2 to 9998 (got ${String(year)})`,
  }),
  badMonth: (month: unknown): Bilingual => ({
    vi: `Tháng phải là số nguyên từ 1 đến 12 (nhận được ${String(month)})`,
    en: `The month must be an integer from 1 to 12 (got ${String(month)})`,
  }),
  monthsOutOfOrder: (first: number, last: number, yearStartMonth: number): Bilingual => ({
    vi: `Tháng ${first} đứng sau tháng ${last} trong năm thống kê bắt đầu từ tháng ${yearStartMonth}`,
    en: `Month ${first} comes after month ${last} in a statistical year starting with month ${yearStartMonth}`,
  }),
});

/** A `RangeError` that carries its message in both languages; `message` is the English one. */
export class PeriodArgumentError extends RangeError {
  /** The message in both languages. */
  readonly text: Bilingual;

  /**
   * @example
   * new PeriodArgumentError(PERIOD_ARGUMENT_ISSUES.badMonth(13)).text.vi; // => 'Tháng phải là số nguyên từ 1 đến 12 (nhận được 13)'
   */
  constructor(text: Bilingual) {
    super(text.en);
    this.name = 'PeriodArgumentError';
    this.text = text;
  }
}
