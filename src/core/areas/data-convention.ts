import type { PeriodConvention } from '../periods/convention.ts';
import { PERIOD_CONVENTIONS, type BuiltInConventionId } from '../periods/registry.ts';
import type { DataSetMeta } from '../types.ts';

/**
 * The period convention a data set's rows follow (`meta.periods`); calendar months when the id is not a
 * built-in convention. The bundled data use the police convention (months from the 15th to the 14th).
 *
 * @example dataConvention({ meta: { periods: 'police' } }).month_start_day; // => 15
 */
export function dataConvention(data: { meta: Pick<DataSetMeta, 'periods'> }): PeriodConvention {
  return PERIOD_CONVENTIONS[data.meta.periods as BuiltInConventionId] ?? PERIOD_CONVENTIONS.calendar;
}
