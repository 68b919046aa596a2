/**
 * Every word of `chitieu report` a reader sees: the command's help and messages, the scorecard's column
 * headers, and the briefing's sentences, in Vietnamese and English. Sentences are templates that take
 * figures already printed by `core/format`, so that a change of wording touches this file only.
 */
import type { IndicatorId } from '../indicators/definition.ts';
import { formatCount } from '../format/count.ts';
import type { CountUnit } from '../format/words.ts';
import type { StatisticalStatus } from '../stats/statistical-status.ts';
import type { AreaLevel } from '../types.ts';
import type { Bilingual } from './lang.ts';
import { DATA_YEAR_MESSAGES } from './data-years.ts';

/** The steps of the report, in the order they run. */
export const REPORT_STEP_IDS = [
  'scorecard',
  'scorecard_json',
  'scorecard_csv',
  'scorecard_xlsx',
  'charts',
  'briefing_html',
  'briefing_docx',
  'briefing_whole_year',
  'notebooks',
  'manifest',
] as const;
export type ReportStepId = (typeof REPORT_STEP_IDS)[number];

/** What each step does, as the progress display names it. */
export const REPORT_STEPS: Record<ReportStepId, Bilingual> = {
  scorecard: { vi: 'Tính bảng chỉ tiêu (mọi năm, mọi địa bàn)', en: 'Computing the scorecard (every year and area)' },
  scorecard_json: { vi: 'Ghi bảng chỉ tiêu JSON', en: 'Writing the scorecard as JSON' },
  scorecard_csv: { vi: 'Ghi bảng chỉ tiêu CSV', en: 'Writing the scorecard as CSV' },
  scorecard_xlsx: { vi: 'Ghi sổ tính Excel (.xlsx)', en: 'Writing the Excel workbook (.xlsx)' },
  charts: { vi: 'Xuất biểu đồ (SVG, PNG, Vega-Lite)', en: 'Exporting the charts (SVG, PNG, Vega-Lite)' },
  briefing_html: { vi: 'Soạn báo cáo nhanh dạng trang HTML', en: 'Writing the briefing as an HTML page' },
  briefing_docx: { vi: 'Soạn báo cáo nhanh dạng Word (.docx)', en: 'Writing the briefing as a Word document (.docx)' },
  briefing_whole_year: {
    vi: 'Soạn báo cáo nhanh của năm đủ số liệu gần nhất (biểu đồ, HTML, Word)',
    en: 'Writing the briefing of the last whole year (charts, HTML, Word)',
  },
  notebooks: {
    vi: 'Dựng các sổ tay phân tích trên cùng số liệu (notebooks)',
    en: 'Building the analysis notebooks on the same data',
  },
  manifest: { vi: 'Ghi manifest.json (mã SHA-256 của mọi tệp)', en: 'Writing manifest.json (SHA-256 of every file)' },
};

