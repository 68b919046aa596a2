import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rolling12MonthSums, yearToDate, type MonthlyValue } from '../../../src/core/stats/rolling.ts';

const VALUES = [31, 28, 35, 30, 33, 29, 36, 34, 30, 32, 27, 38, 29, 26, 33, 31, 30, 28, 35, 30, 29, 31, 26, 34];
const MONTHLY: MonthlyValue[] = VALUES.map((value, i) => ({
  year: 2023 + Math.floor(i / 12),
  month: (i % 12) + 1,
  value,
}));

describe('rolling12MonthSums', () => {
  it('sums each 12-month window', () => {
    const r = rolling12MonthSums(MONTHLY);
    // confirmed in python3: np.convolve(VALUES, np.ones(12, dtype=int), 'valid').tolist()
    expect(r.map((x) => x.sum)).toEqual([383, 381, 379, 377, 378, 375, 374, 373, 369, 368, 367, 366, 362]);
    expect(r[0]).toMatchObject({ year: 2023, month: 12, monthsPresent: 12, missing: [] });
    expect(r[12]).toMatchObject({ year: 2024, month: 12 });
  });

  it('does not depend on input order', () => {
    expect(rolling12MonthSums([...MONTHLY].reverse())).toEqual(rolling12MonthSums(MONTHLY));
  });

  it('reports a missing month (absent or null) instead of counting it as zero', () => {
    const gap = MONTHLY.filter((m) => !(m.year === 2024 && m.month === 3)).map((m) =>
      m.year === 2023 && m.month === 6 ? { ...m, value: null } : m,
    );
    const r = rolling12MonthSums(gap);
    expect(r).toHaveLength(13);
    expect(r[0]).toMatchObject({ sum: null, monthsPresent: 11, missing: [{ year: 2023, month: 6 }] });
    const march = r.find((x) => x.year === 2024 && x.month === 3);
    expect(march).toMatchObject({
      sum: null,
      monthsPresent: 10,
      missing: [
        { year: 2023, month: 6 },
        { year: 2024, month: 3 },
      ],
    });
    expect(r[12]).toMatchObject({ sum: null, missing: [{ year: 2024, month: 3 }] });
  });

  it('short or empty series give no window', () => {
    expect(rolling12MonthSums([])).toEqual([]);
    expect(rolling12MonthSums(MONTHLY.slice(0, 11))).toEqual([]);
  });

  it('refuses bad months, duplicates and non-finite values', () => {
    expect(() => rolling12MonthSums([{ year: 2024, month: 13, value: 1 }])).toThrow(RangeError);
    expect(() =>
      rolling12MonthSums([
        { year: 2024, month: 1, value: 1 },
        { year: 2024, month: 1, value: 2 },
      ]),
    ).toThrow(RangeError);
    expect(() => rolling12MonthSums([{ year: 2024, month: 1, value: Number.NaN }])).toThrow(RangeError);
    expect(() => rolling12MonthSums([{ year: 2024.5, month: 1, value: 1 }])).toThrow(RangeError);
  });

  it('property: with every month present, each window equals the plain sum of its 12 months', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 12, maxLength: 72 }),
        fc.integer({ min: 1, max: 12 }),
        (values, startMonth) => {
          const series = values.map((value, i) => {
            const index = startMonth - 1 + i;
            return { year: 2020 + Math.floor(index / 12), month: (index % 12) + 1, value };
          });
          const r = rolling12MonthSums(series);
          expect(r).toHaveLength(values.length - 11);
          r.forEach((w, k) => expect(w.sum).toBe(values.slice(k, k + 12).reduce((a, b) => a + b, 0)));
        },
      ),
    );
  });
});

describe('yearToDate', () => {
  it('compares the same months of the previous year', () => {
    const r = yearToDate(MONTHLY, 2024, 8);
    // confirmed in python3: v[12:20].sum(), v[0:8].sum(), v[12:20].sum()/v[0:8].sum()-1
    expect(r).toMatchObject({ throughMonth: 8, comparable: true, change: -14 });
    expect(r.current).toMatchObject({ year: 2024, sum: 242, monthsPresent: 8 });
    expect(r.previous).toMatchObject({ year: 2023, sum: 256 });
    expect(r.relativeChange).toBeCloseTo(-0.0546875, 15);
    expect(r.reason.vi).toBe('Tháng 1-8: năm 2024 có 242, cùng kỳ năm 2023 có 256.');
  });

  it('defaults to the latest month of the year with a value', () => {
    const partial = MONTHLY.filter((m) => m.year === 2023 || m.month <= 5);
    expect(yearToDate(partial, 2024).throughMonth).toBe(5);
  });

  it('a missing month in either year makes the comparison not comparable, and names the month', () => {
    const gap = MONTHLY.map((m) => (m.year === 2023 && m.month === 2 ? { ...m, value: null } : m));
    const r = yearToDate(gap, 2024, 8);
    expect(r).toMatchObject({ comparable: false, change: null, relativeChange: null });
    expect(r.previous).toMatchObject({ sum: null, monthsPresent: 7, missing: [{ year: 2023, month: 2 }] });
    expect(r.current.sum).toBe(242);
    expect(r.reason.en).toBe('Not comparable: no figure for 2/2023.');
    const noPrevious = yearToDate(
      MONTHLY.filter((m) => m.year === 2024),
      2024,
      2,
    );
    expect(noPrevious.previous.missing).toHaveLength(2);
  });

  it('a previous total of 0 leaves the relative change undefined', () => {
    const zeros: MonthlyValue[] = [
      { year: 2023, month: 1, value: 0 },
      { year: 2024, month: 1, value: 3 },
    ];
    expect(yearToDate(zeros, 2024)).toMatchObject({ change: 3, relativeChange: null, comparable: true });
  });

  it('refuses a bad month or a year without data', () => {
    expect(() => yearToDate(MONTHLY, 2024, 0)).toThrow(RangeError);
    expect(() => yearToDate(MONTHLY, 2030)).toThrow(RangeError);
  });
});
