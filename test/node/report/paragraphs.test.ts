import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../../src/core/indicators/registry.ts';
import { buildScorecard, findReport } from '../../../src/node/report/build-scorecard.ts';
import { targetParagraph, type ParagraphInputs } from '../../../src/node/report/paragraphs.ts';
import { makeDataSet } from '../../helpers/dataset.ts';

// The contract's example: 1210 resolved of 60 + 40 + 800 + 419 - 20 = 1299 to resolve (2024), and a year before.
const data = makeDataSet({
  crime_reports: [
    {
      year: 2021,
      month: null,
      area_code: '101',
      carried_over: 50,
      received: 700,
      accepted: 700,
      transferred: 0,
      resolved: 600,
      suspended: 5,
    },
    {
      year: 2023,
      month: null,
      area_code: '101',
      carried_over: 60,
      received: 750,
      accepted: 750,
      transferred: 10,
      resolved: 700,
      suspended: 5,
    },
    {
      year: 2024,
      month: null,
      area_code: '101',
      carried_over: 60,
      received: 800,
      accepted: 800,
      transferred: 20,
      resolved: 760,
      suspended: 10,
    },
    {
      year: 2024,
      month: null,
      area_code: '102',
      carried_over: 40,
      received: 421,
      accepted: 419,
      transferred: 0,
      resolved: 450,
      suspended: 3,
    },
  ],
  criminal_cases: [
    {
      year: 2021,
      month: null,
      area_code: '101',
      crime_group: 'social_order',
      severity: 'serious',
      occurred: 61,
      cleared: 50,
    },
    {
      year: 2023,
      month: null,
      area_code: '101',
      crime_group: 'social_order',
      severity: 'serious',
      occurred: 40,
      cleared: 30,
    },
    {
      year: 2024,
      month: null,
      area_code: '101',
      crime_group: 'social_order',
      severity: 'serious',
      occurred: 37,
      cleared: 25,
    },
  ],
});
const scorecard = buildScorecard(data);
const inputs = (year: number): ParagraphInputs => ({
  year,
  current: findReport(scorecard, year, '42')!,
  previous: findReport(scorecard, year - 1, '42'),
  baseline: findReport(scorecard, 2021, '42'),
  baselineYear: 2021,
  reorganisationYear: null,
});

describe('targetParagraph', () => {
  it('says the value, the verdict, the change on the year before and on 2021, and how sure (Vietnamese)', () => {
    // Points: 1210/1299 − 700/800 = 5,6 points; 1210/1299 − 600/750 = 13,1 points (exact, half up).
    expect(targetParagraph(INDICATORS.reports_resolution_rate, inputs(2024), 'vi')).toBe(
      'Tỉ lệ giải quyết tin báo, tố giác tội phạm đạt 93,1 % (1.210/1.299 tin), vượt chỉ tiêu 90 %. ' +
        'So với năm 2023 (87,5 %): tăng 5,6 điểm phần trăm; so với năm 2021 (80,0 %): tăng 13,1 điểm phần trăm. ' +
        'Kết quả đạt chắc chắn: cả khoảng tin cậy 95 % (91,6 – 94,4 %) đều đạt mức chỉ tiêu.',
    );
  });

  it('says it in English', () => {
    expect(targetParagraph(INDICATORS.reports_resolution_rate, inputs(2024), 'en')).toBe(
      'Crime reports resolved: 93.1% (1,210 of 1,299 reports), above the 90% target. ' +
        'Against 2023 (87.5%): up 5.6 percentage points; against 2021 (80.0%): up 13.1 percentage points. ' +
        'Surely met: the whole 95% interval (91.6 – 94.4%) meets the target.',
    );
  });

  it('prints a change in cases as reports do, taken on the earlier count', () => {
    // 37 against 61: down 24 cases (39,3 %), the published example of METHODOLOGY.md §5 at one decimal.
    const text = targetParagraph(INDICATORS.crime_change_vs_baseline, inputs(2024), 'vi');
    expect(text).toContain(
      'năm 2024 có 37 vụ, giảm 24 vụ (39,3 %) so với năm 2021 (61 vụ), đạt chỉ tiêu ≤ −5 % (2025).',
    );
    expect(text).toContain('So với năm 2023 (40 vụ): giảm 3 vụ (7,5 %).');
  });

  it('says how many more would have met a missed target, and warns on a small denominator', () => {
    const text = targetParagraph(INDICATORS.clearance_rate, inputs(2024), 'vi');
    // 25/37 = 67,6 %; 30/37 = 81,1 % is the first to reach 80 %: 5 cases short.
    expect(text).toContain('đạt 67,6 % (25/37 vụ), chưa đạt chỉ tiêu ≥ 80 %, còn thiếu 5 vụ.');
    expect(text).toContain('Lưu ý: mẫu số nhỏ (37 vụ)');
  });

  it('writes a target of no violations as an office does, not "≤ 0"', () => {
    const judicial = makeDataSet({
      judicial_violations: [
        { year: 2023, area_code: '101', violations: 0 },
        { year: 2024, area_code: '101', violations: 2 },
      ],
    });
    const card = buildScorecard(judicial);
    const at = (year: number): ParagraphInputs => ({
      ...inputs(year),
      current: findReport(card, year, '42')!,
      previous: findReport(card, year - 1, '42'),
      baseline: undefined,
    });
    const missed = targetParagraph(INDICATORS.judicial_violations, at(2024), 'vi');
    expect(missed).toContain('2 vi phạm trong năm, chưa đạt chỉ tiêu không để xảy ra vi phạm');
    expect(missed).not.toContain('≤');
    expect(targetParagraph(INDICATORS.judicial_violations, at(2023), 'vi')).toContain(
      'đạt chỉ tiêu không để xảy ra vi phạm',
    );
    expect(targetParagraph(INDICATORS.judicial_violations, at(2024), 'en')).toContain(
      'missing the target of no violations',
    );
  });

  it('says when there are no data, and why', () => {
    expect(targetParagraph(INDICATORS.reoffending_rate, inputs(2024), 'vi')).toBe(
      'Tỉ lệ tái phạm tội của người được đặc xá, chấp hành xong án phạt tù, tha tù trước thời hạn: không có số liệu (reoffending.csv không có dòng nào cho năm 2024).',
    );
  });
});