/** `chitieu report --help`. */
export const REPORT_HELP: Bilingual = {
  vi: `Cách dùng: chitieu report --out THƯ_MỤC [--data THƯ_MỤC] [--year NĂM] [--targets TỆP] [--settings TỆP] [--quiet] [--no-notebooks] [--lang vi|en]

Dựng trọn bộ tài liệu cho một kỳ sơ kết, tổng kết: bảng chỉ tiêu của mọi năm và mọi địa bàn
(JSON, CSV, Excel), toàn bộ biểu đồ (SVG, PNG, Vega-Lite), báo cáo nhanh (trang HTML và tệp Word),
các sổ tay phân tích dựng trên cùng số liệu (notebooks/) và manifest.json ghi mã SHA-256 của mọi tệp vào và ra.
  --data      Thư mục số liệu (mặc định: bộ số liệu đi kèm công cụ)
  --out       Thư mục ghi báo cáo; phải trống, chưa có, hoặc là một báo cáo chitieu trước đó
              (được thay trọn vẹn chỉ khi mọi bước thành công)
  --year      Năm của báo cáo nhanh (mặc định: năm mới nhất có số liệu, kể cả năm chưa hết)
  --targets   Bộ chỉ tiêu: in-force (mặc định: văn bản còn hiệu lực từng năm), programme-2021-2025,
              national, directive-2025, qd-1944-2021, drugs-2030, hoặc đường dẫn tệp JSON
  --settings  Tệp JSON phần đầu văn bản của báo cáo Word (cơ quan, số, nơi nhận, người ký);
              mặc định: briefing.json trong thư mục số liệu nếu có
  --quiet     Không vẽ thanh tiến độ: mỗi bước một dòng (như khi chuyển kết quả sang tệp)
  --no-notebooks  Không dựng sổ tay (nhanh hơn); xem sổ tay: npm run notebooks:serve -- --dir THƯ_MỤC/notebooks
  --lang      Ngôn ngữ của báo cáo và tiêu đề cột (mặc định: vi)`,
  en: `Usage: chitieu report --out DIR [--data DIR] [--year YEAR] [--targets FILE] [--settings FILE] [--quiet] [--no-notebooks] [--lang vi|en]

Builds everything a quarterly or annual review needs: the scorecard of every year and area (JSON,
CSV, Excel), the whole chart set (SVG, PNG, Vega-Lite), the briefing (an HTML page and a Word file),
the notebooks built on the same data (notebooks/) and manifest.json with the SHA-256 of every input and output file.
  --data      Data folder (default: the data bundled with the toolkit)
  --out       Folder to write; it must be empty, absent, or an earlier chitieu report
              (replaced whole, only once every step has succeeded)
  --year      Year of the briefing (default: the latest year with data, even one in progress)
  --targets   Target set: in-force (default: the documents in force each year), programme-2021-2025,
              national, directive-2025, qd-1944-2021, drugs-2030, or a JSON file
  --settings  JSON file of the Word briefing's heading (issuing body, number, recipients, signatory);
              default: briefing.json in the data folder, if present
  --quiet     No progress bar: one line per step (as when the output is piped)
  --no-notebooks  Leave the notebooks out (faster); to read them: npm run notebooks:serve -- --dir DIR/notebooks
  --lang      Language of the briefing and the column headers (default: vi)`,
};

