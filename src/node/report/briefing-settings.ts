/**
 * The settings of the Word briefing's administrative frame: who issues it, its number, place and date, who
 * receives it and who signs (Nghị định 30/2020/NĐ-CP, Phụ lục I). They come from a small JSON file, e.g.
 * `briefing.json` beside the data:
 *
 * ```json
 * {
 *   "parent_body": "BỘ CÔNG AN",
 *   "issuing_body": "CÔNG AN TỈNH HÀ TĨNH",
 *   "number": "125",
 *   "issuer_code": "CAT-PV01",
 *   "place": "Hà Tĩnh",
 *   "date": "2026-12-04",
 *   "recipients": ["- Bộ Công an (V01);", "- Thường trực Tỉnh ủy;", "- Lưu: VT, PV01."],
 *   "signer_authority": "KT. GIÁM ĐỐC",
 *   "signer_position": "PHÓ GIÁM ĐỐC",
 *   "signer_name": "Nguyễn Văn A"
 * }
 * ```
 *
 * Every field is optional. One left out prints as a placeholder ('Số: ......./BC-.....', '[Họ và tên]');
 * `parent_body` and `signer_authority` set to null or "" print nothing (a body with no parent, a head who
 * signs in person). The place defaults to the province's name, the date to the document date (the data's
 * cut-off, see `document-date.ts`).
 */
import { readFile } from 'node:fs/promises';
import { parseIsoDate } from '../../core/format/iso-date.ts';
import type { Bilingual, Lang } from '../../core/messages/lang.ts';
import { SETTINGS_MESSAGES as M } from '../../core/messages/office-document.ts';

/** The frame's fields; undefined: not given (a placeholder prints), null: given empty (nothing prints). */
export interface BriefingSettings {
  /** Cơ quan chủ quản, printed upper case above the issuing body. */
  parent_body?: string | null;
  /** Cơ quan ban hành, printed upper case and bold. */
  issuing_body?: string | null;
  /** Số của văn bản: '125'. */
  number?: string | null;
  /** Chữ viết tắt tên cơ quan ban hành, after 'BC-' in the ký hiệu: 'CAT-PV01'. */
  issuer_code?: string | null;
  /** Địa danh: 'Hà Tĩnh'. */
  place?: string | null;
  /** Ngày ký, ISO 'YYYY-MM-DD'. */
  date?: string | null;
  /** Nơi nhận, one line each, printed as written. */
  recipients?: string[] | null;
  /** Quyền hạn ký: 'KT. GIÁM ĐỐC', 'TM. ỦY BAN NHÂN DÂN'. */
  signer_authority?: string | null;
  /** Chức vụ người ký: 'PHÓ GIÁM ĐỐC'. */
  signer_position?: string | null;
  /** Họ và tên người ký. */
  signer_name?: string | null;
}

/** The file's fields, in the order of the documentation. */
export const SETTINGS_KEYS = [
  'parent_body',
  'issuing_body',
  'number',
  'issuer_code',
  'place',
  'date',
  'recipients',
  'signer_authority',
  'signer_position',
  'signer_name',
] as const satisfies readonly (keyof BriefingSettings)[];

/** The settings file cannot be used; the message says why in the reader's language, `text` in both. */
export class BriefingSettingsError extends Error {
  constructor(
    readonly text: Bilingual,
    lang: Lang,
  ) {
    super(text[lang]);
  }
}

/**
 * Reads the settings from the text of a JSON file; `file` names it in messages. Text fields are trimmed, an
 * empty one is null.
 *
 * @throws BriefingSettingsError on bad JSON, an unknown field (a typo would otherwise go unseen), a field of
 * the wrong type or a date that does not exist.
 * @example parseBriefingSettings('{"number": " 125 "}', 'briefing.json', 'vi') // => { number: '125' }
 */
export function parseBriefingSettings(text: string, file: string, lang: Lang = 'vi'): BriefingSettings {
  const fail = (message: Bilingual) => new BriefingSettingsError(message, lang);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw fail(M.notJson(file, error instanceof Error ? error.message : String(error)));
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw fail(M.notObject(file));
  const out: BriefingSettings = {};
  for (const [key, value] of Object.entries(json)) {
    if (!(SETTINGS_KEYS as readonly string[]).includes(key)) throw fail(M.unknownKey(file, key, [...SETTINGS_KEYS]));
    const k = key as (typeof SETTINGS_KEYS)[number];
    if (k === 'recipients') {
      if (value === null) out.recipients = null;
      else if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
        out.recipients = value.map((v) => v.trim()).filter((v) => v !== '');
      else throw fail(M.notList(file, key));
      continue;
    }
    if (value !== null && typeof value !== 'string') throw fail(M.notText(file, key));
    const trimmed = value === null ? null : value.trim() || null;
    if (k === 'date' && trimmed !== null) {
      try {
        parseIsoDate(trimmed);
      } catch {
        throw fail(M.badDate(file, trimmed));
      }
    }
    out[k] = trimmed;
  }
  return out;
}

/**
 * The settings of the file, or none (every field a placeholder) without a file.
 *
 * @throws BriefingSettingsError when the file cannot be read or is not valid settings.
 */
export async function readBriefingSettings(file: string | undefined, lang: Lang = 'vi'): Promise<BriefingSettings> {
  if (file === undefined) return {};
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new BriefingSettingsError(M.unreadable(file, error instanceof Error ? error.message : String(error)), lang);
  }
  return parseBriefingSettings(text, file, lang);
}
