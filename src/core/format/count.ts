import type { Lang } from '../messages/lang.ts';
import { localiseDecimal } from './locale.ts';

/**
 * Prints a count (a whole number) with thousands separators: '15.523' in Vietnamese,
 * '15,523' in English. Counts are never rounded, so a fractional count is refused.
 *
 * @throws {RangeError} when `count` is not a safe integer (or a bigint).
 * @example
 * formatCount(15523); // => '15.523'
 * formatCount(15523, { lang: 'en' }); // => '15,523'
 * formatCount(1234567890123n, { lang: 'vi' }); // => '1.234.567.890.123'
 */
export function formatCount(count: number | bigint, options: { lang?: Lang } = {}): string {
  if (typeof count === 'number' && !Number.isSafeInteger(count)) {
    throw new RangeError(`A count must be a whole number, got ${count}`);
  }
  return localiseDecimal(String(count), options.lang ?? 'vi');
}
