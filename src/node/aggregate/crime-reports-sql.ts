/**
 * `crime_reports` as one standard SQL statement over the report records: the same table, row for
 * row and in the same order, as `aggregateRecords` (count-reports.ts) computes from valid records.
 *
 * For a statistical month M and an area, with the events on or before the cut-off:
 *   received     = reports with received_date in M
 *   accepted     = of those, the accepted ones
 *   transferred, resolved, suspended = accepted reports with that date in M (and M within the area's life)
 *   carried_over = accepted reports received before M and not ended before M
 *                = the running sum over the months up to M of (+1 in the month after receipt,
 *                  -1 in the month after the report ended), a window SUM
 * where a report ends when transferred or resolved. A row for each month from the first month with
 * a report to the cut-off's month (without a cut-off: the last month with an event in its area's
 * life) and each area that existed in the month, at least in part, with a stock or a flow. The
 * months come from a grid of 10,000 consecutive integers made of four digit tables (standard SQL
 * has no series function), enough for the 300 supported years.
 *
 * Like criminal-cases-sql.ts, the statement counts and does not check: the command refuses the
 * records it would miscount (a report both transferred and resolved, events on a report not
 * accepted, an area that did not exist on the day of receipt).
 */
import type { PeriodConvention } from '../../core/periods/convention.ts';
import type { AreaTable } from './areas.ts';
import { dayFromIso } from './day-number.ts';
import { FLAG_TRUE } from './record-schema.ts';
import { periodOfDayNumber, type PeriodTable } from './period-table.ts';
import { OPEN_PERIOD, areaListSql, periodOfDateSql, sqlText, typedDateSql, yearMonthSql } from './sql-parts.ts';

export interface ReportsSqlOptions {
  areas: AreaTable;
  periods: PeriodTable;
  convention: PeriodConvention;
  /** ISO cut-off, or null: every date counts. */
  cutoff: string | null;
  /** Table (or table expression) the report records are read from. */
  table: string;
  /** Comment lines put in front of the statement. */
  header: string;
}

/** The five flows, in the order of the table's columns. */
const FLOWS = ['received', 'accepted', 'transferred', 'resolved', 'suspended'] as const;

/**
 * The statement, without a final semicolon.
 *
 * @example
 * crimeReportsSql({ areas, periods, convention: PERIOD_CONVENTIONS.calendar, cutoff: null,
 *   table: 'reports', header: '' }).includes('FROM reports'); // => true
 */
