import type { IndicatorReport } from '../core/indicators/result.ts';

/**
 * The results of one year and area as a danfo.js DataFrame (what a pandas user reaches for). danfo.js
 * is imported here, on first use only, so a run that never asks for a DataFrame does not load it.
 *
 * Columns: id, breakdown (`field=drugs` or empty), value, numerator, denominator, ci_low, ci_high,
 * comparator, threshold, status.
 *
 * @example (await resultsToDataFrame(report)).shape // => [18, 10]
 */
export async function resultsToDataFrame(report: IndicatorReport) {
  const { default: dfd } = await import('danfojs-node');
  const rows = report.results.map((r) => ({
    id: r.id,
    breakdown: Object.entries(r.breakdown)
      .map(([k, v]) => `${k}=${v}`)
      .join(','),
    value: r.value ?? NaN,
    numerator: r.numerator ?? NaN,
    denominator: r.denominator ?? NaN,
    ci_low: r.ci95?.[0] ?? NaN,
    ci_high: r.ci95?.[1] ?? NaN,
    comparator: r.target?.comparator ?? '',
    threshold: r.target?.threshold ?? NaN,
    status: r.status,
  }));
  return new dfd.DataFrame(rows);
}
