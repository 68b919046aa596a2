/**
 * How figures, dates and amounts are printed for readers, in Vietnamese and English.
 * Explicit exports: the public surface of `core/format`.
 */
export { formatNumber } from './number.ts';
export { formatCount } from './count.ts';
export { formatPercent, type PercentOptions } from './percent.ts';
export { percentOf } from './percent-of.ts';
export { formatRatio } from './ratio.ts';
export { formatChange, type ChangeOptions } from './change.ts';
export { formatInterval, type IntervalOptions } from './interval.ts';
export { formatVnd, formatVndMillions, formatVndBillions } from './vnd.ts';
export { formatDate, type DateOptions } from './date.ts';
export { formatDateRange } from './date-range.ts';
export {
  DECIMAL_STYLES,
  DEFAULT_STYLE,
  DEFAULT_ROUNDING,
  resolveDecimals,
  type DecimalStyle,
  type FormatOptions,
} from './options.ts';
export { type RoundingMode, roundRational } from './round.ts';
export { toRational, type DecimalInput, type Rational } from './decimal.ts';
export { NUMBER_SYMBOLS, type NumberSymbols } from './locale.ts';
export { COUNT_UNITS, type CountUnit, type CountUnitId } from './words.ts';
export { parseIsoDate, toIsoDate, isLeapYear, daysInMonth, type CivilDate } from './iso-date.ts';
