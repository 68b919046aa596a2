/**
 * The path of criminal cases to the programme's 2025 target (at least 5 % fewer than in 2021): the
 * yearly totals, their trend (Mann-Kendall test, Theil-Sen slope), and, while the target year is still
 * ahead, the chance of meeting it if the trend holds.
 */
import { headline, type ChartInputs } from '../../src/core/charts/inputs.ts';
import { mannKendall, type MannKendallResult } from '../../src/core/stats/mann-kendall.ts';
import { poissonTargetProbability, type PoissonTargetResult } from '../../src/core/stats/poisson-target-probability.ts';
import { theilSen, type TheilSenResult } from '../../src/core/stats/theil-sen.ts';

export interface YearTotal {
  year: number;
  count: number;
  /** Months the year's rows cover; 12 (or null, annual table) for a whole year. */
  months: number | null;
}

export interface CrimePath {
  baselineYear: number;
  baseline: number | null;
  /** Whole years from the baseline to the chosen year. */
  years: YearTotal[];
  /** The trend test over those years; null with fewer than 3. */
  trend: MannKendallResult | null;
  /** The trend line over those years; null with fewer than 2. */
  line: TheilSenResult | null;
  deadline: number | null;
  threshold: number | null;
  /** The trend line's value in the deadline year and the chance it meets the target; null once the deadline year is whole. */
  projection: { year: number; mean: number; result: PoissonTargetResult } | null;
}

/** The path to the target, from the chart inputs of a year and area. */
export function crimePath(inputs: ChartInputs): CrimePath {
  const id = 'crime_change_vs_baseline';
  const result = headline(inputs.report, id);
  const baselineYear = result?.inputs.comparison_year ?? 2021;
  const years: YearTotal[] = inputs.history.flatMap((report) => {
    const r = headline(report, id);
    if (!r || r.numerator === null || report.year < baselineYear) return [];
    const months = r.inputs.months?.length ?? null;
    return months === null || months === 12 ? [{ year: report.year, count: r.numerator, months }] : [];
  });
  const baseline = years.find((y) => y.year === baselineYear)?.count ?? null;
  const trend = years.length >= 3 ? mannKendall(years.map((y) => y.count)) : null;
  const line =
    years.length >= 2
      ? theilSen(
          years.map((y) => y.count),
          years.map((y) => y.year),
        )
      : null;
  const deadline = result?.target?.deadline_year ?? null;
  const threshold = result?.target?.threshold ?? null;
  let projection: CrimePath['projection'] = null;
  const lastWhole = years[years.length - 1]?.year ?? null;
  if (
    line &&
    baseline !== null &&
    deadline !== null &&
    threshold !== null &&
    lastWhole !== null &&
    lastWhole < deadline
  ) {
    const mean = Math.max(0, line.intercept + line.slope * deadline);
    projection = { year: deadline, mean, result: poissonTargetProbability({ baseline, threshold }, mean) };
  }
  return { baselineYear, baseline, years, trend, line, deadline, threshold, projection };
}
