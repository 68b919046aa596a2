import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { monthSpanRange } from '../../../src/core/periods/month-span.ts';
import { PERIOD_CONVENTIONS } from '../../../src/core/periods/registry.ts';
import { sameMonthsPreviousYear } from '../../../src/core/periods/same-months-previous-year.ts';
import { daysIn } from './oracle.ts';

const { calendar, police, national_assembly: na } = PERIOD_CONVENTIONS;

describe('sameMonthsPreviousYear', () => {
  test('police year to date', () => {
    expect(sameMonthsPreviousYear(police, { year: 2026, firstMonth: 1, lastMonth: 10 })).toEqual({
      year: 2025,
      firstMonth: 1,
      lastMonth: 10,
      start: '2024-12-15',
      end: '2025-10-14',
    });
  });

  test('a single month, and a leap February against an ordinary one', () => {
    expect(sameMonthsPreviousYear(police, { year: 2024, firstMonth: 8, lastMonth: 8 })).toMatchObject({
      start: '2023-07-15',
      end: '2023-08-14',
    });
    expect(sameMonthsPreviousYear(calendar, { year: 2025, firstMonth: 2, lastMonth: 2 })).toMatchObject({
      start: '2024-02-01',
      end: '2024-02-29',
    });
    expect(sameMonthsPreviousYear(calendar, { year: 2024, firstMonth: 1, lastMonth: 2 })).toMatchObject({
      start: '2023-01-01',
      end: '2023-02-28',
    });
  });

  test('NA: October to March of the year before', () => {
    expect(sameMonthsPreviousYear(na, { year: 2025, firstMonth: 10, lastMonth: 3 })).toEqual({
      year: 2024,
      firstMonth: 10,
      lastMonth: 3,
      start: '2023-10-01',
      end: '2024-03-31',
    });
  });

  test('property: same months, one year earlier, and the day count differs by at most one (a 29 February)', () => {
    const conventions = Object.values(PERIOD_CONVENTIONS);
    fc.assert(
      fc.property(
        fc.constantFrom(...conventions),
        fc.integer({ min: 1902, max: 2199 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        (c, year, a, b) => {
          const pos = (m: number) => (m - c.year_start_month + 12) % 12;
          const [firstMonth, lastMonth] = pos(a) <= pos(b) ? [a, b] : [b, a];
          const span = { year, firstMonth, lastMonth };
          const now = monthSpanRange(c, span);
          const before = sameMonthsPreviousYear(c, span);
          expect([before.year, before.firstMonth, before.lastMonth]).toEqual([year - 1, firstMonth, lastMonth]);
          expect(Math.abs(daysIn(now.start, now.end) - daysIn(before.start, before.end))).toBeLessThanOrEqual(1);
          // same day of the month, one year earlier: 365 or 366 days before (Date.UTC oracle)
          expect([366, 367]).toContain(daysIn(before.start, now.start));
          expect([366, 367]).toContain(daysIn(before.end, now.end));
        },
      ),
    );
  });
});
