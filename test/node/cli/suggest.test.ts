import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from '../../../src/node/cli/suggest.ts';

describe('editDistance (optimal string alignment)', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps', () => {
    // Values worked by hand; kitten → sitting is the textbook example (k→s, e→i, +g).
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'year')).toBe(4);
    expect(editDistance('year', '')).toBe(4);
    expect(editDistance('year', 'year')).toBe(0);
    expect(editDistance('yaer', 'year')).toBe(1); // one swap; plain Levenshtein says 2
    expect(editDistance('indicator', 'indicators')).toBe(1);
    // Restricted: a swapped pair is not edited again ("CA" to "ABC" is 3, not the unrestricted 2).
    expect(editDistance('ca', 'abc')).toBe(3);
  });

  it('counts a Vietnamese letter as one character', () => {
    expect(editDistance('tỉ lệ', 'tỷ lệ')).toBe(1);
  });

  it('is symmetric', () => {
    for (const [a, b] of [
      ['targets', 'tragets'],
      ['report', 'repot'],
      ['series', 'serie'],
    ] as const) {
      expect(editDistance(a, b)).toBe(editDistance(b, a));
    }
  });
});

describe('closestName', () => {
  const options = ['data', 'year', 'area', 'targets', 'json', 'lang', 'help'];
  const commands = ['aggregate', 'charts', 'indicators', 'validate', 'report', 'series'];

  it('finds the option or command a typo meant', () => {
    expect(closestName('yaer', options)).toBe('year');
    expect(closestName('Year', options)).toBe('year');
    expect(closestName('tagrets', options)).toBe('targets');
    expect(closestName('indicator', commands)).toBe('indicators');
    expect(closestName('valdiate', commands)).toBe('validate');
    expect(closestName('chart', commands)).toBe('charts');
  });

  it('takes the only candidate a word begins (three characters or more)', () => {
    expect(closestName('tar', options)).toBe('targets');
    expect(closestName('ag', commands)).toBeNull();
  });

  it('suggests nothing when nothing is close', () => {
    expect(closestName('frobnicate', commands)).toBeNull();
    expect(closestName('out', options)).toBeNull();
    expect(closestName('x', options)).toBeNull();
  });

  it('breaks a tie by the order of the list', () => {
    expect(closestName('dat', ['date', 'data'])).toBe('date');
    expect(closestName('dat', ['data', 'date'])).toBe('data');
  });
});
