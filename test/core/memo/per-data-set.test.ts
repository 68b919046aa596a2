import { describe, expect, it } from 'vitest';
import { identityKey, perDataSet } from '../../../src/core/memo/per-data-set.ts';
import { makeDataSet } from '../../helpers/dataset.ts';

describe('perDataSet', () => {
  it('computes once per data set and key, and returns the same value after', () => {
    const data = makeDataSet();
    let calls = 0;
    const make = () => ({ n: ++calls });
    const first = perDataSet(data, 'k', make);
    expect(perDataSet(data, 'k', make)).toBe(first);
    expect(calls).toBe(1);
    expect(perDataSet(data, 'other', make)).toEqual({ n: 2 });
  });

  it('gives a second data set its own results, even an equal one', () => {
    const a = makeDataSet();
    const b = makeDataSet();
    expect(perDataSet(a, 'k', () => 'a')).toBe('a');
    expect(perDataSet(b, 'k', () => 'b')).toBe('b');
    expect(perDataSet(a, 'k', () => 'again')).toBe('a');
  });

  it('keeps nothing when the computation throws', () => {
    const data = makeDataSet();
    expect(() =>
      perDataSet(data, 'k', () => {
        throw new Error('no');
      }),
    ).toThrow('no');
    expect(perDataSet(data, 'k', () => 1)).toBe(1);
  });
});

describe('identityKey', () => {
  it('is the same for the same object and differs for an equal copy', () => {
    const set = { id: 'mine' };
    expect(identityKey(set)).toBe(identityKey(set));
    expect(identityKey({ ...set })).not.toBe(identityKey(set));
  });
});
