import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { areaSeries } from '../../../src/core/areas/area-series.ts';
import { leavesAt } from '../../../src/core/areas/leaves-at.ts';
import { computeIndicators } from '../../../src/core/indicators/compute.ts';
import { AreaArgumentError } from '../../../src/core/messages/areas.ts';
import type { CrimeReportRow, CriminalCaseRow } from '../../../src/core/types.ts';
import { caseRow, leavesOfMonth, REFORM_AREAS, reformDataSet } from './reform-fixture.ts';

const YEARS = [2024, 2025, 2026];
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Random monthly case counts for every leaf of every month of 2024-2026 (rows sometimes left out). */
const casesArb = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), fc.boolean()), {
    minLength: 36 * 4,
    maxLength: 36 * 4,
  })
  .map((draws) => {
    const rows: CriminalCaseRow[] = [];
    let k = 0;
    for (const year of YEARS) {
      for (let month = 1; month <= 12; month++) {
        for (const code of leavesOfMonth(year, month)) {
          const [a, b, keep] = draws[k++ % draws.length]!;
          if (keep || (year === 2024 && month === 1))
            rows.push(caseRow(year, month, code, Math.max(a, b), Math.min(a, b)));
        }
      }
    }
    return rows;
  });

describe('areaSeries on a small reform', () => {
  it('property: any roll-up equals the provincial total', () => {
    // The leaves of a day's tree, in each year where their codes mean the same territory: the old tree in its
    // own years; the tree of 2025-01-01 (102 holding 103) from 2025 (gathered after the reform); the new units
    // in every year (spread before the reform). 102 in 2024 is its own 2024 territory, without 103: a roll-up
    // of the 2025 tree over 2024 would miss 103, which is why 102's series breaks on 2025-01-01.
    const cases: [string, number[]][] = [
      ['2024-12-31', [2024]],
      ['2025-01-01', [2025, 2026]],
      ['2025-07-01', YEARS],
    ];
    fc.assert(
      fc.property(casesArb, (rows) => {
        const data = reformDataSet(rows);
        const total = areaSeries(data, { area: '42', indicatorId: 'clearance_rate', years: YEARS });
        for (const [day, years] of cases) {
          const leaves = leavesAt(REFORM_AREAS, day).map((a) => a.area_code);
          const series = leaves.map((code) => areaSeries(data, { area: code, indicatorId: 'clearance_rate', years }));
          years.forEach((year, i) => {
            const points = series.map((s) => s.points[i]!);
            expect(points.every((p) => p.basis !== null)).toBe(true);
            const p = total.points[YEARS.indexOf(year)]!;
            expect(
              close(
                points.reduce((s, x) => s + (x.numerator as number), 0),
                p.numerator as number,
              ),
            ).toBe(true);
            expect(
              close(
                points.reduce((s, x) => s + (x.denominator as number), 0),
                p.denominator as number,
              ),
            ).toBe(true);
          });
        }
      }),
      { numRuns: 40 },
    );
  });

  it('property: a point made of direct rows equals computeIndicators', () => {
    fc.assert(
      fc.property(casesArb, fc.constantFrom('42', '101', '102', '103', '201', '204'), (rows, area) => {
        const data = reformDataSet(rows);
        for (const p of areaSeries(data, { area, indicatorId: 'clearance_rate', years: YEARS }).points) {
          if (p.basis !== 'direct' && p.basis !== 'partial_year_direct') continue;
          const r = computeIndicators(data, { year: p.year, area }).results.find((x) => x.id === 'clearance_rate')!;
          expect([p.numerator, p.denominator]).toEqual([r.numerator, r.denominator]);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('says how each point was made', () => {
    const rows = [
      caseRow(2024, null, '101', 100, 80),
      caseRow(2024, null, '102', 40, 30),
      caseRow(2024, null, '103', 20, 10),
      caseRow(2025, null, '101', 50, 45),
      caseRow(2025, null, '102', 30, 24),
      caseRow(2025, null, '201', 30, 27),
      caseRow(2025, null, '202', 20, 18),
      caseRow(2025, null, '203', 10, 9),
      caseRow(2025, null, '204', 10, 8),
    ];
    const data = reformDataSet(rows);
    const at = (area: string) => areaSeries(data, { area, indicatorId: 'clearance_rate', years: [2024, 2025] }).points;
    expect(at('201').map((p) => [p.basis, p.tree, p.numerator, p.denominator])).toEqual([
      ['spread_estimate', 'before_reform', 48, 60],
      ['spread_estimate', 'both', 0.6 * 45 + 27, 0.6 * 50 + 30],
    ]);
    expect(at('101').map((p) => [p.basis, p.tree, p.numerator, p.denominator])).toEqual([
      ['direct', 'before_reform', 80, 100],
      ['gathered', 'both', 45 + 27 + 18, 50 + 30 + 20],
    ]);
    expect(at('203')[0]!.denominator).toBeCloseTo(0.25 * (40 + 20), 12);
    const gone = at('103');
    expect(gone[1]).toMatchObject({ value: null, basis: null, tree: null, months: [] });
    expect(gone[1]!.note.en).toBe(
      '2025: the whole year: no figure of its own, since the unit was merged into 102 Unit 102 on 1 Jan 2025.' +
        ' From 1 Jan 2025, the unit was merged into 102 Unit 102: its series stops here.',
    );
    expect(at('42').map((p) => [p.basis, p.tree, p.denominator])).toEqual([
      ['direct', 'before_reform', 160],
      ['direct', 'both', 150],
    ]);
  });

  it('restarts at the breaks of the area, never for the province', () => {
    const data = reformDataSet([caseRow(2024, 1, '101', 1, 1)]);
    expect(areaSeries(data, { area: '42', indicatorId: 'clearance_rate' }).breaks).toEqual([]);
    expect(
      areaSeries(data, { area: '101', indicatorId: 'clearance_rate' }).breaks.map((b) => [b.date, b.kind]),
    ).toEqual([['2025-07-01', 'reform']]);
    expect(
      areaSeries(data, { area: '102', indicatorId: 'clearance_rate' }).breaks.map((b) => [b.date, b.kind]),
    ).toEqual([
      ['2025-01-01', 'territory'],
      ['2025-07-01', 'reform'],
    ]);
    // a share of commune-level units breaks even for the province
    expect(areaSeries(data, { area: '42', indicatorId: 'safe_communes_share' }).breaks.map((b) => b.date)).toEqual([
      '2025-07-01',
    ]);
  });

  it("takes the stock of the year's first month across the parts (crime reports)", () => {
    const r = (
      month: number,
      code: string,
      carried_over: number,
      accepted: number,
      resolved: number,
    ): CrimeReportRow => ({
      year: 2025,
      month,
      area_code: code,
      carried_over,
      received: accepted,
      accepted,
      transferred: 0,
      resolved,
      suspended: 0,
    });
    const data = {
      ...reformDataSet([]),
      crime_reports: [r(1, '101', 10, 5, 6), r(6, '101', 9, 5, 5), r(7, '201', 4, 3, 2), r(7, '202', 5, 1, 1)],
    };
    const p = areaSeries(data, { area: '101', indicatorId: 'reports_resolution_rate', years: [2025] }).points[0]!;
    // stock of January only (10); the July stocks (4 + 5) were handed over, not new work
    expect([p.numerator, p.denominator]).toEqual([6 + 5 + 2 + 1, 10 + 5 + 5 + 3 + 1]);
    const q = areaSeries(data, { area: '202', indicatorId: 'reports_resolution_rate', years: [2025] }).points[0]!;
    expect(q.denominator).toBeCloseTo(0.4 * (10 + 5 + 5) + 1, 12);
  });

  it('refuses an unknown area', () => {
    expect(() => areaSeries(reformDataSet([]), { area: '999', indicatorId: 'clearance_rate' })).toThrow(
      AreaArgumentError,
    );
  });
});
