/**
 * `criminal_cases` as one standard SQL statement over the case records: the same table, row for
 * row and in the same order, as `aggregateRecords` (count-cases.ts) computes from valid records.
 *
 * For each statistical month, area, crime group and severity:
 *   occurred = COUNT(*) of the cases with occurred_date in the month and occurred_date <= cut-off
 *   cleared  = of those, the cases with cleared_date <= cut-off
 * (without a cut-off every date counts: cleared = cases with a cleared_date). Months by the
 * convention, `periodOf`'s formula in SQL (sql-parts.ts). Rows in order of month, area (as in
 * areas.csv), crime group and severity (as the contract lists them).
 *
 * The statement counts; it does not check. The command refuses a file with an unknown area, a bad
 * date, a duplicate id or a case cleared before it occurred; the statement counts what it is given.
 */
import type { PeriodConvention } from '../../core/periods/convention.ts';
import { CRIME_GROUPS, SEVERITIES } from '../../core/types.ts';
import type { AreaTable } from './areas.ts';
import type { PeriodTable } from './period-table.ts';
import { areaListSql, periodOfDateSql, sqlText, typedDateSql, yearMonthSql } from './sql-parts.ts';

export interface CasesSqlOptions {
  areas: AreaTable;
  periods: PeriodTable;
  convention: PeriodConvention;
  /** ISO cut-off, or null: every date counts. */
  cutoff: string | null;
  /** Table (or table expression) the case records are read from. */
  table: string;
  /** Comment lines put in front of the statement. */
  header: string;
}

/**
 * The statement, without a final semicolon.
 *
 * @example
 * criminalCasesSql({ areas, periods, convention: PERIOD_CONVENTIONS.police, cutoff: '2026-10-14',
 *   table: 'records', header: '' }).includes("WHERE occurred_date <= DATE '2026-10-14'"); // => true
 */
export function criminalCasesSql(options: CasesSqlOptions): string {
  const { convention, cutoff, table } = options;
  const cut = cutoff === null ? null : `DATE ${sqlText(cutoff)}`;
  const order = (column: string, values: readonly string[]): string =>
    `CASE ${column} ${values.map((v, i) => `WHEN ${sqlText(v)} THEN ${i}`).join(' ')} ELSE ${values.length} END`;
  return [
    options.header,
    'WITH',
    `${areaListSql(options.areas, options.periods)},`,
    'typed_cases AS (',
    '  SELECT CAST(area_code AS VARCHAR) AS area_code,',
    '         CAST(crime_group AS VARCHAR) AS crime_group,',
    '         CAST(severity AS VARCHAR) AS severity,',
    `         ${typedDateSql('occurred_date')} AS occurred_date,`,
    `         ${typedDateSql('cleared_date')} AS cleared_date`,
    `  FROM ${table}`,
    '),',
    'case_months AS (',
    '  SELECT area_code, crime_group, severity, cleared_date,',
    `         ${periodOfDateSql('occurred_date', convention)} AS stat_month`,
    '  FROM typed_cases',
    `  WHERE ${cut === null ? 'occurred_date IS NOT NULL' : `occurred_date <= ${cut}`}`,
    '),',
    'case_counts AS (',
    '  SELECT stat_month, area_code, crime_group, severity,',
    '         COUNT(*) AS occurred,',
    `         SUM(CASE WHEN ${cut === null ? 'cleared_date IS NOT NULL' : `cleared_date <= ${cut}`} THEN 1 ELSE 0 END) AS cleared`,
    '  FROM case_months',
    '  GROUP BY stat_month, area_code, crime_group, severity',
    ')',
    `SELECT ${yearMonthSql('c.stat_month', convention)},`,
    '       c.area_code, c.crime_group, c.severity, c.occurred, c.cleared',
    'FROM case_counts c',
    'LEFT JOIN area_list a ON a.area_code = c.area_code',
    `ORDER BY c.stat_month, COALESCE(a.area_order, ${options.areas.codes.length}), c.area_code,`,
    `         ${order('c.crime_group', CRIME_GROUPS)},`,
    `         ${order('c.severity', SEVERITIES)}`,
  ]
    .filter((line) => line !== '')
    .join('\n');
}
