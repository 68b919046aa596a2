import type { Comparator, Status } from '../types.ts';

/** A decimal number as an exact fraction p/q (q a power of ten). */
function decimalToFraction(x: number): { p: bigint; q: bigint } {
  const text = String(x);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/i.exec(text);
  if (!m) throw new Error(`not a finite number: ${text}`);
  const [, sign, int, frac = '', exp = '0'] = m;
  let p = BigInt(`${int}${frac}`);
  let q = 10n ** BigInt(frac.length);
  const e = Number(exp);
  if (e > 0) p *= 10n ** BigInt(e);
  if (e < 0) q *= 10n ** BigInt(-e);
  return { p: sign === '-' ? -p : p, q };
}

/**
 * The plain verdict of `numerator / denominator + offset` against a target, decided exactly in rational
 * arithmetic (the threshold read as the decimal it is written as), so that 19/20 >= 0.95 holds and
 * 380/400 - 1 <= -0.05 holds, whatever binary rounding does. `offset` is -1 for a relative change.
 * A count has denominator 1.
 *
 * @example exactVerdict(19, 20, 0, '>=', 0.95) // => 'met'
 * @example exactVerdict(380, 400, -1, '<=', -0.05) // => 'met'
 */
export function exactVerdict(
  numerator: number,
  denominator: number,
  offset: 0 | -1,
  comparator: Comparator,
  threshold: number,
): 'met' | 'not_met' {
  if (!(denominator > 0)) throw new Error('exactVerdict needs a positive denominator');
  const t = decimalToFraction(threshold);
  const n = BigInt(Math.round(numerator));
  const d = BigInt(Math.round(denominator));
  // numerator/denominator + offset  vs  p/q   <=>   n*q + offset*d*q  vs  p*d
  const left = n * t.q + BigInt(offset) * d * t.q;
  const right = t.p * d;
  const holds =
    comparator === '>='
      ? left >= right
      : comparator === '>'
        ? left > right
        : comparator === '<='
          ? left <= right
          : left < right;
  return holds ? 'met' : 'not_met';
}
