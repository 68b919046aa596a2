/**
 * Words of the office files `chitieu report` writes: the workbook's sheets and printed pages, and the Word
 * briefing's administrative frame (Nghị định 30/2020/NĐ-CP, Phụ lục I: quốc hiệu, issuing body, number,
 * place and date, recipients, signature), in Vietnamese and English. The briefing's own sentences stay in
 * `report.ts`.
 */
import type { Bilingual } from './lang.ts';

// ---------------------------------------------------------------------------------------------
// The workbook

/** Sheets, page headers and footers of scorecard.xlsx. */
export const WORKBOOK_TEXT = {
  /** A year's sheet (Excel allows 31 characters, no `: \ / ? * [ ]`). */
  yearSheet: (year: number): Bilingual => ({ vi: `Năm ${year}`, en: `${year}` }),
  /** Printed at the top of every page of a year's sheet, e.g. 'Bảng chỉ tiêu — Năm 2025 (15/12/2024 - 14/12/2025)'. */
  pageHeader: (period: string): Bilingual => ({
    vi: `Bảng chỉ tiêu phòng, chống tội phạm — ${period}`,
    en: `Crime-prevention scorecard — ${period}`,
  }),
  /** Page numbers in Excel's header codes (`&P` the page, `&N` the pages). */
  pageFooter: { vi: 'Trang &P/&N', en: 'Page &P of &N' } satisfies Bilingual,
  howToReadLabel: { vi: 'Cách đọc', en: 'How to read' } satisfies Bilingual,
  howToRead: {
    vi:
      'Mỗi năm một trang tính, năm gần nhất trước. Kết quả, tử số, mẫu số và khoảng tin cậy là số (tỉ lệ lưu dạng 0,931 ' +
      'và hiện thành 93,1 %), nên tính toán, lọc và vẽ biểu đồ được ngay. Các cột sau cột «Một trường hợp đổi kết quả» ' +
      '(năm, số tháng, mã chỉ tiêu, căn cứ) không in ra giấy.',
    en:
      'One sheet per year, the latest first. Values, numerators, denominators and intervals are numbers (a rate is stored as ' +
      '0.931 and shown as 93.1%), ready to compute, filter and chart. The columns after "One case flips the verdict" ' +
      '(year, months, indicator id, reason) are not printed.',
  } satisfies Bilingual,
};

// ---------------------------------------------------------------------------------------------
// The Word briefing: the administrative frame

/**
 * The frame of the Word briefing. In Vietnamese it is the layout of an administrative text (Nghị định
 * 30/2020/NĐ-CP, Phụ lục I); in English a plain equivalent without the national motto. A field the settings
 * file leaves out prints as a placeholder in brackets or dots, to be filled in before signing.
 */
export const DOCUMENT_FRAME = {
  /** Quốc hiệu and tiêu ngữ (Vietnamese only). */
  nationalName: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  /** The kind of document, above its subject. */
  kind: { vi: 'BÁO CÁO', en: 'REPORT' } satisfies Bilingual,
  /** Số và ký hiệu: 'Số: 125/BC-CAT'; dots where the number or the issuer's abbreviation is not given. */
  number: (number: string | null, issuerCode: string | null): Bilingual => ({
    vi: `Số: ${number ?? '.......'}/BC-${issuerCode ?? '.....'}`,
    en: `No. ${number ?? '.......'}/BC-${issuerCode ?? '.....'}`,
  }),
  /**
   * Địa danh và thời gian: 'Hà Tĩnh, ngày 04 tháng 12 năm 2026'. The decree writes a day below 10 and the
   * months 1 and 2 with a leading zero ('ngày 04 tháng 02', but 'tháng 7', 'tháng 12').
   */
  placeAndDate: (place: string, day: number, month: number, year: number, monthName: string): Bilingual => ({
    vi: `${place}, ngày ${String(day).padStart(2, '0')} tháng ${month <= 2 ? String(month).padStart(2, '0') : month} năm ${year}`,
    en: `${place}, ${day} ${monthName} ${year}`,
  }),
  issuingBody: { vi: '[TÊN CƠ QUAN BAN HÀNH]', en: '[Issuing body]' } satisfies Bilingual,
  parentBody: { vi: '[CƠ QUAN CHỦ QUẢN]', en: '[Parent body]' } satisfies Bilingual,
  recipientsLabel: { vi: 'Nơi nhận:', en: 'Distribution:' } satisfies Bilingual,
  /** The recipients when the settings name none: a line to fill in, and the archive. */
  recipients: { vi: ['- ....................;', '- Lưu: VT.'], en: ['- ....................;', '- File copy.'] },
  signerPosition: { vi: '[Chức vụ người ký]', en: '[Position of the signatory]' } satisfies Bilingual,
  signerName: { vi: '[Họ và tên]', en: '[Full name]' } satisfies Bilingual,
};

