import type { AreaRow } from '../types.ts';

/**
 * Is an area valid on a day? `valid_from <= day <= valid_to`; an empty `valid_to` never ends.
 * ISO dates compare as text.
 *
 * Source: CONTRACT.md, `areas.csv` (valid_to empty while the unit exists).
 *
 * @example
 * validOn({ valid_from: '2019-01-01', valid_to: '2025-06-30' }, '2025-06-30'); // => true
 * validOn({ valid_from: '2019-01-01', valid_to: '2025-06-30' }, '2025-07-01'); // => false
 * validOn({ valid_from: '2025-07-01', valid_to: null }, '2026-10-14'); // => true
 */
export function validOn(area: Pick<AreaRow, 'valid_from' | 'valid_to'>, isoDate: string): boolean {
  return area.valid_from <= isoDate && (area.valid_to === null || isoDate <= area.valid_to);
}
