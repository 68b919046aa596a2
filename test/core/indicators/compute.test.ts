import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeIndicators } from '../../../src/core/indicators/compute.ts';
import { INDICATOR_IDS } from '../../../src/core/indicators/registry.ts';
import type { IndicatorResult } from '../../../src/core/indicators/result.ts';
import { national } from '../../../src/core/targets/national.ts';
import type { CrimeReportRow, CriminalCaseRow, DataSet } from '../../../src/core/types.ts';
import { makeDataSet } from '../../helpers/dataset.ts';
import { resultRowsPerReport } from '../../helpers/result-rows.ts';

const find = (rs: IndicatorResult[], id: string, breakdown: Record<string, string> = {}) =>
  rs.find((r) => r.id === id && JSON.stringify(r.breakdown) === JSON.stringify(breakdown)) as IndicatorResult;

function cases(
  year: number,
  area: string,
  occurred: number,
  cleared: number,
  severity: CriminalCaseRow['severity'] = 'serious',
  month: number | null = null,
): CriminalCaseRow {
  return { year, month, area_code: area, crime_group: 'social_order', severity, occurred, cleared };
}

describe('computeIndicators on a worked example', () => {
  const data = makeDataSet({
    criminal_cases: [
      cases(2021, '101', 250, 200),
      cases(2021, '102', 150, 120),
      cases(2024, '101', 230, 190),
      cases(2024, '102', 150, 125),
      cases(2024, '101', 20, 19, 'very_serious'),
      cases(2024, '102', 5, 5, 'especially_serious'),
    ],
    crime_reports: [
      {
        year: 2024,
        month: null,
        area_code: '101',
        carried_over: 60,
        received: 800,
        accepted: 800,
        transferred: 20,
        resolved: 760,
        suspended: 10,
      },
      {
        year: 2024,
        month: null,
        area_code: '102',
        carried_over: 40,
        received: 421,
        accepted: 419,
        transferred: 0,
        resolved: 450,
        suspended: 3,
      },
    ],
    safe_units: [
      { year: 2024, area_code: '101', unit_type: 'commune', in_scope: 100, certified: 85 },
      { year: 2024, area_code: '101', unit_type: 'school', in_scope: 50, certified: 40 },
      { year: 2024, area_code: '102', unit_type: 'agency', in_scope: 30, certified: 29 },
    ],
    judicial_violations: [{ year: 2024, area_code: '101', violations: 0 }],
  });
  const { results } = computeIndicators(data, { year: 2024 });

  it('prints every id of the contract, with its breakdown rows', () => {
    expect(new Set(results.map((r) => r.id))).toEqual(new Set(INDICATOR_IDS));
    expect(results.filter((r) => r.id === 'violations_detected_change').map((r) => r.breakdown.field)).toEqual([
      'economy',
      'corruption',
      'smuggling',
      'environment',
      'drugs',
    ]);
    expect(results.filter((r) => r.id === 'safe_organisations_share').map((r) => r.breakdown)).toEqual([
      {},
      { unit_type: 'agency' },
      { unit_type: 'enterprise' },
      { unit_type: 'school' },
    ]);
    // one headline per indicator, one row per violation field, headline and 3 unit types of safe organisations
    expect(results).toHaveLength(resultRowsPerReport());
  });

  it('reproduces the contract example for report resolution (1210/1299)', () => {
    const r = find(results, 'reports_resolution_rate');
    expect(r.numerator).toBe(1210);
    expect(r.denominator).toBe(60 + 40 + 800 + 419 - 20);
    expect(r.value).toBe(0.9314857582755967);
    // confirmed in R: prop.test(1210, 1299, correct = FALSE)$conf.int
    //   => 0.9164369559093848 0.9439900687377330
    expect(r.ci95?.[0]).toBeCloseTo(0.9164369559093848, 12);
    expect(r.ci95?.[1]).toBeCloseTo(0.943990068737733, 12);
    expect(r.target).toMatchObject({ comparator: '>', threshold: 0.9, deadline_year: null });
    expect(r.status).toBe('met');
  });

  it('computes the change against 2021 with the exact Poisson rate-ratio interval', () => {
    const r = find(results, 'crime_change_vs_baseline');
    expect(r.numerator).toBe(405);
    expect(r.denominator).toBe(400);
    expect(r.value).toBeCloseTo(405 / 400 - 1, 15);
    // confirmed in R: options(digits=17); poisson.test(c(405, 400))$conf.int - 1
    //   => -0.12034310935838943  0.16544122662207550
    expect(r.ci95?.[0]).toBeCloseTo(-0.12034310935838943, 12);
    expect(r.ci95?.[1]).toBeCloseTo(0.1654412266220755, 12);
    expect(r.status).toBe('not_met');
  });

  it('takes very serious and especially serious together, and small denominators at face value', () => {
    const r = find(results, 'clearance_rate_very_serious');
    expect([r.numerator, r.denominator]).toEqual([24, 25]);
    expect(r.status).toBe('met'); // 0.96 >= 0.95
  });

  it('gives no_data for a table without rows for the year, zeros for a year without rows under the area', () => {
    expect(find(results, 'reoffending_rate')).toMatchObject({ status: 'no_data', value: null });
    expect(find(results, 'violations_detected_change', { field: 'drugs' }).status).toBe('no_data');
    const b = computeIndicators(data, { year: 2024, area: '102' }).results;
    expect(find(b, 'judicial_violations')).toMatchObject({ value: 0, numerator: 0, status: 'met' });
    expect(find(b, 'safe_communes_share')).toMatchObject({ numerator: 0, denominator: 0, status: 'no_data' });
  });

  it('breaks organisations down by unit type', () => {
    expect(find(results, 'safe_organisations_share')).toMatchObject({ numerator: 69, denominator: 80 });
    expect(find(results, 'safe_organisations_share', { unit_type: 'agency' })).toMatchObject({
      numerator: 29,
      denominator: 30,
    });
    expect(find(results, 'safe_organisations_share', { unit_type: 'enterprise' }).status).toBe('no_data');
  });

  it('uses another target set when asked', () => {
    const r = find(computeIndicators(data, { year: 2024, targets: national }).results, 'clearance_rate');
    expect(r.target).toMatchObject({ threshold: 0.75, set: 'national' });
    const s = find(computeIndicators(data, { year: 2024, targets: national }).results, 'reoffending_rate');
    expect(s.target).toMatchObject({ threshold: 0.15, set: 'programme-2021-2025' });
  });

  it('explains each verdict with its figures', () => {
    expect(find(results, 'reports_resolution_rate').reason.vi).toBe('1.210/1.299 → 93,1 %; chỉ tiêu > 90 %: đạt');
    expect(find(results, 'reports_resolution_rate').reason.en).toBe('1,210/1,299 → 93.1%; target > 90%: met');
  });
});