/** A figure's period, added to a caption that does not name the briefing's year: 'Hình 1. Số vụ phạm tội so với năm gốc 2021, năm 2019-2025'. */
export const FIGURE_PERIOD = (first: number, last: number): Bilingual => ({
  vi: first === last ? `, năm ${last}` : `, năm ${first}-${last}`,
  en: first === last ? `, ${last}` : `, ${first}–${last}`,
});

/** Problems with the briefing's settings file (briefing.json). */
export const SETTINGS_MESSAGES = {
  unreadable: (file: string, detail: string): Bilingual => ({
    vi: `${file}: không đọc được tệp thiết lập của báo cáo (${detail})`,
    en: `${file}: the briefing's settings file cannot be read (${detail})`,
  }),
  notJson: (file: string, detail: string): Bilingual => ({
    vi: `${file}: không phải JSON hợp lệ (${detail})`,
    en: `${file}: not valid JSON (${detail})`,
  }),
  notObject: (file: string): Bilingual => ({
    vi: `${file}: cần một đối tượng JSON {"issuing_body": "...", ...}`,
    en: `${file}: a JSON object {"issuing_body": "...", ...} is expected`,
  }),
  unknownKey: (file: string, key: string, known: string[]): Bilingual => ({
    vi: `${file}: không có mục "${key}"; các mục có thể dùng: ${known.join(', ')}`,
    en: `${file}: there is no field "${key}"; the fields are: ${known.join(', ')}`,
  }),
  notText: (file: string, key: string): Bilingual => ({
    vi: `${file}: mục "${key}" phải là một chuỗi chữ (hoặc null)`,
    en: `${file}: "${key}" must be a string (or null)`,
  }),
  notList: (file: string, key: string): Bilingual => ({
    vi: `${file}: mục "${key}" phải là một danh sách chuỗi chữ, ví dụ ["- Bộ Công an;", "- Lưu: VT."]`,
    en: `${file}: "${key}" must be a list of strings, e.g. ["- Ministry of Public Security;", "- File copy."]`,
  }),
  badDate: (file: string, value: string): Bilingual => ({
    vi: `${file}: mục "date" phải là ngày dạng YYYY-MM-DD có thật, không phải "${value}"`,
    en: `${file}: "date" must be an existing date written YYYY-MM-DD, not "${value}"`,
  }),
};

// ---------------------------------------------------------------------------------------------
// The briefing's areas to watch

