/**
 * Every word of the monthly collection cycle (`chitieu forms`, `chitieu collect`): the entry forms'
 * labels and instructions, the problems found in a returned form, and the status report, in
 * Vietnamese and English side by side. Each problem says what is wrong and what the unit should do.
 */
import { formatCount } from '../format/count.ts';
import type { CrimeGroup, Severity } from '../types.ts';
import type { Bilingual, Lang } from './lang.ts';
import { reportedLine } from './coverage.ts';

const n = (count: number, lang: Lang): string => formatCount(count, { lang });

/** Crime groups as a form's rows name them. */
export const CRIME_GROUP_WORDS: Record<CrimeGroup, Bilingual> = {
  social_order: { vi: 'Trật tự xã hội', en: 'Social order' },
  drugs: { vi: 'Ma túy', en: 'Drugs' },
  economic: { vi: 'Kinh tế', en: 'Economic' },
  corruption: { vi: 'Tham nhũng, chức vụ', en: 'Corruption, office' },
  environment: { vi: 'Môi trường', en: 'Environment' },
  smuggling: { vi: 'Buôn lậu', en: 'Smuggling' },
  cyber: { vi: 'Công nghệ cao', en: 'Cyber' },
  other: { vi: 'Khác', en: 'Other' },
};

/** Severities (Penal Code art. 9) as a form's rows name them. */
export const SEVERITY_WORDS: Record<Severity, Bilingual> = {
  less_serious: { vi: 'Ít nghiêm trọng', en: 'Less serious' },
  serious: { vi: 'Nghiêm trọng', en: 'Serious' },
  very_serious: { vi: 'Rất nghiêm trọng', en: 'Very serious' },
  especially_serious: { vi: 'Đặc biệt nghiêm trọng', en: 'Especially serious' },
};

/** The column heads of the form's input cells, by table column. */
export const INPUT_WORDS: Record<string, Bilingual> = {
  occurred: { vi: 'Số vụ xảy ra', en: 'Cases occurred' },
  cleared: { vi: 'Số vụ đã làm rõ', en: 'Cases cleared' },
  cleared_from_earlier: { vi: 'Vụ kỳ trước làm rõ trong kỳ', en: 'Earlier cases cleared now' },
  carried_over: { vi: 'Tin báo tồn kỳ trước chuyển sang', en: 'Reports carried over' },
  received: { vi: 'Tin báo, tố giác, kiến nghị khởi tố tiếp nhận', en: 'Reports received' },
  accepted: { vi: 'Tin đã thụ lý', en: 'Reports accepted' },
  transferred: { vi: 'Tin đã chuyển cơ quan khác', en: 'Reports transferred' },
  resolved: { vi: 'Tin đã giải quyết', en: 'Reports resolved' },
  suspended: { vi: 'Tin tạm đình chỉ giải quyết', en: 'Reports suspended' },
  detected: { vi: 'Số vụ vi phạm phát hiện', en: 'Violations detected' },
  to_recover_vnd: { vi: 'Tài sản phải thu hồi (đồng)', en: 'Assets to recover (VND)' },
  recovered_vnd: { vi: 'Tài sản đã thu hồi (đồng)', en: 'Assets recovered (VND)' },
  violations: { vi: 'Vi phạm trong hoạt động tư pháp', en: 'Violations in judicial activities' },
  released: { vi: 'Số người được tha', en: 'Persons released' },
  reoffended: { vi: 'Số người tái phạm', en: 'Persons reoffending' },
  follow_up_months: { vi: 'Số tháng theo dõi', en: 'Months followed up' },
  in_scope: { vi: 'Số thuộc diện đánh giá', en: 'In scope' },
  certified: { vi: 'Số đạt "An toàn về ANTT"', en: 'Certified safe' },
  recognised: { vi: 'Số được công nhận', en: 'Recognised' },
};

