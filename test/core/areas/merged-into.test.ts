import { describe, expect, it } from 'vitest';
import { mergedInto } from '../../../src/core/areas/merged-into.ts';
import type { AreaRow } from '../../../src/core/types.ts';

const area = (area_code: string, valid_from: string, valid_to: string | null): AreaRow => ({
  area_code,
  name_vi: `Huyện ${area_code}`,
  name_en: `District ${area_code}`,
  level: 'district',
  parent_code: '42',
  valid_from,
  valid_to,
});
const areas = [
  area('42', '2019-01-01', null),
  area('445', '2019-01-01', '2025-06-30'),
  area('448', '2019-01-01', '2024-12-31'),
  area('500', '2019-01-01', '2025-06-30'),
  area('601', '2025-07-01', null),
  area('602', '2025-07-01', null),
];
const crosswalk = [
  { from_code: '448', to_code: '445', weight: 1 },
  { from_code: '445', to_code: '601', weight: 1 },
  { from_code: '500', to_code: '601', weight: 0.5 },
  { from_code: '500', to_code: '602', weight: 0.5 },
];

describe('mergedInto', () => {
  it('names the unit an ended area joined, from the day after its last', () => {
    expect(mergedInto(areas, crosswalk, '448')).toEqual({ into: '445', date: '2025-01-01' });
  });

  it('is null for a unit still in being, split, or succeeded by a unit set up when it ended', () => {
    expect(mergedInto(areas, crosswalk, '42')).toBeNull();
    expect(mergedInto(areas, crosswalk, '500')).toBeNull(); // split in two
    expect(mergedInto(areas, crosswalk, '445')).toBeNull(); // 601 was set up the day 445 ended: a reform, not a merger
    expect(mergedInto(areas, [], '448')).toBeNull(); // no crosswalk row
  });
});
