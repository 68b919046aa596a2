import {
  compareRational,
  divideRational,
  multiplyRational,
  subtractRational,
  toRational,
  type DecimalInput,
} from './decimal.ts';
import type { FormatOptions } from './options.ts';
import { printPercent } from './percent.ts';
import { printExact } from './print.ts';
import { CHANGE_WORDS, COUNT_UNITS, type CountUnit, type CountUnitId } from './words.ts';

/** Options of a change between two periods. */
export interface ChangeOptions extends FormatOptions {
  /** Unit of the counts: a built-in id (`case` -> 'vụ' / 'cases') or your own words. None by default. */
  unit?: CountUnitId | CountUnit;
  /** Print the difference in counts before the percentage (default true): 'giảm 24 vụ (39,34 %)'. */
  withCount?: boolean;
}

/**
 * Prints the change from an earlier period to a later one, as reports do ("so với cùng kỳ", or
 * on the previous month). The percentage is always taken on the earlier period's count
 * (METHODOLOGY.md §5): `|current - previous| / previous * 100`, computed exactly and rounded
 * half up (or truncated) on its magnitude; the direction is a word, never a sign.
 *
 * - a fall: 'giảm 24 vụ (39,34 %)' / 'down 24 cases (39.34%)';
 * - a rise: 'tăng ...' / 'up ...';
 * - equal counts: 'không đổi' / 'unchanged';
 * - an earlier count of 0 has no percentage, and the text says so: 'tăng từ 0 lên 5 vụ' /
 *   'up from 0 to 5 cases'.
 *
 * With `withCount: false` only the percentage is printed: 'giảm 1,6 %'.
 *
 * @throws {RangeError} when a count is negative or not a finite decimal.
 * @example
 * formatChange(37, 61, { lang: 'vi', unit: 'case' }); // => 'giảm 24 vụ (39,34 %)'
 * formatChange(37, 61, { lang: 'en', unit: 'case' }); // => 'down 24 cases (39.34%)'
 * formatChange(5202, 4738, { withCount: false }); // => 'tăng 9,79 %'
 * formatChange(180, 183, { style: 'province', withCount: false }); // => 'giảm 1,6 %'
 * formatChange(61, 61, { lang: 'vi' }); // => 'không đổi'
 * formatChange(1, 0, { lang: 'en', unit: 'case' }); // => 'up from 0 to 1 case'
 */
export function formatChange(current: DecimalInput, previous: DecimalInput, options: ChangeOptions = {}): string {
  const lang = options.lang ?? 'vi';
  const now = toRational(current);
  const before = toRational(previous);
  if (now.num < 0n || before.num < 0n) {
    throw new RangeError(`formatChange: counts must not be negative (${String(current)}, ${String(previous)})`);
  }
  const unit = typeof options.unit === 'string' ? COUNT_UNITS[options.unit] : options.unit;
  const unitWords = (amount: string, isOne: boolean): string => {
    if (unit === undefined) return amount;
    const word = lang === 'vi' ? unit.vi : isOne ? (unit.enOne ?? unit.en) : unit.en;
    return `${amount} ${word}`;
  };
  const order = compareRational(now, before);
  if (order === 0) return CHANGE_WORDS.unchanged[lang];
  if (before.num === 0n) {
    const isOne = now.num === now.den;
    return `${CHANGE_WORDS.up[lang]} ${CHANGE_WORDS.fromZeroTo[lang]} ${unitWords(printExact(now, lang), isOne)}`;
  }
  const direction = order < 0 ? CHANGE_WORDS.down[lang] : CHANGE_WORDS.up[lang];
  const difference = subtractRational(order < 0 ? before : now, order < 0 ? now : before);
  const percent = printPercent(multiplyRational(divideRational(difference, before), 100n), options);
  if (options.withCount === false) return `${direction} ${percent}`;
  const isOne = difference.num === difference.den;
  return `${direction} ${unitWords(printExact(difference, lang), isOne)} (${percent})`;
}
