import { describe, expect, it } from 'vitest';
import { seriesSegment, territoryChanges } from '../../../src/core/analysis/series-break.ts';
import { areaBreaks, UNIT_COUNT_INDICATORS } from '../../../src/core/areas/area-breaks.ts';
import type { AreaRow, CrosswalkRow } from '../../../src/core/types.ts';
import { loadDataFolder } from '../../../src/node/io/load.ts';
import { reformDataSet } from './reform-fixture.ts';

const SPAN = { from: { year: 2019, month: 1 }, to: { year: 2026, month: 12 } };
const area = (
  code: string,
  level: AreaRow['level'],
  parent: string | null,
  from: string,
  to: string | null,
): AreaRow => ({
  area_code: code,
  name_vi: `Đơn vị ${code}`,
  name_en: `Unit ${code}`,
  level,
  parent_code: parent,
  valid_from: from,
  valid_to: to,
});

describe('areaBreaks: the one definition of a series break', () => {
  const data = reformDataSet([]);

  it('breaks a district where it ends or a unit merges into it, and the province never for counts and rates', () => {
    expect(areaBreaks(data, '42')).toEqual([]);
    expect(areaBreaks(data, '101').map((b) => [b.date, b.kind])).toEqual([['2025-07-01', 'reform']]);
    expect(areaBreaks(data, '102').map((b) => [b.date, b.kind])).toEqual([
      ['2025-01-01', 'territory'],
      ['2025-07-01', 'reform'],
    ]);
    expect(areaBreaks(data, '102')[0]?.note.en).toBe(
      'From 1 Jan 2025, 103 Unit 103 was merged into the unit: its territory changed, so its series breaks here.',
    );
    expect(areaBreaks(data, '103')[0]?.note.vi).toBe(
      'Từ ngày 1/1/2025, đơn vị nhập vào 102 Đơn vị 102: chuỗi số liệu của đơn vị dừng tại mốc này.',
    );
    expect(areaBreaks(data, '201').map((b) => [b.date, b.kind])).toEqual([['2025-07-01', 'reform']]);
  });

  it('breaks a share of units where the units below are reorganised, the province included', () => {
    expect([...UNIT_COUNT_INDICATORS]).toEqual(['safe_communes_share', 'drug_free_communes_share']);
    const province = areaBreaks(data, '42', { unitCount: true });
    expect(province.map((b) => [b.date, b.kind])).toEqual([['2025-07-01', 'reform']]);
    expect(province[0]?.note.en).toMatch(
      /^From 1 Jul 2025, the communes and wards were reorganised into 4 new units: the share's denominator changes/,
    );
  });

  it('breaks both districts when a commune moves from one to the other on a day that is no reform', () => {
    const areas = [
      area('42', 'province', null, '2019-01-01', null),
      area('1', 'district', '42', '2019-01-01', null),
      area('2', 'district', '42', '2019-01-01', null),
      area('11', 'commune', '1', '2019-01-01', '2022-03-31'),
      area('12', 'commune', '1', '2019-01-01', null),
      area('21', 'commune', '2', '2019-01-01', null),
      area('22', 'commune', '2', '2023-01-01', null),
    ];
    const crosswalk: CrosswalkRow[] = [{ from_code: '11', to_code: '21', weight: 1 }];
    const moved = { ...reformDataSet([]), areas, area_crosswalk: crosswalk };
    expect(areaBreaks(moved, '1').map((b) => [b.date, b.kind, b.note.en])).toEqual([
      [
        '2022-04-01',
        'territory',
        "From 1 Apr 2022, 11 Unit 11, within the area, was merged into 21 Unit 21, outside it: the area's territory changed, so its series breaks here.",
      ],
    ]);
    expect(areaBreaks(moved, '2').map((b) => [b.date, b.kind, b.note.en])).toEqual([
      [
        '2022-04-01',
        'territory',
        "From 1 Apr 2022, 11 Unit 11 was merged into 21 Unit 21, within the area: the area's territory changed, so its series breaks here.",
      ],
    ]);
    // a unit set up on its own (no unit ended that day): its series starts there; its district's territory did not change
    expect(areaBreaks(moved, '22').map((b) => [b.date, b.kind, b.note.en])).toEqual([
      ['2023-01-01', 'territory', 'The unit was set up on 1 Jan 2023: its series starts here.'],
    ]);
    expect(areaBreaks(moved, '2').map((b) => b.date)).not.toContain('2023-01-01');
    expect(areaBreaks(moved, '42')).toEqual([]);
  });

  it('is what the trend tests cut at: territoryChanges gives the dates of areaBreaks, for every area of the bundled data', async () => {
    const loaded = await loadDataFolder('data');
    if (!loaded.ok) throw new Error('the bundled data do not load');
    const bundled = loaded.data;
    expect(bundled.meta.periods).toBe('police'); // months 15th-14th: the span runs 15/12/2018 to 14/12/2026
    for (const a of bundled.areas) {
      for (const unitCount of [false, true]) {
        const dates = areaBreaks(bundled, a.area_code, { unitCount })
          .map((b) => b.date)
          .filter((d) => d > '2019-01-14' && d <= '2026-12-14');
        expect(territoryChanges(bundled, a.area_code, SPAN, { unitCount }), `${a.area_code} ${unitCount}`).toEqual(
          dates,
        );
      }
    }
    // the province's share of safe communes restarts at the reform; its counts never do
    expect(seriesSegment(bundled, '42', SPAN).break).toBeNull();
    expect(seriesSegment(bundled, '42', SPAN, { unitCount: true }).break).toMatchObject({
      date: '2025-07-01',
      restarted: true,
    });
  });
});
