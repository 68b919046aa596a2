import { divideRational, multiplyRational, toRational, type DecimalInput } from './decimal.ts';
import type { FormatOptions } from './options.ts';
import { printPercent } from './percent.ts';

/**
 * Prints `numerator / denominator` as a percentage, computed exactly from the counts with
 * big-integer arithmetic: `round(numerator * 100 * 10^d / denominator)` by integer division, the
 * remainder deciding the last digit (half up or truncate). No double is ever formed, so a
 * published figure is reproduced from its counts digit for digit.
 *
 * Reference: the ministry's figure for August 2024, 3.753 cleared of 5.202 cases, printed
 * '72,15 %' (exact 72,1453...; PUBLISHED-FIGURES.csv).
 *
 * @throws {RangeError} when the denominator is zero (a percentage of nothing has no value: the
 *   caller prints its own "no data" text), or an input is not a finite decimal.
 * @example
 * percentOf(3753, 5202, { lang: 'vi', decimals: 2 }); // => '72,15 %'
 * percentOf(695, 788, { lang: 'vi', style: 'province' }); // => '88,2 %'
 * percentOf(695, 788, { lang: 'en', style: 'province' }); // => '88.2%'
 * percentOf(3372, 4422, { decimals: 2, rounding: 'truncate' }); // => '76,25 %'
 */
export function percentOf(numerator: DecimalInput, denominator: DecimalInput, options: FormatOptions = {}): string {
  const den = toRational(denominator);
  if (den.num === 0n) throw new RangeError('percentOf: the denominator is zero');
  return printPercent(multiplyRational(divideRational(toRational(numerator), den), 100n), options);
}
