import { describe, expect, it } from 'vitest';
import { runChitieu } from '../../helpers/cli.ts';

describe('chitieu series and --area across the 2025 reform', () => {
  it('gives an old district after the reform, gathered from the new units lying within it', () => {
    const { code, stdout } = runChitieu([
      'series',
      '--data',
      'data',
      '--area',
      '436',
      '--indicator',
      'clearance_rate',
      '--json',
    ]);
    expect(code).toBe(0);
    const series = JSON.parse(stdout);
    const byYear = Object.fromEntries(series.points.map((p: { year: number }) => [p.year, p]));
    // python3 test/core/areas/golden.py: 436 clearance 2024 71/82 direct; 2026 54/62 gathered (18073, 18100, 18652)
    expect(byYear[2024]).toMatchObject({ numerator: 71, denominator: 82, basis: 'direct' });
    expect(byYear[2026]).toMatchObject({ numerator: 54, denominator: 62, basis: 'gathered' });
    expect(series.breaks.map((b: { date: string }) => b.date)).toContain('2025-07-01');
  });

  it('marks a new unit before the reform as a spread estimate', () => {
    const { code, stdout } = runChitieu([
      'series',
      '--data',
      'data',
      '--area',
      '18073',
      '--indicator',
      'clearance_rate',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/2021 .* ước tính, phân bổ theo trọng số chuyển đổi/);
  });

  it('says which tree an --area figure used', () => {
    const { code, stdout } = runChitieu(['indicators', '--data', 'data', '--area', '436', '--year', '2026', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).area_basis).toMatchObject({ basis: 'gathered', tree: 'after_reform' });
    expect(runChitieu(['series', '--data', 'data', '--area', '436', '--indicator', 'nope']).code).toBe(2);
  });

  it("gives crime-free communes from each year's own communes only, and drug-free communes with the reform break", () => {
    const crimeFree = runChitieu([
      'series',
      '--data',
      'data',
      '--area',
      '42',
      '--indicator',
      'crime_free_communes_share',
      '--json',
    ]);
    expect(crimeFree.code).toBe(0);
    const points = JSON.parse(crimeFree.stdout).points as {
      year: number;
      basis: string | null;
      numerator: number | null;
      denominator: number | null;
      months: number[];
    }[];
    // districts to June 2025, no commune through all of 2025: no figure; 2026 as chitieu indicators gives it (R: 1/69)
    expect(points.filter((p) => p.year <= 2025).every((p) => p.basis === null && p.numerator === null)).toBe(true);
    expect(points.find((p) => p.year === 2026)).toMatchObject({
      numerator: 1,
      denominator: 69,
      basis: 'partial_year_direct',
      months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    });
    const drugFree = runChitieu([
      'series',
      '--data',
      'data',
      '--area',
      '42',
      '--indicator',
      'drug_free_communes_share',
      '--json',
    ]);
    const series = JSON.parse(drugFree.stdout);
    expect(series.points.find((p: { year: number }) => p.year === 2024)).toMatchObject({
      numerator: 27,
      denominator: 216,
    });
    // a share of communes: the province's series breaks at the reform (216 communes, then 69 units)
    expect(series.breaks.map((b: { date: string }) => b.date)).toContain('2025-07-01');
  });
});
