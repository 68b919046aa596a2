import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { treeAt } from '../../../src/core/areas/tree-at.ts';
import { leavesAt } from '../../../src/core/areas/leaves-at.ts';
import { validOn } from '../../../src/core/areas/valid-on.ts';
import { areaAndDescendants, rootArea } from '../../../src/core/areas/tree.ts';
import { AreaArgumentError } from '../../../src/core/messages/areas.ts';
import type { AreaRow } from '../../../src/core/types.ts';
import { AREAS } from '../../helpers/dataset.ts';
import { REFORM_AREAS } from './reform-fixture.ts';

describe('validOn', () => {
  it('includes both ends and leaves an open end open', () => {
    const a = { valid_from: '2019-01-01', valid_to: '2025-06-30' };
    expect(validOn(a, '2019-01-01')).toBe(true);
    expect(validOn(a, '2025-06-30')).toBe(true);
    expect(validOn(a, '2025-07-01')).toBe(false);
    expect(validOn(a, '2018-12-31')).toBe(false);
    expect(validOn({ valid_from: '2025-07-01', valid_to: null }, '2099-01-01')).toBe(true);
  });
});

describe('treeAt and leavesAt', () => {
  it('gives the tree of each day of the reform, with parent links', () => {
    expect(leavesAt(REFORM_AREAS, '2024-12-31').map((a) => a.area_code)).toEqual(['101', '102', '103']);
    expect(leavesAt(REFORM_AREAS, '2025-01-01').map((a) => a.area_code)).toEqual(['101', '102']);
    expect(leavesAt(REFORM_AREAS, '2025-06-30').map((a) => a.area_code)).toEqual(['101', '102']);
    expect(leavesAt(REFORM_AREAS, '2025-07-01').map((a) => a.area_code)).toEqual(['201', '202', '203', '204']);
    const tree = treeAt(REFORM_AREAS, '2025-07-01');
    expect(tree.root.area.area_code).toBe('42');
    expect(tree.nodes.get('203')?.parent?.area.area_code).toBe('42');
    expect(tree.nodes.has('101')).toBe(false);
    expect(tree.root.children.map((n) => n.area.area_code)).toEqual(['201', '202', '203', '204']);
  });

  it('links a three-level tree and keeps the root a leaf when it has no child', () => {
    const areas: AreaRow[] = [
      ...AREAS,
      {
        area_code: '10101',
        name_vi: 'Xã',
        name_en: 'Commune',
        level: 'commune',
        parent_code: '101',
        valid_from: '2000-01-01',
        valid_to: null,
      },
    ];
    const tree = treeAt(areas, '2024-01-01');
    expect(tree.nodes.get('10101')?.parent?.parent?.area.area_code).toBe('42');
    expect(leavesAt(areas, '2024-01-01').map((a) => a.area_code)).toEqual(['102', '10101']);
    expect(leavesAt([AREAS[0] as AreaRow], '2024-01-01').map((a) => a.area_code)).toEqual(['42']);
  });

  it('refuses a bad date, a day with no root, and an orphan', () => {
    expect(() => treeAt(REFORM_AREAS, '2025-02-30')).toThrow(AreaArgumentError);
    expect(() => treeAt(REFORM_AREAS, '2018-12-31')).toThrow(/0 root areas/);
    const orphan: AreaRow[] = [
      ...REFORM_AREAS,
      {
        area_code: '10101',
        name_vi: 'Xã',
        name_en: 'Commune',
        level: 'commune',
        parent_code: '101',
        valid_from: '2025-01-01',
        valid_to: '2025-12-31',
      },
    ];
    expect(() => treeAt(orphan, '2025-08-01')).toThrow(/parent 101 is not/);
  });

  it('property: the leaves of any day partition the areas valid on it under the root', () => {
    const day = fc
      .date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (iso) => {
        const tree = treeAt(REFORM_AREAS, iso);
        const leaves = leavesAt(REFORM_AREAS, iso).map((a) => a.area_code);
        const valid = REFORM_AREAS.filter((a) => validOn(a, iso)).map((a) => a.area_code);
        // every valid area is the root or a leaf here (a two-level tree), and every leaf is under the root
        expect([...tree.nodes.keys()].sort()).toEqual(valid.sort());
        expect(leaves.every((c) => areaAndDescendants(REFORM_AREAS, rootArea(REFORM_AREAS).area_code).has(c))).toBe(
          true,
        );
        expect(leaves).not.toContain('42');
      }),
    );
  });
});
