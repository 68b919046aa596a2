import { formatCount } from '../format/count.ts';
import type { Bilingual, Lang } from './lang.ts';

/** A count as the reader's language prints it: 19.034, 19,034. */
const n = (count: number, lang: Lang): string => formatCount(count, { lang });

/** Help and messages of the command line, in Vietnamese and English. */
export const CLI_HELP: Record<'main' | 'indicators' | 'validate' | 'series', Bilingual> = {
  main: {
    vi: `chitieu: theo dõi chỉ tiêu phòng, chống tội phạm (KL 13-KL/TW, tỉnh Hà Tĩnh)

Cách dùng: chitieu <lệnh> [tùy chọn]

Lệnh:
  indicators   Tính mọi chỉ tiêu cho một năm và một địa bàn
  validate     Kiểm tra một thư mục số liệu
  charts       Xuất bộ biểu đồ (SVG, PNG, Vega-Lite)
  report       Dựng trọn bộ tài liệu báo cáo (lệnh chính)
  series       Chuỗi số liệu của một địa bàn qua đợt sắp xếp năm 2025
  aggregate    Tổng hợp hồ sơ từng vụ, từng tin thành các bảng số liệu
  forms        Tạo biểu nhập số liệu tháng cho từng đơn vị; collect: thu, kiểm tra, tổng hợp biểu gửi về

Tùy chọn chung:
  --lang vi|en   Ngôn ngữ (mặc định: vi)
  --help         Trợ giúp của từng lệnh: chitieu <lệnh> --help

Mã thoát: 0 xong; 1 số liệu bị từ chối; 2 dùng lệnh sai.`,
    en: `chitieu: crime-prevention targets of Hà Tĩnh province (Conclusion 13-KL/TW)

Usage: chitieu <command> [options]

Commands:
  indicators   Compute every indicator for one year and area
  validate     Check a data folder
  charts       Export the chart set (SVG, PNG, Vega-Lite)
  report       Build the whole briefing pack (the main job)
  series       An area's series across the 2025 reform
  aggregate    Count case-level records into the data tables
  forms        Monthly return forms per unit; collect: read, check and consolidate the returns

Common options:
  --lang vi|en   Language (default: vi)
  --help         Help on a command: chitieu <command> --help

Exit codes: 0 done; 1 the data were refused; 2 the command was misused.`,
  },
  indicators: {
    vi: `Cách dùng: chitieu indicators --data THƯ_MỤC --year NĂM [--area MÃ] [--targets TỆP] [--json] [--lang vi|en]

Tính 11 chỉ tiêu của chương trình cho năm NĂM và địa bàn MÃ (mặc định: cả tỉnh).
  --data      Thư mục số liệu (các tệp CSV) hoặc một tệp .xlsx
  --year      Năm báo cáo, ví dụ 2024
  --area      Mã địa bàn trong areas.csv (mặc định: gốc, tức cấp tỉnh)
  --targets   Bộ chỉ tiêu: in-force (mặc định: văn bản còn hiệu lực từng năm), programme-2021-2025,
              national, directive-2025, qd-1944-2021, drugs-2030, hoặc đường dẫn tệp JSON
  --json      In JSON theo hợp đồng dữ liệu (CONTRACT.md) thay cho bảng`,
    en: `Usage: chitieu indicators --data DIR --year YEAR [--area CODE] [--targets FILE] [--json] [--lang vi|en]

Computes the programme's 11 indicators for YEAR and area CODE (default: the province).
  --data      Data folder (CSV files) or an .xlsx workbook
  --year      Reporting year, e.g. 2024
  --area      Area code from areas.csv (default: the root, the province)
  --targets   Target set: in-force (default: the documents in force each year), programme-2021-2025,
              national, directive-2025, qd-1944-2021, drugs-2030, or a JSON file
  --json      Print the contract's JSON (CONTRACT.md) instead of a table`,
  },
  series: {
    vi: `Cách dùng: chitieu series --data THƯ_MỤC --area MÃ --indicator MÃ_CHỈ_TIÊU [--json] [--lang vi|en]

Chuỗi số liệu theo năm của một chỉ tiêu cho một địa bàn bất kỳ, huyện cũ hay xã mới, qua đợt sắp xếp
đơn vị hành chính ngày 01/7/2025. Mỗi điểm nói rõ cách lập: số liệu trực tiếp, cộng từ các xã mới nằm
trọn trong huyện cũ, hoặc ước tính phân bổ theo trọng số chuyển đổi (area_crosswalk.csv).`,
    en: `Usage: chitieu series --data DIR --area CODE --indicator ID [--json] [--lang vi|en]

A yearly series of one indicator for any area, old district or new unit, across the 1 July 2025
reform. Each point says how it was made: direct figures, gathered from the new units lying within an old
district, or an estimate spread by the crosswalk weights (area_crosswalk.csv).`,
  },
  validate: {
    vi: `Cách dùng: chitieu validate --data THƯ_MỤC [--lang vi|en]

Kiểm tra mọi tệp số liệu theo hợp đồng dữ liệu; in mọi lỗi dạng tệp:dòng:cột: nội dung.
Mã thoát 0 nếu hợp lệ, 1 nếu có lỗi.`,
    en: `Usage: chitieu validate --data DIR [--lang vi|en]

Checks every data file against the data contract; prints every problem as file:line:column: message.
Exit code 0 when valid, 1 when there are problems.`,
  },
};

