import type { DataSet } from '../../core/types.ts';

/**
 * The date written into the workbook's and the Word file's properties (created, modified): the data's
 * cut-off date, or 1 January 2000 when the data name none. Never the clock, so that two runs on the same
 * data give the same bytes.
 *
 * @example documentDate(bundled).toISOString() // => '2026-10-14T00:00:00.000Z'
 */
export function documentDate(data: DataSet): Date {
  return new Date(`${data.meta.cutoff ?? '2000-01-01'}T00:00:00Z`);
}