/** Messages of the report command. */
export const REPORT_MESSAGES = {
  restoredEarlier: (out: string): Bilingual => ({
    vi: `Một lần chạy trước bị ngắt giữa chừng: đã đặt lại báo cáo cũ vào ${out}.`,
    en: `An earlier run was interrupted mid-way: the earlier report was put back at ${out}.`,
  }),
  outIsFile: (out: string): Bilingual => ({
    vi: `--out ${out} là một tệp, không phải thư mục`,
    en: `--out ${out} is a file, not a folder`,
  }),
  outNotReport: (out: string): Bilingual => ({
    vi:
      `--out ${out}: thư mục đã có tệp nhưng không phải một báo cáo chitieu trước đó (không có manifest.json của chitieu). ` +
      'Để khỏi xoá tệp của bạn, lệnh không ghi vào đó: hãy chọn một thư mục trống hoặc chưa có.',
    en:
      `--out ${out}: the folder holds files but is not an earlier chitieu report (it has no chitieu manifest.json). ` +
      'So as not to delete your files, nothing is written there: choose an empty or new folder.',
  }),
  outHasForeignFiles: (out: string, files: string[]): Bilingual => {
    const list = files.slice(0, 5).join(', ') + (files.length > 5 ? ', …' : '');
    return {
      vi:
        `--out ${out} là một báo cáo chitieu trước đó nhưng có thêm ${files.length} tệp không do chitieu ghi (${list}). ` +
        'Thay báo cáo sẽ xoá các tệp đó, nên lệnh không ghi vào đó: hãy chuyển chúng đi hoặc chọn thư mục khác.',
      en:
        `--out ${out} is an earlier chitieu report but holds ${files.length} file(s) chitieu did not write (${list}). ` +
        'Replacing the report would delete them, so nothing is written there: move them away or choose another folder.',
    };
  },
  noYears: DATA_YEAR_MESSAGES.noYears,
  yearNotInData: DATA_YEAR_MESSAGES.yearNotInData,
  /** Which period the pack was built for, and how to choose another. */
  builtPeriod: (period: string, first: number, last: number, partial: boolean): Bilingual => ({
    vi:
      `Kỳ báo cáo: ${period}${partial ? ' (năm chưa hết: so sánh cùng kỳ, đánh giá tạm tính)' : ''}. ` +
      `Chọn kỳ khác bằng --year NĂM (số liệu có từ ${first} đến ${last}), ví dụ: --year ${partial ? last - 1 : last}.`,
    en:
      `Period: ${period}${partial ? ' (year in progress: compared on the same months, verdicts provisional)' : ''}. ` +
      `Choose another with --year YEAR (the data run from ${first} to ${last}), e.g. --year ${partial ? last - 1 : last}.`,
  }),
  stepFailed: (step: string, detail: string): Bilingual => ({
    vi: `Bước «${step}» thất bại: ${detail}`,
    en: `Step "${step}" failed: ${detail}`,
  }),
  earlierKept: (out: string): Bilingual => ({
    vi: `Báo cáo trước đó ở ${out} vẫn giữ nguyên; thư mục tạm đã được xoá.`,
    en: `The earlier report in ${out} is left as it was; the temporary folder was removed.`,
  }),
  nothingWritten: (out: string): Bilingual => ({
    vi: `Không có gì được ghi ra ${out}; thư mục tạm đã được xoá.`,
    en: `Nothing was written to ${out}; the temporary folder was removed.`,
  }),
  nothingReplaced: (out: string): Bilingual => ({
    vi: `Báo cáo không được ghi; ${out} vẫn như trước.`,
    en: `The report was not written; ${out} is as it was.`,
  }),
  interrupted: {
    vi: 'Đã dừng giữa chừng; thư mục tạm đã được xoá, báo cáo trước đó (nếu có) vẫn giữ nguyên.',
    en: 'Stopped midway; the temporary folder was removed and any earlier report is left as it was.',
  } satisfies Bilingual,
  done: (out: string, files: number, size: string, seconds: string): Bilingual => ({
    vi: `Đã ghi báo cáo vào ${out}: ${formatCount(files, { lang: 'vi' })} tệp, ${size}, trong ${seconds} giây.`,
    en: `Report written to ${out}: ${formatCount(files, { lang: 'en' })} files, ${size}, in ${seconds} s.`,
  }),
  /** The briefing of the last whole year, added beside a year in progress. */
  wholeYearBriefing: (year: number, html: string, docx: string): Bilingual => ({
    vi: `Báo cáo nhanh cả năm ${year}: ${html} và ${docx}`,
    en: `Briefing of the whole year ${year}: ${html} and ${docx}`,
  }),
  mainFiles: (html: string, docx: string, xlsx: string): Bilingual => ({
    vi: `Báo cáo nhanh: ${html} và ${docx}; bảng chỉ tiêu: ${xlsx}`,
    en: `Briefing: ${html} and ${docx}; scorecard: ${xlsx}`,
  }),
  notebooksMissing: {
    vi: 'không dựng sổ tay (chạy với --no-notebooks, hoặc số liệu là tệp .xlsx thay vì thư mục CSV); bước này được bỏ qua',
    en: 'notebooks not built (run with --no-notebooks, or the data are an .xlsx workbook, not a CSV folder); this step was skipped',
  } satisfies Bilingual,
};

// ---------------------------------------------------------------------------------------------
// The scorecard's columns and words

/** Column headers of scorecard.csv and scorecard.xlsx. */
export const SCORECARD_COLUMNS = {
  year: { vi: 'Năm', en: 'Year' },
  months: { vi: 'Số tháng có số liệu', en: 'Months with data' },
  area_code: { vi: 'Mã địa bàn', en: 'Area code' },
  area: { vi: 'Địa bàn', en: 'Area' },
  level: { vi: 'Cấp', en: 'Level' },
  indicator_id: { vi: 'Mã chỉ tiêu', en: 'Indicator id' },
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  breakdown: { vi: 'Phân tổ', en: 'Breakdown' },
  value: { vi: 'Giá trị', en: 'Value' },
  value_text: { vi: 'Kết quả', en: 'Result' },
  numerator: { vi: 'Tử số', en: 'Numerator' },
  denominator: { vi: 'Mẫu số', en: 'Denominator' },
  ci_low: { vi: 'Cận dưới KTC 95 %', en: '95% interval, lower' },
  ci_high: { vi: 'Cận trên KTC 95 %', en: '95% interval, upper' },
  ci_text: { vi: 'Khoảng tin cậy 95 %', en: '95% interval' },
  target: { vi: 'Mục tiêu', en: 'Target' },
  document: { vi: 'Văn bản', en: 'Document' },
  status: { vi: 'Đánh giá', en: 'Verdict' },
  statistical: { vi: 'Độ chắc chắn', en: 'How sure' },
  small_denominator: { vi: 'Mẫu số nhỏ', en: 'Small denominator' },
  one_case_flips: { vi: 'Một trường hợp đổi kết quả', en: 'One case flips the verdict' },
  reason: { vi: 'Căn cứ', en: 'Reason' },
} satisfies Record<string, Bilingual>;
export type ScorecardColumn = keyof typeof SCORECARD_COLUMNS;

