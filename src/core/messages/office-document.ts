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
    vi: 'Mỗi năm một trang tính, năm gần nhất trước. Kết quả, tử số, mẫu số và khoảng tin cậy là số (tỉ lệ lưu dạng 0,931 '
      + 'và hiện thành 93,1 %), nên tính toán, lọc và vẽ biểu đồ được ngay. Các cột sau cột «Một trường hợp đổi kết quả» '
      + '(năm, số tháng, mã chỉ tiêu, căn cứ) không in ra giấy.',
    en: 'One sheet per year, the latest first. Values, numerators, denominators and intervals are numbers (a rate is stored as '
      + '0.931 and shown as 93.1%), ready to compute, filter and chart. The columns after "One case flips the verdict" '
      + '(year, months, indicator id, reason) are not printed.',
  } satisfies Bilingual,
};
