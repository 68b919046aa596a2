import type { Lang } from '../messages/lang.ts';
import type { RoundingMode } from './round.ts';

/**
 * Named decimal styles, from published reports (METHODOLOGY.md §5): provincial newspapers print
 * one decimal (88,2 %); the ministry, the Government and the procuracy print two (72,15 %).
 */
export type DecimalStyle = 'province' | 'ministry';

/**
 * Decimals printed by each named style.
 *
 * @example
 * DECIMAL_STYLES.province; // => 1
 */
export const DECIMAL_STYLES: Readonly<Record<DecimalStyle, number>> = Object.freeze({
  province: 1,
  ministry: 2,
});

/**
 * The style used when neither `decimals` nor `style` is given: `ministry` (two decimals), the
 * style of the official reports the toolkit's tables feed.
 *
 * @example
 * DECIMAL_STYLES[DEFAULT_STYLE]; // => 2
 */
export const DEFAULT_STYLE: DecimalStyle = 'ministry';

/**
 * The rounding used when none is given: half up, as official reports round.
 *
 * @example
 * DEFAULT_ROUNDING; // => 'half_up'
 */
export const DEFAULT_ROUNDING: RoundingMode = 'half_up';

/** Options shared by every formatter of a figure. */
export interface FormatOptions {
  /** Reader's language; default `'vi'`. */
  lang?: Lang;
  /** Decimals printed (0–20). Wins over `style`. */
  decimals?: number;
  /** Named style: `province` (1 decimal) or `ministry` (2 decimals). Default {@link DEFAULT_STYLE}. */
  style?: DecimalStyle;
  /** `half_up` (default) or `truncate` (to reproduce press figures that cut digits). */
  rounding?: RoundingMode;
}

/**
 * The number of decimals an options object asks for: `decimals` if given, else its style's,
 * else the default style's.
 *
 * @throws {RangeError} when `decimals` is not an integer from 0 to 20, or the style is unknown.
 * @example
 * resolveDecimals({ style: 'province' }); // => 1
 * resolveDecimals({ decimals: 3, style: 'province' }); // => 3
 * resolveDecimals({}); // => 2
 */
export function resolveDecimals(options: FormatOptions = {}): number {
  if (options.decimals !== undefined) {
    const d = options.decimals;
    if (!Number.isInteger(d) || d < 0 || d > 20) {
      throw new RangeError(`decimals must be an integer from 0 to 20, got ${d}`);
    }
    return d;
  }
  const style = options.style ?? DEFAULT_STYLE;
  const decimals = (DECIMAL_STYLES as Record<string, number | undefined>)[style];
  if (decimals === undefined) throw new RangeError(`Unknown decimal style: '${style}'`);
  return decimals;
}
