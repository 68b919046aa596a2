/**
 * Results that depend only on one unchanging object (a data set, its areas table, a crosswalk), computed once per
 * object and kept with it. The memo is keyed by the object itself (a WeakMap): another object, even an equal one,
 * starts with an empty memo, and an object no longer used is dropped with its results. The objects a data set is
 * made of are never changed once loaded (the loaders build new ones), which is what makes this safe.
 *
 * Keys are strings that name the function and every other argument that changes its result, e.g.
 * `descendants|436` on an areas table.
 */

const memos = new WeakMap<object, Map<string, unknown>>();

/**
 * The value of `make()` for this object and key, computed on the first call and returned as is afterwards.
 * The value is shared by every caller: callers must not change it.
 *
 * @example perObject(data.areas, 'answer', () => 42) // => 42 (and 42 again, without calling make)
 */
export function perObject<T>(owner: object, key: string, make: () => T): T {
  let memo = memos.get(owner);
  if (!memo) {
    memo = new Map();
    memos.set(owner, memo);
  }
  if (memo.has(key)) return memo.get(key) as T;
  const value = make();
  memo.set(key, value);
  return value;
}

/**
 * True when {@link perObject} holds a value for this object and key.
 *
 * @example hasPerObject(data.areas, 'never-asked') // => false
 */
export function hasPerObject(owner: object, key: string): boolean {
  return memos.get(owner)?.has(key) ?? false;
}
