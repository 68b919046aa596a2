import { describe, expect, it } from 'vitest';
import { yearToDateCases } from '../../../src/core/analysis/year-to-date-cases.ts';
import { expectAllClose, expectClose } from '../stats/close.ts';
import { reformData, worked, workedPartial } from './worked-data.ts';

// Golden values: R 4.2 (base), on the literals of worked-data.ts (w.R).

describe('yearToDateCases', () => {
  it('compares the first ten police months with the same months of the year before, with exact dates', () => {
    const ytd = yearToDateCases(workedPartial('police'), { year: 2025 });
    expect(ytd.convention).toBe('police');
    expect(ytd.through_month).toBe(10);
    expect(ytd.current?.label).toEqual({
      vi: '10 tháng đầu năm 2025 (15/12/2024 - 14/10/2025)',
      en: 'Jan–Oct 2025 (15 Dec 2024 – 14 Oct 2025)',
    });
    expect([ytd.current?.start, ytd.current?.end]).toEqual(['2024-12-15', '2025-10-14']);
    expect([ytd.previous?.start, ytd.previous?.end]).toEqual(['2023-12-15', '2024-10-14']);
    // R: sum(a101[["2025"]][1:10] + a102[["2025"]][1:10] + 3) + 20 => 361
    expect(ytd.current?.count).toBe(361);
    // R: sum(a101[["2024"]][1:10] + a102[["2024"]][1:10] + 3) => 299
    expect(ytd.previous?.count).toBe(299);
    expect(ytd.change).toBe(62);
    // R: 361/299 - 1 => 0.20735785953177266
    expectClose(ytd.relative_change ?? NaN, 0.20735785953177266);
    // R: poisson.test(c(361, 299))$conf.int - 1 => 0.032919878926756629 0.412084841315614181
    expectAllClose(ytd.ci95, [0.032919878926756629, 0.41208484131561418]);
    expect(ytd.comparable).toBe(true);
    expect(ytd.reason.vi).toBe(
      '10 tháng đầu năm 2025 (15/12/2024 - 14/10/2025): 361 vụ; cùng kỳ (10 tháng đầu năm 2024 (15/12/2023 - 14/10/2024)): 299 vụ (+20,7 %; khoảng tin cậy 95 % +3,3 % đến +41,2 %).',
    );
  });

  it('gives the rolling 12-month sums, named by their last month, with their days', () => {
    const ytd = yearToDateCases(workedPartial('police'), { year: 2025 });
    // 2021-01 .. 2025-10 is 58 months: 47 windows
    expect(ytd.rolling).toHaveLength(47);
    const first = ytd.rolling[0];
    expect([first?.year, first?.month, first?.sum]).toEqual([2021, 12, 397]); // R: tot[1]
    const last = ytd.rolling.at(-1);
    // R: sum(a101[["2024"]][11:12] + a102[["2024"]][11:12] + 3) + 361 => 425
    expect([last?.year, last?.month, last?.sum]).toEqual([2025, 10, 425]);
    expect([last?.start, last?.end]).toEqual(['2024-10-15', '2025-10-14']);
    expect(last?.label.vi).toBe('12 tháng đến hết tháng 10/2025 (15/10/2024 - 14/10/2025)');
    expect(last?.label.en).toBe('12 months to October 2025 (15 Oct 2024 – 14 Oct 2025)');
  });

  it('counts one crime group when asked', () => {
    const ytd = yearToDateCases(worked(), { year: 2025, crimeGroup: 'drugs' });
    expect(ytd.through_month).toBe(12);
    expect(ytd.current?.count).toBe(36);
    expect(ytd.current?.label.vi).toBe('Năm 2025');
  });

  it('treats months before a new unit existed as missing, not zero', () => {
    const ytd = yearToDateCases(reformData(), { year: 2026, area: '301' });
    expect(ytd.comparable).toBe(false);
    expect(ytd.previous?.missing).toEqual([1, 2, 3, 4, 5, 6].map((month) => ({ year: 2025, month })));
    expect(ytd.break?.date).toBe('2025-07-01');
    expect(ytd.reason.en).toContain('it restarts after the break');
    // rolling sums start 12 months after the unit's first month
    expect(ytd.rolling[0]).toMatchObject({ year: 2026, month: 6 });
  });
});
