/**
 * Every message `chitieu aggregate` and the case-file generator can show, in Vietnamese and English.
 *
 * Problems found in case-level files use the loader's codes where the problem is the same (a
 * missing column, a bad date, an unknown area: `core/messages/validation.ts`) and the codes below
 * for what only record-level files can have (a date before another, an area that did not exist on
 * the day, a report both transferred and resolved). Like the loader's, a message names the column
 * and the value; `formatProblem` prints the place (`file:line:column:`) in front.
 */
import { formatCount } from '../format/count.ts';
import { formatNumber } from '../format/number.ts';
import type { Bilingual, Lang } from './lang.ts';
import { validationMessage, type ProblemArgs, type ProblemCode } from './validation.ts';

/** A count as the reader's language prints it: 150.000, 150,000. */
const n = (count: number, lang: Lang): string => formatCount(count, { lang });

/** The arguments of each problem code only case-level files have. */
export interface AggregateProblemArgs {
  file_unreadable: { path: string; detail: string };
  date_out_of_range: { column: string; value: string; min: number; max: number };
  area_not_on_date: { code: string; date: string; validFrom: string; validTo: string | null };
  date_before: { column: string; value: string; other: string; otherValue: string };
  bad_flag: { column: string; value: string };
  event_not_accepted: { column: string };
  ended_twice: Record<string, never>;
  suspended_after_end: { value: string; endColumn: string; endValue: string };
  records_overlap: { code: string; period: string; other: string; otherLine: number };
  parquet_unreadable: { detail: string };
  parquet_column_type: { column: string; type: string; expected: string };
  events_after_area_ended: { reports: number; example: string; code: string; validTo: string };
}

export type AggregateProblemCode = keyof AggregateProblemArgs;
/** Every code a case-level file's problem can carry. */
export type AnyProblemArgs = ProblemArgs & AggregateProblemArgs;
export type AnyProblemCode = ProblemCode | AggregateProblemCode;

const MESSAGES: {
  [C in AggregateProblemCode]: {
    vi: (a: AggregateProblemArgs[C]) => string;
    en: (a: AggregateProblemArgs[C]) => string;
  };
} = {
  file_unreadable: {
    vi: (a) => `không đọc được tệp "${a.path}" (${a.detail})`,
    en: (a) => `cannot read the file "${a.path}" (${a.detail})`,
  },
  date_out_of_range: {
    vi: (a) => `cột "${a.column}": ngày ${a.value} nằm ngoài các năm ${a.min}-${a.max}`,
    en: (a) => `column "${a.column}": the date ${a.value} is outside the years ${a.min}-${a.max}`,
  },
  area_not_on_date: {
    vi: (a) =>
      `địa bàn ${a.code} không tồn tại vào ngày ${a.date}: hiệu lực từ ${a.validFrom}${a.validTo ? ` đến ${a.validTo}` : ''}`,
    en: (a) =>
      `area ${a.code} did not exist on ${a.date}: valid from ${a.validFrom}${a.validTo ? ` to ${a.validTo}` : ''}`,
  },
  date_before: {
    vi: (a) => `cột "${a.column}": ${a.value} trước ${a.other} ${a.otherValue}`,
    en: (a) => `column "${a.column}": ${a.value} is before ${a.other} ${a.otherValue}`,
  },
  bad_flag: {
    vi: (a) => `cột "${a.column}": "${a.value}" không hợp lệ; ghi 1 hoặc 0 (true hoặc false)`,
    en: (a) => `column "${a.column}": "${a.value}" is not valid; write 1 or 0 (true or false)`,
  },
  event_not_accepted: {
    vi: (a) =>
      `tin báo không được thụ lý (accepted = 0) nhưng có "${a.column}"; chỉ tin đã thụ lý mới được chuyển, giải quyết hay tạm đình chỉ`,
    en: (a) =>
      `the report was not accepted (accepted = 0) but has "${a.column}"; only accepted reports are transferred, resolved or suspended`,
  },
  ended_twice: {
    vi: () => 'tin báo vừa có transferred_date vừa có resolved_date; mỗi tin báo kết thúc bằng một trong hai',
    en: () => 'the report has both transferred_date and resolved_date; a report ends in one of the two',
  },
  suspended_after_end: {
    vi: (a) => `cột "suspended": ${a.value} sau khi tin báo đã kết thúc (${a.endColumn} ${a.endValue})`,
    en: (a) => `column "suspended": ${a.value} is after the report ended (${a.endColumn} ${a.endValue})`,
  },
  records_overlap: {
    vi: (a) =>
      `kỳ ${a.period} có bản ghi của địa bàn ${a.code} và cả của ${a.other} (dòng ${a.otherLine}) là cấp trên hoặc cấp dưới của nó; bản ghi chỉ ghi ở một cấp, nếu không bảng tổng hợp sẽ tính trùng`,
    en: (a) =>
      `period ${a.period} has records for area ${a.code} and also for ${a.other} (line ${a.otherLine}), an ancestor or descendant of it; records belong to one level only, or the tables would count twice`,
  },
  parquet_unreadable: {
    vi: (a) => `không đọc được tệp Parquet (${a.detail})`,
    en: (a) => `cannot read the Parquet file (${a.detail})`,
  },
  parquet_column_type: {
    vi: (a) => `cột "${a.column}" có kiểu ${a.type}; cần ${a.expected}`,
    en: (a) => `column "${a.column}" has type ${a.type}; expected ${a.expected}`,
  },
  events_after_area_ended: {
    vi: (a) =>
      `${a.reports} tin báo còn tồn khi địa bàn của chúng chấm dứt (ví dụ ${a.example}, địa bàn ${a.code} đến ${a.validTo}); ` +
      'các sự kiện sau ngày đó không vào bảng (theo hợp đồng, số tồn bàn giao là chuyển giao, không phải việc mới)',
    en: (a) =>
      `${a.reports} reports were still open when their area ended (e.g. ${a.example}, area ${a.code} until ${a.validTo}); ` +
      'their events after that day are left out of the tables (the contract counts a handed-over stock as a transfer, not new work)',
  },
};

