import { describe, expect, it } from 'vitest';
import { captionWithPeriod } from '../../../src/node/report/figure-caption.ts';
import { dataTitleIn } from '../../../src/node/report/data-title.ts';

describe('captionWithPeriod', () => {
  it('adds the years a chart spans to a caption that does not name the briefing year', () => {
    expect(captionWithPeriod('Số vụ phạm tội so với năm gốc 2021', 2025, 2019, 'vi')).toBe(
      'Số vụ phạm tội so với năm gốc 2021, năm 2019-2025',
    );
    expect(captionWithPeriod('Criminal cases against the 2021 baseline', 2025, 2019, 'en')).toBe(
      'Criminal cases against the 2021 baseline, 2019–2025',
    );
    expect(captionWithPeriod('Số vụ phạm tội', 2025, 2025, 'vi')).toBe('Số vụ phạm tội, năm 2025');
  });

  it('leaves a caption that names the year as it is', () => {
    for (const caption of [
      'Tỉ lệ điều tra, khám phá án hình sự, 2019-2025',
      'Vi phạm được phát hiện theo lĩnh vực, năm 2025 so với năm trước',
    ]) {
      expect(captionWithPeriod(caption, 2025, 2019, 'vi')).toBe(caption);
    }
    // 20250 is not the year 2025
    expect(captionWithPeriod('Mã 20250', 2025, 2019, 'vi')).toBe('Mã 20250, năm 2019-2025');
  });
});

describe('dataTitleIn', () => {
  it('gives each language its half of a bilingual title, and keeps any other whole', () => {
    const title =
      'Hà Tĩnh 2019-2026: dữ liệu MÔ PHỎNG, không phải số liệu thật / Hà Tĩnh 2019-2026: SYNTHETIC data, not real statistics';
    expect(dataTitleIn(title, 'vi')).toBe('Hà Tĩnh 2019-2026: dữ liệu MÔ PHỎNG, không phải số liệu thật');
    expect(dataTitleIn(title, 'en')).toBe('Hà Tĩnh 2019-2026: SYNTHETIC data, not real statistics');
    expect(dataTitleIn('Số liệu 2025', 'en')).toBe('Số liệu 2025');
    expect(dataTitleIn(null, 'vi')).toBeNull();
  });
});