/** Yes and no in a flag column. */
export const YES_NO: Record<'yes' | 'no', Bilingual> = {
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
};

/** Names of the workbook's sheets (Excel allows 31 characters, no `: \ / ? * [ ]`). */
export const SHEET_NAMES = {
  scorecard: { vi: 'Bảng chỉ tiêu', en: 'Scorecard' },
  about: { vi: 'Giới thiệu', en: 'About' },
} satisfies Record<string, Bilingual>;

/** Words for the area levels. */
export const LEVEL_WORDS: Record<AreaLevel, Bilingual> = {
  province: { vi: 'Tỉnh', en: 'Province' },
  district: { vi: 'Huyện', en: 'District' },
  commune: { vi: 'Xã', en: 'Commune' },
};

/** The statistical verdict in a table cell. */
export const STATISTICAL_WORDS: Record<StatisticalStatus, Bilingual> = {
  met_robust: { vi: 'Đạt chắc chắn', en: 'Surely met' },
  met_within_noise: { vi: 'Đạt, chưa chắc chắn', en: 'Met, within chance' },
  missed_within_noise: { vi: 'Chưa đạt, trong dao động ngẫu nhiên', en: 'Missed, within chance' },
  missed_robust: { vi: 'Chưa đạt rõ ràng', en: 'Clearly missed' },
};

// ---------------------------------------------------------------------------------------------
// The briefing

