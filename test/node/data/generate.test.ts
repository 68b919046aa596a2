/**
 * Properties of the synthetic data set: stock-flow consistency of the crime reports, whole counts,
 * numerators within their denominators, leaf-level rows, the crosswalk, and seeds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CrimeReportRow } from '../../../src/core/types.ts';
import {
  DEFAULT_SEED,
  LAST_MONTH,
  LAST_YEAR,
  dataMonths,
  generateCrimeReports,
  generateCrosswalk,
  generateDataset,
  handOver,
  leavesOfMonth,
  type Tables,
} from '../../../src/node/data/generate.ts';
import { toCsv } from '../../../src/node/data/write.ts';

const data = generateDataset(DEFAULT_SEED);

/** Closing stock of a report row. */
const closing = (r: CrimeReportRow): number => r.carried_over + r.accepted - r.transferred - r.resolved;

/** Checks that each month's carried_over is the last month's closing stock, handed over at unit changes. */
function checkStockFlow(rows: readonly CrimeReportRow[]): void {
  const crosswalk = generateCrosswalk();
  const months = dataMonths();
  const byMonth = new Map<string, CrimeReportRow[]>();
  for (const r of rows) {
    const key = `${r.year}-${r.month}`;
    byMonth.set(key, [...(byMonth.get(key) ?? []), r]);
  }
  for (let i = 1; i < months.length; i++) {
    const prev = byMonth.get(`${months[i - 1]!.year}-${months[i - 1]!.month}`)!;
    const next = byMonth.get(`${months[i]!.year}-${months[i]!.month}`)!;
    const nextCodes = new Set(next.map((r) => r.area_code));
    const abolished = new Map(prev.filter((r) => !nextCodes.has(r.area_code)).map((r) => [r.area_code, closing(r)]));
    const inflow = handOver(abolished, crosswalk);
    const own = new Map(prev.map((r) => [r.area_code, closing(r)]));
    for (const r of next) {
      expect(r.carried_over, `${r.year}-${r.month} ${r.area_code}`).toBe(
        (own.get(r.area_code) ?? 0) + (inflow.get(r.area_code) ?? 0),
      );
    }
    // Nothing is lost or created at a change of units.
    const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
    expect(sum(next.map((r) => r.carried_over))).toBe(sum(prev.map(closing)));
  }
}

describe('crime_reports stock and flows', () => {
  it("carry each month's closing stock into the next month (default seed)", () => {
    checkStockFlow(data.crime_reports);
  });

  it('carry stocks for any seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        checkStockFlow(generateCrimeReports(seed, generateCrosswalk()));
      }),
      { numRuns: 8 },
    );
  });

  it("split the June 2025 districts' stock over the new units by the crosswalk, whole numbers within 1 of weight x stock", () => {
    const june = data.crime_reports.filter((r) => r.year === 2025 && r.month === 6);
    const july = new Map(
      data.crime_reports.filter((r) => r.year === 2025 && r.month === 7).map((r) => [r.area_code, r]),
    );
    for (const row of data.area_crosswalk.filter((c) => c.from_code !== '448')) {
      const stock = closing(june.find((r) => r.area_code === row.from_code)!);
      expect(Math.abs(july.get(row.to_code)!.carried_over - row.weight * stock)).toBeLessThan(1);
    }
  });

  it("pass Lộc Hà's December 2024 stock to Thạch Hà in January 2025", () => {
    const dec = (code: string) =>
      closing(data.crime_reports.find((r) => r.year === 2024 && r.month === 12 && r.area_code === code)!);
    const jan = data.crime_reports.find((r) => r.year === 2025 && r.month === 1 && r.area_code === '445')!;
    expect(jan.carried_over).toBe(dec('445') + dec('448'));
  });
});

/** Every count column of every table. */
const COUNTS: { [K in keyof Tables]?: readonly string[] } = {
  criminal_cases: ['year', 'month', 'occurred', 'cleared', 'cleared_from_earlier'],
  crime_reports: ['year', 'month', 'carried_over', 'received', 'accepted', 'transferred', 'resolved', 'suspended'],
  violations_detected: ['year', 'month', 'detected'],
  corruption_assets: ['year', 'to_recover_vnd', 'recovered_vnd'],
  judicial_violations: ['year', 'violations'],
  reoffending: ['cohort_year', 'released', 'reoffended', 'follow_up_months'],
  safe_units: ['year', 'in_scope', 'certified'],
  population: ['year', 'population'],
  drug_free_communes: ['year', 'in_scope', 'recognised'],
};

