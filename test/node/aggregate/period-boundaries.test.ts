import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { periodOf } from '../../../src/core/periods/period-of.ts';
import { PERIOD_CONVENTIONS, BUILT_IN_CONVENTION_IDS } from '../../../src/core/periods/registry.ts';
import { aggregateRecords } from '../../../src/node/aggregate/aggregate.ts';
import {
  BAD_DATE,
  DATE_OUT_OF_RANGE,
  END_DAY,
  FIRST_DAY,
  civilFromDays,
  dayFromBytes,
  dayFromIso,
  daysFromCivil,
  isoOfDay,
} from '../../../src/node/aggregate/day-number.ts';
import {
  indexOfPeriod,
  periodDays,
  periodOfDayNumber,
  periodOfIndex,
  periodTable,
} from '../../../src/node/aggregate/period-table.ts';
import { AREAS_CSV, casesCsv, folderWith } from './helpers.ts';

describe('day numbers', () => {
  it('read ISO dates from bytes and text, refusing days that do not exist', () => {
    expect(dayFromIso('1970-01-01')).toBe(0);
    expect(dayFromIso('2024-02-29')).toBe(19782); // Date.UTC(2024, 1, 29) / 86400000
    expect(dayFromBytes(Buffer.from('x,2024-02-29,'), 2, 12)).toBe(19782);
    expect(dayFromIso('2025-02-29')).toBe(BAD_DATE);
    expect(dayFromIso('1900-02-29')).toBe(BAD_DATE); // 1900 is not a leap year
    expect(dayFromIso('2000-02-29')).toBe(daysFromCivil(2000, 2, 29)); // 2000 is
    expect(dayFromIso('2024-04-31')).toBe(BAD_DATE);
    expect(dayFromIso('2024-13-01')).toBe(BAD_DATE);
    expect(dayFromIso('24-01-01')).toBe(BAD_DATE);
    expect(dayFromIso('2024/01/01')).toBe(BAD_DATE);
    expect(dayFromIso('1899-12-31')).toBe(DATE_OUT_OF_RANGE);
    expect(dayFromIso('2200-01-01')).toBe(DATE_OUT_OF_RANGE);
    expect(dayFromBytes(Buffer.from('2024-0a-01'), 0, 10)).toBe(BAD_DATE);
  });

  it('agree with Date.UTC on every day of the supported years', () => {
    for (let day = FIRST_DAY; day < END_DAY; day += 1) {
      const { year, month, day: d } = civilFromDays(day);
      if (Date.UTC(year, month - 1, d) / 86_400_000 !== day) throw new Error(`day ${day}`);
      if (dayFromIso(isoOfDay(day)) !== day) throw new Error(`iso ${day}`);
    }
    expect(isoOfDay(FIRST_DAY)).toBe('1900-01-01');
    expect(isoOfDay(END_DAY - 1)).toBe('2199-12-31');
  });
});

describe('the day-to-period table', () => {
  it('gives periodOf (core/periods) on every day of the supported years, for every built-in convention', () => {
    for (const id of BUILT_IN_CONVENTION_IDS) {
      const convention = PERIOD_CONVENTIONS[id];
      const table = periodTable(convention);
      for (let day = FIRST_DAY; day < END_DAY; day += 1) {
        const want = periodOf(isoOfDay(day), convention);
        const got = periodOfIndex(table, periodOfDayNumber(table, day));
        if (got.year !== want.year || got.month !== want.month) throw new Error(`${id} ${isoOfDay(day)}`);
      }
    }
  });

  it('numbers the months in time under every convention: the day after a month ends is in the next index', () => {
    for (const id of BUILT_IN_CONVENTION_IDS) {
      const table = periodTable(PERIOD_CONVENTIONS[id]);
      for (let day = FIRST_DAY + 1; day < END_DAY; day += 1) {
        const step = periodOfDayNumber(table, day) - periodOfDayNumber(table, day - 1);
        if (step !== 0 && step !== 1) throw new Error(`${id} ${isoOfDay(day)}: ${step}`);
      }
    }
    // The National Assembly's year turns on 1 October: September 2024 is month 9 of 2024, October month 10 of 2025.
    const na = periodTable(PERIOD_CONVENTIONS.national_assembly);
    const september = periodOfDayNumber(na, dayFromIso('2024-09-30'));
    expect(periodOfIndex(na, september)).toEqual({ year: 2024, month: 9 });
    expect(periodOfIndex(na, september + 1)).toEqual({ year: 2025, month: 10 });
    expect(indexOfPeriod(na, 2025, 10)).toBe(september + 1);
    expect(periodDays(na, september + 1).map(isoOfDay)).toEqual(['2024-10-01', '2024-10-31']);
    expect(periodDays(na, september).map(isoOfDay)).toEqual(['2024-09-01', '2024-09-30']);
  });

  it('knows the first and last day of each period', () => {
    const police = periodTable(PERIOD_CONVENTIONS.police);
    expect(periodDays(police, 2024 * 12 + 7).map(isoOfDay)).toEqual(['2024-07-15', '2024-08-14']);
    expect(periodDays(police, 2025 * 12 + 0).map(isoOfDay)).toEqual(['2024-12-15', '2025-01-14']);
    expect(periodDays(police, 2024 * 12 + 2).map(isoOfDay)).toEqual(['2024-02-15', '2024-03-14']);
  });
});

