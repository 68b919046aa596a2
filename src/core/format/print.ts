import type { Lang } from '../messages/lang.ts';
import { exactDecimals, type Rational } from './decimal.ts';
import { localiseDecimal } from './locale.ts';
import { DEFAULT_ROUNDING, resolveDecimals, type FormatOptions } from './options.ts';
import { roundRational } from './round.ts';

/**
 * Rounds an exact value as the options ask (decimals or style, half up or truncate) and prints
 * it in the reader's language, without any unit. The shared last step of every formatter.
 *
 * @example
 * printRounded({ num: 14429n, den: 200n }, { lang: 'vi', decimals: 2 }); // => '72,15'
 * printRounded({ num: 14429n, den: 200n }, { lang: 'en', style: 'province' }); // => '72.1'
 */
export function printRounded(value: Rational, options: FormatOptions = {}): string {
  const plain = roundRational(value, resolveDecimals(options), options.rounding ?? DEFAULT_ROUNDING);
  return localiseDecimal(plain, options.lang ?? 'vi');
}

/**
 * Prints an exact value with all its decimals and none added (1.5 -> '1,5', 24 -> '24'), with
 * thousands separators. For counts and differences of counts, which are never rounded.
 *
 * @throws {RangeError} when the value has no finite decimal expansion (1/3).
 * @example
 * printExact({ num: 3n, den: 2n }, 'vi'); // => '1,5'
 * printExact({ num: 15523n, den: 1n }, 'en'); // => '15,523'
 */
export function printExact(value: Rational, lang: Lang = 'vi'): string {
  const decimals = exactDecimals(value);
  if (decimals === null) throw new RangeError(`No finite decimal expansion: ${value.num}/${value.den}`);
  return localiseDecimal(roundRational(value, decimals, 'truncate'), lang);
}
