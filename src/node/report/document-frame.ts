/**
 * The administrative frame of the Word briefing as printed text: what stands above the title (issuing body,
 * number, place and date; in Vietnamese the quốc hiệu and tiêu ngữ) and below the text (recipients,
 * signature), from the settings file with placeholders where it says nothing (Nghị định 30/2020/NĐ-CP,
 * Phụ lục I). The Word renderer only lays it out.
 */
import type { AreaRow } from '../../core/types.ts';
import { parseIsoDate } from '../../core/format/iso-date.ts';
import { MONTHS_EN_LONG } from '../../core/format/words.ts';
import type { Lang } from '../../core/messages/lang.ts';
import { DOCUMENT_FRAME as F } from '../../core/messages/office-document.ts';
import type { BriefingSettings } from './briefing-settings.ts';

/** The frame's texts, in the reader's language. */
export interface DocumentFrame {
  lang: Lang;
  /** Quốc hiệu and tiêu ngữ: Vietnamese only, null in English. */
  national: { name: string; motto: string } | null;
  /** Cơ quan chủ quản, upper case; null when the settings say there is none. */
  parentBody: string | null;
  /** Cơ quan ban hành, upper case. */
  issuingBody: string;
  /** 'Số: 125/BC-CAT'. */
  number: string;
  /** 'Hà Tĩnh, ngày 04 tháng 12 năm 2026'. */
  placeAndDate: string;
  /** 'BÁO CÁO'. */
  kind: string;
  /** Trích yếu: what the report is about. */
  subject: string;
  recipientsLabel: string;
  recipients: string[];
  /** 'KT. GIÁM ĐỐC'; null when the signer signs in person. */
  signerAuthority: string | null;
  signerPosition: string;
  signerName: string;
}

/**
 * The place a province's documents are dated from: its name without the kind of unit.
 *
 * @example placeOf({ name_vi: 'Tỉnh Hà Tĩnh' }) // => 'Hà Tĩnh'
 */
export function placeOf(province: Pick<AreaRow, 'name_vi'>): string {
  return province.name_vi.replace(/^(Tỉnh|Thành phố)\s+/iu, '').trim();
}

/**
 * The frame of a briefing. `date` is the document's date (ISO), used when the settings give none.
 *
 * @example documentFrame({}, { lang: 'vi', subject: 'S', province, date: '2026-12-04' }).number // => 'Số: ......./BC-.....'
 */
export function documentFrame(
  settings: BriefingSettings,
  options: { lang: Lang; subject: string; province: Pick<AreaRow, 'name_vi'>; date: string },
): DocumentFrame {
  const { lang } = options;
  const upper = (text: string) => text.toLocaleUpperCase('vi');
  const { year, month, day } = parseIsoDate(settings.date ?? options.date);
  const place = settings.place ?? placeOf(options.province);
  return {
    lang,
    national: lang === 'vi' ? { name: F.nationalName, motto: F.motto } : null,
    parentBody:
      settings.parent_body === undefined
        ? F.parentBody[lang]
        : settings.parent_body === null
          ? null
          : upper(settings.parent_body),
    issuingBody: settings.issuing_body ? upper(settings.issuing_body) : F.issuingBody[lang],
    number: F.number(settings.number ?? null, settings.issuer_code ?? null)[lang],
    placeAndDate: F.placeAndDate(place, day, month, year, MONTHS_EN_LONG[month - 1] as string)[lang],
    kind: F.kind[lang],
    subject: options.subject,
    recipientsLabel: F.recipientsLabel[lang],
    recipients: settings.recipients && settings.recipients.length > 0 ? settings.recipients : F.recipients[lang],
    signerAuthority: settings.signer_authority ? upper(settings.signer_authority) : null,
    signerPosition: settings.signer_position ? upper(settings.signer_position) : F.signerPosition[lang],
    signerName: settings.signer_name ?? F.signerName[lang],
  };
}
