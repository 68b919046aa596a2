import { multiplyRational, toRational, type DecimalInput, type Rational } from './decimal.ts';
import { NUMBER_SYMBOLS } from './locale.ts';
import type { FormatOptions } from './options.ts';
import { printRounded } from './print.ts';

/** Options of a percentage. */
export interface PercentOptions extends FormatOptions {
  /**
   * What the value is: `fraction` (default; 0.882 prints '88,2 %', as the contract stores
   * proportions) or `percent` (88.2 prints '88,2 %').
   */
  input?: 'fraction' | 'percent';
}

/**
 * Prints a proportion as a percentage: '88,2 %' in Vietnamese, '88.2%' in English.
 *
 * Rounding is done in decimal, never in binary: a `number` is taken as the decimal `String(x)`
 * prints (its shortest round-trip form), multiplied by 100 exactly, then rounded half up (or
 * truncated). So 0.72145 prints '72,15 %', and 0.88245 prints '88,25 %' although
 * `0.88245 * 100` is 88.24499999999999 in binary and `(0.88245 * 100).toFixed(2)` gives '88.24'.
 * To print a ratio of two counts, prefer {@link percentOf}, which never goes through a double.
 *
 * @throws {RangeError} for a non-finite or malformed value, or bad `decimals`.
 * @example
 * formatPercent(0.72145, { lang: 'vi', decimals: 2 }); // => '72,15 %'
 * formatPercent(0.88245, { lang: 'en', decimals: 2 }); // => '88.25%'
 * formatPercent(0.882, { lang: 'en', style: 'province' }); // => '88.2%'
 * formatPercent(0.339, { decimals: 2 }); // => '33,90 %'
 * formatPercent(76.2551, { input: 'percent', decimals: 2, rounding: 'truncate' }); // => '76,25 %'
 */
export function formatPercent(value: DecimalInput, options: PercentOptions = {}): string {
  const exact = toRational(value);
  return printPercent(options.input === 'percent' ? exact : multiplyRational(exact, 100n), options);
}

/**
 * Prints an exact value already on the percent scale, with the language's % sign. The last step
 * of {@link formatPercent}, {@link percentOf}, formatChange and formatInterval.
 *
 * @example
 * printPercent({ num: 441n, den: 5n }, { lang: 'vi', decimals: 1 }); // => '88,2 %'
 */
export function printPercent(percent: Rational, options: FormatOptions = {}): string {
  return printRounded(percent, options) + NUMBER_SYMBOLS[options.lang ?? 'vi'].percentSuffix;
}
