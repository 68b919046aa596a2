import { describe, expect, it } from 'vitest';
import { areaHeatmapChart } from '../../../src/core/charts/area-heatmap.ts';
import { buildChartInputs } from '../../../src/core/charts/inputs.ts';
import type { DataSet } from '../../../src/core/types.ts';
import { chartDataSet } from './fixture.ts';

/** The fixture with Hương Khê (444) merged into Đức Thọ (440) on 1/1/2025, as Lộc Hà into Thạch Hà. */
function withMerger(): DataSet {
  const data = chartDataSet();
  const areas = data.areas.map((a) => (a.area_code === '444' ? { ...a, valid_to: '2024-12-31' } : a));
  const from2025 = (r: { area_code: string; year: number }) => !(r.area_code === '444' && r.year >= 2025);
  return {
    ...data,
    areas,
    area_crosswalk: [
      ...data.area_crosswalk.filter((r) => r.from_code !== '444'),
      { from_code: '444', to_code: '440', weight: 1 },
    ],
    criminal_cases: data.criminal_cases.filter(from2025),
    crime_reports: data.crime_reports.filter(from2025),
  };
}

describe('areaHeatmapChart', () => {
  it('says why a merged unit\'s row stops, instead of leaving its empty cells as "no data"', () => {
    const inputs = buildChartInputs(withMerger(), { year: 2026 });
    expect(inputs.areaHistory.find((h) => h.area.code === '444')?.merged).toMatchObject({
      into: { code: '440' },
      date: '2025-01-01',
    });
    const vi = areaHeatmapChart(inputs, 'clearance_rate', 'vi');
    const en = areaHeatmapChart(inputs, 'clearance_rate', 'en');
    if (!('texts' in vi) || !('texts' in en)) throw new Error('the heat map was skipped');
    expect(vi.texts.note.join(' ')).toContain(
      'Huyện Hương Khê đã nhập vào huyện Đức Thọ từ ngày 1/1/2025: từ đó không còn số liệu riêng.',
    );
    expect(en.texts.note.join(' ')).toContain(
      'Huong Khe District merged into Duc Tho District on 1 Jan 2025: no figures of its own since.',
    );
  });

  it('says nothing of mergers when none happened', () => {
    const chart = areaHeatmapChart(buildChartInputs(chartDataSet(), { year: 2026 }), 'clearance_rate', 'vi');
    if (!('texts' in chart)) throw new Error('the heat map was skipped');
    expect([...chart.texts.subtitle, ...chart.texts.note].join(' ')).not.toContain('đã nhập vào');
  });
});