/** Fixed texts of the briefing. */
export const BRIEFING_TEXT = {
  title: (year: number): Bilingual => ({
    vi: `Kết quả thực hiện các chỉ tiêu phòng, chống tội phạm năm ${year}`,
    en: `Crime-prevention targets: results for ${year}`,
  }),
  kicker: { vi: 'Báo cáo nhanh', en: 'Briefing' } satisfies Bilingual,
  synthetic: {
    vi:
      'SỐ LIỆU GIẢ LẬP. Mọi con số trong tài liệu này do máy sinh ra để thử công cụ; đây không phải số liệu thật ' +
      'của tỉnh Hà Tĩnh và không được dùng để đánh giá, xếp loại.',
    en:
      "SYNTHETIC DATA. Every figure in this document was generated to test the toolkit; they are not Hà Tĩnh's " +
      'real figures and must not be used to assess or rank anyone.',
  } satisfies Bilingual,
  area: { vi: 'Địa bàn', en: 'Area' } satisfies Bilingual,
  warning: { vi: 'Lưu ý', en: 'Warning' } satisfies Bilingual,
  dataSet: { vi: 'Bộ số liệu', en: 'Data set' } satisfies Bilingual,
  version: { vi: 'Phiên bản chitieu', en: 'chitieu version' } satisfies Bilingual,
  period: { vi: 'Kỳ số liệu', en: 'Period' } satisfies Bilingual,
  targetSet: { vi: 'Bộ chỉ tiêu', en: 'Targets' } satisfies Bilingual,
  cutoffLabel: { vi: 'Số liệu chốt đến', en: 'Data cut-off' } satisfies Bilingual,
  noCutoff: { vi: 'không ghi ngày chốt', en: 'not stated' } satisfies Bilingual,
  partialYear: (period: Bilingual): Bilingual => ({
    vi:
      `Số liệu ${period.vi}. Mọi so sánh với năm gốc và năm trước lấy cùng kỳ (cùng các tháng đó của năm so sánh); ` +
      `mọi đánh giá là tạm tính cho đến khi đủ năm.`,
    en:
      `Figures for ${period.en}. Every comparison with the baseline or the year before takes the same months of that year; ` +
      `every verdict is provisional until the year is complete.`,
  }),
  sections: {
    overview: { vi: '1. Đánh giá chung', en: '1. Overview' },
    targets: { vi: '2. Từng chỉ tiêu', en: '2. Target by target' },
    charts: { vi: '3. Biểu đồ chính', en: '3. Key charts' },
    notes: { vi: '4. Ghi chú', en: '4. Notes' },
  } satisfies Record<string, Bilingual>,
  summary: (
    period: Bilingual,
    area: string,
    met: number,
    total: number,
    notMet: number,
    noData: number,
    provisional: boolean,
  ): Bilingual => ({
    vi:
      `${period.vi.charAt(0).toLocaleUpperCase('vi')}${period.vi.slice(1)}, ${area} đạt ${met}/${total} chỉ tiêu` +
      `${provisional ? ' (tạm tính)' : ''}; không đạt ${notMet}${noData > 0 ? `; chưa có số liệu ${noData}` : ''}.`,
    en:
      `In ${period.en}, ${area} met ${met} of ${total} targets${provisional ? ' (provisional)' : ''}; ${notMet} not met` +
      `${noData > 0 ? `; ${noData} without data` : ''}.`,
  }),
  summaryNote: {
    vi: 'Chỉ tiêu về vi phạm được phát hiện được tính riêng cho từng lĩnh vực; các dòng "trong đó" chỉ để tham khảo.',
    en: 'The target on violations detected counts once per field; rows marked "of which" are for reference only.',
  } satisfies Bilingual,
  ofWhich: { vi: 'trong đó', en: 'of which' } satisfies Bilingual,
  tableHeaders: {
    indicator: { vi: 'Chỉ tiêu', en: 'Target' },
    value: { vi: 'Kết quả', en: 'Result' },
    target: { vi: 'Mục tiêu', en: 'Target value' },
    status: { vi: 'Đánh giá', en: 'Verdict' },
    sure: { vi: 'Độ chắc chắn', en: 'How sure' },
  } satisfies Record<string, Bilingual>,
  figure: (n: number): Bilingual => ({ vi: `Hình ${n}.`, en: `Figure ${n}.` }),
  noCharts: {
    vi: 'Không có biểu đồ nào được xuất.',
    en: 'No chart was exported.',
  } satisfies Bilingual,
  allCharts: (folder: string): Bilingual => ({
    vi: `Toàn bộ biểu đồ (SVG, PNG, Vega-Lite) nằm trong thư mục ${folder} của báo cáo.`,
    en: `The whole chart set (SVG, PNG, Vega-Lite) is in the report's ${folder} folder.`,
  }),
  footer: (version: string): Bilingual => ({
    vi: `Tạo bởi chitieu ${version}. Mã SHA-256 của mọi tệp số liệu và tệp kết quả được ghi trong manifest.json.`,
    en: `Made by chitieu ${version}. The SHA-256 of every data file and output file is in manifest.json.`,
  }),
  docTitle: (year: number): Bilingual => ({
    vi: `Báo cáo nhanh chỉ tiêu phòng, chống tội phạm năm ${year}`,
    en: `Crime-prevention targets briefing ${year}`,
  }),
};

