/**
 * The pieces `chitieu aggregate --sql` builds its statements from: literals, the typed reading of a
 * record column, a date's statistical month as an integer, and the area list as an inline table.
 *
 * Every piece is standard SQL that DuckDB, Trino, Spark SQL and PostgreSQL all run: `CAST`,
 * `NULLIF`, `CASE`, `EXTRACT(YEAR|MONTH|DAY FROM d)`, `MOD`, `DATE '...'` literals and
 * `(VALUES ...) AS t (columns)`; no engine's own functions (no `date_trunc`, no `strftime`, no
 * `generate_series`).
 *
 * A statistical month is the integer `period = y * 12 + (month - 1)` of the named month `periodOf`
 * gives (core/periods) and `y` the calendar year it lies in, as in `period-table.ts`: consecutive
 * months have consecutive integers under every convention, so "the month after" is `period + 1`;
 * the statistical year is added back only in the output (`yearMonthSql`).
 */
import type { PeriodConvention } from '../../core/periods/convention.ts';
import type { AreaTable } from './areas.ts';
import { FIRST_DAY, NO_DAY } from './day-number.ts';
import { periodOfDayNumber, type PeriodTable } from './period-table.ts';

/** A period larger than any supported one: the last month of an area that still exists. */
export const OPEN_PERIOD = 999_999;

/**
 * A text literal, quotes doubled (SQL-92).
 *
 * @example
 * sqlText("Hà Tĩnh's"); // => "'Hà Tĩnh''s'"
 */
export function sqlText(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * A record column read as a date: a `DATE` column as it is, an ISO text column (`YYYY-MM-DD`)
 * converted, and an empty text (a CSV file read as text by Trino or Spark) as NULL, like the
 * command's empty cell. The column goes through text first so that one expression fits both.
 *
 * @example
 * typedDateSql('cleared_date'); // => "CAST(NULLIF(CAST(cleared_date AS VARCHAR), '') AS DATE)"
 */
export function typedDateSql(column: string): string {
  return `CAST(NULLIF(CAST(${column} AS VARCHAR), '') AS DATE)`;
}

/**
 * The statistical month (`period`) of a date: `calendar year * 12 + (named month - 1)`, where with
 * `month_start_day` d > 1 a date on or after day d belongs to the next calendar month (police:
 * 15/7 is in month 8). NULL for a NULL date.
 *
 * @example
 * periodOfDateSql('d', PERIOD_CONVENTIONS.calendar); // => 'EXTRACT(YEAR FROM d) * 12 + EXTRACT(MONTH FROM d) - 1'
 */
export function periodOfDateSql(column: string, convention: PeriodConvention): string {
  const base = `EXTRACT(YEAR FROM ${column}) * 12 + EXTRACT(MONTH FROM ${column}) - 1`;
  const d = convention.month_start_day;
  return d > 1 ? `${base} + CASE WHEN EXTRACT(DAY FROM ${column}) >= ${d} THEN 1 ELSE 0 END` : base;
}

/**
 * The statistical year and month of a period column, as the output's `year, month`: the named
 * month is `MOD(p, 12) + 1`; its year the calendar year, plus one when the convention's year
 * starts after January and the month is at or after its first month (National Assembly, m = 10:
 * October 2024 is month 10 of 2025). `periodOf`'s rule, as `periodOfIndex` applies it.
 *
 * @example
 * yearMonthSql('p', PERIOD_CONVENTIONS.calendar);
 * // => 'CAST((p - MOD(p, 12)) / 12 AS INTEGER) AS year, CAST(MOD(p, 12) + 1 AS INTEGER) AS month'
 */
export function yearMonthSql(period: string, convention: PeriodConvention): string {
  const m = convention.year_start_month;
  const shift = m > 1 ? ` + CASE WHEN MOD(${period}, 12) >= ${m - 1} THEN 1 ELSE 0 END` : '';
  return `CAST((${period} - MOD(${period}, 12)) / 12${shift} AS INTEGER) AS year, CAST(MOD(${period}, 12) + 1 AS INTEGER) AS month`;
}

/**
 * The area list as an inline table `area_list (area_code, area_order, first_period, last_period)`:
 * the order of areas.csv (the order of the command's rows), and the statistical months holding
 * each area's `valid_from` and `valid_to` (`OPEN_PERIOD` while it exists).
 *
 * @example
 * areaListSql(areaTable(rows), periodTable(PERIOD_CONVENTIONS.calendar)).split('\n')[2];
 * // => "    ('42', 0, 24228, 999999),"
 */
export function areaListSql(areas: AreaTable, periods: PeriodTable): string {
  const span = periods.periodOfDay.length;
  const periodOf = (day: number, open: number): number =>
    day === NO_DAY || day - FIRST_DAY >= span ? open : day < FIRST_DAY ? 0 : periodOfDayNumber(periods, day);
  const rows = areas.codes.map(
    (code, a) =>
      `    (${sqlText(code)}, ${a}, ${periodOf(areas.validFrom[a]!, 0)}, ${periodOf(areas.validTo[a]!, OPEN_PERIOD)})`,
  );
  return [
    'area_list AS (',
    '  SELECT * FROM (VALUES',
    rows.join(',\n'),
    '  ) AS a (area_code, area_order, first_period, last_period)',
    ')',
  ].join('\n');
}

/**
 * The comment lines that open a statement: what it computes and from which table.
 *
 * @example
 * headerSql(['criminal_cases.csv by chitieu aggregate --sql']); // => '-- criminal_cases.csv by chitieu aggregate --sql'
 */
export function headerSql(lines: readonly string[]): string {
  return lines.map((l) => `-- ${l}`).join('\n');
}
