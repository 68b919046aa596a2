import { divideRational, toRational, type DecimalInput, type Rational } from './decimal.ts';
import { resolveDecimals, type FormatOptions } from './options.ts';
import { printRounded } from './print.ts';
import { MONEY_WORDS } from './words.ts';

/**
 * Amounts are given in đồng (as `corruption_assets.csv` stores them) and printed in đồng, millions
 * or billions. Defaults: whole đồng and whole millions; billions with the default style's decimals
 * (two), as the ministry prints 'tỷ đồng'. `decimals` or `style` overrides the default.
 */
function printMoney(
  amount: DecimalInput,
  divisor: bigint,
  defaultDecimals: number,
  words: { vi: string; en: string },
  options: FormatOptions,
): string {
  const lang = options.lang ?? 'vi';
  const decimals =
    options.decimals === undefined && options.style === undefined ? defaultDecimals : resolveDecimals(options);
  const scaled: Rational = divideRational(toRational(amount), { num: divisor, den: 1n });
  return `${printRounded(scaled, { ...options, decimals })} ${words[lang]}`;
}

/**
 * Prints an amount in đồng, rounded to whole đồng: '1.250.000 đồng' / '1,250,000 VND'.
 *
 * @throws {RangeError} for a non-finite or malformed amount.
 * @example
 * formatVnd(1250000); // => '1.250.000 đồng'
 * formatVnd(1250000, { lang: 'en' }); // => '1,250,000 VND'
 */
export function formatVnd(amount: DecimalInput, options: FormatOptions = {}): string {
  return printMoney(amount, 1n, 0, MONEY_WORDS.dong, options);
}

/**
 * Prints an amount given in đồng as millions: '388 triệu đồng' / '388 million VND' (whole
 * millions unless `decimals` or `style` is given).
 *
 * @example
 * formatVndMillions(388_400_000); // => '388 triệu đồng'
 * formatVndMillions(388_450_000, { lang: 'en', decimals: 1 }); // => '388.5 million VND'
 */
export function formatVndMillions(amount: DecimalInput, options: FormatOptions = {}): string {
  return printMoney(amount, 1_000_000n, 0, MONEY_WORDS.million, options);
}

/**
 * Prints an amount given in đồng as billions: '1,25 tỷ đồng' / '1.25 billion VND' (the default
 * style's two decimals unless `decimals` or `style` is given).
 *
 * @example
 * formatVndBillions(1_254_000_000); // => '1,25 tỷ đồng'
 * formatVndBillions(12_345_000_000, { lang: 'en', style: 'province' }); // => '12.3 billion VND'
 */
export function formatVndBillions(amount: DecimalInput, options: FormatOptions = {}): string {
  return printMoney(amount, 1_000_000_000n, resolveDecimals({}), MONEY_WORDS.billion, options);
}
