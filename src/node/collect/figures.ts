/**
 * A unit's own figures for a period, looked up in a data set: the reference columns of a form
 * (previous month, same month last year), the figures a correction replaces, and the unit's history
 * that a return is compared with.
 */
import type { DataSet, TableName } from '../../core/types.ts';

/** A period: a month of a year, or a whole year (`month` null) for a yearly table. */
export interface Period {
  year: number;
  month: number | null;
}

/** One row of a return: its breakdown and counts (`{ crime_group, severity }`, `{ occurred, cleared }`). */
export interface FigureRow {
  key: Record<string, string>;
  values: Record<string, number>;
}

type AnyRow = Record<string, unknown>;

/** The rows of a data set by table and `area|year|month`, built once. */
export class FigureIndex {
  private readonly index = new Map<string, AnyRow[]>();

  constructor(readonly data: DataSet) {
    for (const table of [
      'criminal_cases',
      'crime_reports',
      'violations_detected',
      'corruption_assets',
      'judicial_violations',
      'reoffending',
      'safe_units',
      'drug_free_communes',
    ] as const) {
      const rows = (data as unknown as Record<string, AnyRow[] | undefined>)[table];
      if (!rows) continue;
      for (const row of rows) {
        const year = (row.year ?? row.cohort_year) as number;
        const id = `${table}|${row.area_code as string}|${year}|${(row.month as number | null | undefined) ?? ''}`;
        let list = this.index.get(id);
        if (!list) this.index.set(id, (list = []));
        list.push(row);
      }
    }
  }

  /** The unit's rows of a table in a period (empty when none). */
  rows(table: TableName | string, area: string, period: Period): AnyRow[] {
    return this.index.get(`${table}|${area}|${period.year}|${period.month ?? ''}`) ?? [];
  }

  /** Whether the unit has reported the period: a row in any monthly table (or, for a year, in the table). */
  reported(area: string, period: Period, table?: string): boolean {
    const tables = period.month === null ? [table ?? ''] : ['crime_reports', 'criminal_cases', 'violations_detected'];
    return tables.some((t) => this.rows(t, area, period).length > 0);
  }

  /**
   * The value of one count of a unit's row, 0 when the unit reported the period without that row (the
   * bundled tables leave out rows of zeros), null when it did not report the period at all.
   */
  value(table: string, area: string, period: Period, key: Record<string, string>, column: string): number | null {
    const rows = this.rows(table, area, period);
    if (rows.length === 0 && !this.reported(area, period, table)) return null;
    const row = rows.find((r) => Object.entries(key).every(([k, v]) => r[k] === v));
    const v = row?.[column];
    return typeof v === 'number' ? v : 0;
  }
}

/** The previous month of a period (month 1 goes back to month 12 of the previous year). */
export function previousMonth(year: number, month: number): Period {
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}
