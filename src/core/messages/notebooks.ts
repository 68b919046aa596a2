/**
 * Every text the notebooks' shared helpers show a reader, in Vietnamese and English. The prose of each
 * notebook is in the notebook itself; messages of the data checks are the library's
 * (src/core/messages/validation.ts).
 */
import type { Bilingual } from './lang.ts';

export const NOTEBOOK_MESSAGES = {
  sha256Mismatch: (actual: string, expected: string): Bilingual => ({
    vi: `SHA-256 là ${actual}, khác với lúc dựng sổ tay (${expected}): tệp đã bị sửa sau khi dựng. Hãy dựng lại (npm run notebooks:build).`,
    en: `SHA-256 is ${actual}, not the build's ${expected}: the file changed after the build. Build again (npm run notebooks:build).`,
  }),
  dataRefused: {
    vi: 'Số liệu bị từ chối: sửa các lỗi dưới đây rồi mở lại.',
    en: 'The data were refused: fix the problems below and open them again.',
  },
  provenanceTitle: { vi: 'Nguồn số liệu', en: 'Data source' },
  originBundled: (folder: string): Bilingual => ({
    vi: `Thư mục ${folder}/ đóng gói cùng bản dựng này.`,
    en: `The folder ${folder}/ bundled with this build.`,
  }),
  originPicked: (folder: string | null, n: number): Bilingual => ({
    vi: `${n} tệp bạn chọn${folder ? ` trong thư mục ${folder}/` : ''} (đọc ngay trên máy này, không gửi đi đâu).`,
    en: `${n} files you picked${folder ? ` from the folder ${folder}/` : ''} (read on this machine, sent nowhere).`,
  }),
  dataTitle: { vi: 'Bộ số liệu', en: 'Data set' },
  cutoff: { vi: 'Số liệu tính đến hết ngày', en: 'Data cut-off' },
  cutoffUnknown: { vi: 'không ghi trong datapackage.json', en: 'not stated in datapackage.json' },
  periods: { vi: 'Kỳ thống kê', en: 'Reporting periods' },
  synthetic: {
    vi: 'Số liệu tổng hợp (giả lập), không phải số liệu thật: chỉ dùng để thử công cụ.',
    en: 'Synthetic data, not real figures: for trying the tools only.',
  },
  file: { vi: 'Tệp', en: 'File' },
  bytes: { vi: 'Dung lượng (byte)', en: 'Size (bytes)' },
  sha256: { vi: 'SHA-256 (tính trong trình duyệt)', en: 'SHA-256 (computed in this browser)' },
  check: { vi: 'So với lúc dựng', en: 'Against the build' },
  checkSame: { vi: '✔ khớp', en: '✔ matches' },
  checkDiffers: { vi: '✘ khác', en: '✘ differs' },
  checkNone: { vi: '–', en: '–' },
  noCrypto: {
    vi: 'Trình duyệt không cho tính SHA-256 ở địa chỉ này (cần https hoặc 127.0.0.1): mã băm là của lúc dựng.',
    en: "This browser cannot compute SHA-256 at this address (use https or 127.0.0.1): hashes are the build's.",
  },
  pickFolder: { vi: 'Đọc thư mục số liệu khác (CSV)', en: 'Read another data folder (CSV)' },
  pickHint: {
    vi: 'Chọn một thư mục có areas.csv, criminal_cases.csv… Tệp chỉ được đọc trên máy này.',
    en: 'Pick a folder holding areas.csv, criminal_cases.csv… Files are read on this machine only.',
  },
  chartSkipped: (reason: string): Bilingual => ({
    vi: `Không vẽ được biểu đồ: ${reason}`,
    en: `Chart not drawn: ${reason}`,
  }),
  year: { vi: 'Năm', en: 'Year' },
  area: { vi: 'Địa bàn', en: 'Area' },
  targetSet: { vi: 'Bộ chỉ tiêu', en: 'Target set' },
  targetFile: { vi: 'Hoặc tệp chỉ tiêu (JSON)', en: 'Or a target file (JSON)' },
  areaLifeEnded: (to: string): Bilingual => ({ vi: `đến ${to}`, en: `until ${to}` }),
  areaLifeBegan: (from: string): Bilingual => ({ vi: `từ ${from}`, en: `from ${from}` }),
  areaLifeBoth: (from: string, to: string): Bilingual => ({ vi: `${from} – ${to}`, en: `${from} – ${to}` }),
  download: { vi: 'Tải về', en: 'Download' },
  csvTable: { vi: 'Bảng (CSV)', en: 'Table (CSV)' },
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  breakdown: { vi: 'Chia theo', en: 'Breakdown' },
  breakdownAll: { vi: 'Tất cả (số chung)', en: 'All (headline)' },
  compareWith: { vi: 'So sánh với', en: 'Compare with' },
  value: { vi: 'Giá trị', en: 'Value' },
  counts: { vi: 'Tử số / mẫu số', en: 'Numerator / denominator' },
  basis: { vi: 'Cách tính', en: 'Basis' },
  howMade: { vi: 'Số liệu lấy từ đâu', en: 'How the figure was made' },
  noFigure: { vi: 'không có số liệu', en: 'no figure' },
  unitCount: { vi: 'Số vụ', en: 'Cases' },
  unitPercent: { vi: '%', en: '%' },
  compareSubtitle: (unit: string): Bilingual => ({
    vi: `Theo năm, qua đợt sắp xếp đơn vị hành chính 1/7/2025 (trục dọc: ${unit}).`,
    en: `By year, across the 1 July 2025 reform of administrative units (vertical axis: ${unit}).`,
  }),
  compareNote: {
    vi: 'Chấm đặc: số liệu trực tiếp hoặc cộng từ các đơn vị mới nằm trọn trong đơn vị; chấm rỗng: ước tính phân bổ theo trọng số chuyển đổi. Vạch đứt: chuỗi số liệu bị ngắt (sắp xếp đơn vị). Dải xám: năm đang xem.',
    en: 'Filled dot: direct figures, or gathered from the new units lying within the area; hollow dot: an estimate spread by the crosswalk weights. Dashed line: a break of the series (the reform). Grey band: the year shown.',
  },
  seriesCsvHeader: {
    vi: [
      'nam',
      'ma_dia_ban',
      'dia_ban',
      'chi_tieu',
      'chia_theo',
      'gia_tri',
      'tu_so',
      'mau_so',
      'cach_tinh',
      'so_thang',
      'ghi_chu',
    ],
    en: [
      'year',
      'area_code',
      'area',
      'indicator',
      'breakdown',
      'value',
      'numerator',
      'denominator',
      'basis',
      'months',
      'note',
    ],
  },
  partialYear: (months: number): Bilingual => ({
    vi: `Năm chưa trọn: số liệu mới có ${months} tháng.`,
    en: `Incomplete year: ${months} months of data so far.`,
  }),
} as const;
