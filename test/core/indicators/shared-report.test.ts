import { describe, expect, it } from 'vitest';
import { assessedIndicators } from '../../../src/core/analysis/assess-report.ts';
import { computeIndicators } from '../../../src/core/indicators/compute.ts';
import { YearIndex } from '../../../src/core/indicators/measure.ts';
import { INDICATOR_IDS } from '../../../src/core/indicators/registry.ts';
import {
  lazyReport,
  madeReport,
  reportHeadline,
  sharedHeadline,
  sharedReport,
} from '../../../src/core/indicators/shared-report.ts';
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

describe('sharedHeadline', () => {
  it("equals the report's headline row of every indicator, computed alone, for several years, areas and target sets", () => {
    const data = chartDataSet({ watched: true });
    const fresh = structuredClone(data);
    const national = TARGET_SETS.national as TargetSet;
    for (const targets of [undefined, national]) {
      for (const area of ['42', '436', '18007']) {
        for (const year of [2019, 2021, 2025, 2026]) {
          const report = computeIndicators(fresh, { year, area, targets });
          for (const id of INDICATOR_IDS) {
            const row = report.results.find((r) => r.id === id && Object.keys(r.breakdown).length === 0);
            expect(sharedHeadline(data, { year, area, targets }, id)).toEqual(row);
          }
          // computed alone: the whole report was never made
          expect(madeReport(data, { year, area })).toBeNull();
        }
      }
    }
    // an indicator printed by breakdown only has no headline row
    expect(sharedHeadline(data, { year: 2024 }, 'violations_detected_change')).toBeUndefined();
  });

  it('reads the row of the report once the report is made', () => {
    const data = chartDataSet();
    const report = sharedReport(data, { year: 2024, area: '436' });
    expect(sharedHeadline(data, { year: 2024, area: '436' }, 'clearance_rate')).toBe(
      report.results.find((r) => r.id === 'clearance_rate'),
    );
  });

  it('refuses an unknown area, as computeIndicators does', () => {
    for (const id of ['clearance_rate', 'violations_detected_change'] as const) {
      expect(() => sharedHeadline(chartDataSet(), { year: 2024, area: '999' }, id)).toThrow('unknown area code "999"');
    }
  });
});

describe('lazyReport', () => {
  it('computes nothing until read, reads one indicator alone, and equals sharedReport once its results are read', () => {
    const data = chartDataSet();
    const lazy = lazyReport(data, { year: 2025, area: '436' });
    expect(lazyReport(data, { year: 2025, area: '436' })).toBe(lazy);
    expect(lazy.year).toBe(2025);
    expect(lazy.area_code).toBe('436');
    const alone = reportHeadline(lazy, 'crime_change_vs_baseline');
    expect(madeReport(data, { year: 2025, area: '436' })).toBeNull();
    const expected = computeIndicators(structuredClone(data), { year: 2025, area: '436' });
    expect(alone).toEqual(expected.results.find((r) => r.id === 'crime_change_vs_baseline'));
    expect(lazy.results).toBe(sharedReport(data, { year: 2025, area: '436' }).results);
    expect(lazy).toEqual(expected);
    expect(JSON.parse(JSON.stringify(lazy))).toEqual(JSON.parse(JSON.stringify(expected)));
    // the report made, its rows are read
    expect(reportHeadline(lazy, 'clearance_rate')).toBe(lazy.results.find((r) => r.id === 'clearance_rate'));
  });

  it('keeps one object per target set', () => {
    const data = chartDataSet();
    const national = TARGET_SETS.national as TargetSet;
    const a = lazyReport(data, { year: 2024 });
    const b = lazyReport(data, { year: 2024, targets: national });
    expect(b).not.toBe(a);
    expect(reportHeadline(b, 'clearance_rate')).toEqual(
      computeIndicators(data, { year: 2024, targets: national }).results.find((r) => r.id === 'clearance_rate'),
    );
  });
});

describe('reportHeadline', () => {
  it('reads the headline row of a report that is not lazy', () => {
    const report = computeIndicators(chartDataSet(), { year: 2024 });
    expect(reportHeadline(report, 'safe_organisations_share')).toBe(
      report.results.find((r) => r.id === 'safe_organisations_share' && Object.keys(r.breakdown).length === 0),
    );
  });
});
