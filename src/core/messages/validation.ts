/**
 * Every message the loader and validator can show a user, in Vietnamese and English.
 *
 * A message is data: one entry per problem code, each a pair of small functions from the
 * problem's arguments to a sentence. The location (`file:line:column`) is printed in front of the
 * message by `formatProblem`, so messages name the column and the value, never the position.
 * Codes are stable: tests and tools match on them, readers read the message.
 */
import { formatCount } from '../format/count.ts';
import type { Lang } from './lang.ts';

/** The arguments each problem code carries. */
export interface ProblemArgs {
  // --- the data folder and its files -------------------------------------------------------------
  path_not_found: { path: string };
  not_folder_or_workbook: { path: string };
  several_workbooks: { files: string[] };
  workbook_ignored: { workbook: string };
  missing_file: { table: string; file: string };
  missing_sheet: { table: string; workbook: string };
  unknown_sheet: { sheet: string };
  file_too_large: { bytes: number; limit: number; workbook: boolean };
  unzipped_too_large: { bytes: number; limit: number };
  data_too_large: { bytes: number; limit: number };
  workbook_unreadable: { detail: string };
  not_a_file: { kind: 'folder' | 'other' };
  file_unreadable: { detail: string };
  not_utf8: { reason: 'utf16' | 'nul' | 'invalid_bytes' };
  empty_file: Record<string, never>;
  // --- CSV syntax and cells of a workbook ---------------------------------------------------------
  unterminated_quote: Record<string, never>;
  text_after_quote: Record<string, never>;
  ragged_row: { expected: number; found: number };
  too_many_fields: { limit: number };
  formula_cell: { cell: string };
  merged_cells: { range: string };
  value_without_header: { cell: string };
  // --- the header row -----------------------------------------------------------------------------
  missing_column: { column: string };
  duplicate_column: { column: string };
  unknown_column: { column: string };
  month_column_ignored: Record<string, never>;
  // --- one cell -----------------------------------------------------------------------------------
  empty_value: { column: string };
  month_missing: Record<string, never>;
  not_whole_number: { column: string; value: string };
  negative: { column: string; value: string };
  too_large: { column: string; value: string };
  total_too_large: { column: string; limit: number };
  bad_year: { column: string; value: string };
  month_out_of_range: { value: string };
  unknown_value: { column: string; value: string; allowed: readonly string[] };
  bad_date: { column: string; value: string };
  not_a_number: { column: string; value: string };
  weight_out_of_range: { value: string };
  // --- one row ------------------------------------------------------------------------------------
  exceeds: { column: string; value: number; limit: string; limitValue: number };
  // --- across rows and tables ---------------------------------------------------------------------
  duplicate_key: { key: string; lines: number[] };
  unknown_area: { column: string; code: string };
  area_not_in_period: {
    code: string;
    period: string;
    start: string;
    end: string;
    validFrom: string;
    validTo: string | null;
  };
  area_overlap: { code: string; period: string; other: string; otherLine: number };
  valid_to_before_from: { validFrom: string; validTo: string };
  no_root: Record<string, never>;
  several_roots: { code: string; rootCode: string; rootLine: number };
  root_not_province: { code: string; level: string };
  province_not_root: { code: string };
  parent_unknown: { code: string; parent: string };
  parent_level: { code: string; level: string; parent: string; parentLevel: string };
  area_cycle: { codes: string[] };
  weights_sum: { code: string; sum: number; tolerance: number };
  area_checks_skipped: Record<string, never>;
  more_problems: { shown: number; total: number };
  // --- datapackage.json ---------------------------------------------------------------------------
  datapackage_invalid: { detail: string };
  datapackage_property: { property: string; expected: 'string' | 'boolean' | 'date' | 'array' };
  datapackage_missing_resource: { name: string; path: string };
  datapackage_unsafe_path: { name: string; path: string };
  unknown_periods: { name: string; known: readonly string[] };
  datapackage_hash_mismatch: { name: string; path: string };
}

/** A stable name for each kind of problem. */
export type ProblemCode = keyof ProblemArgs;

/** The two renderings of one problem code. */
export interface ProblemMessage<C extends ProblemCode> {
  vi: (args: ProblemArgs[C]) => string;
  en: (args: ProblemArgs[C]) => string;
}

const RESAVE_VI = 'Mở tệp bằng Excel, chọn Lưu thành (Save As) > CSV UTF-8 (Comma delimited) (*.csv) rồi thử lại.';
const RESAVE_EN = 'Open it in Excel and choose Save As > CSV UTF-8 (Comma delimited) (*.csv), then try again.';

