import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { PeriodConvention } from '../../../src/core/periods/convention.ts';
import { monthAtPosition } from '../../../src/core/periods/month-math.ts';
import { periodRange } from '../../../src/core/periods/period-range.ts';
import { PERIOD_CONVENTIONS } from '../../../src/core/periods/registry.ts';
import { addDays, daysIn } from './oracle.ts';

const { calendar, police, national_assembly: na, procuracy } = PERIOD_CONVENTIONS;
const range = (start: string, end: string) => ({ start, end });

describe('periodRange', () => {
  test('police months and years', () => {
    expect(periodRange(police, 2024, 8)).toEqual(range('2024-07-15', '2024-08-14'));
    expect(periodRange(police, 2025, 12)).toEqual(range('2025-11-15', '2025-12-14'));
    expect(periodRange(police, 2025, 1)).toEqual(range('2024-12-15', '2025-01-14'));
    expect(periodRange(police, 2024, 3)).toEqual(range('2024-02-15', '2024-03-14')); // holds 29/2/2024
    expect(daysIn('2024-02-15', '2024-03-14')).toBe(29);
    expect(daysIn('2023-02-15', '2023-03-14')).toBe(28);
    expect(periodRange(police, 2025)).toEqual(range('2024-12-15', '2025-12-14'));
    expect(periodRange(police, 2025, null)).toEqual(range('2024-12-15', '2025-12-14'));
  });

  test('National Assembly year 1/10 to 30/9, calendar months', () => {
    expect(periodRange(na, 2025)).toEqual(range('2024-10-01', '2025-09-30'));
    expect(periodRange(na, 2025, 10)).toEqual(range('2024-10-01', '2024-10-31'));
    expect(periodRange(na, 2025, 9)).toEqual(range('2025-09-01', '2025-09-30'));
    expect(periodRange(na, 2024, 2)).toEqual(range('2024-02-01', '2024-02-29'));
  });

  test('procuracy year 1/12 to 30/11', () => {
    expect(periodRange(procuracy, 2024)).toEqual(range('2023-12-01', '2024-11-30'));
    expect(periodRange(procuracy, 2024, 12)).toEqual(range('2023-12-01', '2023-12-31'));
    expect(periodRange(procuracy, 2024, 11)).toEqual(range('2024-11-01', '2024-11-30'));
  });

  test('calendar: month ends of 28, 29, 30 and 31 days', () => {
    expect(periodRange(calendar, 2024, 2).end).toBe('2024-02-29');
    expect(periodRange(calendar, 2023, 2).end).toBe('2023-02-28');
    expect(periodRange(calendar, 1900, 2).end).toBe('1900-02-28');
    expect(periodRange(calendar, 2000, 2).end).toBe('2000-02-29');
    expect(periodRange(calendar, 2025, 4).end).toBe('2025-04-30');
    expect(periodRange(calendar, 2025, 12)).toEqual(range('2025-12-01', '2025-12-31'));
    expect(periodRange(calendar, 2025)).toEqual(range('2025-01-01', '2025-12-31'));
  });

  test.each([
    [2025, 0],
    [2025, 13],
    [2025, 1.5],
    [1, 1],
    [9999, 1],
    [2025.5, 1],
  ])('year %s month %s is refused', (year, month) => {
    expect(() => periodRange(police, year, month)).toThrow(RangeError);
  });

  const anyConvention: fc.Arbitrary<PeriodConvention> = fc.record({
    id: fc.constant('custom'),
    name: fc.constant({ vi: 'Tùy chỉnh', en: 'Custom' }),
    month_start_day: fc.integer({ min: 1, max: 28 }),
    year_start_month: fc.integer({ min: 1, max: 12 }),
  });

  test('property: the twelve months tile the year with no gap or overlap (checked with Date.UTC)', () => {
    fc.assert(
      fc.property(anyConvention, fc.integer({ min: 1901, max: 2199 }), (c, year) => {
        const months = Array.from({ length: 12 }, (_, i) => periodRange(c, year, monthAtPosition(c, i + 1)));
        const whole = periodRange(c, year);
        expect(months[0]!.start).toBe(whole.start);
        expect(months[11]!.end).toBe(whole.end);
        for (let i = 1; i < 12; i++) expect(months[i]!.start).toBe(addDays(months[i - 1]!.end, 1));
        // consecutive years tile too
        expect(periodRange(c, year + 1).start).toBe(addDays(whole.end, 1));
        const days = daysIn(whole.start, whole.end);
        expect(days === 365 || days === 366).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