export function crimeReportsSql(options: ReportsSqlOptions): string {
  const { convention, cutoff, table, periods } = options;
  const cut = cutoff === null ? null : `DATE ${sqlText(cutoff)}`;
  /** A date's statistical month; with a cut-off, NULL when the date is after it. */
  const month = (column: string): string =>
    cut === null
      ? periodOfDateSql(column, convention)
      : `CASE WHEN ${column} <= ${cut} THEN ${periodOfDateSql(column, convention)} END`;
  const lastPeriod =
    cutoff === null
      ? `MAX(CASE WHEN f.stat_month <= COALESCE(a.last_period, ${OPEN_PERIOD}) AND ${FLOWS.map((c) => `f.${c}`).join(' + ')} > 0 THEN f.stat_month END)`
      : String(periodOfDayNumber(periods, dayFromIso(cutoff)));
  const ended = 'COALESCE(transferred_period, resolved_period)';
  const event = (at: string, values: readonly (string | number)[], where: string): string =>
    [
      `  SELECT area_code, ${at} AS stat_month, ${values.map((v, i) => `${v} AS ${['stock_change', ...FLOWS][i]}`).join(', ')}`,
      '  FROM report_periods',
      ...(where === '' ? [] : [`  WHERE ${where}`]),
    ].join('\n');
  const gridValue = 'r.first_period + d1.digit + 10 * d2.digit + 100 * d3.digit + 1000 * d4.digit';
  return [
    options.header,
    'WITH',
    `${areaListSql(options.areas, periods)},`,
    'digits AS (',
    `  SELECT * FROM (VALUES ${Array.from({ length: 10 }, (_, i) => `(${i})`).join(', ')}) AS d (digit)`,
    '),',
    'typed_reports AS (',
    '  SELECT CAST(area_code AS VARCHAR) AS area_code,',
    `         CASE WHEN CAST(accepted AS VARCHAR) IN (${FLAG_TRUE.map(sqlText).join(', ')}) THEN 1 ELSE 0 END AS accepted,`,
    `         ${typedDateSql('received_date')} AS received_date,`,
    `         ${typedDateSql('transferred_date')} AS transferred_date,`,
    `         ${typedDateSql('resolved_date')} AS resolved_date,`,
    `         ${typedDateSql('suspended')} AS suspended_date`,
    `  FROM ${table}`,
    '),',
    'report_periods AS (',
    '  SELECT area_code, accepted,',
    `         ${periodOfDateSql('received_date', convention)} AS received_period,`,
    `         ${month('transferred_date')} AS transferred_period,`,
    `         ${month('resolved_date')} AS resolved_period,`,
    `         ${month('suspended_date')} AS suspended_period`,
    '  FROM typed_reports',
    `  WHERE ${cut === null ? 'received_date IS NOT NULL' : `received_date <= ${cut}`}`,
    '),',
    'report_events AS (',
    event('received_period', [0, 1, 'accepted', 0, 0, 0], ''),
    '  UNION ALL',
    event(
      'received_period + 1',
      [1, 0, 0, 0, 0, 0],
      `accepted = 1 AND COALESCE(transferred_period, resolved_period, ${OPEN_PERIOD}) > received_period`,
    ),
    '  UNION ALL',
    event(`${ended} + 1`, [-1, 0, 0, 0, 0, 0], `accepted = 1 AND ${ended} > received_period`),
    '  UNION ALL',
    event('transferred_period', [0, 0, 0, 1, 0, 0], 'accepted = 1 AND transferred_period IS NOT NULL'),
    '  UNION ALL',
    event('resolved_period', [0, 0, 0, 0, 1, 0], 'accepted = 1 AND resolved_period IS NOT NULL'),
    '  UNION ALL',
    event('suspended_period', [0, 0, 0, 0, 0, 1], 'accepted = 1 AND suspended_period IS NOT NULL'),
    '),',
    'report_flows AS (',
    `  SELECT area_code, stat_month, SUM(stock_change) AS stock_change, ${FLOWS.map((c) => `SUM(${c}) AS ${c}`).join(', ')}`,
    '  FROM report_events',
    '  GROUP BY area_code, stat_month',
    '),',
    'month_range AS (',
    `  SELECT MIN(f.stat_month) AS first_period, ${lastPeriod} AS last_period`,
    '  FROM report_flows f',
    '  LEFT JOIN area_list a ON a.area_code = f.area_code',
    '),',
    'month_grid AS (',
    `  SELECT ${gridValue} AS stat_month`,
    '  FROM month_range r CROSS JOIN digits d1 CROSS JOIN digits d2 CROSS JOIN digits d3 CROSS JOIN digits d4',
    `  WHERE ${gridValue} <= r.last_period`,
    '),',
    'area_months AS (',
    '  SELECT a.area_code, a.area_order, g.stat_month',
    '  FROM area_list a',
    '  JOIN month_grid g ON g.stat_month BETWEEN a.first_period AND a.last_period',
    '),',
    'report_stock AS (',
    '  SELECT m.area_code, m.area_order, m.stat_month,',
    '         SUM(COALESCE(f.stock_change, 0)) OVER (PARTITION BY m.area_code ORDER BY m.stat_month',
    '           ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS carried_over,',
    `         ${FLOWS.map((c) => `COALESCE(f.${c}, 0) AS ${c}`).join(', ')}`,
    '  FROM area_months m',
    '  LEFT JOIN report_flows f ON f.area_code = m.area_code AND f.stat_month = m.stat_month',
    ')',
    `SELECT ${yearMonthSql('stat_month', convention)}, area_code, carried_over, ${FLOWS.join(', ')}`,
    'FROM report_stock',
    `WHERE carried_over <> 0 OR ${FLOWS.map((c) => `${c} <> 0`).join(' OR ')}`,
    'ORDER BY stat_month, area_order',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
