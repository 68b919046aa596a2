import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeIndicators } from '../../src/core/indicators/compute.ts';
import type { CriminalCaseRow } from '../../src/core/types.ts';
import { makeDataSet } from '../helpers/dataset.ts';

beforeAll(() => {
  // notebooks/lib/dom.ts builds elements with the page's document: give it linkedom's.
  const { document, Node } = parseHTML('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { document, Node });
});

describe('the overview says when some unit has not reported a month', () => {
  const row = (month: number, area_code: string): CriminalCaseRow => ({
    year: 2026,
    month,
    area_code,
    crime_group: 'other',
    severity: 'serious',
    occurred: 3,
    cleared: 2,
  });
  const months = [1, 2, 3];
  const all = months.flatMap((m) => [row(m, '101'), row(m, '102')]);

  it('names the month and the units reported, as the other readers do', async () => {
    const { coverageNote } = await import('../../notebooks/lib/scorecard-table.ts');
    const data = makeDataSet({ criminal_cases: all.filter((r) => !(r.month === 3 && r.area_code === '102')) });
    const note = coverageNote(data, computeIndicators(data, { year: 2026 }), 'vi');
    expect(note?.textContent).toBe(
      'Chưa đủ báo cáo năm 2026: 1/2 đơn vị đã báo cáo tháng 3 (đơn vị chưa báo cáo được tính là 0).',
    );
    const full = makeDataSet({ criminal_cases: all });
    expect(coverageNote(full, computeIndicators(full, { year: 2026 }), 'vi')).toBeNull();
  });
});
