import { describe, expect, it } from 'vitest';
import { assessedIndicators } from '../../../src/core/analysis/assess-report.ts';
import { sharedAssessment } from '../../../src/core/analysis/shared-assessment.ts';
import { TARGET_SETS } from '../../../src/core/targets/registry.ts';
import type { TargetSet } from '../../../src/core/targets/target-set.ts';
import type { DataSet } from '../../../src/core/types.ts';
import { chartDataSet } from '../charts/fixture.ts';

/** A copy of a data set with every criminal case count doubled: another folder, other figures. */
function doubled(data: DataSet): DataSet {
  return { ...data, criminal_cases: data.criminal_cases.map((r) => ({ ...r, occurred: r.occurred * 2 })) };
}

describe('sharedAssessment', () => {
  it('equals assessedIndicators, made once per data set, year, area and target set', () => {
    const data = chartDataSet();
    const assessed = sharedAssessment(data, { year: 2024 });
    expect(assessed).toEqual(assessedIndicators(data, { year: 2024 }));
    expect(sharedAssessment(data, { year: 2024, area: '42' })).toBe(assessed);
    expect(sharedAssessment(data, { year: 2023 })).not.toBe(assessed);
    const national = TARGET_SETS.national as TargetSet;
    const againstNational = sharedAssessment(data, { year: 2024, targets: national });
    expect(againstNational).not.toBe(assessed);
    expect(againstNational).toEqual(assessedIndicators(data, { year: 2024, targets: national }));
  });

  it('gives a second data set its own figures', () => {
    const data = chartDataSet();
    const other = doubled(data);
    const first = sharedAssessment(data, { year: 2024 });
    const second = sharedAssessment(other, { year: 2024 });
    expect(second).toEqual(assessedIndicators(other, { year: 2024 }));
    expect(second.results[0]?.numerator).toBe(2 * (first.results[0]?.numerator as number));
  });
});
