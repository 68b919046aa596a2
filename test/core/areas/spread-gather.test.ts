import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crosswalkFrom } from '../../../src/core/areas/crosswalk.ts';
import { gather } from '../../../src/core/areas/gather.ts';
import { spread } from '../../../src/core/areas/spread.ts';
import type { AreaFigure } from '../../../src/core/areas/area-figure.ts';
import { AreaArgumentError, CrosswalkError } from '../../../src/core/messages/areas.ts';
import type { CrosswalkRow } from '../../../src/core/types.ts';
import { REFORM_AREAS, REFORM_CROSSWALK } from './reform-fixture.ts';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** A crosswalk of `sizes.length` old units, old unit i having sizes[i] new units within it, weights summing to 1. */
const crosswalkArb = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 6 }).chain((sizes) =>
  fc
    .tuple(...sizes.map((n) => fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: n, maxLength: n })))
    .map((raw) => {
      const rows: CrosswalkRow[] = [];
      raw.forEach((parts, i) => {
        const total = parts.reduce((a, b) => a + b, 0);
        let used = 0;
        parts.forEach((p, j) => {
          const weight = j === parts.length - 1 ? 1 - used : p / total;
          used += weight;
          rows.push({ from_code: `D${i}`, to_code: `N${i}_${j}`, weight });
        });
      });
      return { rows, olds: sizes.map((_, i) => `D${i}`) };
    }),
);

describe('spread', () => {
  it('shares each old figure by the weights, following chains, passing other units through', () => {
    const out = spread(
      [
        { area_code: '101', period: 2024, value: 100 },
        { area_code: '102', period: 2024, value: 40 },
        { area_code: '103', period: 2024, value: 20 },
        { area_code: '999', period: 2024, value: 7 },
      ],
      REFORM_CROSSWALK,
    );
    expect(out.map((f) => [f.area_code, f.value, f.basis])).toEqual([
      ['201', 60, 'spread_estimate'],
      ['202', 40, 'spread_estimate'],
      ['203', 15, 'spread_estimate'],
      ['204', 45, 'spread_estimate'],
      ['999', 7, 'direct'],
    ]);
    expect(out[2]!.sources).toEqual([
      { area_code: '102', weight: 0.25, value: 40 },
      { area_code: '103', weight: 0.25, value: 20 },
    ]);
  });

  it('refuses two figures of one unit in one period, and an invalid crosswalk', () => {
    const twice: AreaFigure[] = [
      { area_code: '101', period: 1, value: 1 },
      { area_code: '101', period: 1, value: 2 },
    ];
    expect(() => spread(twice, REFORM_CROSSWALK)).toThrow(AreaArgumentError);
    expect(() => spread([], [{ from_code: 'A', to_code: 'B', weight: 0.9 }])).toThrow(CrosswalkError);
  });
});

describe('gather', () => {
  it('sums new units within one old unit, never into a unit that absorbed another', () => {
    const cw = crosswalkFrom(REFORM_CROSSWALK, REFORM_AREAS);
    const series = ['201', '202', '203', '204'].map((code, i) => ({
      area_code: code,
      period: '2026-03',
      value: i + 1,
    }));
    const out = gather(series, cw);
    expect(out.figures.map((f) => [f.area_code, f.value, f.basis, f.sources])).toEqual([
      ['101', 3, 'gathered', ['201', '202']],
      ['102', 7, 'gathered', ['203', '204']],
    ]);
    // one step back from the tree of 2025 to that of 2024: 102 holds 103 and more, so 103 cannot be gathered
    const back = gather(
      [
        { area_code: '101', period: 2025, value: 5 },
        { area_code: '102', period: 2025, value: 9 },
      ],
      cw,
    );
    expect(back.figures).toEqual([
      { area_code: '101', period: 2025, value: 5, basis: 'direct', sources: ['101'], missing: [], notWithin: [] },
    ]);
    expect(back.notGatherable).toEqual([{ area_code: '102', period: 2025, from_codes: ['103'] }]);
  });

  it('gives null with the missing successor, and refuses a unit made of two old units', () => {
    const partial = gather([{ area_code: '201', period: 1, value: 3 }], REFORM_CROSSWALK);
    expect(partial.figures).toEqual([
      {
        area_code: '101',
        period: 1,
        value: null,
        basis: 'gathered',
        sources: ['201'],
        missing: ['202'],
        notWithin: [],
      },
    ]);
    const straddling: CrosswalkRow[] = [
      { from_code: 'A', to_code: 'X', weight: 0.5 },
      { from_code: 'A', to_code: 'Y', weight: 0.5 },
      { from_code: 'B', to_code: 'Y', weight: 1 },
    ];
    const out = gather(
      [
        { area_code: 'X', period: 1, value: 1 },
        { area_code: 'Y', period: 1, value: 2 },
      ],
      straddling,
    );
    expect(out.notGatherable).toEqual([{ area_code: 'Y', period: 1, from_codes: ['A', 'B'] }]);
    expect(out.figures).toEqual([
      { area_code: 'A', period: 1, value: null, basis: 'gathered', sources: ['X'], missing: [], notWithin: ['Y'] },
    ]);
  });

  it('property: spreading then gathering returns the original series, and spreading keeps the total', () => {
    const values = fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 6, maxLength: 6 });
    fc.assert(
      fc.property(
        crosswalkArb,
        values,
        fc.array(fc.constantFrom(2024, 2025, '2026-01'), { minLength: 1, maxLength: 3 }),
        ({ rows, olds }, vs, periodsRaw) => {
          const periods = [...new Set(periodsRaw)];
          const series: AreaFigure[] = periods.flatMap((period, k) =>
            olds.map((code, i) => ({ area_code: code, period, value: (vs[i] ?? 0) + k })),
          );
          const spreadOut = spread(series, rows);
          for (const period of periods) {
            const before = series.filter((f) => f.period === period).reduce((s, f) => s + f.value, 0);
            const after = spreadOut.filter((f) => f.period === period).reduce((s, f) => s + f.value, 0);
            expect(close(before, after)).toBe(true);
          }
          const back = gather(
            spreadOut.map(({ area_code, period, value }) => ({ area_code, period, value })),
            rows,
          );
          expect(back.notGatherable).toEqual([]);
          expect(back.figures.length).toBe(series.length);
          for (const f of series) {
            const g = back.figures.find((x) => x.area_code === f.area_code && x.period === f.period);
            expect(g?.basis).toBe('gathered');
            expect(close(g?.value as number, f.value)).toBe(true);
          }
        },
      ),
    );
  });
});
