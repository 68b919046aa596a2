import type { IndicatorReport } from '../indicators/result.ts';
import { exactVerdict } from '../indicators/verdict.ts';
import type { PeriodConvention } from '../periods/convention.ts';
import type { DataSet, Status, Target, ViolationField } from '../types.ts';
import { VIOLATION_FIELDS } from '../types.ts';
import { isPartialYear, splitsSeries, type ChartContext } from './chart-context.ts';
import {
  compareCounts,
  monthlySums,
  yearToDateComparison,
  type CountComparison,
  type PeriodCount,
} from './monthly-counts.ts';

/**
 * The data of the violations-by-field chart (violations-by-field.ts): detected violations per field against the
 * year before, the contract's figures for a whole year, the same months of the year before for a year to date.
 */

/** One field of detected violations, this period against the same period of the year before. */
export interface ViolationComparison extends CountComparison {
  field: ViolationField;
  target: Target | null;
  status: Status;
}

/** Detected violations by field: whole years, or the year to date when the year is not complete. */
export interface ViolationsData {
  kind: 'year' | 'year_to_date';
  rows: ViolationComparison[];
}

/**
 * Detected violations by field against the year before; null without rows, or across a break of the area's
 * series (the year before was on another territory, or the unit did not exist).
 *
 * @example violationsByFieldData(buildChartContext(data, { year: 2026 }))?.kind // => 'year_to_date'
 */
export function violationsByFieldData(context: ChartContext): ViolationsData | null {
  return context.memo('violations-by-field', () => {
    const { data, year, codes, convention, report } = context;
    if (splitsSeries(context, year - 1, year)) return null;
    const months = context.coverage.violations_detected?.[context.area.code]?.[year] ?? null;
    return violationsData(data, codes, convention, year, report, months);
  });
}

/** Detected violations by field: the contract's year-on-year figures, or the year to date in a partial year. */
function violationsData(
  data: DataSet,
  codes: ReadonlySet<string>,
  convention: PeriodConvention,
  year: number,
  report: IndicatorReport,
  months: number[] | null,
): ViolationsData | null {
  const results = report.results.filter((r) => r.id === 'violations_detected_change' && r.breakdown.field);
  if (results.length === 0 || results.every((r) => r.numerator === null)) return null;
  const partial = isPartialYear(months);
  const target = results[0]?.target ?? null;
  if (!partial) {
    const rows = results.flatMap((r): ViolationComparison[] => {
      if (r.numerator === null || r.denominator === null) return [];
      const whole = (y: number, count: number): PeriodCount => ({ year: y, firstMonth: null, lastMonth: null, count });
      return [
        {
          ...compareCounts(whole(year, r.numerator), whole(year - 1, r.denominator)),
          ci95: r.ci95,
          field: r.breakdown.field as ViolationField,
          target: r.target,
          status: r.status,
        },
      ];
    });
    return rows.length > 0 ? { kind: 'year', rows } : null;
  }
  const rows: ViolationComparison[] = [];
  for (const field of VIOLATION_FIELDS) {
    const series = monthlySums(
      data.violations_detected.filter((r) => r.field === field),
      codes,
      convention,
      (r) => r.detected,
    );
    const comparison = yearToDateComparison(series, year, convention, months);
    if (!comparison) continue;
    const status: Status =
      target && comparison.previous.count > 0
        ? exactVerdict(comparison.current.count, comparison.previous.count, -1, target.comparator, target.threshold)
        : 'no_data';
    rows.push({ ...comparison, field, target, status });
  }
  return rows.length > 0 ? { kind: 'year_to_date', rows } : null;
}