const mb = (bytes: number): string => `${Math.round(bytes / 1e6)} MB`;
const list = (xs: readonly (string | number)[]): string => xs.join(', ');

const EXPECTED_VI = {
  string: 'một chuỗi',
  boolean: 'true hoặc false',
  date: 'ngày dạng YYYY-MM-DD',
  array: 'một mảng',
};
const EXPECTED_EN = {
  string: 'a string',
  boolean: 'true or false',
  date: 'a date written YYYY-MM-DD',
  array: 'an array',
};

/** The messages, one entry per problem code. */
export const VALIDATION_MESSAGES: { [C in ProblemCode]: ProblemMessage<C> } = {
  path_not_found: {
    vi: (a) => `không tìm thấy thư mục hay tệp dữ liệu "${a.path}"`,
    en: (a) => `no data folder or file at "${a.path}"`,
  },
  not_folder_or_workbook: {
    vi: (a) => `"${a.path}" không phải thư mục dữ liệu hay sổ tính .xlsx`,
    en: (a) => `"${a.path}" is neither a data folder nor an .xlsx workbook`,
  },
  several_workbooks: {
    vi: (a) => `thư mục có nhiều sổ tính (${list(a.files)}); hãy để lại đúng một sổ, hoặc dùng các tệp CSV`,
    en: (a) => `the folder holds several workbooks (${list(a.files)}); keep exactly one, or use CSV files`,
  },
  workbook_ignored: {
    vi: (a) => `thư mục có tệp CSV nên sổ tính ${a.workbook} bị bỏ qua`,
    en: (a) => `the folder holds CSV files, so the workbook ${a.workbook} is ignored`,
  },
  missing_file: {
    vi: (a) => `thiếu tệp bắt buộc ${a.file} (bảng ${a.table})`,
    en: (a) => `required file ${a.file} is missing (table ${a.table})`,
  },
  missing_sheet: {
    vi: (a) => `sổ tính ${a.workbook} thiếu trang tính bắt buộc "${a.table}"`,
    en: (a) => `workbook ${a.workbook} has no sheet "${a.table}", which is required`,
  },
  unknown_sheet: {
    vi: (a) => `trang tính "${a.sheet}" không phải bảng nào của dữ liệu nên bị bỏ qua`,
    en: (a) => `sheet "${a.sheet}" is not one of the data tables and is ignored`,
  },
  file_too_large: {
    vi: (a) =>
      `tệp quá lớn (${mb(a.bytes)}, giới hạn ${mb(a.limit)})${a.workbook ? '; hãy chuyển sang các tệp CSV' : ''}`,
    en: (a) =>
      `the file is too large (${mb(a.bytes)}, limit ${mb(a.limit)})${a.workbook ? '; use CSV files instead' : ''}`,
  },
  unzipped_too_large: {
    vi: (a) =>
      `sổ tính khi giải nén vượt quá ${mb(a.limit)} (ít nhất ${mb(a.bytes)}); từ chối đọc để tránh làm tràn bộ nhớ; hãy chuyển sang các tệp CSV`,
    en: (a) =>
      `the workbook would unpack to more than ${mb(a.limit)} (at least ${mb(a.bytes)}); refused so as not to exhaust memory; use CSV files instead`,
  },
  data_too_large: {
    vi: (a) =>
      `các tệp CSV cộng lại quá lớn (${mb(a.bytes)}, giới hạn ${mb(a.limit)}); số liệu tổng hợp của một tỉnh chỉ vài MB, hãy kiểm tra lại các tệp`,
    en: (a) =>
      `the CSV files together are too large (${mb(a.bytes)}, limit ${mb(a.limit)}); a province's aggregate tables are a few MB, check the files`,
  },
  workbook_unreadable: {
    vi: (a) => `không đọc được sổ tính .xlsx (${a.detail}); hãy mở và lưu lại bằng Excel`,
    en: (a) => `cannot read the .xlsx workbook (${a.detail}); open it and save it again in Excel`,
  },
  not_a_file: {
    vi: (a) =>
      a.kind === 'folder'
        ? 'đây là một thư mục, không phải tệp; hãy đặt tệp dữ liệu vào đúng tên này'
        : 'đây không phải tệp thông thường (có thể là thiết bị, ống dẫn hay socket) nên không được đọc',
    en: (a) =>
      a.kind === 'folder'
        ? 'this is a folder, not a file; put the data file under this name'
        : 'this is not a regular file (perhaps a device, pipe or socket), so it is not read',
  },
  file_unreadable: {
    vi: (a) => `không đọc được tệp (${a.detail}); kiểm tra tệp còn đó và có quyền đọc`,
    en: (a) => `cannot read the file (${a.detail}); check that it exists and can be read`,
  },
  not_utf8: {
    vi: (a) =>
      (a.reason === 'utf16'
        ? 'tệp được mã hoá UTF-16, không phải UTF-8. '
        : a.reason === 'nul'
          ? 'tệp chứa byte NUL nên không phải văn bản UTF-8 (có thể là UTF-16 hoặc tệp nhị phân). '
          : 'tệp không phải UTF-8 (có byte không hợp lệ, thường do lưu bằng bảng mã Windows-1258 hoặc TCVN3). ') +
      RESAVE_VI,
    en: (a) =>
      (a.reason === 'utf16'
        ? 'the file is encoded as UTF-16, not UTF-8. '
        : a.reason === 'nul'
          ? 'the file holds NUL bytes, so it is not UTF-8 text (perhaps UTF-16, or not text at all). '
          : 'the file is not UTF-8 (it has invalid bytes, usually from saving as Windows-1258 or TCVN3). ') + RESAVE_EN,
  },
  empty_file: {
    vi: () => 'tệp trống: cần ít nhất dòng tiêu đề',
    en: () => 'the file is empty: it needs at least the header row',
  },
  unterminated_quote: {
    vi: () => 'dấu ngoặc kép mở ở đây không được đóng đến hết tệp',
    en: () => 'the double quote opened here is never closed',
  },
  text_after_quote: {
    vi: () => 'có ký tự sau dấu ngoặc kép đóng; trong một ô có ngoặc kép, hãy viết "" cho mỗi dấu ngoặc kép',
    en: () => 'text follows the closing double quote; inside a quoted field write "" for each double quote',
  },
  ragged_row: {
    vi: (a) => `dòng có ${a.found} ô nhưng dòng tiêu đề có ${a.expected} cột`,
    en: (a) => `the row has ${a.found} fields but the header has ${a.expected} columns`,
  },
  too_many_fields: {
    vi: (a) => `dòng có hơn ${formatCount(a.limit, { lang: 'vi' })} ô (giới hạn số cột của Excel) nên không được đọc`,
    en: (a) =>
      `the row has more than ${formatCount(a.limit, { lang: 'en' })} fields (the column limit of Excel), so it is not read`,
  },
  formula_cell: {
    vi: (a) =>
      `ô ${a.cell} chứa công thức; chương trình không tính công thức trong tệp, hãy dán giá trị (Paste Values)`,
    en: (a) => `cell ${a.cell} holds a formula; formulas in a file are never evaluated, paste the values instead`,
  },
  merged_cells: {
    vi: (a) => `các ô ${a.range} bị gộp (merge); hãy bỏ gộp để mỗi ô có giá trị riêng`,
    en: (a) => `cells ${a.range} are merged; unmerge them so that each cell holds its own value`,
  },
  value_without_header: {
    vi: (a) => `ô ${a.cell} có giá trị nhưng cột của nó không có tiêu đề nên bị bỏ qua`,
    en: (a) => `cell ${a.cell} holds a value in a column without a header; it is ignored`,
  },
  missing_column: {
    vi: (a) => `thiếu cột bắt buộc "${a.column}"`,
    en: (a) => `required column "${a.column}" is missing`,
  },
  duplicate_column: {
    vi: (a) => `cột "${a.column}" xuất hiện hai lần trong dòng tiêu đề`,
    en: (a) => `column "${a.column}" appears twice in the header`,
  },
  unknown_column: {
    vi: (a) => `cột "${a.column}" không thuộc bảng này nên bị bỏ qua`,
    en: (a) => `column "${a.column}" is not part of this table and is ignored`,
  },
  month_column_ignored: {
    vi: () => 'bảng này là bảng năm: cột "month" bị bỏ qua',
    en: () => 'this table is annual: the "month" column is ignored',
  },
  empty_value: {
    vi: (a) => `ô trống ở cột bắt buộc "${a.column}"`,
    en: (a) => `empty cell in required column "${a.column}"`,
  },
  month_missing: {
    vi: () =>
      'thiếu tháng: bảng có cột "month" là bảng tháng, mọi dòng phải ghi tháng 1-12 (hoặc bỏ hẳn cột month để thành bảng năm)',
    en: () =>
      'month is empty: a table with a "month" column is monthly and every row needs a month 1-12 (or drop the column for an annual table)',
  },
  not_whole_number: {
    vi: (a) =>
      `cột "${a.column}": "${a.value}" không phải số nguyên (không dùng dấu thập phân hay dấu phân cách hàng nghìn)`,
    en: (a) => `column "${a.column}": "${a.value}" is not a whole number (no decimal marks or thousands separators)`,
  },
  negative: {
    vi: (a) => `cột "${a.column}": ${a.value} là số âm; số đếm phải >= 0`,
    en: (a) => `column "${a.column}": ${a.value} is negative; counts must be >= 0`,
  },
  too_large: {
    vi: (a) => `cột "${a.column}": ${a.value} quá lớn (vượt 9007199254740991, không tính chính xác được)`,
    en: (a) => `column "${a.column}": ${a.value} is too large (above 9007199254740991, cannot be computed exactly)`,
  },
  total_too_large: {
    vi: (a) =>
      `tổng cộng dồn của ${a.column} đến dòng này vượt ${formatCount(a.limit, { lang: 'vi' })}, quá lớn để cộng chính xác; hãy kiểm tra đơn vị (số đếm, đồng)`,
    en: (a) =>
      `the running total of ${a.column} passes ${formatCount(a.limit, { lang: 'en' })} at this row, too large to add up exactly; check the unit (a count, đồng)`,
  },
  bad_year: {
    vi: (a) => `cột "${a.column}": "${a.value}" không phải năm 4 chữ số`,
    en: (a) => `column "${a.column}": "${a.value}" is not a 4-digit year`,
  },
  month_out_of_range: {
    vi: (a) => `tháng ${a.value} nằm ngoài khoảng 1-12`,
    en: (a) => `month ${a.value} is outside 1-12`,
  },
  unknown_value: {
    vi: (a) => `cột "${a.column}": "${a.value}" không phải giá trị hợp lệ; dùng một trong: ${list(a.allowed)}`,
    en: (a) => `column "${a.column}": "${a.value}" is not a known value; use one of: ${list(a.allowed)}`,
  },
  bad_date: {
    vi: (a) => `cột "${a.column}": "${a.value}" không phải ngày dạng YYYY-MM-DD`,
    en: (a) => `column "${a.column}": "${a.value}" is not a date written YYYY-MM-DD`,
  },
  not_a_number: {
    vi: (a) => `cột "${a.column}": "${a.value}" không phải số`,
    en: (a) => `column "${a.column}": "${a.value}" is not a number`,
  },
  weight_out_of_range: {
    vi: (a) => `trọng số ${a.value} nằm ngoài khoảng [0, 1]`,
    en: (a) => `weight ${a.value} is outside [0, 1]`,
  },
  exceeds: {
    vi: (a) => `${a.column} = ${a.value} lớn hơn ${a.limit} = ${a.limitValue}`,
    en: (a) => `${a.column} = ${a.value} is greater than ${a.limit} = ${a.limitValue}`,
  },
  duplicate_key: {
    vi: (a) => `trùng khoá (${a.key}): cùng khoá ở các dòng ${list(a.lines)}`,
    en: (a) => `duplicate key (${a.key}): the same key is on lines ${list(a.lines)}`,
  },
  unknown_area: {
    vi: (a) => `cột "${a.column}": mã địa bàn "${a.code}" không có trong areas`,
    en: (a) => `column "${a.column}": area code "${a.code}" is not in areas`,
  },
  area_not_in_period: {
    vi: (a) =>
      `địa bàn ${a.code} không tồn tại trong kỳ ${a.period} (${a.start} đến ${a.end}): hiệu lực từ ${a.validFrom}${a.validTo ? ` đến ${a.validTo}` : ''}`,
    en: (a) =>
      `area ${a.code} did not exist in period ${a.period} (${a.start} to ${a.end}): valid from ${a.validFrom}${a.validTo ? ` to ${a.validTo}` : ''}`,
  },
  area_overlap: {
    vi: (a) =>
      `kỳ ${a.period} có dòng cho địa bàn ${a.code} và cả cho ${a.other} (dòng ${a.otherLine}) là cấp trên hoặc cấp dưới của nó; số liệu chỉ ghi ở cấp thấp nhất, không ghi cả tổng`,
    en: (a) =>
      `period ${a.period} has a row for area ${a.code} and also for ${a.other} (line ${a.otherLine}), an ancestor or descendant of it; rows belong at the lowest level only, never with their total`,
  },
  valid_to_before_from: {
    vi: (a) => `valid_to ${a.validTo} trước valid_from ${a.validFrom}`,
    en: (a) => `valid_to ${a.validTo} is before valid_from ${a.validFrom}`,
  },
  no_root: {
    vi: () => 'không có dòng gốc: đúng một dòng cấp tỉnh (province) phải để trống parent_code',
    en: () => 'no root row: exactly one province row must have an empty parent_code',
  },
  several_roots: {
    vi: (a) =>
      `địa bàn ${a.code} để trống parent_code nhưng ${a.rootCode} (dòng ${a.rootLine}) đã là gốc; chỉ tỉnh được để trống`,
    en: (a) =>
      `area ${a.code} has no parent_code but ${a.rootCode} (line ${a.rootLine}) is already the root; only the province may have none`,
  },
  root_not_province: {
    vi: (a) => `địa bàn gốc ${a.code} phải có level province, không phải ${a.level}`,
    en: (a) => `the root area ${a.code} must have level province, not ${a.level}`,
  },
  province_not_root: {
    vi: (a) => `địa bàn ${a.code} cấp tỉnh phải là gốc: để trống parent_code; chỉ có đúng một dòng cấp tỉnh`,
    en: (a) => `province ${a.code} must be the root with an empty parent_code; there is exactly one province row`,
  },
  parent_unknown: {
    vi: (a) => `địa bàn ${a.code}: parent_code "${a.parent}" không có trong areas`,
    en: (a) => `area ${a.code}: parent_code "${a.parent}" is not in areas`,
  },
  parent_level: {
    vi: (a) => `địa bàn ${a.code} (${a.level}) không thể trực thuộc ${a.parent} (${a.parentLevel})`,
    en: (a) => `area ${a.code} (${a.level}) cannot sit under ${a.parent} (${a.parentLevel})`,
  },
  area_cycle: {
    vi: (a) => `parent_code tạo thành vòng: ${a.codes.join(' -> ')}`,
    en: (a) => `parent_code forms a cycle: ${a.codes.join(' -> ')}`,
  },
  weights_sum: {
    vi: (a) => `trọng số của from_code ${a.code} cộng lại bằng ${a.sum}, không phải 1 (sai số cho phép ${a.tolerance})`,
    en: (a) => `the weights of from_code ${a.code} sum to ${a.sum}, not 1 (tolerance ${a.tolerance})`,
  },
  area_checks_skipped: {
    vi: () => 'các bảng khác chưa được đối chiếu với danh mục địa bàn vì tệp này còn lỗi; sửa tệp này rồi kiểm tra lại',
    en: () =>
      'the other tables were not checked against the areas because this file has problems; fix it and check again',
  },
  more_problems: {
    vi: (a) =>
      `tệp có ${formatCount(a.total, { lang: 'vi' })} vấn đề; chỉ liệt kê ${formatCount(a.shown, { lang: 'vi' })} vấn đề đầu tiên tìm thấy`,
    en: (a) =>
      `the file has ${formatCount(a.total, { lang: 'en' })} problems; only the first ${formatCount(a.shown, { lang: 'en' })} found are listed`,
  },
  datapackage_invalid: {
    vi: (a) => `không đọc được datapackage.json (${a.detail})`,
    en: (a) => `cannot read datapackage.json (${a.detail})`,
  },
  datapackage_property: {
    vi: (a) => `thuộc tính "${a.property}" phải là ${EXPECTED_VI[a.expected]}`,
    en: (a) => `property "${a.property}" must be ${EXPECTED_EN[a.expected]}`,
  },
  datapackage_missing_resource: {
    vi: (a) => `tài nguyên "${a.name}" trỏ tới tệp ${a.path} không tồn tại`,
    en: (a) => `resource "${a.name}" names the file ${a.path}, which does not exist`,
  },
  datapackage_unsafe_path: {
    vi: (a) => `tài nguyên "${a.name}": đường dẫn ${a.path} phải là đường dẫn tương đối nằm trong thư mục dữ liệu`,
    en: (a) => `resource "${a.name}": path ${a.path} must be a relative path inside the data folder`,
  },
  datapackage_hash_mismatch: {
    vi: (a) =>
      `tài nguyên "${a.name}": tệp ${a.path} đã thay đổi sau khi datapackage.json được viết (mã SHA-256 khác); hãy cập nhật datapackage.json`,
    en: (a) =>
      `resource "${a.name}": ${a.path} has changed since datapackage.json was written (its SHA-256 differs); update datapackage.json`,
  },
  unknown_periods: {
    vi: (a) => `thuộc tính "periods": quy ước kỳ báo cáo "${a.name}" không có; dùng một trong: ${list(a.known)}`,
    en: (a) => `property "periods": there is no period convention "${a.name}"; use one of: ${list(a.known)}`,
  },
};

/**
 * The message for one problem in the reader's language.
 *
 * @example
 * validationMessage('month_out_of_range', { value: '13' }, 'en'); // => 'month 13 is outside 1-12'
 */
export function validationMessage<C extends ProblemCode>(code: C, args: ProblemArgs[C], lang: Lang): string {
  return VALIDATION_MESSAGES[code][lang](args);
}