/** Sheet names and titles of each table's sheet (sheet names: at most 31 characters). */
export const SHEET_WORDS: Record<string, { sheet: Bilingual; title: Bilingual }> = {
  criminal_cases: {
    sheet: { vi: 'Án hình sự', en: 'Criminal cases' },
    title: { vi: 'Biểu 1. Án hình sự xảy ra và làm rõ', en: 'Form 1. Criminal cases occurred and cleared' },
  },
  crime_reports: {
    sheet: { vi: 'Tin báo', en: 'Crime reports' },
    title: {
      vi: 'Biểu 2. Tiếp nhận, giải quyết tố giác, tin báo về tội phạm',
      en: 'Form 2. Crime reports received and resolved',
    },
  },
  violations_detected: {
    sheet: { vi: 'Vi phạm', en: 'Violations' },
    title: { vi: 'Biểu 3. Vi phạm pháp luật phát hiện theo lĩnh vực', en: 'Form 3. Violations detected by field' },
  },
  corruption_assets: {
    sheet: { vi: 'Thu hồi tài sản', en: 'Corruption assets' },
    title: { vi: 'Biểu năm. Thu hồi tài sản tham nhũng', en: 'Yearly form. Corruption assets recovered' },
  },
  judicial_violations: {
    sheet: { vi: 'Vi phạm tư pháp', en: 'Judicial violations' },
    title: { vi: 'Biểu năm. Vi phạm trong hoạt động tư pháp', en: 'Yearly form. Violations in judicial activities' },
  },
  reoffending: {
    sheet: { vi: 'Tái phạm', en: 'Reoffending' },
    title: { vi: 'Biểu năm. Người được tha tái phạm', en: 'Yearly form. Released persons reoffending' },
  },
  safe_units: {
    sheet: { vi: 'An toàn ANTT', en: 'Safe units' },
    title: { vi: 'Biểu năm. Đơn vị đạt "An toàn về ANTT"', en: 'Yearly form. Units certified safe' },
  },
  drug_free_communes: {
    sheet: { vi: 'Không ma túy', en: 'Drug-free communes' },
    title: { vi: 'Biểu năm. Xã, phường không ma túy', en: 'Yearly form. Drug-free communes' },
  },
};

/** The words printed on a form. */
export const FORM_TEXT = {
  coverSheet: { vi: 'Bìa', en: 'Cover' } as Bilingual,
  heading: {
    vi: 'BIỂU BÁO CÁO SỐ LIỆU PHÒNG, CHỐNG TỘI PHẠM',
    en: 'CRIME-PREVENTION FIGURES: RETURN FORM',
  } as Bilingual,
  unit: { vi: 'Đơn vị báo cáo', en: 'Reporting unit' } as Bilingual,
  period: { vi: 'Kỳ báo cáo', en: 'Period' } as Bilingual,
  deadline: { vi: 'Hạn gửi', en: 'Deadline' } as Bilingual,
  version: { vi: 'Phiên bản biểu', en: 'Form version' } as Bilingual,
  blanks: { vi: 'Số ô còn trống', en: 'Cells still blank' } as Bilingual,
  failures: { vi: 'Số kiểm tra chưa đạt', en: 'Checks failing' } as Bilingual,
  instructionsHead: { vi: 'Hướng dẫn', en: 'Instructions' } as Bilingual,
  instructions: {
    vi: [
      '1. Nhập số liệu vào các ô nền vàng ở từng trang; chỉ nhập số nguyên từ 0 trở lên.',
      '2. Không có vụ việc thì nhập 0. Ô để trống được coi là CHƯA BÁO CÁO, không phải số 0.',
      '3. Không chèn, xóa, di chuyển dòng hoặc cột; không đổi tên trang; không gộp ô; không đặt mật khẩu.',
      '4. Cột "Kiểm tra" hiện chữ đỏ khi số liệu mâu thuẫn (ví dụ số vụ làm rõ lớn hơn số vụ xảy ra): sửa trước khi gửi.',
      '5. Cột "Tháng trước" và "Cùng kỳ năm trước" là số liệu đơn vị đã báo cáo, để đối chiếu.',
      '6. Lưu đúng định dạng .xlsx (không lưu .xls), giữ nguyên tên tệp và gửi về Phòng Tham mưu (bộ phận thống kê) trước hạn.',
    ],
    en: [
      '1. Enter figures in the yellow cells of each sheet: whole numbers from 0 up only.',
      '2. Where there was nothing, enter 0. A blank cell means NOT REPORTED, not zero.',
      '3. Do not insert, delete or move rows or columns, rename sheets, merge cells or set a password.',
      '4. The "Check" column turns red when figures contradict each other (e.g. more cleared than occurred): fix it before sending.',
      '5. The "Previous month" and "Same month last year" columns show what the unit reported, for comparison.',
      '6. Save as .xlsx (not .xls), keep the file name, and send it to the statistics desk before the deadline.',
    ],
  } as Record<Lang, string[]>,
  group: { vi: 'Nhóm tội phạm', en: 'Crime group' } as Bilingual,
  severity: { vi: 'Mức độ', en: 'Severity' } as Bilingual,
  field: { vi: 'Lĩnh vực', en: 'Field' } as Bilingual,
  releaseType: { vi: 'Hình thức tha', en: 'Release type' } as Bilingual,
  unitType: { vi: 'Loại đơn vị', en: 'Unit type' } as Bilingual,
  item: { vi: 'Chỉ tiêu', en: 'Item' } as Bilingual,
  thisPeriod: { vi: 'Kỳ này', en: 'This period' } as Bilingual,
  previousMonth: { vi: 'Tháng trước', en: 'Previous month' } as Bilingual,
  sameMonthLastYear: { vi: 'Cùng kỳ năm trước', en: 'Same month last year' } as Bilingual,
  lastYear: { vi: 'Năm trước', en: 'Last year' } as Bilingual,
  check: { vi: 'Kiểm tra', en: 'Check' } as Bilingual,
  total: { vi: 'Tổng cộng', en: 'Total' } as Bilingual,
  inputError: {
    vi: 'Chỉ nhập số nguyên từ 0 trở lên (không có thì nhập 0).',
    en: 'Whole numbers from 0 up only (enter 0 for none).',
  } as Bilingual,
  inputErrorTitle: { vi: 'Số không hợp lệ', en: 'Invalid number' } as Bilingual,
  /** The text a failing check cell shows: `column` must not be more than the sum of `terms`. */
  checkFails: (column: string, terms: string, lang: Lang): string =>
    lang === 'vi' ? `SAI: ${column} lớn hơn ${terms}` : `WRONG: ${column} exceeds ${terms}`,
} as const;

