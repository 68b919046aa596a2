/**
 * Cells of the report's CSV and workbook outputs, made safe to open in a spreadsheet: the names the report and
 * the monthly collection use for the one CSV writer, `src/core/export/csv-document.ts` (also the notebooks'
 * downloads). A text cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage return) gets a leading
 * single quote; numbers the toolkit computed are written as numbers (a number that is not finite, empty).
 *
 * Reference: OWASP, "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection); RFC 4180.
 */
export {
  csvCell as csvField,
  csvRows as toCsv,
  neutraliseText,
  type CsvCell as CsvValue,
} from '../../core/export/csv-document.ts';
