export interface TheilSenResult {
  /** Number of points. */
  n: number;
  /** Median of the pairwise slopes `(y_j − y_i)/(t_j − t_i)`, i < j, t_i ≠ t_j. */
  slope: number;
  /** Median of `y_i − slope·t_i`: the line's value at t = 0. */
  intercept: number;
  /** Pairs with distinct times that entered the median. */
  pairsUsed: number;
}

/**
 * Theil-Sen line: a trend slope that a few outlying years cannot pull.
 *
 * - `slope = median{(y_j − y_i)/(t_j − t_i) : i < j, t_i ≠ t_j}`
 * - `intercept = median{y_i − slope·t_i}`
 *
 * Source: Theil, Indag. Math. 1950;12:85-91; Sen, JASA 1968;63:1379-1389. The slope is R
 * `trend::sens.slope(y)` (times 1..n) and `mblm::mblm(y ~ t, repeated = FALSE)`; the intercept is
 * mblm's (scipy's `theilslopes` uses `median(y) − slope·median(t)` instead, which can differ).
 * METHODOLOGY.md section 4.
 *
 * @param values - the series
 * @param times - the time of each value (e.g. the year); 1, 2, ..., n when omitted
 * @throws {RangeError} when times and values differ in length, a number is not finite, or no
 *   pair of points has distinct times
 *
 * @example
 * theilSen([410, 402, 396, 388, 380], [2021, 2022, 2023, 2024, 2025]);
 * // => { n: 5, slope: -7.416666666666666, intercept: 15399.083333333332, pairsUsed: 10 }
 * theilSen([1, 2, 3, 4, 100]).slope;  // => 1
 */
export function theilSen(values: readonly number[], times?: readonly number[]): TheilSenResult {
  const n = values.length;
  const t = times ?? values.map((_, i) => i + 1);
  if (t.length !== n) throw new RangeError(`times (${t.length}) and values (${n}) must have the same length`);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(values[i])) throw new RangeError(`values[${i}] must be a finite number, got ${values[i]}`);
    if (!Number.isFinite(t[i])) throw new RangeError(`times[${i}] must be a finite number, got ${t[i]}`);
  }

  const slopes: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    for (let j = i + 1; j < n; j++) {
      const dt = (t[j] as number) - (t[i] as number);
      if (dt !== 0) slopes.push(((values[j] as number) - (values[i] as number)) / dt);
    }
  }
  if (slopes.length === 0) throw new RangeError('at least two points with distinct times are needed');

  const slope = median(slopes);
  const intercept = median(values.map((y, i) => y - slope * (t[i] as number)));
  return { n, slope, intercept, pairsUsed: slopes.length };
}

/** Median of a non-empty list (mean of the two middle values when the length is even). */
function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