/** Why a returned file is refused or flagged: each code's arguments. */
export interface ReturnProblemArgs {
  too_large: { bytes: number; limit: number };
  unpacked_too_large: { bytes: number; limit: number };
  damaged: { detail: string };
  old_xls: Record<string, never>;
  password_protected: Record<string, never>;
  not_a_form: Record<string, never>;
  unknown_version: { version: string };
  layout_changed: Record<string, never>;
  missing_sheet: { sheet: string };
  moved: { expected: string; found: string };
  merged_cells: { range: string };
  blank: { label: string };
  not_number: { label: string; value: string };
  not_whole: { label: string; value: string };
  negative: { label: string; value: string };
  formula_no_value: { label: string };
  formula_used: { label: string; value: number };
  rule: { column: string; value: number; limit: string; limitValue: number };
  rule_warning: { column: string; value: number; limit: string; limitValue: number };
  wrong_period: { found: string; expected: string };
  name_other_unit: { named: string; unit: string };
  unknown_unit: { code: string };
  unit_not_in_period: { unit: string; period: string };
  duplicate_file: { first: string };
  two_returns: { others: string[] };
  outside_history: { measure: string; value: number; low: number; high: number; months: number };
  csv_problem: { message: string };
  csv_unknown_table: Record<string, never>;
  csv_several_periods: Record<string, never>;
  csv_incomplete: { table: string; missing: number };
  held: Record<string, never>;
  not_written: Record<string, never>;
}
export type ReturnProblemCode = keyof ReturnProblemArgs;

type Say<A> = (a: A, lang: Lang) => { what: string; todo: string };
const say =
  <A>(vi: (a: A) => [string, string], en: (a: A) => [string, string]): Say<A> =>
  (a, lang) => {
    const [what, todo] = lang === 'vi' ? vi(a) : en(a);
    return { what, todo };
  };
const mb = (bytes: number, lang: Lang): string => `${formatCount(Math.ceil(bytes / 1e6), { lang })} MB`;

