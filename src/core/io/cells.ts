/**
 * Readers for one trimmed, non-empty cell. Each returns the value, or the problem code that says
 * why the text is not one (a string), so the hot path allocates nothing. Character loops instead of
 * regular expressions: a million-row file passes through `readCount` several million times.
 */
import { parseIsoDate } from '../format/iso-date.ts';

export type CountProblem = 'not_whole_number' | 'negative' | 'too_large';

/**
 * Reads a count: digits with an optional sign, nothing else (no decimal mark, no thousands
 * separator, no exponent).
 *
 * @example
 * readCount('0042'); // => 42
 * readCount('12,5'); // => 'not_whole_number'
 * readCount('-3'); // => 'negative'
 */
export function readCount(s: string): number | CountProblem {
  let i = 0;
  let negative = false;
  const first = s.charCodeAt(0);
  if (first === 45 /* - */ || first === 43 /* + */) {
    negative = first === 45;
    i = 1;
  }
  if (i >= s.length) return 'not_whole_number';
  let value = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return 'not_whole_number';
    value = value * 10 + c;
  }
  if (negative && value !== 0) return 'negative';
  if (value > Number.MAX_SAFE_INTEGER) return 'too_large';
  return value;
}

/**
 * Reads a 4-digit year.
 *
 * @example
 * readYear('2024'); // => 2024
 * readYear('24'); // => null
 */
export function readYear(s: string): number | null {
  if (s.length !== 4) return null;
  let value = 0;
  for (let i = 0; i < 4; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return null;
    value = value * 10 + c;
  }
  return value;
}

/**
 * True for a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * isIsoDate('2025-07-01'); // => true
 * isIsoDate('2025-02-29'); // => false
 * isIsoDate('01/07/2025'); // => false
 */
export function isIsoDate(s: string): boolean {
  try {
    parseIsoDate(s);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads a weight, a decimal number; a decimal comma (`0,5`) is read as a point.
 *
 * @example
 * readDecimal('0,25'); // => 0.25
 * readDecimal('1/3'); // => null
 */
export function readDecimal(s: string): number | null {
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/.test(s)) return null;
  const x = Number(s.replace(',', '.'));
  return Number.isFinite(x) ? x : null;
}
