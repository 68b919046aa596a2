import { describe, expect, it } from 'vitest';
import { reformBreak } from '../../../src/core/areas/reform-break.ts';
import { shiftDay } from '../../../src/core/areas/shift-day.ts';
import { AREAS } from '../../helpers/dataset.ts';
import { REFORM_AREAS } from './reform-fixture.ts';

describe('reformBreak', () => {
  it('finds the day on which units end and new ones start, not a merger into a unit that goes on', () => {
    expect(reformBreak(REFORM_AREAS)).toEqual([
      { date: '2025-07-01', lastDay: '2025-06-30', ended: ['101', '102'], started: ['201', '202', '203', '204'] },
    ]);
  });

  it('finds nothing in a tree that never changed, or in no areas', () => {
    expect(reformBreak(AREAS)).toEqual([]);
    expect(reformBreak([])).toEqual([]);
  });

  it('finds several breaks, in date order', () => {
    const later = [
      ...REFORM_AREAS.map((a) => (a.area_code === '204' ? { ...a, valid_to: '2027-12-31' } : a)),
      { ...REFORM_AREAS[4]!, area_code: '301', valid_from: '2028-01-01', valid_to: null },
    ];
    expect(reformBreak(later).map((b) => [b.date, b.ended, b.started])).toEqual([
      ['2025-07-01', ['101', '102'], ['201', '202', '203', '204']],
      ['2028-01-01', ['204'], ['301']],
    ]);
  });
});

describe('shiftDay', () => {
  it('crosses month, year and leap days', () => {
    expect(shiftDay('2025-06-30', 1)).toBe('2025-07-01');
    expect(shiftDay('2025-01-01', -1)).toBe('2024-12-31');
    expect(shiftDay('2024-02-28', 1)).toBe('2024-02-29');
  });
});