describe('the stock of crime reports', () => {
  it('is taken at the earliest month that has rows for the area, later stocks being transfers', () => {
    const row = (month: number, area: string, carried: number): CrimeReportRow => ({
      year: 2025,
      month,
      area_code: area,
      carried_over: carried,
      received: 10,
      accepted: 10,
      transferred: 0,
      resolved: 5,
      suspended: 0,
    });
    const areas = makeDataSet().areas.concat([
      {
        area_code: '201',
        name_vi: 'Xã mới',
        name_en: 'New commune',
        level: 'commune',
        parent_code: '42',
        valid_from: '2025-07-01',
        valid_to: null,
      },
    ]);
    const data = {
      ...makeDataSet({ crime_reports: [row(1, '101', 30), row(2, '101', 35), row(7, '201', 40), row(8, '201', 45)] }),
      areas,
    };
    const province = find(computeIndicators(data, { year: 2025 }).results, 'reports_resolution_rate');
    expect(province.denominator).toBe(30 + 40);
    const commune = find(computeIndicators(data, { year: 2025, area: '201' }).results, 'reports_resolution_rate');
    expect(commune.denominator).toBe(40 + 20);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const count = fc.integer({ min: 0, max: 500 });
const monthlyCases = fc
  .array(
    fc.record({
      area: fc.constantFrom('101', '102'),
      month: fc.integer({ min: 1, max: 12 }),
      year: fc.constantFrom(2021, 2024),
      severity: fc.constantFrom('less_serious', 'serious', 'very_serious', 'especially_serious' as const),
      occurred: count,
      share: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    { maxLength: 60 },
  )
  .map((rows) => {
    const seen = new Set<string>();
    return rows
      .filter((r) => {
        const k = `${r.area}|${r.month}|${r.year}|${r.severity}`;
        return seen.has(k) ? false : (seen.add(k), true);
      })
      .map((r): CriminalCaseRow => ({
        year: r.year,
        month: r.month,
        area_code: r.area,
        crime_group: 'social_order',
        severity: r.severity as CriminalCaseRow['severity'],
        occurred: r.occurred,
        cleared: Math.floor(r.occurred * r.share),
      }));
  });

const core = (data: DataSet, area?: string) =>
  computeIndicators(data, { year: 2024, ...(area ? { area } : {}) })
    .results.filter((r) => r.id.startsWith('clearance') || r.id === 'crime_change_vs_baseline')
    .map((r) => [r.id, r.value, r.numerator, r.denominator, r.ci95, r.status]);

describe('properties', () => {
  it('monthly rows and the same rows summed to years give the same results, when both years have every month', () => {
    // explicit zero rows for every month of both years (as the units' forms write them): whole years
    const everyMonth = [2021, 2024].flatMap((year) =>
      Array.from({ length: 12 }, (_, i): CriminalCaseRow => ({
        year,
        month: i + 1,
        area_code: '101',
        crime_group: 'social_order',
        severity: 'serious',
        occurred: 0,
        cleared: 0,
      })),
    );
    fc.assert(
      fc.property(
        monthlyCases.map((rows) => [...rows, ...everyMonth]),
        (rows) => {
          const annual = new Map<string, CriminalCaseRow>();
          for (const r of rows) {
            const k = `${r.year}|${r.area_code}|${r.severity}`;
            const a = annual.get(k) ?? { ...r, month: null, occurred: 0, cleared: 0 };
            annual.set(k, { ...a, occurred: a.occurred + r.occurred, cleared: a.cleared + r.cleared });
          }
          expect(core(makeDataSet({ criminal_cases: [...annual.values()] }))).toEqual(
            core(makeDataSet({ criminal_cases: rows })),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a change compares only the months both years have (cùng kỳ), never part of a year with a whole one', () => {
    fc.assert(
      fc.property(monthlyCases, (rows) => {
        const data = makeDataSet({ criminal_cases: rows });
        const r = find(computeIndicators(data, { year: 2024 }).results, 'crime_change_vs_baseline')!;
        const monthsOf = (y: number) => new Set(rows.filter((x) => x.year === y).map((x) => x.month as number));
        const now = monthsOf(2024);
        const before = monthsOf(2021);
        if (now.size === 0 || before.size === 0) return; // no rows for a year: no_data, tested elsewhere
        const shared = [...now].filter((m) => before.has(m)).sort((a, b) => a - b);
        const sum = (y: number) =>
          rows.filter((x) => x.year === y && shared.includes(x.month as number)).reduce((s, x) => s + x.occurred, 0);
        if (shared.length === 0) {
          expect(r.status).toBe('no_data');
          return;
        }
        expect(r.inputs.months).toEqual(shared);
        expect(r.inputs.comparison_months).toEqual(shared);
        expect(r.numerator).toBe(sum(2024));
        expect(r.denominator).toBe(sum(2021));
      }),
      { numRuns: 200 },
    );
  });

  it('the months option cuts every monthly figure to those months (the same months as a partial year)', () => {
    fc.assert(
      fc.property(monthlyCases, fc.integer({ min: 1, max: 12 }), (rows, last) => {
        const months = Array.from({ length: last }, (_, i) => i + 1);
        const data = makeDataSet({ criminal_cases: rows });
        const cut = computeIndicators(data, { year: 2024, months }).results;
        const only = computeIndicators(
          makeDataSet({ criminal_cases: rows.filter((r) => (r.month as number) <= last) }),
          { year: 2024 },
        ).results;
        for (const id of ['clearance_rate', 'clearance_rate_very_serious']) {
          const a = find(cut, id)!;
          const b = find(only, id)!;
          if (b.status === 'no_data') continue; // no row of 2024 left after the cut: the whole table has none
          expect([a.numerator, a.denominator, a.value]).toEqual([b.numerator, b.denominator, b.value]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("an area's numerator and denominator are the sums of its children's", () => {
    fc.assert(
      fc.property(monthlyCases, (rows) => {
        const data = makeDataSet({ criminal_cases: rows });
        const get = (area: string) => computeIndicators(data, { year: 2024, area }).results;
        for (const id of ['clearance_rate', 'clearance_rate_very_serious', 'crime_change_vs_baseline']) {
          const [p, a, b] = ['42', '101', '102'].map((c) => find(get(c), id)) as IndicatorResult[];
          // null (no rows for the year) in the province is null in every child, and the other way round
          const sum = (x: number | null, y: number | null) =>
            x === null && y === null ? null : (x ?? NaN) + (y ?? NaN);
          expect(p!.numerator).toBe(sum(a!.numerator, b!.numerator));
          expect(p!.denominator).toBe(sum(a!.denominator, b!.denominator));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('shuffling rows changes nothing', () => {
    fc.assert(
      fc.property(monthlyCases, fc.integer(), (rows, seed) => {
        const shuffled = [...rows];
        let s = seed;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) | 0;
          const j = Math.abs(s) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        expect(core(makeDataSet({ criminal_cases: shuffled }))).toEqual(core(makeDataSet({ criminal_cases: rows })));
      }),
      { numRuns: 100 },
    );
  });

  it('every interval contains its estimate and proportions stay within [0, 1]', () => {
    fc.assert(
      fc.property(monthlyCases, (rows) => {
        for (const r of computeIndicators(makeDataSet({ criminal_cases: rows }), { year: 2024 }).results) {
          if (!r.ci95 || r.value === null) continue;
          expect(r.ci95[0]).toBeLessThanOrEqual(r.value + 1e-12);
          expect(r.ci95[1]).toBeGreaterThanOrEqual(r.value - 1e-12);
          if (r.id.startsWith('clearance')) {
            expect(r.ci95[0]).toBeGreaterThanOrEqual(0);
            expect(r.ci95[1]).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('the stock under a year that does not start in January', () => {
  it('is taken at the first month of the statistical year (October for the National Assembly year)', () => {
    const row = (month: number, carried: number): CrimeReportRow => ({
      year: 2025,
      month,
      area_code: '101',
      carried_over: carried,
      received: 10,
      accepted: 10,
      transferred: 0,
      resolved: 5,
      suspended: 0,
    });
    const base = makeDataSet({ crime_reports: [row(10, 50), row(11, 55), row(1, 70), row(9, 90)] });
    const na = { ...base, meta: { ...base.meta, periods: 'national_assembly' } };
    expect(find(computeIndicators(na, { year: 2025 }).results, 'reports_resolution_rate').denominator).toBe(50 + 40);
    expect(find(computeIndicators(na, { year: 2025 }).results, 'reports_resolution_rate').inputs.months).toEqual([
      10, 11, 1, 9,
    ]);
    expect(find(computeIndicators(base, { year: 2025 }).results, 'reports_resolution_rate').denominator).toBe(70 + 40);
  });
});

describe('cyber_crime_cases: the same months of the year before', () => {
  // Cybercrime rows are sparse: a month without a case has no row. The year in progress covers months 1-10
  // (the social-order rows say so); its cybercrime rows are in months 1-3 only. The year before has cases in
  // months 2, 7, 8 and 11: the comparison takes 2, 7 and 8 (months 1-10), not only the months with a cyber row.
  const row = (
    year: number,
    month: number,
    group: CriminalCaseRow['crime_group'],
    occurred: number,
  ): CriminalCaseRow => ({
    year,
    month,
    area_code: '101',
    crime_group: group,
    severity: 'serious',
    occurred,
    cleared: 0,
  });
  const data = makeDataSet({
    criminal_cases: [
      ...Array.from({ length: 12 }, (_, i) => row(2025, i + 1, 'social_order', 5)),
      row(2025, 2, 'cyber', 1),
      row(2025, 7, 'cyber', 2),
      row(2025, 8, 'cyber', 4),
      row(2025, 11, 'cyber', 8),
      ...Array.from({ length: 10 }, (_, i) => row(2026, i + 1, 'social_order', 5)),
      row(2026, 1, 'cyber', 1),
      row(2026, 3, 'cyber', 2),
    ],
  });

  it('sums the year before over the months the year in progress covers', () => {
    const r = find(computeIndicators(data, { year: 2026, area: '101' }).results, 'cyber_crime_cases');
    expect(r.value).toBe(3);
    expect(r.inputs.previous_year).toEqual({ year: 2025, count: 7, months: [2, 7, 8] });
  });
});