/** The section on the areas outside the funnel's limits, or furthest from the target (`areas-to-watch.ts`). */
export const AREAS_TO_WATCH_TEXT = {
  title: { vi: 'Địa bàn cần chú ý', en: 'Areas to watch' } satisfies Bilingual,
  intro: (period: string): Bilingual => ({
    vi:
      `Biểu đồ phễu so sánh từng địa bàn với mục tiêu có tính đến quy mô của địa bàn (mẫu số): địa bàn càng nhỏ thì ` +
      `kết quả càng dao động mạnh chỉ do ngẫu nhiên. Bảng dưới nêu, với từng chỉ tiêu, các địa bàn (${period}) nằm ngoài ` +
      'giới hạn 95 % về phía không đạt; chỉ tiêu không có địa bàn nào như vậy thì nêu địa bàn chưa đạt mục tiêu và xa mục ' +
      'tiêu nhất so với độ rộng giới hạn của chính nó (không kể địa bàn có mẫu số nhỏ). Bảng dùng để chọn nơi cần xem xét, ' +
      'không dùng để xếp hạng.',
    en:
      'A funnel plot compares each area with the target, allowing for its size (the denominator): the smaller the area, ' +
      `the more its result varies by chance alone. The table names, for each target, the areas (${period}) outside the ` +
      '95% limits on the failing side; where there is none, the area that misses the target by most for its own limits ' +
      '(small denominators aside). ' +
      'It is meant to choose where to look, not to rank areas.',
  }),
  headers: {
    area: { vi: 'Địa bàn', en: 'Area' },
    indicator: { vi: 'Chỉ tiêu', en: 'Target' },
    value: { vi: 'Kết quả', en: 'Result' },
    counts: { vi: 'Tử số/Mẫu số', en: 'Counts' },
    target: { vi: 'Mục tiêu', en: 'Target value' },
    finding: { vi: 'Nhận định', en: 'Finding' },
  } satisfies Record<string, Bilingual>,
  /** Where an area stands; `side` is the failing side of the funnel. */
  outside998: (side: 'below' | 'above'): Bilingual => ({
    vi: `${side === 'below' ? 'Dưới' : 'Trên'} giới hạn 99,8 %: gần như chắc chắn không do ngẫu nhiên`,
    en: `${side === 'below' ? 'Below' : 'Above'} the 99.8% limit: almost surely not chance`,
  }),
  outside95: (side: 'below' | 'above'): Bilingual => ({
    vi: `${side === 'below' ? 'Dưới' : 'Trên'} giới hạn 95 %: khó là do ngẫu nhiên`,
    en: `${side === 'below' ? 'Below' : 'Above'} the 95% limit: unlikely to be chance`,
  }),
  furthest: {
    vi: 'Xa mục tiêu nhất, trong giới hạn 95 %: có thể do ngẫu nhiên',
    en: 'Furthest from the target, within the 95% limits: may be chance',
  } satisfies Bilingual,
  /** The counts of a change: '24 vụ; năm 2021: 10 vụ'. */
  changeCounts: (now: string, comparisonYear: number, before: string): Bilingual => ({
    vi: `${now}; năm ${comparisonYear}: ${before}`,
    en: `${now}; ${comparisonYear}: ${before}`,
  }),
  /** The areas of a target beyond those in the table: 'Giải quyết tin báo: còn 2 địa bàn khác ngoài giới hạn 95 %: A (82,6 %, 76/92 tin); B (…).' */
  more: (indicator: string, areas: string[]): Bilingual => ({
    vi: `${indicator}: còn ${areas.length} địa bàn khác ngoài giới hạn 95 %: ${areas.join('; ')}.`,
    en: `${indicator}: ${areas.length} more area${areas.length === 1 ? '' : 's'} outside the 95% limits: ${areas.join('; ')}.`,
  }),
  /** An area in such a list: 'Huyện Hương Sơn (82,6 %, 76/92 tin)'. */
  areaFigures: (area: string, value: string, counts: string): string => `${area} (${value}, ${counts})`,
  none: {
    vi: 'Không có địa bàn nào nằm ngoài giới hạn 95 % về phía không đạt hay chưa đạt mục tiêu ở các chỉ tiêu so sánh được.',
    en: 'No area is outside the 95% limits on the failing side, or misses a target, among the targets that can be compared.',
  } satisfies Bilingual,
  notCompared: {
    vi:
      'Không so sánh theo địa bàn: các chỉ tiêu tuyệt đối (100 %, không để xảy ra vi phạm), chỉ tiêu tính bằng tiền, và mức ' +
      'thay đổi của địa bàn có địa giới đã đổi từ năm so sánh.',
    en:
      'Not compared by area: absolute targets (100%, no violation at all), amounts of money, and changes in areas whose ' +
      'territory changed since the comparison year.',
  } satisfies Bilingual,
};
