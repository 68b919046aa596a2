import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CROSSWALK_WEIGHT_TOLERANCE, crosswalkFrom } from '../../../src/core/areas/crosswalk.ts';
import { CrosswalkError } from '../../../src/core/messages/areas.ts';
import type { CrosswalkRow } from '../../../src/core/types.ts';
import { REFORM_AREAS, REFORM_CROSSWALK } from './reform-fixture.ts';

const kindsOf = (rows: CrosswalkRow[], areas = REFORM_AREAS): string[] => {
  try {
    crosswalkFrom(rows, areas);
    return [];
  } catch (e) {
    if (!(e instanceof CrosswalkError)) throw e;
    return e.problems.map((p) => p.kind);
  }
};

describe('crosswalkFrom', () => {
  it('indexes a valid crosswalk both ways, and knows which successor went on', () => {
    const cw = crosswalkFrom(REFORM_CROSSWALK, REFORM_AREAS);
    expect(cw.successors.get('101')).toEqual([
      { code: '201', weight: 0.6 },
      { code: '202', weight: 0.4 },
    ]);
    expect(cw.predecessors.get('102')).toEqual([{ code: '103', weight: 1 }]);
    expect([...cw.continuing]).toEqual(['102']);
    expect(crosswalkFrom(REFORM_CROSSWALK).continuing.size).toBe(0); // without areas nothing is known to go on
  });

  it('refuses each kind of problem, all at once, in both languages', () => {
    expect(kindsOf([{ from_code: '101', to_code: '201', weight: 0.5 }])).toEqual(['weights_sum']);
    expect(
      kindsOf([
        { from_code: '101', to_code: '201', weight: 1.5 },
        { from_code: '101', to_code: '202', weight: -0.5 },
      ]),
    ).toEqual(['weight_range', 'weight_range']);
    expect(kindsOf([{ from_code: '101', to_code: '101', weight: 1 }])).toContain('self');
    expect(
      kindsOf([
        { from_code: '101', to_code: '201', weight: 0.5 },
        { from_code: '101', to_code: '201', weight: 0.5 },
      ]),
    ).toEqual(['duplicate']);
    expect(
      kindsOf(
        [
          { from_code: '101', to_code: '102', weight: 1 },
          { from_code: '102', to_code: '101', weight: 1 },
        ],
        [],
      ),
    ).toEqual(['cycle', 'unknown_area', 'unknown_area']);
    expect(kindsOf([{ from_code: '101', to_code: '999', weight: 1 }])).toEqual(['unknown_area']);
    expect(kindsOf([{ from_code: '42', to_code: '201', weight: 1 }])).toEqual(['from_not_ended']);
    expect(kindsOf([{ from_code: '103', to_code: '201', weight: 1 }])).toEqual(['successor_not_valid']);
    try {
      crosswalkFrom([{ from_code: '101', to_code: '201', weight: 0.5 }]);
      expect.unreachable();
    } catch (e) {
      expect((e as CrosswalkError).text.vi).toBe(
        'Bảng chuyển đổi bị từ chối: Tổng trọng số của 101 phải bằng 1 (nhận được 0.5)',
      );
      expect((e as CrosswalkError).message).toBe(
        'The crosswalk is refused: The weights of 101 must sum to 1 (they sum to 0.5)',
      );
    }
  });

  it('property: weights that do not sum to 1 are refused; weights within the tolerance are accepted', () => {
    const weights = fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(weights, fc.double({ min: 1e-6, max: 0.5, noNaN: true }), fc.boolean(), (ws, off, up) => {
        const total = ws.reduce((a, b) => a + b, 0);
        const normal = ws.map((w) => w / total);
        const rows = (scale: number): CrosswalkRow[] =>
          normal.map((w, i) => ({ from_code: 'A', to_code: `B${i}`, weight: Math.min(1, w * scale) }));
        const sum = (rs: CrosswalkRow[]) => rs.reduce((a, r) => a + r.weight, 0);
        const bad = rows(up ? 1 + off : 1 - off);
        if (Math.abs(sum(bad) - 1) > CROSSWALK_WEIGHT_TOLERANCE) {
          expect(() => crosswalkFrom(bad)).toThrow(CrosswalkError);
        }
        const good = rows(1);
        if (Math.abs(sum(good) - 1) <= CROSSWALK_WEIGHT_TOLERANCE) expect(() => crosswalkFrom(good)).not.toThrow();
      }),
    );
  });

  it('accepts the bundled weights, rounded to 10 decimals with the last one 1 minus the others', () => {
    const rows: CrosswalkRow[] = [
      { from_code: 'A', to_code: 'B1', weight: 0.3202210634 },
      { from_code: 'A', to_code: 'B2', weight: 0.3478807327 },
      { from_code: 'A', to_code: 'B3', weight: 0.3318982039 },
    ];
    expect(() => crosswalkFrom(rows)).not.toThrow();
    expect(() => crosswalkFrom([...rows.slice(0, 2), { from_code: 'A', to_code: 'B3', weight: 0.3318982 }])).toThrow(
      CrosswalkError,
    );
  });
});
