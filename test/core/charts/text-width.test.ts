import { describe, expect, it } from 'vitest';
import { characterWidth, textWidth, wrapText } from '../../../src/core/charts/text-width.ts';
import { placeLabels } from '../../../src/core/charts/labels.ts';
import { areaShortName, commonMonths, periodWords, unitMonthsWords } from '../../../src/core/charts/areas.ts';
import { PERIOD_CONVENTIONS } from '../../../src/core/periods/registry.ts';

describe('text widths in Noto Sans', () => {
  it('measures a Vietnamese letter as its base letter, except ơ, ư and đ', () => {
    expect(characterWidth('ệ')).toBe(characterWidth('e'));
    expect(characterWidth('Ỳ')).toBe(characterWidth('Y'));
    expect(characterWidth('ơ')).toBe(616); // o is 605
    expect(characterWidth('đ')).toBe(617);
    expect(characterWidth('\u0301')).toBe(0); // a combining acute accent
  });

  it('adds advances and scales by the font size', () => {
    // Đ 730 + ạ 561 + t 361 = 1652 thousandths of an em
    expect(textWidth('Đạt', 12)).toBeCloseTo(19.824, 9);
    expect(textWidth('Đạt', 12, 'bold')).toBeGreaterThan(textWidth('Đạt', 12));
  });

  it('wraps at spaces, never wider than asked unless a word is', () => {
    expect(wrapText('một hai ba bốn', 12, 50)).toEqual(['một hai', 'ba bốn']);
    expect(wrapText('Khámphá', 12, 10)).toEqual(['Khámphá']);
    for (const line of wrapText('Tỷ lệ điều tra, khám phá án hình sự theo địa bàn và năm, 2019-2026', 12.5, 200)) {
      expect(textWidth(line, 12.5)).toBeLessThanOrEqual(200);
    }
  });
});

describe('labels and area names', () => {
  it('places labels without overlap and leaves out those with no room', () => {
    const bounds = { left: 0, right: 300, top: 0, bottom: 200 };
    const points = [
      { x: 100, y: 100 },
      { x: 102, y: 101 },
      { x: 104, y: 99 },
    ];
    const placed = placeLabels(
      points.map((p, i) => ({ ...p, text: `Xã số ${i + 1}` })),
      bounds,
      points,
    );
    expect(placed.length).toBeGreaterThanOrEqual(2);
    const boxes = placed.map((l) => {
      const w = textWidth(l.text, 11);
      const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
      return { x0, x1: x0 + w, y0: l.y - 7, y1: l.y + 7 };
    });
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i] as (typeof boxes)[number];
        const b = boxes[j] as (typeof boxes)[number];
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
      }
    }
  });

  it('shortens area names inside charts', () => {
    const area = (vi: string, en: string) => ({
      code: '1',
      name: { vi, en },
      level: 'district' as const,
      validFrom: '2019-01-01',
      validTo: null,
    });
    expect(areaShortName(area('Huyện Đức Thọ', 'Duc Tho District'), 'vi')).toBe('Đức Thọ');
    expect(areaShortName(area('Huyện Đức Thọ', 'Duc Tho District'), 'en')).toBe('Duc Tho');
    expect(areaShortName(area('Thành phố Hà Tĩnh', 'Ha Tinh City'), 'vi')).toBe('TP Hà Tĩnh');
    expect(areaShortName(area('Phường Thành Sen', 'Thanh Sen Ward'), 'vi')).toBe('P. Thành Sen');
  });

  it('says the months figures cover: once for most areas, beside the name of an area of other months', () => {
    const police = PERIOD_CONVENTIONS.police;
    const half = [7, 8, 9, 10, 11, 12];
    expect(commonMonths([half, half, [1, 2, 3, 4, 5, 6]])).toEqual(half);
    expect(commonMonths([null, null])).toBeNull();
    expect(periodWords(police, 2025, half)).toEqual({ vi: 'tháng 7-12/2025', en: 'Jul–Dec 2025' });
    expect(periodWords(police, 2026, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({
      vi: '10 tháng đầu năm 2026',
      en: 'Jan–Oct 2026',
    });
    expect(periodWords(police, 2024, null)).toEqual({ vi: 'năm 2024', en: '2024' });
    expect(unitMonthsWords(police, 2025, [1, 2, 3, 4, 5, 6], 'vi')).toBe('1-6/2025');
    expect(unitMonthsWords(police, 2025, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 'en')).toBe('');
    // a statistical year from October: its first months lie in the calendar year before, said in full
    expect(periodWords(PERIOD_CONVENTIONS.national_assembly, 2025, [10, 11, 12, 1, 2, 3]).vi).toBe(
      'Từ tháng 10/2024 đến tháng 3/2025',
    );
  });
});
