import type { DataSet } from '../types.ts';
import { crosswalkFrom, type Crosswalk } from './crosswalk.ts';

const cache = new WeakMap<object, Crosswalk>();

/**
 * The data set's `area_crosswalk.csv`, validated against its `areas.csv` ({@link crosswalkFrom}), built once
 * per data set. Empty when the optional table is absent.
 *
 * @throws {CrosswalkError} as {@link crosswalkFrom}.
 * @example dataCrosswalk(data).successors.get('448'); // => [{ code: '445', weight: 1 }]
 */
export function dataCrosswalk(data: Pick<DataSet, 'areas' | 'area_crosswalk'>): Crosswalk {
  let cw = cache.get(data);
  if (!cw) {
    cw = crosswalkFrom(data.area_crosswalk, data.areas);
    cache.set(data, cw);
  }
  return cw;
}
