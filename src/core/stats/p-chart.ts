import { nonNegative, notAbove } from './check-arguments.ts';

export interface PChartRow {
  /** Events in the period (cases cleared, say). */
  numerator: number;
  /** Trials in the period (cases recorded). */
  denominator: number;
}

export interface PChartPoint {
  index: number;
  numerator: number;
  denominator: number;
  /** `x_i/n_i`; null when n_i = 0. */
  proportion: number | null;
  /** `√(p̄(1−p̄)/n_i)`; null when n_i = 0. */
  sigma: number | null;
  /** `max(0, p̄ − z·sigma)`; null when n_i = 0. */
  lowerLimit: number | null;
  /** `min(1, p̄ + z·sigma)`; null when n_i = 0. */
  upperLimit: number | null;
  /** 'above' or 'below' the limits, or null when inside (or n_i = 0). */
  outside: 'above' | 'below' | null;
}

export interface PChartResult {
  /** `p̄ = Σx_i / Σn_i`; null when Σn_i = 0. */
  pBar: number | null;
  totalNumerator: number;
  totalDenominator: number;
  z: number;
  points: PChartPoint[];
  /** Indices of the points outside their limits. */
  outsideIndices: number[];
}

/**
 * p-chart: control limits for a proportion whose denominator changes from period to period.
 *
 * - `p̄ = Σx_i / Σn_i`
 * - limits for period i: `p̄ ± z·√(p̄(1−p̄)/n_i)`, z = 3, clamped to [0, 1]
 * - a point is outside when `p_i > upper` or `p_i < lower`
 *
 * Source: Montgomery, Introduction to Statistical Quality Control (7th ed., 2013), section 7.2;
 * METHODOLOGY.md section 4 (monthly proportions such as the clearance rate).
 *
 * Periods with n_i = 0 have no proportion and no limits; they add nothing to p̄.
 *
 * @param rows - numerator and denominator per period, in time order
 * @param options - `z` (3)
 * @throws {RangeError} when a count is negative or not finite, a numerator exceeds its
 *   denominator, or z <= 0
 *
 * @example
 * const r = pChart([{ numerator: 45, denominator: 50 }, { numerator: 20, denominator: 40 }, { numerator: 90, denominator: 100 }]);
 * r.pBar;                    // => 0.8157894736842105
 * r.points[1].lowerLimit;    // => 0.631908188965493
 * r.outsideIndices;          // => [1]
 */
export function pChart(rows: readonly PChartRow[], options: { z?: number } = {}): PChartResult {
  const z = options.z ?? 3;
  if (!(z > 0) || !Number.isFinite(z)) throw new RangeError(`z must be a finite number > 0, got ${z}`);
  rows.forEach((row, i) => {
    nonNegative(row.numerator, `rows[${i}].numerator`);
    nonNegative(row.denominator, `rows[${i}].denominator`);
    notAbove(row.numerator, row.denominator, `rows[${i}].numerator`, `rows[${i}].denominator`);
  });

  const totalNumerator = rows.reduce((sum, r) => sum + r.numerator, 0);
  const totalDenominator = rows.reduce((sum, r) => sum + r.denominator, 0);
  const pBar = totalDenominator > 0 ? totalNumerator / totalDenominator : null;

  const points = rows.map((row, index): PChartPoint => {
    const { numerator, denominator } = row;
    if (pBar === null || denominator === 0) {
      return {
        index,
        numerator,
        denominator,
        proportion: null,
        sigma: null,
        lowerLimit: null,
        upperLimit: null,
        outside: null,
      };
    }
    const proportion = numerator / denominator;
    const sigma = Math.sqrt((pBar * (1 - pBar)) / denominator);
    const lowerLimit = Math.max(0, pBar - z * sigma);
    const upperLimit = Math.min(1, pBar + z * sigma);
    const outside = proportion > upperLimit ? 'above' : proportion < lowerLimit ? 'below' : null;
    return { index, numerator, denominator, proportion, sigma, lowerLimit, upperLimit, outside };
  });

  return {
    pBar,
    totalNumerator,
    totalDenominator,
    z,
    points,
    outsideIndices: points.filter((p) => p.outside !== null).map((p) => p.index),
  };
}
