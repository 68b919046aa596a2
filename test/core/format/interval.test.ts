import { describe, expect, test } from 'vitest';
import { formatInterval } from '../../../src/core/format/interval.ts';

describe('formatInterval', () => {
  test('both ends rounded alike, the unit once', () => {
    expect(formatInterval([0.9158, 0.9441], { style: 'province' })).toBe('91,6 – 94,4 %');
    expect(formatInterval([0.9158, 0.9441], { lang: 'en', style: 'province' })).toBe('91.6–94.4%');
    expect(formatInterval([0.9158, 0.9441])).toBe('91,58 – 94,41 %');
    expect(formatInterval([91.58, 94.41], { input: 'percent', style: 'province' })).toBe('91,6 – 94,4 %');
  });

  test('plain numbers', () => {
    expect(formatInterval([1.25, 3.5], { kind: 'number', decimals: 1 })).toBe('1,3 – 3,5');
    expect(formatInterval([1250, 3500.5], { kind: 'number', decimals: 0, lang: 'en' })).toBe('1,250–3,501');
  });

  test('decimal rounding at ties: 0.00145 -> 0,15 %', () => {
    expect(formatInterval([0.00145, 0.0125], { decimals: 2 })).toBe('0,15 – 1,25 %');
  });

  test('a reversed interval is refused', () => {
    expect(() => formatInterval([0.5, 0.4])).toThrow(RangeError);
  });
});
