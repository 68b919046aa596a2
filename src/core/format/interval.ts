import { compareRational, multiplyRational, toRational, type DecimalInput } from './decimal.ts';
import { NUMBER_SYMBOLS } from './locale.ts';
import type { PercentOptions } from './percent.ts';
import { printRounded } from './print.ts';

/** Options of an interval. */
export interface IntervalOptions extends PercentOptions {
  /** `percent` (default): the ends are proportions printed as a percentage; `number`: plain figures. */
  kind?: 'percent' | 'number';
}

/**
 * Prints a confidence interval (or any range) with both ends rounded the same way and the unit
 * once at the end: '91,6 – 94,4 %' in Vietnamese, '91.6–94.4%' in English.
 *
 * @throws {RangeError} when the lower end is above the upper end, or an end is not finite.
 * @example
 * formatInterval([0.9158, 0.9441], { lang: 'vi', style: 'province' }); // => '91,6 – 94,4 %'
 * formatInterval([0.9158, 0.9441], { lang: 'en', style: 'province' }); // => '91.6–94.4%'
 * formatInterval([1.25, 3.5], { kind: 'number', decimals: 1 }); // => '1,3 – 3,5'
 */
export function formatInterval(interval: readonly [DecimalInput, DecimalInput], options: IntervalOptions = {}): string {
  const symbols = NUMBER_SYMBOLS[options.lang ?? 'vi'];
  let [lo, hi] = [toRational(interval[0]), toRational(interval[1])];
  if (compareRational(lo, hi) > 0) {
    throw new RangeError(`formatInterval: lower end ${String(interval[0])} is above upper end ${String(interval[1])}`);
  }
  const percent = (options.kind ?? 'percent') === 'percent';
  if (percent && options.input !== 'percent') [lo, hi] = [multiplyRational(lo, 100n), multiplyRational(hi, 100n)];
  const text = `${printRounded(lo, options)}${symbols.rangeSeparator}${printRounded(hi, options)}`;
  return percent ? text + symbols.percentSuffix : text;
}