/** Short messages of the command line. */
export const CLI_MESSAGES = {
  /** `guess`: the closest command, when the name looks like a typo of one. */
  unknownCommand: (name: string, guess: string | null): Bilingual => ({
    vi: `Lệnh không có: ${name}.${guess === null ? '' : ` Có phải ý bạn là ${guess}?`} Xem: chitieu --help`,
    en: `Unknown command: ${name}.${guess === null ? '' : ` Did you mean ${guess}?`} See: chitieu --help`,
  }),
  /** `guess`: the closest valid option, when the one typed looks like a typo of it. */
  unknownOption: (option: string, guess: string | null): Bilingual => ({
    vi: `Tùy chọn không có: ${option}.${guess === null ? '' : ` Có phải ý bạn là ${guess}?`}`,
    en: `Unknown option: ${option}.${guess === null ? '' : ` Did you mean ${guess}?`}`,
  }),
  missingValue: (option: string): Bilingual => ({
    vi: `Thiếu giá trị của tùy chọn ${option}: viết ${option} GIÁ_TRỊ hoặc ${option}=GIÁ_TRỊ.`,
    en: `Option ${option} needs a value: write ${option} VALUE or ${option}=VALUE.`,
  }),
  flagWithValue: (option: string, value: string): Bilingual => ({
    vi: `Tùy chọn ${option} không nhận giá trị: bỏ "=${value}".`,
    en: `Option ${option} takes no value: drop "=${value}".`,
  }),
  unexpectedArgument: (arg: string): Bilingual => ({
    vi: `Thừa đối số "${arg}": lệnh chỉ nhận tùy chọn dạng --tên giá_trị.`,
    en: `Unexpected argument "${arg}": the command takes only options, as --name value.`,
  }),
  badLang: (value: string): Bilingual => ({
    vi: `Ngôn ngữ không có: --lang ${value} (chọn vi hoặc en).`,
    en: `Unknown language: --lang ${value} (choose vi or en).`,
  }),
  badIndicator: (id: string, guess: string | null, ids: readonly string[]): Bilingual => ({
    vi: `Chỉ tiêu không có: --indicator ${id}.${guess === null ? ` Các mã chỉ tiêu: ${ids.join(', ')}.` : ` Có phải ý bạn là ${guess}?`}`,
    en: `Unknown indicator: --indicator ${id}.${guess === null ? ` The indicator ids: ${ids.join(', ')}.` : ` Did you mean ${guess}?`}`,
  }),
  /** After a usage error: where the command's options are listed. */
  seeHelp: (command: string): Bilingual => ({
    vi: `Xem: chitieu ${command} --help`,
    en: `See: chitieu ${command} --help`,
  }),
  missingOption: (name: string): Bilingual => ({
    vi: `Thiếu tùy chọn --${name}`,
    en: `Missing option --${name}`,
  }),
  badYear: (value: string): Bilingual => ({
    vi: `Năm không hợp lệ: "${value}" (cần bốn chữ số, ví dụ 2024)`,
    en: `Invalid year "${value}" (four digits, e.g. 2024)`,
  }),
  unknownArea: (code: string): Bilingual => ({
    vi: `Mã địa bàn không có trong areas.csv: "${code}"`,
    en: `Area code not in areas.csv: "${code}"`,
  }),
  /** `why`: the file is not there, or cannot be read (`code`: the system's code, e.g. EACCES). */
  targetsUnreadable: (file: string, why: 'missing' | 'unreadable', code: string | null): Bilingual =>
    why === 'missing'
      ? { vi: `${file}: không có tệp bộ chỉ tiêu này`, en: `${file}: there is no such target set file` }
      : {
          vi: `${file}: không đọc được tệp bộ chỉ tiêu${code ? ` (mã lỗi ${code})` : ''}; kiểm tra quyền đọc tệp`,
          en: `${file}: cannot read the target set file${code ? ` (error ${code})` : ''}; check that it can be read`,
        },
  targetsNotJson: (file: string, at: { line: number; column: number } | null): Bilingual => ({
    vi: `${file}: tệp bộ chỉ tiêu không phải JSON hợp lệ${at ? ` (lỗi ở dòng ${at.line}, cột ${at.column})` : ''}`,
    en: `${file}: the target set file is not valid JSON${at ? ` (error at line ${at.line}, column ${at.column})` : ''}`,
  }),
  unknownTargetSet: (name: string, guess: string | null, ids: readonly string[]): Bilingual => ({
    vi: `Bộ chỉ tiêu không có: --targets ${name}.${guess === null ? ` Các bộ có sẵn: ${ids.join(', ')}, hoặc đường dẫn một tệp JSON.` : ` Có phải ý bạn là ${guess}?`}`,
    en: `Unknown target set: --targets ${name}.${guess === null ? ` The built-in sets: ${ids.join(', ')}, or the path of a JSON file.` : ` Did you mean ${guess}?`}`,
  }),
  dataRefused: (count: number): Bilingual => ({
    vi: `Số liệu bị từ chối: ${n(count, 'vi')} lỗi. Không ghi ra tệp nào.`,
    en: `The data were refused: ${n(count, 'en')} ${count === 1 ? 'problem' : 'problems'}. Nothing was written.`,
  }),
  /** 'Số liệu hợp lệ: 11 bảng, 19.034 dòng.' */
  dataValid: (tables: number, rows: number): Bilingual => ({
    vi: `Số liệu hợp lệ: ${n(tables, 'vi')} bảng, ${n(rows, 'vi')} dòng.`,
    en: `The data are valid: ${n(tables, 'en')} tables, ${n(rows, 'en')} rows.`,
  }),
  warnings: (count: number): Bilingual => ({
    vi: `${n(count, 'vi')} cảnh báo (không chặn xử lý).`,
    en: `${n(count, 'en')} ${count === 1 ? 'warning' : 'warnings'} (not blocking).`,
  }),
} as const;
