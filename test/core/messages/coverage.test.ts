import { describe, expect, it } from 'vitest';
import { coverageLine } from '../../../src/core/messages/coverage.ts';

describe('coverageLine', () => {
  it('says how many units reported each incomplete month, in Vietnamese and English', () => {
    const line = coverageLine(
      [
        { month: 10, reported: 68, expected: 69 },
        { month: 11, reported: 62, expected: 69 },
      ],
      2026,
    );
    expect(line.vi).toBe(
      'Chưa đủ báo cáo năm 2026: 68/69 đơn vị đã báo cáo tháng 10; 62/69 đơn vị đã báo cáo tháng 11 (đơn vị chưa báo cáo được tính là 0).',
    );
    expect(line.en).toBe(
      'Returns incomplete for 2026: 68/69 units have reported month 10; 62/69 units have reported month 11 (a unit that has not reported counts as 0).',
    );
  });

  it('writes large counts the Vietnamese way', () => {
    expect(coverageLine([{ month: 1, reported: 1200, expected: 1500 }], 2027).vi).toContain('1.200/1.500 đơn vị');
  });
});
