import type { Rational } from './decimal.ts';

/**
 * How a figure is cut to its printed decimals.
 * - `half_up`: the magnitude is rounded half up (a tie goes away from zero, as Excel's ROUND
 *   and the ministry's reports do): 72,145 -> 72,15; -1,25 -> -1,3.
 * - `truncate`: the extra digits are dropped (toward zero), as some newspapers print:
 *   76,2551 -> 76,25.
 */
export type RoundingMode = 'half_up' | 'truncate';

/**
 * Rounds an exact rational to `decimals` places and returns it as a plain decimal string with a
 * dot, a leading '-' when negative, and exactly `decimals` digits after the dot (trailing zeros
 * kept). A value that rounds to zero is printed without a sign ('0.0', never '-0.0').
 *
 * All arithmetic is on big integers: `round(|num| * 10^decimals / den)` is an integer division
 * whose remainder decides the last digit, so no binary floating point is involved.
 *
 * @throws {RangeError} when `decimals` is not an integer between 0 and 20.
 * @example
 * roundRational({ num: 14429n, den: 200n }, 2, 'half_up'); // => '72.15'
 * roundRational({ num: 3372n * 100n, den: 4422n }, 2, 'truncate'); // => '76.25'
 * roundRational({ num: -1n, den: 40n }, 1, 'half_up'); // => '0.0'
 */
export function roundRational(value: Rational, decimals: number, mode: RoundingMode): string {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`decimals must be an integer from 0 to 20, got ${decimals}`);
  }
  const negative = value.num < 0n;
  const magnitude = negative ? -value.num : value.num;
  const scaled = magnitude * 10n ** BigInt(decimals);
  let units = scaled / value.den;
  const remainder = scaled % value.den;
  if (mode === 'half_up' && 2n * remainder >= value.den) units += 1n;
  const digits = units.toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  const body = decimals === 0 ? whole : `${whole}.${fraction}`;
  return negative && units !== 0n ? `-${body}` : body;
}
