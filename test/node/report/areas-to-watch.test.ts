import { describe, expect, it } from 'vitest';
import type { AreaRow, CriminalCaseRow } from '../../../src/core/types.ts';
import { programme20212025 } from '../../../src/core/targets/programme-2021-2025.ts';
import { AREAS_TO_WATCH_TEXT } from '../../../src/core/messages/office-document.ts';
import { areasToWatch, MAX_AREAS_PER_TARGET, standardisedGap } from '../../../src/node/report/areas-to-watch.ts';
import { makeDataSet } from '../../helpers/dataset.ts';

/** A province of ten districts; district i cleared `cleared[i]` of `occurred[i]` (default 100) cases in 2024 (target: at least 80 %). */
function data(cleared: number[], occurred: number[] = []) {
  const areas: AreaRow[] = [
    {
      area_code: '42',
      name_vi: 'Tỉnh',
      name_en: 'Province',
      level: 'province',
      parent_code: null,
      valid_from: '2000-01-01',
      valid_to: null,
    },
    ...cleared.map((_, i): AreaRow => ({
      area_code: String(101 + i),
      name_vi: `Huyện ${i + 1}`,
      name_en: `District ${i + 1}`,
      level: 'district',
      parent_code: '42',
      valid_from: '2000-01-01',
      valid_to: null,
    })),
  ];
  const criminal_cases = cleared.map((c, i): CriminalCaseRow => ({
    year: 2024,
    month: null,
    area_code: String(101 + i),
    crime_group: 'other',
    severity: 'serious',
    occurred: occurred[i] ?? 100,
    cleared: c,
  }));
  return { ...makeDataSet({ criminal_cases }), areas };
}

describe('areasToWatch', () => {
  it('names an area below the funnel limits, with its figure, counts and target', () => {
    // 50 of 100 cleared against a target of 80 %: z = −7.5, beyond the 99.8 % limit (0.676) even if widened.
    const section = areasToWatch(
      data([50, 80, 81, 79, 82, 80, 78, 83, 80, 81]),
      2024,
      'Năm 2024',
      'vi',
      programme20212025,
    );
    expect(section.rows).toEqual([
      {
        area_code: '101',
        area: 'Huyện 1',
        indicator: 'Điều tra, khám phá án',
        value: '50,0 %',
        counts: '50/100 vụ',
        target: '≥ 80 %',
        finding: 'Dưới giới hạn 99,8 %: gần như chắc chắn không do ngẫu nhiên',
        kind: 'outside_998',
      },
    ]);
    expect(section.title).toBe('Địa bàn cần chú ý');
    expect(section.intro).toContain('(Năm 2024)');
    expect(section.notes).toEqual([AREAS_TO_WATCH_TEXT.notCompared.vi]);
  });

  it('names the area furthest from the target for its own limits when none is outside them', () => {
    // 75/100 and 77/100 miss 80 % but lie inside the 95 % limits (0.72-0.88); 75 is further.
    const section = areasToWatch(
      data([75, 80, 81, 77, 82, 80, 84, 83, 80, 81]),
      2024,
      'Năm 2024',
      'vi',
      programme20212025,
    );
    expect(section.rows.map((r) => [r.area, r.value, r.kind])).toEqual([['Huyện 1', '75,0 %', 'furthest']]);
    expect(section.rows[0]?.finding).toBe(AREAS_TO_WATCH_TEXT.furthest.vi);
  });

  it('lists nobody when every area meets the target', () => {
    const section = areasToWatch(
      data([80, 81, 82, 83, 84, 85, 86, 87, 88, 80]),
      2024,
      'Năm 2024',
      'en',
      programme20212025,
    );
    expect(section.rows).toEqual([]);
    expect(section.empty).toBe(AREAS_TO_WATCH_TEXT.none.en);
  });

  it(`shows at most ${MAX_AREAS_PER_TARGET} areas of a target in the table and names the others with their figures`, () => {
    // Seven small districts (40 cases: exact limits, never widened, the 95 % one at 27/40) cleared 20 to 26.
    const section = areasToWatch(
      data([26, 25, 24, 23, 22, 21, 20, 90, 90, 90], [40, 40, 40, 40, 40, 40, 40]),
      2024,
      'Năm 2024',
      'vi',
      programme20212025,
    );
    expect(section.rows.map((r) => `${r.area} ${r.counts}`)).toEqual([
      'Huyện 7 20/40 vụ',
      'Huyện 6 21/40 vụ',
      'Huyện 5 22/40 vụ',
      'Huyện 4 23/40 vụ',
      'Huyện 3 24/40 vụ',
    ]);
    expect(section.notes[0]).toBe(
      'Điều tra, khám phá án: còn 2 địa bàn khác ngoài giới hạn 95 %: Huyện 2 (62,5 %, 25/40 vụ); Huyện 1 (65,0 %, 26/40 vụ).',
    );
  });
});

describe('standardisedGap', () => {
  it('measures the distance from the target in widths of the 95 % limit, on the failing side', () => {
    expect(standardisedGap({ value: 0.7, limits: { lower95: 0.7, upper95: 0.9 } }, 0.8, 'increase')).toBeCloseTo(
      -1,
      12,
    );
    expect(standardisedGap({ value: 0.85, limits: { lower95: 0.7, upper95: 0.9 } }, 0.8, 'increase')).toBeCloseTo(
      0.5,
      12,
    );
    // a rate to bring down (reoffending below 15 %): above the target is failing
    expect(standardisedGap({ value: 0.2, limits: { lower95: 0.1, upper95: 0.2 } }, 0.15, 'decrease')).toBeCloseTo(
      -1,
      12,
    );
    expect(standardisedGap({ value: 0.2, limits: null }, 0.15, 'decrease')).toBeNull();
  });
});