/** The sentences of a target's paragraph, each given figures already printed. */
export const BRIEFING_SENTENCES = {
  /** A proportion: 'Tỉ lệ giải quyết tin báo, tố giác tội phạm đạt 93,1 % (1.210/1.299 tin)'. */
  proportion: (title: string, value: string, counts: string, direction: 'increase' | 'decrease'): Bilingual => ({
    vi: `${title} ${direction === 'increase' ? 'đạt' : 'là'} ${value} (${counts})`,
    en: `${title}: ${value} (${counts})`,
  }),
  /** Counts of a proportion: '1.210/1.299 tin' / '1,210 of 1,299 reports'. */
  counts: (numerator: string, denominatorWithUnit: string): Bilingual => ({
    vi: `${numerator}/${denominatorWithUnit}`,
    en: `${numerator} of ${denominatorWithUnit}`,
  }),
  /** Amounts of a proportion of money: 'đã thu hồi 12,50 tỷ đồng trên 20,80 tỷ đồng phải thu hồi'. */
  amounts: (numerator: string, denominator: string): Bilingual => ({
    vi: `đã thu hồi ${numerator} trên ${denominator} phải thu hồi`,
    en: `${numerator} recovered of ${denominator} ordered`,
  }),
  /** A change against a comparison year: 'năm 2025 có 1.234 vụ, giảm 66 vụ (5,1 %) so với năm 2021 (1.300 vụ)'. */
  change: (
    title: string,
    period: Bilingual,
    count: string,
    change: string,
    comparison: Bilingual,
    comparisonCount: string,
  ): Bilingual => ({
    vi: `${title}: ${period.vi} có ${count}, ${change} so với ${comparison.vi} (${comparisonCount})`,
    en: `${title}: ${count} in ${period.en}, ${change} on ${comparison.en} (${comparisonCount})`,
  }),
  /** A count: 'Vi phạm pháp luật trong hoạt động tư pháp: 2 vi phạm trong năm'. */
  count: (title: string, count: string, period: Bilingual | null): Bilingual => ({
    vi: `${title}: ${count} trong ${period ? period.vi : 'năm'}`,
    en: `${title}: ${count} in ${period ? period.en : 'the year'}`,
  }),
  /** The verdict after the figure. */
  exceeds: (threshold: string): Bilingual => ({
    vi: `vượt chỉ tiêu ${threshold}`,
    en: `above the ${threshold} target`,
  }),
  exactlyAt: (threshold: string): Bilingual => ({
    vi: `đạt đúng chỉ tiêu ${threshold}`,
    en: `exactly at the ${threshold} target`,
  }),
  meets: (target: string): Bilingual => ({ vi: `đạt chỉ tiêu ${target}`, en: `meeting the target of ${target}` }),
  misses: (target: string): Bilingual => ({ vi: `chưa đạt chỉ tiêu ${target}`, en: `missing the target of ${target}` }),
  shortBy: (count: string): Bilingual => ({ vi: `, còn thiếu ${count}`, en: `, ${count} short` }),
  noTarget: { vi: 'không có chỉ tiêu', en: 'no target' } satisfies Bilingual,
  /** Changes of a proportion, in percentage points. */
  points: (direction: 'up' | 'down' | 'same', points: string): Bilingual =>
    direction === 'same'
      ? { vi: 'không đổi', en: 'unchanged' }
      : {
          vi: `${direction === 'up' ? 'tăng' : 'giảm'} ${points} điểm phần trăm`,
          en: `${direction} ${points} percentage points`,
        },
  /** 'so với năm 2024 (91,9 %): tăng 1,2 điểm phần trăm'. */
  against: (period: Bilingual, before: string, change: string): Bilingual => ({
    vi: `so với ${period.vi} (${before}): ${change}`,
    en: `against ${period.en} (${before}): ${change}`,
  }),
  againstNoData: (period: Bilingual): Bilingual => ({
    vi: `${period.vi} không có số liệu để so sánh`,
    en: `no data for ${period.en} to compare with`,
  }),
  /** A year as a comparison: 'năm 2021', or over the same months as a partial year: 'cùng kỳ năm 2021'. */
  yearPeriod: (year: number, sameMonths: boolean): Bilingual =>
    sameMonths ? { vi: `cùng kỳ năm ${year}`, en: `the same months of ${year}` } : { vi: `năm ${year}`, en: `${year}` },
  /** Joins comparisons into one sentence: 'So với năm 2024 ...; so với năm 2021 ...'. */
  comparisons: (parts: string[]): Bilingual => {
    const text = parts.join('; ');
    return {
      vi: `${text.charAt(0).toUpperCase()}${text.slice(1)}.`,
      en: `${text.charAt(0).toUpperCase()}${text.slice(1)}.`,
    };
  },
  /** How sure the verdict is, given the printed interval. */
  sure: (status: StatisticalStatus, ci: string): Bilingual => {
    switch (status) {
      case 'met_robust':
        return {
          vi: `Kết quả đạt chắc chắn: cả khoảng tin cậy 95 % (${ci}) đều đạt mức chỉ tiêu.`,
          en: `Surely met: the whole 95% interval (${ci}) meets the target.`,
        };
      case 'met_within_noise':
        return {
          vi: `Đạt nhưng chưa chắc chắn: khoảng tin cậy 95 % (${ci}) vẫn chứa những giá trị không đạt, nên phần vượt có thể chỉ do dao động ngẫu nhiên.`,
          en: `Met, but not surely: the 95% interval (${ci}) still holds values that miss the target, so the margin may be chance.`,
        };
      case 'missed_within_noise':
        return {
          vi: `Phần thiếu nằm trong dao động ngẫu nhiên: khoảng tin cậy 95 % (${ci}) vẫn chứa những giá trị đạt chỉ tiêu.`,
          en: `The shortfall is within chance: the 95% interval (${ci}) still holds values that meet the target.`,
        };
      case 'missed_robust':
        return {
          vi: `Chưa đạt rõ ràng: cả khoảng tin cậy 95 % (${ci}) đều không đạt mức chỉ tiêu.`,
          en: `Clearly missed: the whole 95% interval (${ci}) misses the target.`,
        };
    }
  },
  seriesBreak: (year: number): Bilingual => ({
    vi: `Chuỗi số liệu bị gãy do sắp xếp đơn vị hành chính năm ${year} (số xã thay đổi), nên so sánh với các năm trước chỉ để tham khảo.`,
    en: `The series breaks at the ${year} reorganisation of administrative units (the number of communes changed), so comparisons with earlier years are indicative only.`,
  }),
  absoluteTarget: {
    vi: 'Đây là chỉ tiêu tuyệt đối: chỉ một trường hợp khác đi là đủ đổi kết quả.',
    en: 'This is an absolute target: a single case more or fewer changes the verdict.',
  } satisfies Bilingual,
  smallDenominator: (denominator: string, flips: boolean): Bilingual => ({
    vi: `Lưu ý: mẫu số nhỏ (${denominator})${flips ? ', chỉ một trường hợp khác đi là đủ đổi kết quả đạt hay không đạt' : ', nên đọc kết quả thận trọng'}.`,
    en: `Note: a small denominator (${denominator})${flips ? '; one case more or fewer would change the verdict' : '; read the result with care'}.`,
  }),
  noData: (title: string, reason: string): Bilingual => ({
    vi: `${title}: không có số liệu (${reason}).`,
    en: `${title}: no data (${reason}).`,
  }),
  /** Violations per field: 'đạt ở 3/5 lĩnh vực'. */
  fieldsMet: (title: string, met: number, total: number): Bilingual => ({
    vi: `${title}: đạt ở ${met}/${total} lĩnh vực (chỉ tiêu: năm sau phát hiện nhiều hơn năm trước).`,
    en: `${title}: met in ${met} of ${total} fields (the target: more detected than the year before).`,
  }),
  /** One field: 'kinh tế tăng 10 vụ việc (9,1 %), đạt'. */
  field: (field: string, change: string, verdict: string): Bilingual => ({
    vi: `${field} ${change}, ${verdict}`,
    en: `${field} ${change}, ${verdict}`,
  }),
  fieldTotal: (count: string, changes: string): Bilingual => ({
    vi: `Tổng số phát hiện: ${count}, ${changes}.`,
    en: `Total detected: ${count}, ${changes}.`,
  }),
  /** 'giảm 12 vụ (3,1 %) so với năm 2024'. */
  changeOn: (change: string, period: Bilingual): Bilingual => ({
    vi: `${change} so với ${period.vi}`,
    en: `${change} on ${period.en}`,
  }),
  /** Breakdown rows of an indicator with a headline: 'Trong đó: cơ quan 92,3 %, ...'. */
  ofWhich: (parts: string[]): Bilingual => ({
    vi: `Trong đó: ${parts.join('; ')}.`,
    en: `Of which: ${parts.join('; ')}.`,
  }),
  verdictWord: (met: boolean): Bilingual => (met ? { vi: 'đạt', en: 'met' } : { vi: 'chưa đạt', en: 'not met' }),
};