/** What each problem says (`what`) and what the unit should do (`todo`). */
export const RETURN_PROBLEMS: { [C in ReturnProblemCode]: Say<ReturnProblemArgs[C]> } = {
  too_large: say(
    (a) => [
      `Tệp quá lớn (${mb(a.bytes, 'vi')}, tối đa ${mb(a.limit, 'vi')}): không phải một biểu báo cáo.`,
      'Gửi lại đúng tệp biểu đã nhận, không chèn ảnh hay dữ liệu khác.',
    ],
    (a) => [
      `File too large (${mb(a.bytes, 'en')}, at most ${mb(a.limit, 'en')}): not a return form.`,
      'Send the form file you received, without pictures or other data.',
    ],
  ),
  unpacked_too_large: say(
    (a) => [
      `Tệp giải nén ra quá lớn (${mb(a.bytes, 'vi')}, tối đa ${mb(a.limit, 'vi')}).`,
      'Gửi lại đúng tệp biểu đã nhận.',
    ],
    (a) => [
      `The file unpacks to too much (${mb(a.bytes, 'en')}, at most ${mb(a.limit, 'en')}).`,
      'Send the form file you received.',
    ],
  ),
  damaged: say(
    (a) => [
      `Tệp bị hỏng, không mở được (${a.detail}).`,
      'Mở lại tệp trên máy của đơn vị, lưu lại dạng .xlsx và gửi lại.',
    ],
    (a) => [
      `The file is damaged and cannot be opened (${a.detail}).`,
      "Open it on the unit's computer, save it again as .xlsx and resend.",
    ],
  ),
  old_xls: say(
    () => [
      'Tệp là định dạng Excel cũ (.xls), không đọc được.',
      'Mở tệp, chọn Lưu thành (Save As) kiểu "Excel Workbook (.xlsx)" rồi gửi lại.',
    ],
    () => [
      'The file is an old binary Excel workbook (.xls).',
      'Open it and Save As "Excel Workbook (.xlsx)", then resend.',
    ],
  ),
  password_protected: say(
    () => [
      'Tệp có đặt mật khẩu nên không đọc được.',
      'Gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc), lưu lại rồi gửi lại.',
    ],
    () => [
      'The workbook is password-protected and cannot be read.',
      'Remove the password (File > Info > Protect Workbook), save and resend.',
    ],
  ),
  not_a_form: say(
    () => [
      'Tệp không phải biểu báo cáo do chitieu phát hành (không có trang định danh của biểu).',
      'Nhập số liệu vào đúng biểu đã được gửi cho đơn vị, không chép sang tệp khác.',
    ],
    () => [
      'The file is not a return form issued by chitieu (it has no identity sheet).',
      'Fill in the form you were sent; do not copy it into another file.',
    ],
  ),
  unknown_version: say(
    (a) => [`Biểu phiên bản "${a.version}" không còn dùng được.`, 'Dùng biểu mới nhất của kỳ này.'],
    (a) => [`Form version "${a.version}" is not in use.`, "Use this period's latest form."],
  ),
  layout_changed: say(
    () => ['Bố cục biểu đã bị thay đổi so với biểu phát hành.', 'Dùng lại biểu gốc, chỉ nhập số vào ô nền vàng.'],
    () => [
      "The form's layout differs from the one issued.",
      'Use the original form and type only in the yellow cells.',
    ],
  ),
  missing_sheet: say(
    (a) => [`Thiếu trang "${a.sheet}" (bị xóa hoặc đổi tên).`, 'Dùng lại biểu gốc, không xóa hay đổi tên trang.'],
    (a) => [
      `Sheet "${a.sheet}" is missing (deleted or renamed).`,
      'Use the original form; do not delete or rename sheets.',
    ],
  ),
  moved: say(
    (a) => [
      `Dòng hoặc cột đã bị chèn, xóa hay di chuyển: ô này phải là "${a.expected}", nay là "${a.found}".`,
      'Dùng lại biểu gốc; không chèn, xóa, di chuyển dòng hay cột.',
    ],
    (a) => [
      `Rows or columns were inserted, deleted or moved: this cell should read "${a.expected}", it reads "${a.found}".`,
      'Use the original form; do not insert, delete or move rows or columns.',
    ],
  ),
  merged_cells: say(
    (a) => [`Các ô ${a.range} bị gộp.`, 'Bỏ gộp ô (Unmerge) và nhập số vào từng ô.'],
    (a) => [`Cells ${a.range} are merged.`, 'Unmerge them and enter a figure in each cell.'],
  ),
  blank: say(
    (a) => [`Ô "${a.label}" để trống.`, 'Nhập số liệu; không có vụ việc thì nhập 0.'],
    (a) => [`"${a.label}" is blank.`, 'Enter the figure; enter 0 where there was none.'],
  ),
  not_number: say(
    (a) => [`Ô "${a.label}" có chữ "${a.value}", không phải số.`, 'Chỉ nhập số nguyên, không kèm chữ hay đơn vị.'],
    (a) => [
      `"${a.label}" holds text "${a.value}", not a number.`,
      'Enter a whole number only, with no words or units.',
    ],
  ),
  not_whole: say(
    (a) => [`Ô "${a.label}" có số lẻ ${a.value}.`, 'Số vụ, số tin là số nguyên: nhập số nguyên.'],
    (a) => [`"${a.label}" holds a fraction, ${a.value}.`, 'Counts are whole numbers: enter a whole number.'],
  ),
  negative: say(
    (a) => [`Ô "${a.label}" có số âm ${a.value}.`, 'Nhập số từ 0 trở lên.'],
    (a) => [`"${a.label}" holds a negative number, ${a.value}.`, 'Enter a number from 0 up.'],
  ),
  formula_no_value: say(
    (a) => [`Ô "${a.label}" là công thức chưa có kết quả.`, 'Thay công thức bằng con số (Dán đặc biệt > Giá trị).'],
    (a) => [
      `"${a.label}" holds a formula with no computed value.`,
      'Replace the formula by its number (Paste Special > Values).',
    ],
  ),
  formula_used: say(
    (a) => [
      `Ô "${a.label}" là công thức; đã lấy kết quả ${a.value}.`,
      'Kiểm tra lại con số; lần sau nhập trực tiếp con số.',
    ],
    (a) => [
      `"${a.label}" holds a formula; its result ${a.value} was used.`,
      'Check the figure; next time type the number.',
    ],
  ),
  rule: say(
    (a) => [
      `${a.column} (${n(a.value, 'vi')}) lớn hơn ${a.limit} (${n(a.limitValue, 'vi')}).`,
      'Đối chiếu sổ sách và sửa một trong các số này.',
    ],
    (a) => [
      `${a.column} (${n(a.value, 'en')}) exceeds ${a.limit} (${n(a.limitValue, 'en')}).`,
      'Check the registers and correct one of these figures.',
    ],
  ),
  rule_warning: say(
    (a) => [
      `${a.column} (${n(a.value, 'vi')}) lớn hơn ${a.limit} (${n(a.limitValue, 'vi')}).`,
      'Có thể đúng; gọi điện xác nhận với đơn vị.',
    ],
    (a) => [
      `${a.column} (${n(a.value, 'en')}) exceeds ${a.limit} (${n(a.limitValue, 'en')}).`,
      'May be right; confirm by phone with the unit.',
    ],
  ),
  wrong_period: say(
    (a) => [`Biểu của kỳ ${a.found}, đang thu kỳ ${a.expected}.`, `Nhập số liệu vào biểu của kỳ ${a.expected}.`],
    (a) => [
      `This form is for ${a.found}; the period being collected is ${a.expected}.`,
      `Fill in the form for ${a.expected}.`,
    ],
  ),
  name_other_unit: say(
    (a) => [
      `Tên tệp mang mã đơn vị ${a.named} nhưng biểu là của ${a.unit}.`,
      'Kiểm tra đơn vị đã nhập nhầm biểu của đơn vị khác không; gửi đúng biểu của đơn vị mình.',
    ],
    (a) => [
      `The file name carries unit code ${a.named} but the form belongs to ${a.unit}.`,
      "Check whether the unit filled in another unit's form; send your own form.",
    ],
  ),
  unknown_unit: say(
    (a) => [
      `Mã đơn vị ${a.code} không có trong danh mục (areas.csv).`,
      'Dùng biểu do bộ phận thống kê gửi cho đơn vị.',
    ],
    (a) => [
      `Unit code ${a.code} is not in the list of units (areas.csv).`,
      'Use the form the statistics desk sent the unit.',
    ],
  ),
  unit_not_in_period: say(
    (a) => [
      `Đơn vị ${a.unit} không là đơn vị báo cáo trong ${a.period}.`,
      'Kiểm tra đơn vị và kỳ của biểu với bộ phận thống kê.',
    ],
    (a) => [
      `Unit ${a.unit} is not a reporting unit in ${a.period}.`,
      "Check the form's unit and period with the statistics desk.",
    ],
  ),
  duplicate_file: say(
    (a) => [
      `Tệp giống hệt tệp ${a.first} đã nhận trong cùng đợt (bỏ qua bản trùng).`,
      'Không cần làm gì; chỉ gửi mỗi biểu một lần.',
    ],
    (a) => [
      `Identical to ${a.first}, already in this inbox (the copy is ignored).`,
      'Nothing to do; send each return once.',
    ],
  ),
  two_returns: say(
    (a) => [
      `Cùng kỳ, đơn vị gửi nhiều biểu khác nhau: ${a.others.join(', ')}. Không biết bản nào đúng.`,
      'Đơn vị xác nhận bản đúng; để lại một tệp trong hộp thư rồi thu lại.',
    ],
    (a) => [
      `The unit sent several different returns for the period: ${a.others.join(', ')}. Which is right is unknown.`,
      'Have the unit confirm the right one; leave one file in the inbox and collect again.',
    ],
  ),
  outside_history: say(
    (a) => [
      `${a.measure} = ${n(a.value, 'vi')} nằm ngoài giới hạn kiểm soát ${n(a.low, 'vi')}-${n(a.high, 'vi')} của ${n(a.months, 'vi')} tháng trước của đơn vị.`,
      'Vẫn nhận; gọi điện cho đơn vị xác minh con số.',
    ],
    (a) => [
      `${a.measure} = ${n(a.value, 'en')} lies outside the unit's control limits ${n(a.low, 'en')}-${n(a.high, 'en')} from its past ${n(a.months, 'en')} months.`,
      'Accepted; call the unit to confirm the figure.',
    ],
  ),
  csv_problem: say(
    (a) => [a.message, 'Sửa tệp theo hợp đồng dữ liệu rồi gửi lại.'],
    (a) => [a.message, 'Correct the file to the data contract and resend.'],
  ),
  csv_unknown_table: say(
    () => [
      'Dòng tiêu đề không khớp bảng tháng nào (criminal_cases, crime_reports, violations_detected).',
      'Dùng đúng tên cột của hợp đồng dữ liệu.',
    ],
    () => [
      'The header matches no monthly table (criminal_cases, crime_reports, violations_detected).',
      "Use the data contract's column names.",
    ],
  ),
  csv_several_periods: say(
    () => ['Tệp có số liệu của nhiều đơn vị hoặc nhiều kỳ.', 'Mỗi tệp chỉ chứa số liệu của một đơn vị, một kỳ.'],
    () => ['The file holds figures of several units or periods.', 'One file per unit and period.'],
  ),
  csv_incomplete: say(
    (a) => [
      `Bảng ${a.table} thiếu ${n(a.missing, 'vi')} dòng (mọi nhóm phải có dòng, kể cả số 0).`,
      'Ghi đủ mọi dòng, dòng không có vụ việc ghi 0.',
    ],
    (a) => [
      `Table ${a.table} lacks ${n(a.missing, 'en')} rows (every breakdown needs a row, zeros included).`,
      'Write every row, with 0 where there was none.',
    ],
  ),
  held: say(
    () => [
      'Biểu hợp lệ nhưng chưa ghi vào số liệu vì có biểu khác bị từ chối (--all-or-nothing).',
      'Không cần làm gì; sẽ ghi khi thu lại.',
    ],
    () => [
      'Valid, but not written because other returns were refused (--all-or-nothing).',
      'Nothing to do; it is written when collected again.',
    ],
  ),
  not_written: say(
    () => ['Chạy thử (--dry-run): chưa ghi gì.', 'Chạy lại không có --dry-run để ghi.'],
    () => ['Dry run (--dry-run): nothing written.', 'Run again without --dry-run to write.'],
  ),
};

