/**
 * Input checks shared by the methods in `src/core/stats/`. Not part of the public API.
 *
 * Bad arguments are programming errors, not data problems (the readers refuse bad data
 * before any statistic runs), so they throw a `RangeError` naming the argument.
 */

/** Tolerance R's `binom.test` and `poisson.test` allow before calling a count non-integer. */
const INTEGER_TOLERANCE = 1e-7;

/**
 * Checks a finite number >= 0 and returns it.
 *
 * @example nonNegative(2.5, 'x') // => 2.5
 * @throws {RangeError} when `value` is negative, NaN or infinite.
 */
export function nonNegative(value: number, name: string): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite number >= 0, got ${value}`);
  }
  return value;
}

/**
 * Checks a whole count >= 0, as R's exact tests do, and returns it rounded.
 *
 * @example wholeCount(3.00000001, 'x') // => 3
 * @throws {RangeError} when `value` is negative, not finite, or further than 1e-7 from an integer.
 */
export function wholeCount(value: number, name: string): number {
  nonNegative(value, name);
  const rounded = Math.round(value);
  if (Math.abs(value - rounded) > INTEGER_TOLERANCE) {
    throw new RangeError(`${name} must be a whole number, got ${value}`);
  }
  return rounded;
}

/**
 * Checks a confidence level strictly between 0 and 1 and returns it.
 *
 * @example confidenceLevel(0.95) // => 0.95
 * @throws {RangeError} when `level` is outside (0, 1).
 */
export function confidenceLevel(level: number): number {
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`level must be between 0 and 1, got ${level}`);
  }
  return level;
}

/**
 * Checks `0 <= x <= n` and returns nothing.
 *
 * @example notAbove(3, 5, 'cleared', 'occurred') // => undefined
 * @throws {RangeError} when the numerator exceeds the denominator.
 */
export function notAbove(x: number, n: number, xName: string, nName: string): void {
  if (x > n) {
    throw new RangeError(`${xName} (${x}) must not exceed ${nName} (${n})`);
  }
}