/**
 * The message of a problem code in the reader's language, whether the code is the loader's or one
 * of the codes above.
 *
 * @example
 * problemMessage('ended_twice', {}, 'en'); // => 'the report has both transferred_date and resolved_date; a report ends in one of the two'
 */
export function problemMessage<C extends AnyProblemCode>(code: C, args: AnyProblemArgs[C], lang: Lang): string {
  if (code in MESSAGES) {
    const m = MESSAGES[code as AggregateProblemCode] as { vi: (a: unknown) => string; en: (a: unknown) => string };
    return m[lang](args);
  }
  return validationMessage(code as ProblemCode, args as ProblemArgs[ProblemCode], lang);
}

/** Help of `chitieu aggregate`. */
export const AGGREGATE_HELP: Bilingual = {
  vi: `Cách dùng: chitieu aggregate --cases TỆP [--reports TỆP] --areas areas.csv --out THƯ_MỤC
                         [--cutoff NGÀY] [--periods TÊN|TỆP.json] [--max-problems N] [--threads N] [--lang vi|en]
       chitieu aggregate --sql --areas areas.csv [--cutoff NGÀY] [--periods TÊN|TỆP.json]
                         [--table BẢNG] [--reports TỆP | --reports-table BẢNG] [--out THƯ_MỤC]

Tổng hợp bản ghi từng vụ án (và từng tin báo) thành các bảng của hợp đồng dữ liệu:
criminal_cases.csv (và crime_reports.csv) theo tháng của quy ước kỳ báo cáo.
  --cases         Tệp vụ án, CSV hoặc Parquet: case_id, occurred_date, area_code, crime_group, severity,
                  cleared_date (để trống khi chưa điều tra làm rõ)
  --reports       Tệp tin báo, CSV hoặc Parquet: report_id, received_date, area_code, accepted, transferred_date,
                  resolved_date, suspended
  --areas         Danh mục địa bàn (areas.csv của hợp đồng)
  --out           Thư mục ghi kết quả; không ghi gì nếu số liệu bị từ chối
  --cutoff        Ngày chốt số liệu (YYYY-MM-DD): vụ án làm rõ đến ngày này mới tính là đã làm rõ;
                  bản ghi và sự kiện sau ngày này không tính (mặc định: tính mọi ngày trong tệp)
  --periods       Quy ước kỳ: calendar (mặc định), police, national_assembly, procuracy, hoặc tệp JSON
  --max-problems  Số lỗi in ra nhiều nhất (mặc định 1000; 0 là in tất cả)
  --threads       Số luồng đọc tệp (mặc định: số nhân CPU, tối đa 4, với tệp từ 100 MB CSV hoặc 2 triệu dòng Parquet)
  --sql           Không đọc bản ghi: in phép tổng hợp dưới dạng SQL chuẩn, mỗi bảng một câu lệnh (chạy nguyên văn
                  trên DuckDB, Trino, Spark SQL, PostgreSQL); với --out, ghi criminal_cases.sql (và crime_reports.sql)
  --table         Với --sql: bảng chứa bản ghi vụ án (mặc định records); DuckDB: read_csv('cases.csv', all_varchar = true)
                  hoặc read_parquet('cases.parquet')
  --reports-table Với --sql: bảng chứa bản ghi tin báo (mặc định reports khi có --reports)`,
  en: `Usage: chitieu aggregate --cases FILE [--reports FILE] --areas areas.csv --out DIR
                         [--cutoff DATE] [--periods NAME|FILE.json] [--max-problems N] [--threads N] [--lang vi|en]
       chitieu aggregate --sql --areas areas.csv [--cutoff DATE] [--periods NAME|FILE.json]
                         [--table TABLE] [--reports FILE | --reports-table TABLE] [--out DIR]

Turns case-level (and report-level) records into the data contract's tables:
criminal_cases.csv (and crime_reports.csv), by the months of a period convention.
  --cases         Case records, CSV or Parquet: case_id, occurred_date, area_code, crime_group, severity,
                  cleared_date (empty while not cleared)
  --reports       Report records, CSV or Parquet: report_id, received_date, area_code, accepted, transferred_date,
                  resolved_date, suspended
  --areas         The area list (the contract's areas.csv)
  --out           Folder the tables are written to; nothing is written when the data are refused
  --cutoff        Reporting cut-off (YYYY-MM-DD): a case counts as cleared when cleared by this day;
                  records and events after it are left out (default: every date in the files counts)
  --periods       Period convention: calendar (default), police, national_assembly, procuracy, or a JSON file
  --max-problems  Most problems printed (default 1000; 0 prints all)
  --threads       Threads reading a file (default: the CPU cores, at most 4, for files of 100 MB of CSV or 2 million Parquet rows)
  --sql           Reads no records: prints the aggregation as standard SQL, one statement per table (runs unchanged
                  on DuckDB, Trino, Spark SQL, PostgreSQL); with --out, writes criminal_cases.sql (and crime_reports.sql)
  --table         With --sql: the table holding the case records (default records); DuckDB:
                  read_csv('cases.csv', all_varchar = true) or read_parquet('cases.parquet')
  --reports-table With --sql: the table holding the report records (default reports, with --reports)`,
};