/** Outcomes of a return, as the status report and the log say them. */
export type ReturnOutcome = 'accepted' | 'flagged' | 'corrected' | 'unchanged' | 'refused' | 'missing';

export const OUTCOME_WORDS: Record<ReturnOutcome, Bilingual> = {
  accepted: { vi: 'Đã nhận', en: 'Received' },
  flagged: { vi: 'Đã nhận, cần xác minh', en: 'Received, to confirm' },
  corrected: { vi: 'Đã nhận bản sửa', en: 'Correction received' },
  unchanged: { vi: 'Đã nhận (không đổi)', en: 'Received (no change)' },
  refused: { vi: 'Bị từ chối', en: 'Refused' },
  missing: { vi: 'Chưa gửi', en: 'Missing' },
};

/** Words of `chitieu forms`, `chitieu collect` and the status report. */
export const COLLECT_TEXT = {
  formsWritten: (count: number, period: string, dir: string): Bilingual => ({
    vi: `Đã tạo ${n(count, 'vi')} biểu báo cáo ${period} trong ${dir}.`,
    en: `Wrote ${n(count, 'en')} return forms for ${period} in ${dir}.`,
  }),
  badPeriod: (value: string): Bilingual => ({
    vi: `Kỳ không hợp lệ: "${value}" (cần NĂM-THÁNG, ví dụ 2026-11)`,
    en: `Invalid period "${value}" (YEAR-MONTH, e.g. 2026-11)`,
  }),
  badDate: (value: string): Bilingual => ({
    vi: `Ngày không hợp lệ: "${value}" (cần NĂM-THÁNG-NGÀY, ví dụ 2026-11-16)`,
    en: `Invalid date "${value}" (YEAR-MONTH-DAY, e.g. 2026-11-16)`,
  }),
  unknownUnits: (codes: string[]): Bilingual => ({
    vi: `Không phải đơn vị báo cáo của kỳ: ${codes.join(', ')}`,
    en: `Not reporting units of the period: ${codes.join(', ')}`,
  }),
  noUnits: {
    vi: 'Kỳ này không có đơn vị báo cáo nào trong areas.csv.',
    en: 'No reporting unit exists in the period in areas.csv.',
  } as Bilingual,
  notCsvFolder: (dir: string): Bilingual => ({
    vi: `${dir}: chitieu collect ghi vào thư mục số liệu dạng CSV; thư mục này không có các tệp CSV của hợp đồng dữ liệu.`,
    en: `${dir}: chitieu collect writes into a folder of CSV tables; this folder has none of the contract's CSV files.`,
  }),
  inboxMissing: (dir: string): Bilingual => ({
    vi: `${dir}: không có thư mục hộp thư này.`,
    en: `${dir}: there is no such inbox folder.`,
  }),
  noPeriod: {
    vi: 'Không xác định được kỳ: hộp thư không có biểu nào đọc được; chỉ rõ --period.',
    en: 'No period: the inbox holds no readable return; give --period.',
  } as Bilingual,
  recovered: {
    vi: 'Đã hoàn tất lần ghi dở dang trước (bị ngắt giữa chừng).',
    en: 'Finished an earlier write that had been interrupted.',
  } as Bilingual,
  summary: (period: string, c: Record<ReturnOutcome, number>, expected: number): Bilingual => ({
    vi: `${period}: ${n(c.accepted + c.flagged + c.corrected + c.unchanged, 'vi')}/${n(expected, 'vi')} đơn vị đã báo cáo; nhận ${n(c.accepted + c.flagged + c.corrected + c.unchanged, 'vi')} (cần xác minh ${n(c.flagged, 'vi')}, bản sửa ${n(c.corrected, 'vi')}), từ chối ${n(c.refused, 'vi')}, chưa gửi ${n(c.missing, 'vi')}.`,
    en: `${period}: ${n(c.accepted + c.flagged + c.corrected + c.unchanged, 'en')}/${n(expected, 'en')} units reported; received ${n(c.accepted + c.flagged + c.corrected + c.unchanged, 'en')} (to confirm ${n(c.flagged, 'en')}, corrections ${n(c.corrected, 'en')}), refused ${n(c.refused, 'en')}, missing ${n(c.missing, 'en')}.`,
  }),
  written: (rows: number, files: string[]): Bilingual => ({
    vi: `Đã ghi ${n(rows, 'vi')} dòng vào ${files.join(', ')}.`,
    en: `Wrote ${n(rows, 'en')} rows into ${files.join(', ')}.`,
  }),
  nothingWritten: {
    vi: 'Không ghi gì vào thư mục số liệu.',
    en: 'Nothing was written to the data folder.',
  } as Bilingual,
  statusWritten: (files: string[]): Bilingual => ({
    vi: `Báo cáo tình hình thu số liệu: ${files.join(', ')}`,
    en: `Collection status: ${files.join(', ')}`,
  }),
  statusTitle: (period: string): Bilingual => ({
    vi: `Tình hình thu số liệu ${period}`,
    en: `Collection status, ${period}`,
  }),
  reported: reportedLine,
  columns: {
    code: { vi: 'Mã', en: 'Code' },
    unit: { vi: 'Đơn vị', en: 'Unit' },
    outcome: { vi: 'Tình trạng', en: 'Status' },
    file: { vi: 'Tệp', en: 'File' },
    where: { vi: 'Vị trí', en: 'Where' },
    what: { vi: 'Nội dung', en: 'What is wrong' },
    todo: { vi: 'Cần làm', en: 'What to do' },
  } as Record<'code' | 'unit' | 'outcome' | 'file' | 'where' | 'what' | 'todo', Bilingual>,
  sectionHead: (unit: string, code: string, period: string): Bilingual => ({
    vi: `Gửi ${unit} (mã ${code}): biểu ${period}`,
    en: `To ${unit} (code ${code}): return for ${period}`,
  }),
  sectionRefused: {
    vi: 'Biểu chưa được nhận. Đề nghị đơn vị sửa các điểm sau và gửi lại:',
    en: 'The return was not accepted. Please correct the following and resend:',
  } as Bilingual,
  sectionFlagged: {
    vi: 'Biểu đã được nhận. Đề nghị đơn vị xác nhận các điểm sau:',
    en: 'The return was accepted. Please confirm the following:',
  } as Bilingual,
  sectionMissing: (deadline: string | null): Bilingual => ({
    vi: `Chưa nhận được biểu của đơn vị. Đề nghị gửi ngay${deadline ? ` (hạn ${deadline})` : ''}.`,
    en: `No return received from the unit. Please send it now${deadline ? ` (deadline ${deadline})` : ''}.`,
  }),
  unrecognised: { vi: 'Tệp không nhận ra đơn vị', en: 'Files with no recognisable unit' } as Bilingual,
  sheetOverview: { vi: 'Tổng hợp', en: 'Overview' } as Bilingual,
  sheetProblems: { vi: 'Cần sửa', en: 'To fix' } as Bilingual,
  correctionLog: (changed: number): Bilingual => ({
    vi: `Bản sửa: ${n(changed, 'vi')} số thay đổi so với bản trước.`,
    en: `Correction: ${n(changed, 'en')} figures changed from the previous return.`,
  }),
} as const;

