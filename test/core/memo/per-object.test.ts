import { describe, expect, it } from 'vitest';
import { hasPerObject, perObject } from '../../../src/core/memo/per-object.ts';
import { perDataSet } from '../../../src/core/memo/per-data-set.ts';
import { makeDataSet } from '../../helpers/dataset.ts';

describe('perObject', () => {
  it('computes once per object and key, and returns the same value after', () => {
    const owner: unknown[] = [];
    let calls = 0;
    const make = () => ({ n: ++calls });
    const first = perObject(owner, 'k', make);
    expect(perObject(owner, 'k', make)).toBe(first);
    expect(calls).toBe(1);
    expect(hasPerObject(owner, 'k')).toBe(true);
    expect(hasPerObject(owner, 'other')).toBe(false);
  });

  it('gives another object, even an equal one, its own memo', () => {
    expect(perObject([1], 'k', () => 'a')).toBe('a');
    expect(perObject([1], 'k', () => 'b')).toBe('b');
  });

  it('keeps nothing when the computation throws', () => {
    const owner = {};
    expect(() =>
      perObject(owner, 'k', () => {
        throw new Error('no');
      }),
    ).toThrow('no');
    expect(hasPerObject(owner, 'k')).toBe(false);
  });

  it('is the memo perDataSet keeps with a data set', () => {
    const data = makeDataSet();
    perDataSet(data, 'k', () => 42);
    expect(hasPerObject(data, 'k')).toBe(true);
    expect(hasPerObject(data.areas, 'k')).toBe(false);
  });
});
