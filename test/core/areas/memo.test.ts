/**
 * The area helpers keep what they find with the areas table (perObject): asked again, they answer the same, each
 * caller gets its own copy, and another crosswalk or table gets its own answer.
 */
import { describe, expect, it } from 'vitest';
import { crosswalkFrom } from '../../../src/core/areas/crosswalk.ts';
import { areaSourcesAt } from '../../../src/core/areas/sources-at.ts';
import { inFileOrder } from '../../../src/core/areas/row-order.ts';
import { areaAndDescendants, descendantsOf } from '../../../src/core/areas/tree.ts';
import { yearParts } from '../../../src/core/areas/year-parts.ts';
import { mergedInto } from '../../../src/core/areas/merged-into.ts';
import { REFORM_AREAS, REFORM_CROSSWALK, caseRow, reformDataSet } from './reform-fixture.ts';

const cw = crosswalkFrom(REFORM_CROSSWALK, REFORM_AREAS);

describe('area helpers kept per areas table', () => {
  it('finds a unit’s sources once per stretch of days between changes of the tree, the same as day by day', () => {
    const days = ['2024-12-31', '2025-01-01', '2025-03-31', '2025-06-30', '2025-07-01', '2026-01-31'];
    for (const code of REFORM_AREAS.map((a) => a.area_code)) {
      for (const day of days) {
        // a copy of the table: its memo is empty, so this is found afresh for the day
        const fresh = areaSourcesAt([...REFORM_AREAS], cw, code, day);
        expect(areaSourcesAt(REFORM_AREAS, cw, code, day)).toEqual(fresh);
      }
    }
  });

  it('gives each caller its own copy of sources and parts', () => {
    const a = areaSourcesAt(REFORM_AREAS, cw, '102', '2026-01-31');
    if (a.kind !== null) a.sources[0]!.weight = 99;
    expect(areaSourcesAt(REFORM_AREAS, cw, '102', '2026-01-31')).toEqual({
      kind: 'gathered',
      sources: [
        { area_code: '203', weight: 1 },
        { area_code: '204', weight: 1 },
      ],
    });
    const data = reformDataSet([]);
    const first = yearParts(data, cw, '102', 2025);
    first.parts[0]!.months.push(13);
    first.parts[0]!.sources.length = 0;
    expect(yearParts(data, cw, '102', 2025)).toEqual(yearParts({ ...data, areas: [...data.areas] }, cw, '102', 2025));
    const set = areaAndDescendants(REFORM_AREAS, '42');
    set.clear();
    expect(descendantsOf(REFORM_AREAS, '42').size).toBe(REFORM_AREAS.length);
    const merger = mergedInto(REFORM_AREAS, REFORM_CROSSWALK, '103');
    if (merger) merger.into = 'changed';
    expect(mergedInto(REFORM_AREAS, REFORM_CROSSWALK, '103')?.into).toBe('102');
  });

  it('answers another crosswalk with its own sources', () => {
    const other = crosswalkFrom(
      REFORM_CROSSWALK.filter((r) => r.from_code !== '103'),
      REFORM_AREAS,
    );
    expect(areaSourcesAt(REFORM_AREAS, cw, '103', '2026-01-31')).toMatchObject({ reason: 'not_within' });
    expect(areaSourcesAt(REFORM_AREAS, other, '103', '2026-01-31')).toMatchObject({ reason: 'no_successor' });
  });

  it('puts rows taken area by area back in file order', () => {
    const rows = [
      caseRow(2025, 7, '201', 1, 1),
      caseRow(2025, 1, '101', 2, 1),
      caseRow(2025, 8, '203', 3, 1),
      caseRow(2025, 2, '102', 4, 1),
    ];
    const data = reformDataSet(rows);
    const taken = [data.criminal_cases[2]!, data.criminal_cases[0]!, data.criminal_cases[3]!, data.criminal_cases[1]!];
    expect(inFileOrder(data, 'criminal_cases', taken as unknown as Record<string, unknown>[])).toEqual(
      data.criminal_cases,
    );
  });
});
