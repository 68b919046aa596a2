import { describe, expect, it } from 'vitest';
import { periodInSentence } from '../../../src/core/format/words.ts';
import { TABLE_NOTES } from '../../../src/core/messages/scorecard.ts';
import { VERDICT_REASON_TEXTS } from '../../../src/core/messages/verdict-reasons.ts';

const run = { vi: 'Từ tháng 7/2025 đến tháng 12/2025', en: 'Jul–Dec 2025' };

describe('a period label inside a sentence', () => {
  it('opens in lower case after the start of a sentence ("số liệu từ tháng ...", not "số liệu Từ tháng ...")', () => {
    expect(VERDICT_REASON_TEXTS.partOfYear(run).vi).toBe('số liệu từ tháng 7/2025 đến tháng 12/2025');
    expect(VERDICT_REASON_TEXTS.sameMonths(run, 2021).vi).toBe(
      'từ tháng 7/2025 đến tháng 12/2025 so với cùng kỳ năm 2021',
    );
    expect(TABLE_NOTES.partial(run).vi).toMatch(/^Số liệu từ tháng 7\/2025 đến tháng 12\/2025\. /);
  });

  it('keeps figures and month names as they are', () => {
    expect(periodInSentence({ vi: '10 tháng đầu năm 2026', en: 'Jan–Oct 2026' })).toEqual({
      vi: '10 tháng đầu năm 2026',
      en: 'Jan–Oct 2026',
    });
    expect(periodInSentence({ vi: 'Tháng 8/2024', en: 'August 2024' })).toEqual({
      vi: 'tháng 8/2024',
      en: 'August 2024',
    });
  });
});