describe('counts', () => {
  it('are whole numbers >= 0', () => {
    for (const [table, columns] of Object.entries(COUNTS)) {
      for (const row of data[table as keyof Tables] as unknown as Record<string, unknown>[]) {
        for (const c of columns!) {
          const v = row[c];
          expect(Number.isSafeInteger(v) && (v as number) >= 0, `${table}.${c} = ${String(v)}`).toBe(true);
        }
      }
    }
  });

  it('keep every numerator within its denominator', () => {
    for (const r of data.criminal_cases) expect(r.cleared).toBeLessThanOrEqual(r.occurred);
    for (const r of data.crime_reports) {
      expect(r.accepted).toBeLessThanOrEqual(r.received);
      expect(r.transferred).toBeLessThanOrEqual(r.carried_over + r.accepted);
      expect(r.resolved).toBeLessThanOrEqual(r.carried_over + r.accepted - r.transferred);
      expect(r.suspended).toBeLessThanOrEqual(r.carried_over + r.accepted - r.transferred - r.resolved);
    }
    for (const r of data.corruption_assets) expect(r.recovered_vnd).toBeLessThanOrEqual(r.to_recover_vnd);
    for (const r of data.reoffending) expect(r.reoffended).toBeLessThanOrEqual(r.released);
    for (const r of data.safe_units) expect(r.certified).toBeLessThanOrEqual(r.in_scope);
    for (const r of data.drug_free_communes) expect(r.recognised).toBeLessThanOrEqual(r.in_scope);
  });

  it('ramp the drug-free communes up: few before 2023, a fifth to a third in 2025, more in 2026', () => {
    const share = (year: number) => {
      const rows = data.drug_free_communes.filter((r) => r.year === year);
      return rows.reduce((s, r) => s + r.recognised, 0) / rows.reduce((s, r) => s + r.in_scope, 0);
    };
    for (const year of [2019, 2020, 2021, 2022]) expect(share(year), String(year)).toBeLessThan(0.05);
    expect(share(2025)).toBeGreaterThanOrEqual(0.2);
    expect(share(2025)).toBeLessThanOrEqual(1 / 3);
    expect(share(2026)).toBeGreaterThan(share(2025));
    // the leaves of each year's end: the districts' communes to 2024, the 69 units (one commune each) after
    expect(data.drug_free_communes.filter((r) => r.year === 2024)).toHaveLength(13);
    expect(data.drug_free_communes.filter((r) => r.year === 2025 && r.in_scope === 1)).toHaveLength(69);
  });

  it('have monthly tables with months 1-12 and 2026 to month 10 only', () => {
    for (const table of ['criminal_cases', 'crime_reports', 'violations_detected'] as const) {
      for (const r of data[table]) {
        expect(r.month! >= 1 && r.month! <= 12).toBe(true);
        if (r.year === LAST_YEAR) expect(r.month!).toBeLessThanOrEqual(LAST_MONTH);
      }
    }
  });
});

describe('areas and leaves', () => {
  it('are the province, 13 districts and 69 units with unique codes', () => {
    const levels = data.areas.map((a) => a.level);
    expect(levels.filter((l) => l === 'province')).toHaveLength(1);
    expect(levels.filter((l) => l === 'district')).toHaveLength(13);
    expect(levels.filter((l) => l === 'commune')).toHaveLength(69);
    expect(new Set(data.areas.map((a) => a.area_code)).size).toBe(data.areas.length);
    expect(
      data.areas
        .filter((a) => a.level === 'commune')
        .every((a) => /^\d{5}$/.test(a.area_code) && a.parent_code === '42'),
    ).toBe(true);
  });

  it('put every monthly row on a leaf of its month, never a province row', () => {
    for (const table of ['criminal_cases', 'crime_reports', 'violations_detected'] as const) {
      for (const r of data[table]) {
        const leaves = leavesOfMonth(r.year, r.month!).map((l) => l.code);
        expect(leaves, `${table} ${r.year}-${r.month} ${r.area_code}`).toContain(r.area_code);
      }
    }
    expect(
      new Set(data.crime_reports.filter((r) => r.year === 2025 && r.month === 6).map((r) => r.area_code)).size,
    ).toBe(12);
    expect(
      new Set(data.crime_reports.filter((r) => r.year === 2025 && r.month === 7).map((r) => r.area_code)).size,
    ).toBe(69);
  });

  it('give 2025 flow tables rows for districts and new units, stock tables the new units only', () => {
    const areasOf = (rows: { year?: number; cohort_year?: number; area_code: string }[]) =>
      new Set(rows.filter((r) => (r.year ?? r.cohort_year) === 2025).map((r) => r.area_code.length));
    expect(areasOf(data.corruption_assets)).toEqual(new Set([3, 5]));
    expect(areasOf(data.judicial_violations)).toEqual(new Set([3, 5]));
    expect(areasOf(data.reoffending)).toEqual(new Set([3, 5]));
    expect(areasOf(data.safe_units)).toEqual(new Set([5]));
    expect(areasOf(data.population)).toEqual(new Set([5]));
  });

  it('has crosswalk weights that, as written in the CSV, sum to 1 within 1e-9 for each abolished unit', () => {
    const lines = toCsv('area_crosswalk', data.area_crosswalk).trim().split('\n').slice(1);
    const sums = new Map<string, number>();
    for (const line of lines) {
      const [from, , weight] = line.split(',');
      sums.set(from!, (sums.get(from!) ?? 0) + Number(weight));
    }
    expect(sums.size).toBe(13);
    for (const [from, sum] of sums) expect(Math.abs(sum - 1), from).toBeLessThan(1e-9);
  });
});

describe('seeds', () => {
  it('give the same rows for the same seed', () => {
    expect(generateDataset(DEFAULT_SEED)).toEqual(data);
  });

  it('give different data for different seeds', () => {
    const other = generateDataset(DEFAULT_SEED + 1);
    for (const table of [
      'criminal_cases',
      'crime_reports',
      'violations_detected',
      'corruption_assets',
      'reoffending',
      'safe_units',
    ] as const) {
      expect(other[table], table).not.toEqual(data[table]);
    }
    // The structure does not depend on the seed.
    expect(other.areas).toEqual(data.areas);
    expect(other.area_crosswalk).toEqual(data.area_crosswalk);
  });

  it('refuse a seed that is not a 32-bit whole number', () => {
    expect(() => generateDataset(-1)).toThrow(RangeError);
    expect(() => generateDataset(1.5)).toThrow(RangeError);
    expect(() => generateDataset(2 ** 32)).toThrow(RangeError);
  });
});
