import type { CrosswalkRow } from '../types.ts';
import { crosswalkFrom, type Crosswalk } from './crosswalk.ts';

/**
 * A validated crosswalk from either a {@link Crosswalk} (returned as is) or the raw rows of
 * `area_crosswalk.csv` (validated by {@link crosswalkFrom}, without areas).
 *
 * @throws {CrosswalkError} as {@link crosswalkFrom}.
 * @example asCrosswalk([{ from_code: '448', to_code: '445', weight: 1 }]).successors.get('448'); // => [{ code: '445', weight: 1 }]
 */
export function asCrosswalk(crosswalk: Crosswalk | readonly CrosswalkRow[]): Crosswalk {
  return isCrosswalk(crosswalk) ? crosswalk : crosswalkFrom(crosswalk);
}

function isCrosswalk(x: Crosswalk | readonly CrosswalkRow[]): x is Crosswalk {
  return !Array.isArray(x) && 'successors' in x;
}
