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
    vi: 'Số liệu bị từ chối: sửa các lỗi dưới đây (tệp:dòng:cột) rồi chọn lại thư mục.',
    en: 'The data were refused: fix the problems below (file:line:column) and pick the folder again.',
  },
  dataKept: (kept: string): Bilingual => ({
    vi: `Các biểu đồ và bảng dưới đây vẫn là của số liệu đọc trước đó: ${kept}`,
    en: `The charts and tables below still show the data read before: ${kept}`,
  }),
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
  gapNotAfter: (before: number, after: number): Bilingual => ({
    vi: `Năm ${after} không sau năm gốc ${before}: không có chênh lệch nào để tính. Hãy chọn một năm sau ${before}.`,
    en: `${after} is not after the base year ${before}: there is no difference to compute. Pick a year after ${before}.`,
  }),
  gapNoRows: (year: number): Bilingual => ({
    vi: `Tệp safe_units.csv không có dòng nào cho năm ${year} (số liệu đánh giá an toàn về ANTT được tổng hợp theo năm).`,
    en: `safe_units.csv has no row for ${year} (the safety assessment is gathered once a year).`,
  }),
  gapNoUnitRows: (year: number): Bilingual => ({
    vi: `Năm ${year}, không có dòng nào của loại đơn vị này dưới địa bàn đã chọn.`,
    en: `In ${year}, no row of this unit type lies under the chosen area.`,
  }),
  gapAreaAbsent: (year: number, part: boolean): Bilingual => ({
    vi: part
      ? `Năm ${year}, địa bàn đã chọn chỉ tồn tại một phần năm và số liệu cả năm được ghi cho đơn vị khác (sau sắp xếp): xem chuỗi qua đợt sắp xếp ở cuối trang.`
      : `Địa bàn đã chọn không tồn tại trong năm ${year}: xem chuỗi qua đợt sắp xếp ở cuối trang (cộng từ đơn vị mới hoặc ước tính phân bổ).`,
    en: part
      ? `In ${year} the chosen area existed for part of the year only, and the year's figures are recorded for other units (after the reform): see the series across the reform at the end of the page.`
      : `The chosen area did not exist in ${year}: see the series across the reform at the end of the page (gathered or spread).`,
  }),
  gapNoneInScope: (year: number): Bilingual => ({
    vi: `Năm ${year}, không có đơn vị nào thuộc diện đánh giá: không tính được tỉ lệ.`,
    en: `In ${year} no unit was in scope: there is no share.`,
  }),
  noComparison: { vi: 'Không so sánh được với năm 2021', en: 'No comparison with 2021' },
  reoffendingTitle: {
    vi: 'Tỉ lệ tái phạm theo hình thức ra tù và năm ra tù',
    en: 'Reoffending by release type and release cohort',
  },
  reoffendingSubtitle: (target: string | null): Bilingual => ({
    vi: `Tỉ lệ (%) người tái phạm / người ra tù của mỗi lứa, kèm khoảng tin cậy 95 % (Wilson)${target ? `; đường đứt: mục tiêu dưới ${target}` : ''}.`,
    en: `Percent of persons released in each cohort who reoffended, with Wilson 95 % intervals${target ? `; dashes: the target, below ${target}` : ''}.`,
  }),
  reoffendingLegendFull: { vi: 'theo dõi đủ thời gian', en: 'full follow-up' },
  reoffendingLegendShort: { vi: 'theo dõi ngắn hơn (chưa so được)', en: 'shorter follow-up (not comparable)' },
  reoffendingLegendInterval: { vi: '│ khoảng tin cậy 95 %', en: '│ 95 % interval' },
  noCohort: (year: number, last: number | null): Bilingual => ({
    vi: `Tệp reoffending.csv chưa có lứa ra tù năm ${year}${last !== null ? ` (lứa gần nhất: ${last})` : ''}: người ra tù trong năm ${year} chưa được theo dõi đủ để tính tỉ lệ tái phạm. Biểu đồ và bảng dưới đây dừng ở lứa gần nhất.`,
    en: `reoffending.csv has no ${year} cohort yet${last !== null ? ` (latest: ${last})` : ''}: persons released in ${year} have not been followed long enough for a rate. The chart and table below stop at the latest cohort.`,
  }),
  removeFile: { vi: 'Bỏ tệp này', en: 'Remove this file' },
  notJson: {
    vi: 'tệp không phải JSON hợp lệ (lỗi ở ký tự này)',
    en: 'not valid JSON (the error is at this character)',
  },
  targetFileUsed: (file: string): Bilingual => ({
    vi: `Đang đánh giá theo tệp ${file} (thay cho bộ chỉ tiêu đã chọn ở trên). Bấm "Bỏ tệp này" để quay lại bộ đã chọn.`,
    en: `Judged against ${file} (instead of the target set chosen above). Press "Remove this file" to return to it.`,
  }),
  targetFileRefused: (file: string, fallback: string): Bilingual => ({
    vi: `Tệp chỉ tiêu ${file} bị từ chối; trang vẫn đánh giá theo bộ "${fallback}". Sửa các lỗi dưới đây (tệp:dòng:cột) rồi chọn lại tệp:`,
    en: `The target file ${file} was refused; the page still judges against "${fallback}". Fix the problems below (file:line:column) and pick the file again:`,
  }),
  jsonSummary: { vi: 'JSON, đúng như lệnh: ', en: 'JSON, exactly as printed by: ' },
  commandHint: {
    vi: 'Tính lại bằng dòng lệnh (chạy trong thư mục chitieu): ',
    en: 'The same figures from the command line (run in the chitieu folder): ',
  },
  pickedPath: { vi: 'ĐƯỜNG_DẪN', en: 'PATH' },
  targetNotesTitle: (year: number): Bilingual => ({
    vi: `Căn cứ đánh giá năm ${year}:`,
    en: `What the verdicts of ${year} rest on:`,
  }),
  targetExpired: (name: string, year: number, inForce: [number, number | null] | null): Bilingual => ({
    vi: `${name}: đánh giá theo mục tiêu của văn bản đã hết hiệu lực${inForce ? ` (hiệu lực ${inForce[0]}–${inForce[1] ?? '…'})` : ''}; kết quả năm ${year} chỉ để so sánh.`,
    en: `${name}: judged by the target of a document that has expired${inForce ? ` (in force ${inForce[0]}–${inForce[1] ?? '…'})` : ''}; the ${year} verdict is for comparison only.`,
  }),
  targetNotYet: (name: string, year: number, inForce: [number, number | null] | null): Bilingual => ({
    vi: `${name}: văn bản đặt mục tiêu chưa có hiệu lực năm ${year}${inForce ? ` (hiệu lực từ ${inForce[0]})` : ''}; kết quả chỉ để so sánh.`,
    en: `${name}: the document setting the target was not yet in force in ${year}${inForce ? ` (in force from ${inForce[0]})` : ''}; the verdict is for comparison only.`,
  }),
  targetNone: (names: string): Bilingual => ({
    vi: `Không có mục tiêu nào có hiệu lực, chỉ theo dõi, không đánh giá: ${names}.`,
    en: `No target in force, watched and not judged: ${names}.`,
  }),
  controlMean: (x: string): Bilingual => ({ vi: `TB ${x}`, en: `mean ${x}` }),
  controlUpper: (x: string): Bilingual => ({ vi: `GH trên ${x}`, en: `upper ${x}` }),
  controlLower: (x: string): Bilingual => ({ vi: `GH dưới ${x}`, en: `lower ${x}` }),
  earlyControlTitle: (year: number, area: string): Bilingual => ({
    vi: `Số vụ phạm tội hằng tháng năm ${year}: ${area}`,
    en: `Criminal cases each month of ${year}: ${area}`,
  }),
  earlyControlSubtitle: (year: number): Bilingual => ({
    vi: `Biểu đồ XmR, trung bình và giới hạn kiểm soát tính trên chính 12 tháng năm ${year} (trước năm gốc 2021).`,
    en: `XmR chart, mean and control limits set on the 12 months of ${year} itself (before the 2021 baseline).`,
  }),
  earlyControlNote: (year: number, baseline: number): Bilingual => ({
    vi: `Năm ${year} có đủ 12 tháng số liệu. Biểu đồ kiểm soát của bộ biểu đồ (như lệnh chitieu charts) đặt giới hạn trên 12 tháng của năm gốc ${baseline}, sau năm ${year}, nên không vẽ cho năm này; dưới đây là 12 tháng năm ${year} với giới hạn tính trên chính các tháng đó (chọn năm ${baseline} trở đi để xem biểu đồ của bộ).`,
    en: `${year} has all 12 months. The chart set's control chart (as chitieu charts draws it) sets its limits on the 12 months of the ${baseline} baseline, after ${year}, so it draws nothing for this year; below are the 12 months of ${year} with limits set on those months (pick ${baseline} or later for the set's chart).`,
  }),
  partialYear: (months: number): Bilingual => ({
    vi: `Năm chưa trọn: số liệu mới có ${months} tháng.`,
    en: `Incomplete year: ${months} months of data so far.`,
  }),
} as const;
