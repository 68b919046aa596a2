/**
 * Reporting-period conventions as plain data, and the functions that place dates in them and
 * label them. Explicit exports: the public surface of `core/periods`.
 */
export type { PeriodConvention, PeriodRange, StatisticalMonth } from './convention.ts';
export { PERIOD_CONVENTIONS, BUILT_IN_CONVENTION_IDS, type BuiltInConventionId } from './registry.ts';
export { parseConvention, ConventionError } from './parse-convention.ts';
export { periodOf } from './period-of.ts';
export { periodRange } from './period-range.ts';
export { periodLabel, type PeriodLabelOptions } from './period-label.ts';
export { monthSpan, monthSpanRange, type MonthSpan } from './month-span.ts';
export { monthSpanLabel } from './month-span-label.ts';
export { yearToDateRange, yearToDateLabel } from './year-to-date.ts';
export { sameMonthsPreviousYear } from './same-months-previous-year.ts';
export { PeriodArgumentError } from '../messages/periods.ts';