/** Help of `chitieu forms` and `chitieu collect`. */
export const COLLECT_HELP: Record<'forms' | 'collect', Bilingual> = {
  forms: {
    vi: `Cách dùng: chitieu forms --data THƯ_MỤC --period NĂM-THÁNG --out THƯ_MỤC [--units MÃ,...] [--deadline NGÀY] [--lang vi|en]

Tạo biểu nhập số liệu (.xlsx) cho từng đơn vị báo cáo của kỳ (các đơn vị cấp lá trong areas.csv).
  --data      Thư mục số liệu (để lấy danh mục đơn vị và số liệu tháng trước, cùng kỳ năm trước)
  --period    Kỳ báo cáo, ví dụ 2026-11 (tháng 12 có thêm các biểu năm)
  --out       Thư mục ghi biểu
  --units     Chỉ tạo cho các mã đơn vị này (cách nhau bởi dấu phẩy)
  --deadline  Hạn gửi (mặc định: 2 ngày sau ngày cuối kỳ)`,
    en: `Usage: chitieu forms --data DIR --period YEAR-MONTH --out DIR [--units CODE,...] [--deadline DATE] [--lang vi|en]

Writes a return form (.xlsx) for each reporting unit of the period (the leaves of areas.csv's tree).
  --data      Data folder (for the units and their previous figures)
  --period    Period, e.g. 2026-11 (month 12 adds the yearly forms)
  --out       Folder to write the forms in
  --units     Only these unit codes (comma-separated)
  --deadline  Deadline (default: 2 days after the period's last day)`,
  },
  collect: {
    vi: `Cách dùng: chitieu collect --data THƯ_MỤC --inbox THƯ_MỤC [--period NĂM-THÁNG] [--dry-run] [--all-or-nothing] [--report THƯ_MỤC] [--lang vi|en]

Đọc mọi biểu đơn vị gửi về (.xlsx, hoặc .csv theo hợp đồng dữ liệu) trong hộp thư, kiểm tra từng biểu,
ghi các biểu hợp lệ vào thư mục số liệu (ghi trọn vẹn hoặc không ghi gì), ghi sổ nhận biểu
(submissions.jsonl) và lập báo cáo tình hình collect-status.xlsx, collect-status.html.
  --period          Kỳ đang thu; biểu của kỳ khác bị từ chối (mặc định: kỳ của các biểu)
  --dry-run         Chỉ kiểm tra và lập báo cáo, không ghi số liệu
  --all-or-nothing  Có biểu bị từ chối thì không ghi biểu nào
  --report          Thư mục ghi báo cáo tình hình (mặc định: hộp thư)
Mã thoát 0 nếu mọi biểu được nhận, 1 nếu có biểu bị từ chối.`,
    en: `Usage: chitieu collect --data DIR --inbox DIR [--period YEAR-MONTH] [--dry-run] [--all-or-nothing] [--report DIR] [--lang vi|en]

Reads every returned form (.xlsx, or .csv in the data contract's layout) in the inbox, checks each,
writes the accepted ones into the data folder (all or nothing at the file level), appends to the
submission log (submissions.jsonl) and writes collect-status.xlsx and collect-status.html.
  --period          The period collected; forms of another period are refused (default: the forms')
  --dry-run         Check and report only; write no data
  --all-or-nothing  Write nothing when any return is refused
  --report          Folder of the status report (default: the inbox)
Exit code 0 when every return was accepted, 1 when any was refused.`,
  },
};
