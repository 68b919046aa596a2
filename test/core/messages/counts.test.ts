import { describe, expect, it } from 'vitest';
import { CLI_MESSAGES } from '../../../src/core/messages/cli.ts';
import { CHARTS_CLI, FUNNEL_WORDS, HEATMAP_WORDS } from '../../../src/core/messages/charts.ts';
import { AREA_SERIES_TEXT } from '../../../src/core/messages/areas.ts';
import { validationMessage } from '../../../src/core/messages/validation.ts';
import { AGGREGATE_MESSAGES } from '../../../src/core/messages/aggregate.ts';

/** Counts shown to readers are printed by core/format: '19.034' in Vietnamese, '19,034' in English. */
describe('counts in messages', () => {
  it('the command line', () => {
    expect(CLI_MESSAGES.dataValid(10, 19034)).toEqual({
      vi: 'Số liệu hợp lệ: 10 bảng, 19.034 dòng.',
      en: 'The data are valid: 10 tables, 19,034 rows.',
    });
    expect(CLI_MESSAGES.dataRefused(1200).vi).toContain('1.200 lỗi');
    expect(CLI_MESSAGES.dataRefused(1).en).toContain('1 problem.');
    expect(CLI_MESSAGES.warnings(2500).en).toBe('2,500 warnings (not blocking).');
    expect(CHARTS_CLI.written(1024, 'out').vi).toBe('Đã ghi 1.024 tệp vào out');
  });

  it('the charts and the areas', () => {
    expect(HEATMAP_WORDS.description(120, '2019-2026', 1100, 2400).vi).toBe(
      '120 địa bàn, các năm 2019-2026: 1.100 trên 2.400 ô có số liệu chưa đạt mục tiêu.',
    );
    expect(FUNNEL_WORDS.description(1500, 'a', 'b').en).toMatch(/^1,500 areas\./);
    expect(AREA_SERIES_TEXT.reformBreak('1/7/2025', 1200, 1001).vi).toContain(
      '1.200 đơn vị kết thúc và 1.001 đơn vị mới',
    );
  });

  it('the loader and the aggregator', () => {
    expect(validationMessage('more_problems', { shown: 1000, total: 25000 }, 'vi')).toBe(
      'tệp có 25.000 vấn đề; chỉ liệt kê 1.000 vấn đề đầu tiên tìm thấy',
    );
    expect(AGGREGATE_MESSAGES.casesSummary(150000, 0, 120500, 4321, 'x.csv').vi).toBe(
      'Vụ án: đọc 150.000 bản ghi; 120.500 đã làm rõ đến ngày chốt; ghi 4.321 dòng vào x.csv',
    );
    expect(AGGREGATE_MESSAGES.refused(2000, 1000).en).toContain('2,000 problems (the first 1,000 printed');
  });
});