/** Short messages of `chitieu aggregate` and `npm run data:cases`. */
export const AGGREGATE_MESSAGES = {
  badCutoff: (value: string): Bilingual => ({
    vi: `--cutoff "${value}" không phải ngày dạng YYYY-MM-DD trong các năm được hỗ trợ`,
    en: `--cutoff "${value}" is not a date written YYYY-MM-DD within the supported years`,
  }),
  badPeriods: (value: string, detail: string): Bilingual => ({
    vi: `--periods "${value}": không phải quy ước có sẵn (calendar, police, national_assembly, procuracy) hay tệp JSON hợp lệ (${detail})`,
    en: `--periods "${value}": neither a built-in convention (calendar, police, national_assembly, procuracy) nor a valid JSON file (${detail})`,
  }),
  badCount: (option: string, value: string): Bilingual => ({
    vi: `--${option} "${value}" phải là số nguyên${option === 'threads' ? ' dương' : ' không âm'}`,
    en: `--${option} "${value}" must be a whole number ${option === 'threads' ? '>= 1' : '>= 0'}`,
  }),
  refused: (count: number, shown: number): Bilingual => ({
    vi: `Số liệu bị từ chối: ${n(count, 'vi')} lỗi${shown < count ? ` (in ${n(shown, 'vi')} lỗi đầu; dùng --max-problems 0 để in tất cả)` : ''}; không ghi tệp nào.`,
    en: `The data were refused: ${n(count, 'en')} problem${count === 1 ? '' : 's'}${shown < count ? ` (the first ${n(shown, 'en')} printed; --max-problems 0 prints all)` : ''}; nothing was written.`,
  }),
  casesSummary: (records: number, afterCutoff: number, cleared: number, rows: number, file: string): Bilingual => ({
    vi: `Vụ án: đọc ${n(records, 'vi')} bản ghi${afterCutoff ? `, ${n(afterCutoff, 'vi')} xảy ra sau ngày chốt nên không tính` : ''}; ${n(cleared, 'vi')} đã làm rõ đến ngày chốt; ghi ${n(rows, 'vi')} dòng vào ${file}`,
    en: `Cases: read ${n(records, 'en')} records${afterCutoff ? `, ${n(afterCutoff, 'en')} occurred after the cut-off and are left out` : ''}; ${n(cleared, 'en')} cleared by the cut-off; wrote ${n(rows, 'en')} rows to ${file}`,
  }),
  reportsSummary: (records: number, afterCutoff: number, rows: number, file: string): Bilingual => ({
    vi: `Tin báo: đọc ${n(records, 'vi')} bản ghi${afterCutoff ? `, ${n(afterCutoff, 'vi')} tiếp nhận sau ngày chốt nên không tính` : ''}; ghi ${n(rows, 'vi')} dòng vào ${file}`,
    en: `Reports: read ${n(records, 'en')} records${afterCutoff ? `, ${n(afterCutoff, 'en')} received after the cut-off and are left out` : ''}; wrote ${n(rows, 'en')} rows to ${file}`,
  }),
  convention: (id: string, cutoff: string | null): Bilingual => ({
    vi: `Quy ước kỳ: ${id}; ngày chốt: ${cutoff ?? 'không có (tính mọi ngày trong tệp)'}`,
    en: `Period convention: ${id}; cut-off: ${cutoff ?? 'none (every date in the files counts)'}`,
  }),
  cutoffMidPeriod: (cutoff: string, start: string, end: string): Bilingual => ({
    vi: `Lưu ý: ngày chốt ${cutoff} nằm giữa kỳ ${start} đến ${end}; số liệu của kỳ đó chưa đủ tháng`,
    en: `Note: the cut-off ${cutoff} falls inside the period ${start} to ${end}; that period's figures are partial`,
  }),
  /**
   * The comment lines in front of a statement of `chitieu aggregate --sql`: the table it computes,
   * the convention and cut-off, the table it reads, and what it does not do.
   */
  sqlHeader: (
    file: string,
    convention: string,
    monthStartDay: number,
    yearStartMonth: number,
    cutoff: string | null,
    table: string,
  ): Bilingual => ({
    vi: [
      `${file}: chitieu aggregate --sql; quy ước kỳ ${convention} (tháng bắt đầu ngày ${monthStartDay}, năm bắt đầu tháng ${yearStartMonth}); ngày chốt ${cutoff ?? 'không có (tính mọi ngày)'}.`,
      `Đọc bản ghi từ ${table}. SQL chuẩn: chạy nguyên văn trên DuckDB, Trino, Spark SQL, PostgreSQL.`,
      'Câu lệnh chỉ đếm, không kiểm tra: kiểm tra tệp bằng chitieu aggregate (mã địa bàn, ngày, mã trùng, ngày trước ngày).',
    ].join('\n'),
    en: [
      `${file}: chitieu aggregate --sql; period convention ${convention} (months start on day ${monthStartDay}, years on month ${yearStartMonth}); cut-off ${cutoff ?? 'none (every date counts)'}.`,
      `Reads the records from ${table}. Standard SQL: runs unchanged on DuckDB, Trino, Spark SQL, PostgreSQL.`,
      'The statement counts and does not check: check the file with chitieu aggregate (area codes, dates, duplicate ids, dates in order).',
    ].join('\n'),
  }),
  sqlWritten: (file: string): Bilingual => ({
    vi: `Đã ghi câu lệnh SQL vào ${file}`,
    en: `Wrote the SQL statement to ${file}`,
  }),
  generated: (rows: number, file: string, seconds: number): Bilingual => ({
    vi: `Đã sinh ${n(rows, 'vi')} bản ghi vào ${file} trong ${formatNumber(seconds, { lang: 'vi', decimals: 1 })} giây (số liệu GIẢ LẬP)`,
    en: `Generated ${n(rows, 'en')} records into ${file} in ${formatNumber(seconds, { lang: 'en', decimals: 1 })} s (SYNTHETIC data)`,
  }),
};
