/**
 * Progress to the deadline aims at a path target's END milestone and its year, never at the year's point on
 * the line: the crime count with a user's path (−4 % in 2024 to −10 % in 2030) and the drug-free communes
 * (≥ 20 % in 2025, ≥ 50 % by 2030) on the bundled data.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assessedIndicators } from '../../../src/core/analysis/assess-report.ts';
import { deadlineTarget } from '../../../src/core/analysis/crime-progress.ts';
import type { TargetSet } from '../../../src/core/targets/target-set.ts';
import { loadDataFolder } from '../../../src/node/io/load.ts';
import { expectClose } from '../stats/close.ts';
import { worked } from './worked-data.ts';

const path: TargetSet = {
  id: 'path-test',
  title: { vi: 'Thử', en: 'Test' },
  source: 'test',
  in_force: [2024, 2030],
  targets: {
    crime_change_vs_baseline: {
      comparator: '<=',
      threshold: -0.1,
      deadline_year: 2030,
      milestones: [
        { year: 2024, threshold: -0.04 },
        { year: 2030, threshold: -0.1 },
      ],
    },
  },
};

describe('progress of the crime count under a path target', () => {
  it("uses the end milestone (−10 % in 2030), not the year's −5 % on the line", () => {
    const crime = assessedIndicators(worked(), { year: 2025, targets: path }).results.find(
      (r) => r.id === 'crime_change_vs_baseline',
    )!;
    // the year's threshold: −0.04 + (−0.06)·(2025 − 2024)/6 = −0.05, read off the line
    expect(crime.target).toMatchObject({ threshold: -0.05, interpolated: true });
    const p = crime.progress!;
    expect(p.target_year).toBe(2030);
    // baseline 397 (w.R: tot[1]); 0.9 · 397 = 357.3
    expectClose(p.target_count!, 357.3);
    // by hand: 0.9^(1/(2030 − 2021)) − 1 = −0.011638466884251741
    expectClose(p.cagr!.cagr_required!, -0.011638466884251741);
    expect(p.deadline_passed).toBe(false);
    expect(p.at_deadline).toBeNull();
  });

  it('keeps a plain deadline target as it is', () => {
    const t = { comparator: '<=' as const, threshold: -0.05, deadline_year: 2025 };
    expect(deadlineTarget(t)).toBe(t);
    expect(deadlineTarget(null)).toBeNull();
  });
});

describe('progress of the drug-free communes to 50 % by 2030 (bundled data)', () => {
  it('reads 2025 and 2026 (both of the 69 units) against 0.5 in 2030', async () => {
    const loaded = await loadDataFolder(fileURLToPath(new URL('../../../data/', import.meta.url)));
    if (!loaded.ok) throw new Error('the bundled data did not load');
    const r = assessedIndicators(loaded.data, { year: 2026 }).results.find((x) => x.id === 'drug_free_communes_share')!;
    expect(r.target).toMatchObject({ threshold: 0.26, interpolated: true, set: 'drugs-2030' });
    const p = r.path_progress!;
    expect([p.base_year, p.target_year, p.target_value]).toEqual([2025, 2030, 0.5]);
    // before 2025 there is no path; the 216 communes of 2024 never enter (the units changed at the reform)
    expect(p.series).toEqual([
      { year: 2025, value: 16 / 69 },
      { year: 2026, value: 21 / 69 },
    ]);
    // by hand: required (0.5/(16/69))^(1/5) − 1 = 0.166110813080121; observed 21/16 − 1 = 0.3125; ratio 1.88
    expectClose(p.cagr.cagr_required!, 0.166110813080121);
    expectClose(p.cagr.cagr_observed!, 0.3125);
    expect(p.cagr.status).toBe('on_track');
    // two points: the line 16/69 + 5·(5/69) = 41/69 = 0.594 ≥ 0.5 in 2030
    expectClose(p.escap.projected_value!, 41 / 69);
    expect(p.escap.status).toBe('on_track');
    expect(p.reason.vi).toMatch(/^Tiến độ đến mốc cuối \(50 % năm 2030\): Open SDG: đúng lộ trình; ESCAP: /);
    // a target without milestones gets no path progress
    expect('path_progress' in assessedIndicators(loaded.data, { year: 2026 }).results[3]!).toBe(false);
  });
});
