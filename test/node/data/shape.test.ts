/**
 * The synthetic series look like the real ones (scale from METHODOLOGY.md 1.3 and published
 * provincial reports), for the default seed and a few others.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, generateDataset } from '../../../src/node/data/generate.ts';
import { yearlySummary } from '../../../src/node/data/summary.ts';

const FULL_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];

describe.each([DEFAULT_SEED, 1, 99, 123456])('seed %i', (seed) => {
  const tables = generateDataset(seed);
  const summary = yearlySummary(tables);
  const year = (y: number) => summary.find((s) => s.year === y)!;

  it('has about 700-1,000 criminal cases a full year, 80-93 % cleared', () => {
    for (const y of FULL_YEARS) {
      expect(year(y).occurred).toBeGreaterThan(700);
      expect(year(y).occurred).toBeLessThan(1000);
      expect(year(y).cleared / year(y).occurred).toBeGreaterThan(0.8);
      expect(year(y).cleared / year(y).occurred).toBeLessThan(0.93);
    }
  });

  it('has only tens of very serious + especially serious cases a year, mostly cleared', () => {
    for (const y of FULL_YEARS) {
      expect(year(y).seriousOccurred).toBeGreaterThan(30);
      expect(year(y).seriousOccurred).toBeLessThan(100);
      expect(year(y).seriousCleared / year(y).seriousOccurred).toBeGreaterThan(0.85);
    }
  });

  it('accepts 99-100 % of reports and resolves 87-96 % a year', () => {
    for (const y of FULL_YEARS) {
      expect(year(y).accepted / year(y).received).toBeGreaterThanOrEqual(0.99);
      expect(year(y).resolved / year(y).resolutionBase).toBeGreaterThan(0.87);
      expect(year(y).resolved / year(y).resolutionBase).toBeLessThan(0.96);
    }
  });

  it('peaks around Tết: police months 1-2 above the yearly monthly mean over 2019-2025', () => {
    const byMonth = new Array<number>(13).fill(0);
    for (const r of tables.criminal_cases) if (r.year <= 2025) byMonth[r.month!]! += r.occurred;
    const mean = byMonth.slice(1).reduce((a, b) => a + b, 0) / 12;
    expect((byMonth[1]! + byMonth[2]!) / 2).toBeGreaterThan(mean * 1.1);
  });
});

describe('the default seed', () => {
  const s = yearlySummary(generateDataset(DEFAULT_SEED));
  const year = (y: number) => s.find((x) => x.year === y)!;

  it('puts 2025 within a point of the -5 % target against 2021', () => {
    const change = year(2025).occurred / year(2021).occurred - 1;
    expect(Math.abs(change + 0.05)).toBeLessThan(0.01);
  });

  it('clears 94.5-97.5 % of the very serious + especially serious cases of 2025', () => {
    const rate = year(2025).seriousCleared / year(2025).seriousOccurred;
    expect(rate).toBeGreaterThanOrEqual(0.945);
    expect(rate).toBeLessThanOrEqual(0.975);
  });
});
