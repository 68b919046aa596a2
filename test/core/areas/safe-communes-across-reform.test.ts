import { describe, expect, it } from 'vitest';
import { safeCommunesAcrossReform } from '../../../src/core/areas/safe-communes-across-reform.ts';
import type { SafeUnitRow } from '../../../src/core/types.ts';
import { makeDataSet } from '../../helpers/dataset.ts';
import { reformDataSet } from './reform-fixture.ts';

const unit = (year: number, area_code: string, in_scope: number, certified: number): SafeUnitRow => ({
  year,
  area_code,
  unit_type: 'commune',
  in_scope,
  certified,
});

describe('safeCommunesAcrossReform', () => {
  const data = {
    ...reformDataSet([]),
    safe_units: [
      unit(2024, '101', 5, 4),
      unit(2024, '102', 4, 4),
      unit(2024, '103', 3, 1),
      { year: 2024, area_code: '101', unit_type: 'school', in_scope: 50, certified: 1 } satisfies SafeUnitRow,
      unit(2025, '201', 1, 1),
      unit(2025, '202', 1, 0),
      unit(2025, '203', 1, 1),
      unit(2025, '204', 1, 1),
    ],
    population: [
      { year: 2025, area_code: '201', population: 100 },
      { year: 2025, area_code: '202', population: 300 },
      { year: 2025, area_code: '203', population: 100 },
      { year: 2025, area_code: '204', population: 500 },
    ],
  };

  it('reports each basis with its own denominator after the reform', () => {
    const s = safeCommunesAcrossReform(data, { year: 2025 });
    expect(s.reform).toEqual({ date: '2025-07-01', ended: 2, started: 4 });
    expect(s.before).toMatchObject({
      tree: 'before_reform',
      year: 2024,
      certified: 9,
      in_scope: 12,
      units: 3,
      share: 0.75,
      population_weighted_share: null,
    });
    expect(s.after).toMatchObject({
      tree: 'after_reform',
      year: 2025,
      certified: 3,
      in_scope: 4,
      units: 4,
      share: 0.75,
    });
    expect(s.after?.population_weighted_share).toBeCloseTo((100 + 100 + 500) / 1000, 12);
    expect(s.denominator_change).toEqual({ from: 12, to: 4 });
    expect(s.sentence.en).toBe(
      'Before the reform, 2024: 9/12 (75.00%), out of 12 communes, wards and towns in scope. ' +
        'After the reform (from 1 Jul 2025), 2025: 3/4 (75.00%; population-weighted 70.00%), out of 4 new communes and wards in scope. ' +
        'The denominator changes from 12 to 4 units: the two shares are taken over different sets of units, so they are not compared directly; ' +
        'larger units meet the "no incident" criteria less easily. No trend is read across the reform.',
    );
  });

  it('shows equal shares side by side without calling them comparable', () => {
    const s = safeCommunesAcrossReform(data, { year: 2026 });
    expect([s.before?.year, s.after?.year]).toEqual([2024, 2025]);
    expect(s.sentence.vi).toContain('không so sánh trực tiếp');
  });

  it('before the reform: the old basis only, and no fallback to another year', () => {
    const s = safeCommunesAcrossReform(data, { year: 2024 });
    expect([s.before?.year, s.after]).toEqual([2024, null]);
    expect(s.sentence.vi).toContain('Từ ngày 1/7/2025, cấp xã được sắp xếp lại thành 4 đơn vị');
    expect(safeCommunesAcrossReform(data, { year: 2023 })).toMatchObject({ before: null, after: null });
    expect(safeCommunesAcrossReform(data, { year: 2023 }).sentence.en).toBe('No figures on safe communes up to 2023.');
  });

  it('with no reform in areas.csv: one basis', () => {
    const plain = makeDataSet({ safe_units: [unit(2024, '101', 10, 9), unit(2024, '102', 0, 0)] });
    const s = safeCommunesAcrossReform(plain, { year: 2024 });
    expect([s.reform, s.after, s.before?.share, s.before?.ci95?.length]).toEqual([null, null, 0.9, 2]);
    expect(s.sentence.en).toBe(
      'The share, 2024: 9/10 (90.00%), out of 10 communes, wards and towns in scope. ' +
        'areas.csv records no reorganisation of units: a single basis.',
    );
  });
});
