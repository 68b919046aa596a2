import type { Lang } from '../messages/lang.ts';
import { toRational, type DecimalInput } from './decimal.ts';
import { printExact } from './print.ts';

/**
 * Prints a numerator over a denominator, as reports print them beside a rate
 * ('giải quyết 3.272/3.539 tin báo'): both sides exact, with thousands separators, no spaces.
 *
 * @throws {RangeError} for a non-finite or malformed input.
 * @example
 * formatRatio(3272, 3539); // => '3.272/3.539'
 * formatRatio(3272, 3539, { lang: 'en' }); // => '3,272/3,539'
 */
export function formatRatio(numerator: DecimalInput, denominator: DecimalInput, options: { lang?: Lang } = {}): string {
  const lang = options.lang ?? 'vi';
  return `${printExact(toRational(numerator), lang)}/${printExact(toRational(denominator), lang)}`;
}
