import { describe, expect, it } from 'vitest';
import { targetWords } from '../../../src/core/charts/frame.ts';
import { INDICATORS } from '../../../src/core/indicators/registry.ts';
import { allowsNone } from '../../../src/core/targets/allows-none.ts';
import { TARGET_SETS } from '../../../src/core/targets/registry.ts';

describe('allowsNone', () => {
  it('is a count that must stay at 0, however the comparison is written', () => {
    expect(allowsNone('count', { comparator: '<=', threshold: 0 })).toBe(true);
    expect(allowsNone('count', { comparator: '<', threshold: 1 })).toBe(true);
    expect(allowsNone('count', { comparator: '<=', threshold: 1 })).toBe(false);
    expect(allowsNone('count', { comparator: '<', threshold: 0 })).toBe(false);
    expect(allowsNone('count', { comparator: '>=', threshold: 0 })).toBe(false);
    expect(allowsNone('proportion', { comparator: '<=', threshold: 0 })).toBe(false);
    expect(allowsNone('relative_change', { comparator: '<=', threshold: 0 })).toBe(false);
  });
});

describe('targetWords', () => {
  const def = INDICATORS.judicial_violations;
  const target = TARGET_SETS['programme-2021-2025']!.targets.judicial_violations!;

  it('writes the judicial violations target as an office does', () => {
    expect(target).toMatchObject({ comparator: '<=', threshold: 0 });
    expect(targetWords(def, target, 'vi')).toBe('không để xảy ra vi phạm');
    expect(targetWords(def, target, 'en')).toBe('no violations');
  });

  it('keeps the words of other targets', () => {
    expect(targetWords(def, { comparator: '<=', threshold: 2, deadline_year: 2025 }, 'vi')).toBe(
      'từ 2 trở xuống (hạn 2025)',
    );
    const clearance = TARGET_SETS['programme-2021-2025']!.targets.clearance_rate!;
    expect(targetWords(INDICATORS.clearance_rate, clearance, 'vi')).toBe('từ 80 % trở lên');
  });
});
