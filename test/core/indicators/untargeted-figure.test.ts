import { describe, expect, it } from 'vitest';
import { areaAndDescendants } from '../../../src/core/areas/tree.ts';
import { computeOne } from '../../../src/core/indicators/compute.ts';
import { YearIndex } from '../../../src/core/indicators/measure.ts';
import { INDICATORS } from '../../../src/core/indicators/registry.ts';
import { sharedReport } from '../../../src/core/indicators/shared-report.ts';
import { untargetedFigure } from '../../../src/core/indicators/untargeted-figure.ts';
import { chartDataSet } from '../charts/fixture.ts';

const figure = (r: { value: number | null; numerator: number | null; denominator: number | null; inputs: object }) => ({
  value: r.value,
  numerator: r.numerator,
  denominator: r.denominator,
  inputs: r.inputs,
});

describe('untargetedFigure', () => {
  it("equals computeOne without a target, computed or read from the area's report", () => {
    const data = chartDataSet();
    const index = YearIndex.of(data);
    const codes = areaAndDescendants(data.areas, '436');
    for (const id of ['clearance_rate', 'crime_change_vs_baseline'] as const) {
      const def = INDICATORS[id];
      const expected = figure(computeOne(def, new YearIndex(data), 2023, codes, {}, null));
      // not made yet: computed
      expect(figure(untargetedFigure(index, def, 2023, codes, {}))).toEqual(expected);
      // made: read from the report, the same figure
      const other = structuredClone(data);
      sharedReport(other, { year: 2023, area: '436' });
      const read = untargetedFigure(YearIndex.of(other), def, 2023, areaAndDescendants(other.areas, '436'), {});
      expect(read).toBe(sharedReport(other, { year: 2023, area: '436' }).results.find((r) => r.id === id));
      expect(figure(read)).toEqual(expected);
    }
  });

  it('gives another data set its own figure', () => {
    const a = chartDataSet();
    const b = chartDataSet({ seed: 7 });
    const def = INDICATORS.clearance_rate;
    const fa = untargetedFigure(YearIndex.of(a), def, 2024, areaAndDescendants(a.areas, '42'), {});
    const fb = untargetedFigure(YearIndex.of(b), def, 2024, areaAndDescendants(b.areas, '42'), {});
    expect(figure(fb)).toEqual(
      figure(computeOne(def, new YearIndex(b), 2024, areaAndDescendants(b.areas, '42'), {}, null)),
    );
    expect(fb.numerator).not.toBe(fa.numerator);
  });
});
