import { toRational, type DecimalInput } from './decimal.ts';
import type { FormatOptions } from './options.ts';
import { printRounded } from './print.ts';

/**
 * Prints a figure rounded to the style's decimals, with the reader's decimal mark and thousands
 * separator. A `number` is read as its shortest decimal (`String(x)`), then rounded in decimal.
 *
 * @throws {RangeError} for a non-finite or malformed value, or bad `decimals`.
 * @example
 * formatNumber(15523.456, { lang: 'vi', decimals: 1 }); // => '15.523,5'
 * formatNumber(15523.456, { lang: 'en', decimals: 1 }); // => '15,523.5'
 * formatNumber(1.005, { decimals: 2 }); // => '1,01'
 */
export function formatNumber(value: DecimalInput, options: FormatOptions = {}): string {
  return printRounded(toRational(value), options);
}
