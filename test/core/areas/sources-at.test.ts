import { describe, expect, it } from 'vitest';
import { crosswalkFrom } from '../../../src/core/areas/crosswalk.ts';
import { areaSourcesAt } from '../../../src/core/areas/sources-at.ts';
import { yearParts } from '../../../src/core/areas/year-parts.ts';
import type { AreaRow, CrosswalkRow } from '../../../src/core/types.ts';
import { REFORM_AREAS, REFORM_CROSSWALK, reformDataSet } from './reform-fixture.ts';

const cw = crosswalkFrom(REFORM_CROSSWALK, REFORM_AREAS);

describe('areaSourcesAt', () => {
  it('is direct while the unit exists', () => {
    expect(areaSourcesAt(REFORM_AREAS, cw, '101', '2025-06-30')).toEqual({
      kind: 'direct',
      sources: [{ area_code: '101', weight: 1 }],
    });
  });

  it('gathers an ended unit from the units within it', () => {
    expect(areaSourcesAt(REFORM_AREAS, cw, '102', '2026-01-31')).toEqual({
      kind: 'gathered',
      sources: [
        { area_code: '203', weight: 1 },
        { area_code: '204', weight: 1 },
      ],
    });
  });

  it('cannot gather a unit merged into one that went on', () => {
    expect(areaSourcesAt(REFORM_AREAS, cw, '103', '2025-03-31')).toEqual({
      kind: null,
      reason: 'not_within',
      blocking: ['102'],
    });
    expect(areaSourcesAt(REFORM_AREAS, cw, '103', '2026-03-31')).toEqual({
      kind: null,
      reason: 'not_within',
      blocking: ['102'],
    });
  });

  it('spreads a new unit from every unit that passes into it, through chains', () => {
    expect(areaSourcesAt(REFORM_AREAS, cw, '203', '2024-05-31')).toEqual({
      kind: 'spread_estimate',
      sources: [
        { area_code: '102', weight: 0.25 },
        { area_code: '103', weight: 0.25 },
      ],
    });
    // after the merger 103's rows are 102's
    expect(areaSourcesAt(REFORM_AREAS, cw, '203', '2025-03-31')).toEqual({
      kind: 'spread_estimate',
      sources: [{ area_code: '102', weight: 0.25 }],
    });
  });

  it('says why there is no figure before any predecessor, or after an end with no successor', () => {
    const areas: AreaRow[] = [...REFORM_AREAS, { ...REFORM_AREAS[1]!, area_code: '105', valid_to: '2020-12-31' }];
    const rows: CrosswalkRow[] = REFORM_CROSSWALK;
    const c = crosswalkFrom(rows, areas);
    expect(areaSourcesAt(areas, c, '105', '2022-01-01')).toEqual({
      kind: null,
      reason: 'no_successor',
      blocking: ['105'],
    });
    expect(areaSourcesAt(areas, c, '201', '2018-06-30')).toEqual({
      kind: null,
      reason: 'no_predecessor',
      blocking: ['201'],
    });
    expect(() => areaSourcesAt(areas, c, '999', '2022-01-01')).toThrow(/unknown area/);
  });
});

describe('yearParts', () => {
  const data = reformDataSet([]);
  it('cuts 2025 at the reform for the province, an old unit and a new one', () => {
    expect(yearParts(data, cw, '42', 2025).parts.map((p) => [p.kind, p.tree, p.months, p.from, p.to])).toEqual([
      ['direct', 'before_reform', [1, 2, 3, 4, 5, 6], '2025-01-01', '2025-06-30'],
      ['direct', 'after_reform', [7, 8, 9, 10, 11, 12], '2025-07-01', '2025-12-31'],
    ]);
    expect(yearParts(data, cw, '101', 2025).parts.map((p) => [p.kind, p.months.length])).toEqual([
      ['direct', 6],
      ['gathered', 6],
    ]);
    expect(yearParts(data, cw, '204', 2025).parts.map((p) => [p.kind, p.months.length])).toEqual([
      ['spread_estimate', 6],
      ['direct', 6],
    ]);
    const gone = yearParts(data, cw, '103', 2025);
    expect(gone.parts).toEqual([]);
    expect(gone.gaps).toEqual([
      { months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], reason: 'not_within', blocking: ['102'] },
    ]);
  });

  it('gives each police month to the tree valid on its last day', () => {
    const police = { ...data, meta: { ...data.meta, periods: 'police' } };
    // police month 7/2025 runs 15/6-14/7/2025: the new units own it
    const parts = yearParts(police, cw, '101', 2025).parts;
    expect(parts.map((p) => [p.kind, p.months, p.from, p.to])).toEqual([
      ['direct', [1, 2, 3, 4, 5, 6], '2024-12-15', '2025-06-14'],
      ['gathered', [7, 8, 9, 10, 11, 12], '2025-06-15', '2025-12-14'],
    ]);
  });
});
