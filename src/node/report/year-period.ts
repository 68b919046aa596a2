import type { DataSet } from '../../core/types.ts';
import { rootArea } from '../../core/areas/tree.ts';
import type { Lang } from '../../core/messages/lang.ts';
import { reportingYearLabel } from '../../core/periods/of-data.ts';
import { findReport, type Scorecard } from './build-scorecard.ts';

/**
 * The period a year of the scorecard covers, with its days, from the months its province results cover:
 * the whole year, or the year to date.
 *
 * @example yearPeriodLabel(bundled, scorecard, 2025, 'vi') // => 'Năm 2025 (15/12/2024 - 14/12/2025)'
 * @example yearPeriodLabel(bundled, scorecard, 2026, 'vi') // => '10 tháng đầu năm 2026 (15/12/2025 - 14/10/2026)'
 */
export function yearPeriodLabel(data: DataSet, scorecard: Scorecard, year: number, lang: Lang): string {
  const months = new Set<number>();
  const report = findReport(scorecard, year, rootArea(data.areas).area_code);
  for (const r of report?.results ?? []) for (const m of r.inputs.months ?? []) months.add(m);
  return reportingYearLabel(data.meta, year, months.size > 0 ? [...months] : null, lang);
}
