import { describe, expect, test } from 'vitest';
import { monthSpanLabel } from '../../../src/core/periods/month-span-label.ts';
import { periodLabel } from '../../../src/core/periods/period-label.ts';
import { PERIOD_CONVENTIONS } from '../../../src/core/periods/registry.ts';
import { yearToDateLabel, yearToDateRange } from '../../../src/core/periods/year-to-date.ts';

const { calendar, police, national_assembly: na, procuracy } = PERIOD_CONVENTIONS;

describe('periodLabel', () => {
  test('police year and month carry their dates', () => {
    expect(periodLabel(police, 2025, null, 'vi')).toBe('Năm 2025 (15/12/2024 - 14/12/2025)');
    expect(periodLabel(police, 2024, 8, 'vi')).toBe('Tháng 8/2024 (15/7/2024 - 14/8/2024)');
    expect(periodLabel(police, 2025, null, 'en')).toBe('Year 2025 (15 Dec 2024 – 14 Dec 2025)');
    expect(periodLabel(police, 2024, 8, 'en')).toBe('August 2024 (15 Jul 2024 – 14 Aug 2024)');
    expect(periodLabel(police, 2025, 1, 'vi')).toBe('Tháng 1/2025 (15/12/2024 - 14/1/2025)');
  });

  test('calendar periods need no dates, unless asked', () => {
    expect(periodLabel(calendar, 2025, null, 'vi')).toBe('Năm 2025');
    expect(periodLabel(calendar, 2025, 3, 'vi')).toBe('Tháng 3/2025');
    expect(periodLabel(calendar, 2024, 2, 'en', { withDates: true })).toBe('February 2024 (1 Feb 2024 – 29 Feb 2024)');
    expect(periodLabel(police, 2024, 8, 'vi', { withDates: false })).toBe('Tháng 8/2024');
  });

  test('a NA or procuracy year carries its dates; its months are named with their calendar year', () => {
    expect(periodLabel(na, 2025, null, 'vi')).toBe('Năm 2025 (1/10/2024 - 30/9/2025)');
    expect(periodLabel(na, 2025, 10, 'vi')).toBe('Tháng 10/2024');
    expect(periodLabel(procuracy, 2024, null, 'en')).toBe('Year 2024 (1 Dec 2023 – 30 Nov 2024)');
    expect(periodLabel(procuracy, 2024, 12, 'en')).toBe('December 2023');
  });

  test('the default language is Vietnamese', () => {
    expect(periodLabel(calendar, 2025, null)).toBe('Năm 2025');
  });
});

describe('year to date', () => {
  test('ranges', () => {
    expect(yearToDateRange(calendar, 2026, 10)).toEqual({ start: '2026-01-01', end: '2026-10-31', months: 10 });
    expect(yearToDateRange(police, 2026, 10)).toEqual({ start: '2025-12-15', end: '2026-10-14', months: 10 });
    expect(yearToDateRange(na, 2025, 3)).toEqual({ start: '2024-10-01', end: '2025-03-31', months: 6 });
    expect(yearToDateRange(police, 2025, 12)).toEqual({ start: '2024-12-15', end: '2025-12-14', months: 12 });
  });

  test('labels', () => {
    expect(yearToDateLabel(calendar, 2026, 10, 'vi')).toBe('10 tháng đầu năm 2026');
    expect(yearToDateLabel(calendar, 2026, 10, 'en')).toBe('Jan–Oct 2026');
    expect(yearToDateLabel(calendar, 2026, 10, 'vi', { withDates: true })).toBe(
      '10 tháng đầu năm 2026 (1/1/2026 - 31/10/2026)',
    );
    expect(yearToDateLabel(police, 2026, 10, 'vi')).toBe('10 tháng đầu năm 2026 (15/12/2025 - 14/10/2026)');
    expect(yearToDateLabel(police, 2026, 10, 'en')).toBe('Jan–Oct 2026 (15 Dec 2025 – 14 Oct 2026)');
    expect(yearToDateLabel(police, 2026, 6, 'vi', { withDates: false })).toBe('6 tháng đầu năm 2026');
  });

  test('a whole year or a single month is labelled as such', () => {
    expect(yearToDateLabel(police, 2025, 12, 'vi')).toBe('Năm 2025 (15/12/2024 - 14/12/2025)');
    expect(yearToDateLabel(calendar, 2026, 1, 'vi')).toBe('Tháng 1/2026');
  });

  test('a year that does not start in January is labelled by its months, not "N tháng đầu năm"', () => {
    expect(yearToDateLabel(na, 2025, 3, 'vi')).toBe('Từ tháng 10/2024 đến tháng 3/2025');
    expect(yearToDateLabel(na, 2025, 3, 'en')).toBe('Oct 2024–Mar 2025');
    // the procuracy's first half-year as published: 01/12/2023-31/05/2024
    expect(yearToDateLabel(procuracy, 2024, 5, 'vi', { withDates: true })).toBe(
      'Từ tháng 12/2023 đến tháng 5/2024 (1/12/2023 - 31/5/2024)',
    );
  });

  test('a span in the middle of the year', () => {
    expect(monthSpanLabel(calendar, { year: 2026, firstMonth: 7, lastMonth: 12 }, 'vi')).toBe(
      'Từ tháng 7/2026 đến tháng 12/2026',
    );
    expect(monthSpanLabel(calendar, { year: 2026, firstMonth: 7, lastMonth: 12 }, 'en')).toBe('Jul–Dec 2026');
    expect(monthSpanLabel(police, { year: 2026, firstMonth: 7, lastMonth: 9 }, 'en')).toBe(
      'Jul–Sep 2026 (15 Jun 2026 – 14 Sep 2026)',
    );
  });

  test("months out of the year's order are refused", () => {
    expect(() => monthSpanLabel(na, { year: 2025, firstMonth: 3, lastMonth: 10 })).toThrow(RangeError);
    expect(() => yearToDateLabel(calendar, 2025, 13)).toThrow(/month must be an integer/);
  });
});