/** The notes at the end of the briefing. */
export const BRIEFING_NOTES = {
  period: (label: string, convention: string): Bilingual => ({
    vi: `Kỳ số liệu: ${label}, theo ${convention.toLowerCase()}.`,
    en: `Period: ${label}, following the ${convention.toLowerCase()}.`,
  }),
  cutoff: (date: string | null): Bilingual =>
    date === null
      ? { vi: 'Số liệu không ghi ngày chốt.', en: 'The data do not state their cut-off date.' }
      : { vi: `Số liệu chốt đến ngày ${date}.`, en: `The data run to ${date}.` },
  smallTitle: { vi: 'Mẫu số nhỏ', en: 'Small denominators' } satisfies Bilingual,
  smallProvince: (items: string[]): Bilingual =>
    items.length === 0
      ? { vi: 'Không có kết quả cấp tỉnh nào có mẫu số nhỏ.', en: 'No province-level result has a small denominator.' }
      : {
          vi: `Các kết quả sau có mẫu số nhỏ (dưới 30, hoặc quá ít trường hợp so với mức chỉ tiêu), nên đọc thận trọng: ${items.join('; ')}.`,
          en: `These results rest on small denominators (under 30, or too few cases for the target), so read them with care: ${items.join('; ')}.`,
        },
  smallAreas: (flagged: number, total: number, column: string): Bilingual => ({
    vi: `Ở các huyện, xã: ${flagged}/${total} kết quả của năm có mẫu số nhỏ; bảng chỉ tiêu (cột «${column}») ghi rõ từng kết quả. Không nên xếp hạng các địa bàn theo những tỉ lệ này.`,
    en: `In the districts and communes: ${flagged} of ${total} results of the year have small denominators; the scorecard (column "${column}") marks each. Do not rank areas on these rates.`,
  }),
  reformTitle: {
    vi: 'Sắp xếp đơn vị hành chính năm 2025',
    en: 'The 2025 reorganisation of administrative units',
  } satisfies Bilingual,
  reform: (start: string, ended: number, started: number, lastDay: string): Bilingual => ({
    vi:
      `Từ ngày ${start}, ${ended} đơn vị cấp huyện kết thúc và ${started} xã, phường mới được thành lập (tỉnh không còn cấp huyện). ` +
      `Số liệu toàn tỉnh vẫn so sánh được với các năm trước; số liệu cấp huyện chỉ đến ngày ${lastDay}. ` +
      'Tỉ lệ xã, phường an toàn về ANTT đổi mẫu số (số xã giảm mạnh) nên chuỗi số liệu bị gãy: không so sánh xu hướng qua mốc này.',
    en:
      `From ${start}, ${ended} district-level units ended and ${started} new communes and wards began (the province no longer has districts). ` +
      `Province totals stay comparable with earlier years; district figures stop on ${lastDay}. ` +
      'The share of communes certified safe changes its denominator (far fewer communes), so its series breaks: do not read a trend across it.',
  }),
  methodTitle: { vi: 'Cách đánh giá', en: 'How the verdicts are made' } satisfies Bilingual,
  method: {
    vi:
      '"Đạt" hay "không đạt" so sánh đúng giá trị tính được với mục tiêu. "Độ chắc chắn" xét thêm khoảng tin cậy 95 % ' +
      '(Wilson cho các tỉ lệ; khoảng chính xác Poisson cho mức tăng, giảm): đạt chắc chắn khi cả khoảng đều đạt; ' +
      'chưa chắc chắn khi khoảng còn chứa mức chỉ tiêu. Tỉ lệ giải quyết tin báo tính tin tạm đình chỉ là chưa giải quyết.',
    en:
      '"Met" or "not met" compares the computed value with the target. "How sure" also looks at the 95% interval ' +
      '(Wilson for rates; the exact Poisson interval for changes): surely met when the whole interval meets the target; ' +
      'within chance when the interval still holds the target. Suspended crime reports count as unresolved.',
  } satisfies Bilingual,
  dataTitle: { vi: 'Nguồn số liệu', en: 'Data' } satisfies Bilingual,
};
