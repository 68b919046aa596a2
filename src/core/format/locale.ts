import type { Lang } from '../messages/lang.ts';

/** The marks used to print numbers in one language. */
export interface NumberSymbols {
  /** Decimal mark. */
  decimal: string;
  /** Thousands separator (used from four digits up: 3.272). */
  group: string;
  /** Printed after a percentage: Vietnamese puts a space before %. */
  percentSuffix: string;
  /** Between the two ends of an interval or a date range. */
  rangeSeparator: string;
}

/**
 * Number marks per language. Vietnamese: decimal comma, dot for thousands, a space before %
 * (15.523; 88,2 %), as in the ministry's and provinces' reports (METHODOLOGY.md §5).
 * English: 15,523; 88.2%.
 *
 * The space before % is an ordinary space (U+0020) so that output is byte-stable and easy to
 * compare; a typesetter may swap it for a no-break space.
 *
 * @example
 * NUMBER_SYMBOLS.vi.percentSuffix; // => ' %'
 * NUMBER_SYMBOLS.en.group; // => ','
 */
export const NUMBER_SYMBOLS: Readonly<Record<Lang, Readonly<NumberSymbols>>> = Object.freeze({
  vi: Object.freeze({ decimal: ',', group: '.', percentSuffix: ' %', rangeSeparator: ' – ' }),
  en: Object.freeze({ decimal: '.', group: ',', percentSuffix: '%', rangeSeparator: '–' }),
});

/**
 * Prints a plain decimal string ('-15523.40', as {@link roundRational} returns) with the
 * language's decimal mark and thousands separator. Digits are never changed.
 *
 * @throws {RangeError} when the input is not a plain decimal string.
 * @example
 * localiseDecimal('15523.40', 'vi'); // => '15.523,40'
 * localiseDecimal('15523.40', 'en'); // => '15,523.40'
 * localiseDecimal('-999', 'vi'); // => '-999'
 */
export function localiseDecimal(plain: string, lang: Lang): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(plain);
  if (match === null) throw new RangeError(`Not a plain decimal: '${plain}'`);
  const [, sign = '', whole = '', fraction] = match;
  const symbols = NUMBER_SYMBOLS[lang];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, symbols.group);
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}${symbols.decimal}${fraction}`;
}
