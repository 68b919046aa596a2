import type { DataSet } from '../types.ts';
import { hasPerObject, perObject } from './per-object.ts';

/**
 * Results that depend on the data set only (not on the year or area a page shows), computed once per data set
 * and kept with it. The memo is keyed by the data set object itself (a WeakMap): a data set loaded again, or
 * another folder, is another object and starts with an empty memo, and a data set no longer used is dropped with
 * its results. A loaded data set is never changed (the loaders build a new one), which is what makes this safe.
 *
 * Keys are strings that name the function and every argument that changes its result, e.g.
 * `report|${identityKey(targets)}|443|2026`.
 */

/**
 * The value of `make()` for this data set and key, computed on the first call and returned as is afterwards.
 * The value is shared by every caller: callers must not change it.
 *
 * @example perDataSet(data, 'answer', () => 42) // => 42 (and 42 again, without calling make)
 */
export function perDataSet<T>(data: DataSet, key: string, make: () => T): T {
  return perObject(data, key, make);
}

/**
 * True when {@link perDataSet} holds a value for this data set and key.
 *
 * @example hasPerDataSet(data, 'never-asked') // => false
 */
export function hasPerDataSet(data: DataSet, key: string): boolean {
  return hasPerObject(data, key);
}

const identities = new WeakMap<object, number>();
let nextIdentity = 1;

/**
 * A short key for an object by identity (the same object, the same key; another object, even an equal one,
 * another key): for a target set read from a file, whose content is not worth comparing.
 *
 * @example identityKey(TARGET_SETS['in-force']) === identityKey(TARGET_SETS['in-force']) // => true
 */
export function identityKey(object: object): string {
  let id = identities.get(object);
  if (id === undefined) {
    id = nextIdentity++;
    identities.set(object, id);
  }
  return `#${id}`;
}
