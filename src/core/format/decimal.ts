/**
 * Exact decimal arithmetic for printed figures.
 *
 * Every figure a reader sees is turned into an exact fraction of two big integers before it is
 * rounded, so that rounding never inherits binary floating-point error (0.145 * 100 is
 * 14.499999999999998 in binary; here it is exactly 29/2).
 *
 * Policy for JavaScript numbers: a `number` stands for the decimal that `String(x)` prints, the
 * shortest decimal that reads back as the same double. `0.72145` is therefore taken as exactly
 * 72145/100000, not as the binary value 0.72144999999999992468...
 */

/** An exact rational number `num / den`, with `den > 0`. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

/** What the formatters accept as a figure: a number, a big integer or a decimal string ('72.145', '1e-3'). */
export type DecimalInput = number | bigint | string;

const DECIMAL_PATTERN = /^([+-])?(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?$/;
/** Exponents beyond this are refused, so that a typo cannot build a million-digit integer. */
const MAX_EXPONENT = 400;

/**
 * The exact rational value of a figure. A `number` is read through `String(x)` (its shortest
 * round-trip decimal); a string must be a plain decimal, optionally with an exponent.
 *
 * @throws {RangeError} for NaN, ±Infinity, a malformed string or an exponent beyond ±400.
 * @example
 * toRational(0.72145); // => { num: 14429n, den: 20000n }
 * toRational('1.50'); // => { num: 3n, den: 2n }
 * toRational(12n); // => { num: 12n, den: 1n }
 */
export function toRational(value: DecimalInput): Rational {
  if (typeof value === 'bigint') return { num: value, den: 1n };
  // A whole number within 2^53 is exactly itself (the counts most figures are made of): no text to read.
  if (typeof value === 'number' && Number.isSafeInteger(value)) return { num: BigInt(value), den: 1n };
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new RangeError(`Not a finite number: ${value}`);
  }
  const text = typeof value === 'number' ? String(value) : value;
  const match = DECIMAL_PATTERN.exec(text);
  if (match === null) throw new RangeError(`Not a decimal number: '${text}'`);
  const [, sign, body = '', exponentText] = match;
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  if (Math.abs(exponent) > MAX_EXPONENT) throw new RangeError(`Exponent out of range: '${text}'`);
  const [whole = '', fraction = ''] = body.split('.');
  const digits = BigInt((whole + fraction).replace(/^0+(?=\d)/, '') || '0');
  const scale = fraction.length - exponent;
  const signed = sign === '-' ? -digits : digits;
  return scale >= 0
    ? reduce({ num: signed, den: 10n ** BigInt(scale) })
    : { num: signed * 10n ** BigInt(-scale), den: 1n };
}

/**
 * `a / b`, exactly.
 *
 * @throws {RangeError} when `b` is zero.
 * @example
 * divideRational({ num: 3753n, den: 1n }, { num: 5202n, den: 1n }); // => { num: 417n, den: 578n }
 */
export function divideRational(a: Rational, b: Rational): Rational {
  if (b.num === 0n) throw new RangeError('Division by zero');
  const sign = b.num < 0n ? -1n : 1n;
  return reduce({ num: sign * a.num * b.den, den: sign * a.den * b.num });
}

/**
 * `a - b`, exactly.
 *
 * @example
 * subtractRational({ num: 37n, den: 1n }, { num: 61n, den: 1n }); // => { num: -24n, den: 1n }
 */
export function subtractRational(a: Rational, b: Rational): Rational {
  return reduce({ num: a.num * b.den - b.num * a.den, den: a.den * b.den });
}

/**
 * `r * factor` for an integer factor (100 for a percentage, 10^-9 is a division instead).
 *
 * @example
 * multiplyRational({ num: 1n, den: 8n }, 100n); // => { num: 25n, den: 2n }
 */
export function multiplyRational(r: Rational, factor: bigint): Rational {
  return reduce({ num: r.num * factor, den: r.den });
}

/**
 * Compares two rationals: -1, 0 or 1.
 *
 * @example
 * compareRational({ num: 1n, den: 3n }, { num: 1n, den: 2n }); // => -1
 */
export function compareRational(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * The number of decimals needed to print `r` exactly, or `null` when its decimal expansion never
 * ends (1/3) or needs more than `limit` digits.
 *
 * @example
 * exactDecimals({ num: 3n, den: 8n }); // => 3
 * exactDecimals({ num: 1n, den: 3n }); // => null
 */
export function exactDecimals(r: Rational, limit = 40): number | null {
  for (let k = 0; k <= limit; k++) {
    if ((r.num * 10n ** BigInt(k)) % r.den === 0n) return k;
  }
  return null;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const rest = x % y;
    x = y;
    y = rest;
  }
  return x;
}

function reduce(r: Rational): Rational {
  if (r.den === 1n) return r;
  const g = gcd(r.num, r.den);
  return g <= 1n ? r : { num: r.num / g, den: r.den / g };
}
