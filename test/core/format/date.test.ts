import { describe, expect, test } from 'vitest';
import { formatDate } from '../../../src/core/format/date.ts';
import { formatDateRange } from '../../../src/core/format/date-range.ts';
import { daysInMonth, isLeapYear, parseIsoDate, toIsoDate } from '../../../src/core/format/iso-date.ts';

describe('formatDate', () => {
  test.each([
    ['2026-10-31', '31/10/2026', '31 Oct 2026'],
    ['2024-07-15', '15/7/2024', '15 Jul 2024'],
    ['2025-01-01', '1/1/2025', '1 Jan 2025'],
    ['2024-02-29', '29/2/2024', '29 Feb 2024'],
  ])('%s -> %s / %s', (iso, vi, en) => {
    expect(formatDate(iso, 'vi')).toBe(vi);
    expect(formatDate(iso)).toBe(vi);
    expect(formatDate(iso, 'en')).toBe(en);
  });

  test('padded Vietnamese dates on request (procuracy style 01/12/2023)', () => {
    expect(formatDate('2023-12-01', 'vi', { pad: true })).toBe('01/12/2023');
  });

  test.each([
    '2025-02-29',
    '2100-02-29',
    '2024-13-01',
    '2024-04-31',
    '2024-4-1',
    '24-04-01',
    '2024-04-01T00:00',
    '0000-01-01',
  ])('%s is refused', (iso) => expect(() => formatDate(iso)).toThrow(RangeError));

  test('ranges', () => {
    expect(formatDateRange('2024-12-15', '2025-12-14', 'vi')).toBe('15/12/2024 - 14/12/2025');
    expect(formatDateRange('2024-12-15', '2025-12-14', 'en')).toBe('15 Dec 2024 – 14 Dec 2025');
    expect(() => formatDateRange('2025-01-02', '2025-01-01')).toThrow(RangeError);
  });
});

describe('calendar helpers', () => {
  test('leap years', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([
      31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });

  test('ISO round trip, confirmed against Date.UTC for every day of 1999-2030', () => {
    for (let t = Date.UTC(1999, 0, 1); t <= Date.UTC(2030, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const date = parseIsoDate(iso);
      expect(toIsoDate(date)).toBe(iso);
      expect(date.day <= daysInMonth(date.year, date.month)).toBe(true);
    }
  });
});
