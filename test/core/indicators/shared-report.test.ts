import { describe, expect, it } from 'vitest';
import { assessedIndicators } from '../../../src/core/analysis/assess-report.ts';
import { computeIndicators } from '../../../src/core/indicators/compute.ts';
import { YearIndex } from '../../../src/core/indicators/measure.ts';
import { sharedReport } from '../../../src/core/indicators/shared-report.ts';
import { TARGET_SETS } from '../../../src/core/targets/registry.ts';
import type { TargetSet } from '../../../src/core/targets/target-set.ts';
import type { DataSet } from '../../../src/core/types.ts';
import { chartDataSet } from '../charts/fixture.ts';

/** A copy of a data set with every criminal case count doubled: another folder, other figures. */
function doubled(data: DataSet): DataSet {
  return { ...data, criminal_cases: data.criminal_cases.map((r) => ({ ...r, occurred: r.occurred * 2 })) };
}

describe('sharedReport', () => {
  it('equals computeIndicators, and is made once per data set, year, area and target set', () => {
    const data = chartDataSet();
    const report = sharedReport(data, { year: 2024, area: '42' });
    expect(report).toEqual(computeIndicators(data, { year: 2024 }));
    expect(sharedReport(data, { year: 2024 })).toBe(report);
    expect(sharedReport(data, { year: 2023 })).not.toBe(report);
    const national = TARGET_SETS.national as TargetSet;
    expect(sharedReport(data, { year: 2024, targets: national })).toEqual(
      computeIndicators(data, { year: 2024, targets: national }),
    );
  });

  it('gives a second data set its own reports', () => {
    const data = chartDataSet();
    const other = doubled(data);
    const first = sharedReport(data, { year: 2024 });
    const second = sharedReport(other, { year: 2024 });
    expect(second).not.toBe(first);
    expect(second).toEqual(computeIndicators(other, { year: 2024 }));
    const crimes = (r: typeof first) => r.results.find((x) => x.id === 'crime_change_vs_baseline')?.numerator;
    expect(crimes(second)).toBe(2 * (crimes(first) as number));
  });

  it('leaves assessedIndicators as it was without the memo (a fresh copy of the data set, a private index)', () => {
    const data = chartDataSet();
    // First call fills the memos (reports, yearly figures, monthly sums, coverage), the second reads them.
    assessedIndicators(data, { year: 2026, area: '436' });
    const memoised = assessedIndicators(data, { year: 2026, area: '436' });
    const fresh = structuredClone(data);
    expect(memoised).toEqual(assessedIndicators(fresh, { year: 2026, area: '436', index: new YearIndex(fresh) }));
    expect(assessedIndicators(data, { year: 2025 })).toEqual(assessedIndicators(structuredClone(data), { year: 2025 }));
  });
});
