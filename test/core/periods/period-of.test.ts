import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { PeriodConvention } from '../../../src/core/periods/convention.ts';
import { periodOf } from '../../../src/core/periods/period-of.ts';
import { periodRange } from '../../../src/core/periods/period-range.ts';
import { PERIOD_CONVENTIONS } from '../../../src/core/periods/registry.ts';
import { isoOf } from './oracle.ts';

const { calendar, police, national_assembly: na, procuracy } = PERIOD_CONVENTIONS;

describe('periodOf: boundaries', () => {
  test.each([
    // police: month M runs 15/(M-1) to 14/M; year Y runs 15/12/(Y-1) to 14/12/Y
    ['2024-07-14', 2024, 7],
    ['2024-07-15', 2024, 8], // 'tháng 8/2024: từ ngày 15/7/2024 đến ngày 14/8/2024'
    ['2024-08-14', 2024, 8],
    ['2024-08-15', 2024, 9],
    ['2024-12-14', 2024, 12],
    ['2024-12-15', 2025, 1], // 15/12/2024 opens police year 2025
    ['2024-12-31', 2025, 1],
    ['2025-01-01', 2025, 1],
    ['2025-01-14', 2025, 1],
    ['2025-01-15', 2025, 2],
    ['2025-11-15', 2025, 12], // 'tháng 12/2025: 15/11-14/12/2025'
    ['2025-12-14', 2025, 12],
    ['2024-02-29', 2024, 3], // leap day: in March's police month (15/2-14/3)
    ['2024-01-31', 2024, 2], // end of a 31-day month
    ['2023-02-28', 2023, 3],
  ])('police: %s is month %i of year %i', (iso, year, month) => {
    expect(periodOf(iso, police)).toEqual({ year, month });
  });

  test.each([
    ['2024-09-30', 2024, 9],
    ['2024-10-01', 2025, 10], // 1/10/2024 opens NA year 2025
    ['2024-12-31', 2025, 12],
    ['2025-01-01', 2025, 1],
    ['2025-09-30', 2025, 9],
    ['2024-02-29', 2024, 2],
  ])('national assembly: %s is month %i of year %i', (iso, year, month) => {
    expect(periodOf(iso, na)).toEqual({ year, month });
  });

  test.each([
    ['2023-11-30', 2023, 11],
    ['2023-12-01', 2024, 12], // procuracy year 2024 opens 1/12/2023
    ['2024-05-31', 2024, 5],
    ['2024-11-30', 2024, 11],
    ['2024-12-01', 2025, 12],
  ])('procuracy: %s is month %i of year %i', (iso, year, month) => {
    expect(periodOf(iso, procuracy)).toEqual({ year, month });
  });

  test.each([
    ['2024-01-01', 2024, 1],
    ['2024-02-29', 2024, 2],
    ['2024-12-31', 2024, 12],
    ['2000-02-29', 2000, 2],
  ])('calendar: %s is month %i of year %i', (iso, year, month) => {
    expect(periodOf(iso, calendar)).toEqual({ year, month });
  });

  test.each(['2025-02-29', '1900-02-29', '2024-06-31', '15/12/2024', ''])('%j is refused', (iso) => {
    expect(() => periodOf(iso, police)).toThrow(RangeError);
  });
});

/** Any valid convention: the built-ins and arbitrary user conventions. */
const anyConvention: fc.Arbitrary<PeriodConvention> = fc.oneof(
  fc.constantFrom(...Object.values(PERIOD_CONVENTIONS)),
  fc.record({
    id: fc.constant('custom'),
    name: fc.constant({ vi: 'Tùy chỉnh', en: 'Custom' }),
    month_start_day: fc.integer({ min: 1, max: 28 }),
    year_start_month: fc.integer({ min: 1, max: 12 }),
  }),
);
const anyDate = fc
  .integer({ min: Date.UTC(1901, 0, 1), max: Date.UTC(2199, 11, 31) })
  .map((t) => isoOf(t - (t % 86_400_000)));

describe('periodOf: properties', () => {
  test('a date lies inside the month and the year periodOf gives it', () => {
    fc.assert(
      fc.property(anyConvention, anyDate, (convention, iso) => {
        const { year, month } = periodOf(iso, convention);
        const monthRange = periodRange(convention, year, month);
        const yearRange = periodRange(convention, year);
        expect(monthRange.start <= iso && iso <= monthRange.end).toBe(true);
        expect(yearRange.start <= iso && iso <= yearRange.end).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('the first and last day of a month map back to it', () => {
    fc.assert(
      fc.property(
        anyConvention,
        fc.integer({ min: 1901, max: 2199 }),
        fc.integer({ min: 1, max: 12 }),
        (c, year, month) => {
          const { start, end } = periodRange(c, year, month);
          expect(periodOf(start, c)).toEqual({ year, month });
          expect(periodOf(end, c)).toEqual({ year, month });
        },
      ),
      { numRuns: 2000 },
    );
  });
});
