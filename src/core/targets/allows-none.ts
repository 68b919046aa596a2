import type { IndicatorUnit } from '../indicators/definition.ts';
import type { Target } from '../types.ts';

/**
 * Whether a target allows no case at all: a count that must stay at 0 (`<= 0`, or `< 1`). Offices write
 * such a target as a duty, "không để xảy ra vi phạm" (no violations), never as "từ 0 trở xuống".
 *
 * @example
 * allowsNone('count', { comparator: '<=', threshold: 0, deadline_year: null }); // => true
 * allowsNone('count', { comparator: '<', threshold: 1, deadline_year: null }); // => true
 * allowsNone('count', { comparator: '<=', threshold: 3, deadline_year: null }); // => false
 * allowsNone('proportion', { comparator: '<=', threshold: 0, deadline_year: null }); // => false
 */
export function allowsNone(unit: IndicatorUnit, target: Pick<Target, 'comparator' | 'threshold'>): boolean {
  if (unit !== 'count') return false;
  const { comparator, threshold } = target;
  return (
    (comparator === '<=' && threshold >= 0 && threshold < 1) || (comparator === '<' && threshold > 0 && threshold <= 1)
  );
}