/** The (year, month) each case lands in, through the whole aggregate path, by case date. */
async function monthsOf(dates: string[], periods: keyof typeof PERIOD_CONVENTIONS): Promise<Record<string, string>> {
  // One crime group per date, so each date is its own output row.
  const groups = ['social_order', 'drugs', 'economic', 'corruption', 'environment', 'smuggling', 'cyber', 'other'];
  const severities = ['less_serious', 'serious', 'very_serious', 'especially_serious'];
  const rows = dates.map((d, i) => [d, '42', groups[i % 8]!, severities[Math.floor(i / 8)]!, ''] as const);
  // The province alone, so that every date from 2019 on has an area.
  const areas = AREAS_CSV.split('\n').slice(0, 2).join('\n') + '\n';
  const dir = folderWith({ 'areas.csv': areas, 'cases.csv': casesCsv(rows) });
  const result = await aggregateRecords({
    cases: join(dir, 'cases.csv'),
    areas: join(dir, 'areas.csv'),
    convention: PERIOD_CONVENTIONS[periods],
    lang: 'en',
  });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  const out: Record<string, string> = {};
  dates.forEach((d, i) => {
    const row = result.tables.criminal_cases.find(
      (r) => r.crime_group === groups[i % 8] && r.severity === severities[Math.floor(i / 8)],
    )!;
    out[d] = `${row.year}/${row.month}`;
  });
  return out;
}

describe('chitieu aggregate places each date in its statistical month', () => {
  const dates = [
    '2024-07-14',
    '2024-07-15', // the 14th and the 15th
    '2024-12-14',
    '2024-12-15',
    '2024-12-31',
    '2025-01-01', // 14 and 15 December, the year's turn
    '2024-02-14',
    '2024-02-15',
    '2024-02-28',
    '2024-02-29',
    '2024-03-01', // a leap February
    '2025-02-14',
    '2025-02-15',
    '2025-02-28',
    '2025-03-01', // a common February
    '2024-09-30',
    '2024-10-01',
    '2024-11-30',
    '2024-12-01', // the NA and procuracy years' turn
  ];

  it('police: the 15th opens the next month, 15 December the next year', async () => {
    expect(await monthsOf(dates, 'police')).toEqual({
      '2024-07-14': '2024/7',
      '2024-07-15': '2024/8',
      '2024-12-14': '2024/12',
      '2024-12-15': '2025/1',
      '2024-12-31': '2025/1',
      '2025-01-01': '2025/1',
      '2024-02-14': '2024/2',
      '2024-02-15': '2024/3',
      '2024-02-28': '2024/3',
      '2024-02-29': '2024/3',
      '2024-03-01': '2024/3',
      '2025-02-14': '2025/2',
      '2025-02-15': '2025/3',
      '2025-02-28': '2025/3',
      '2025-03-01': '2025/3',
      '2024-09-30': '2024/10',
      '2024-10-01': '2024/10',
      '2024-11-30': '2024/12',
      '2024-12-01': '2024/12',
    });
  });

  it('calendar: months are calendar months', async () => {
    const got = await monthsOf(dates, 'calendar');
    expect(got['2024-07-15']).toBe('2024/7');
    expect(got['2024-12-15']).toBe('2024/12');
    expect(got['2024-12-31']).toBe('2024/12');
    expect(got['2025-01-01']).toBe('2025/1');
    expect(got['2024-02-29']).toBe('2024/2');
    expect(got['2024-03-01']).toBe('2024/3');
  });

  it('national_assembly: 1 October opens the next year; procuracy: 1 December does', async () => {
    const na = await monthsOf(dates, 'national_assembly');
    expect([na['2024-09-30'], na['2024-10-01'], na['2024-12-15'], na['2024-02-29']]).toEqual([
      '2024/9',
      '2025/10',
      '2025/12',
      '2024/2',
    ]);
    const procuracy = await monthsOf(dates, 'procuracy');
    expect([procuracy['2024-11-30'], procuracy['2024-12-01'], procuracy['2025-01-01']]).toEqual([
      '2024/11',
      '2025/12',
      '2025/1',
    ]);
  });
});
