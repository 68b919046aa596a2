import { describe, expect, it } from 'vitest';
import type { AreaRow, CriminalCaseRow } from '../../../src/core/types.ts';
import { programme20212025 } from '../../../src/core/targets/programme-2021-2025.ts';
import { buildBriefing, largestReform, typeset } from '../../../src/node/report/briefing.ts';
import { buildScorecard } from '../../../src/node/report/build-scorecard.ts';
import { AREAS, makeDataSet } from '../../helpers/dataset.ts';

const area = (code: string, level: AreaRow['level'], from: string, to: string | null): AreaRow => ({
  area_code: code,
  name_vi: code,
  name_en: code,
  level,
  parent_code: '42',
  valid_from: from,
  valid_to: to,
});

describe('largestReform', () => {
  it('finds the day the new communes began and the districts that ended the day before', () => {
    const areas = [
      AREAS[0] as AreaRow,
      area('436', 'district', '2019-01-01', '2025-06-30'),
      area('437', 'district', '2019-01-01', '2025-06-30'),
      area('448', 'district', '2019-01-01', '2024-12-31'), // merged earlier: not part of the reform
      area('42001', 'commune', '2025-07-01', null),
      area('42002', 'commune', '2025-07-01', null),
      area('42003', 'commune', '2025-07-01', null),
    ];
    expect(largestReform(areas)).toEqual({ start: '2025-07-01', lastDay: '2025-06-30', started: 3, ended: 2 });
  });

  it('is null when the areas never changed', () => {
    expect(largestReform(AREAS)).toBeNull();
  });
});

describe('buildBriefing', () => {
  // Both districts report every month (102 with zeros), as forms returned by every unit would.
  const monthly = (year: number, months: number): CriminalCaseRow[] =>
    Array.from({ length: months }, (_, i) =>
      (['101', '102'] as const).map((area_code) => ({
        year,
        month: i + 1,
        area_code,
        crime_group: 'other' as const,
        severity: 'serious' as const,
        occurred: area_code === '101' ? 10 : 0,
        cleared: area_code === '101' ? 9 : 0,
      })),
    ).flat();
  const data = makeDataSet({ criminal_cases: [...monthly(2021, 12), ...monthly(2025, 12), ...monthly(2026, 10)] });
  const scorecard = buildScorecard(data);
  const briefing = (year: number) =>
    buildBriefing({
      data,
      scorecard,
      year,
      lang: 'vi',
      targets: programme20212025,
      version: 't',
      charts: [],
      chartsFolder: 'charts/',
    });

  it('says beside the partial-year warning how many units reported a month that some have not', () => {
    const missing = makeDataSet({
      criminal_cases: [...monthly(2021, 12), ...monthly(2025, 12), ...monthly(2026, 10)].filter(
        (r) => !(r.year === 2026 && r.month === 10 && r.area_code === '102'),
      ),
    });
    const b = buildBriefing({
      data: missing,
      scorecard: buildScorecard(missing),
      year: 2026,
      lang: 'vi',
      targets: programme20212025,
      version: 't',
      charts: [],
      chartsFolder: 'charts/',
    });
    expect(b.partial).toContain('Số liệu 10 tháng đầu năm 2026.');
    expect(b.partial).toContain(
      'Chưa đủ báo cáo năm 2026: 1/2 đơn vị đã báo cáo tháng 10 (đơn vị chưa báo cáo được tính là 0).',
    );
    expect(briefing(2026).partial).not.toContain('Chưa đủ báo cáo');
  });

  it('says a year to date is compared on the same months and judged provisionally, and labels its months', () => {
    const b = briefing(2026);
    expect(b.partial).toContain('Số liệu 10 tháng đầu năm 2026. Mọi so sánh với năm gốc và năm trước lấy cùng kỳ');
    const judged = b.table.filter((r) => r.kind === 'target' && r.judged).length;
    expect(b.summary).toMatch(new RegExp(`^10 tháng đầu năm 2026, .* đạt \\d+/${judged} chỉ tiêu \\(tạm tính\\)`));
    expect(
      b.table
        .filter((r) => r.status === 'met' || r.status === 'not_met')
        .every((r) => r.statusText.endsWith('(tạm tính)')),
    ).toBe(true);
    // the crime count against the same 10 months of 2021 and of 2025, never against whole years
    const crime = b.paragraphs[0]?.text ?? '';
    expect(crime).toMatch(/10 tháng đầu năm 2026 có [\d.]+ vụ, .* so với cùng kỳ năm 2021 \([\d.]+ vụ\)/);
    expect(crime).toContain('So với cùng kỳ năm 2025');
    expect(crime.slice(crime.indexOf(':'))).not.toMatch(/so với năm 20\d\d/i); // the title aside
    expect(b.facts.find((f) => f.label === 'Kỳ số liệu')?.value).toBe('10 tháng đầu năm 2026');
    expect(briefing(2025).partial).toBeNull();
    // the programme 2021-2025 still judges 2026, for comparison, and the table says it has expired
    const crimeRow = b.table.find((r) => r.kind === 'target' && r.indicator.startsWith('Tổng số vụ phạm tội'));
    expect(crimeRow?.target).toBe('≤ −5 % (2025); hết hiệu lực từ năm 2026');
    expect(briefing(2025).table.some((r) => r.target.includes('hết hiệu lực'))).toBe(false);
  });

  it('counts a target per headline figure and per violation field, not the "of which" rows', () => {
    const b = briefing(2025);
    // every headline with a target, each violation field; a watched count (no target) is not counted
    const expected = b.table.filter((r) => r.kind === 'target' && r.status !== 'no_target' && r.target !== '—').length;
    // 2025: the programme's 15, the directive's social-order change and the drug-free communes (drugs-2030)
    expect(expected).toBe(17);
    expect(b.table.filter((r) => r.kind === 'target' && r.judged).length).toBe(17);
    // watched without a target, with or without data (crime-free communes: no commune through all of 2025)
    expect(b.table.filter((r) => r.kind === 'target' && !r.judged).map((r) => [r.indicator, r.status])).toEqual([
      ['Số vụ tội phạm sử dụng công nghệ cao, trên không gian mạng', 'no_target'],
      ['Tỉ lệ xã, phường không có tội phạm', 'no_data'],
    ]);
    expect(b.table.filter((r) => r.kind === 'of_which').map((r) => r.indicator)).toEqual([
      'trong đó: cơ quan',
      'trong đó: doanh nghiệp',
      'trong đó: trường học',
    ]);
    expect(b.summary).toMatch(/^Năm 2025, .*đạt \d+\/17 chỉ tiêu;/);
  });

  it('writes the province in lower case mid-sentence, its official name in the facts table', () => {
    const named = {
      ...data,
      areas: data.areas.map((a) => (a.area_code === '42' ? { ...a, name_vi: 'Tỉnh Hà Tĩnh' } : a)),
    };
    const b = buildBriefing({
      data: named,
      scorecard: buildScorecard(named),
      year: 2025,
      lang: 'vi',
      targets: programme20212025,
      version: 't',
      charts: [],
      chartsFolder: 'charts/',
    });
    expect(b.summary).toMatch(/^Năm 2025, tỉnh Hà Tĩnh đạt /);
    expect(b.facts.find((f) => f.label === 'Địa bàn')?.value).toBe('Tỉnh Hà Tĩnh (42)');
  });
});

describe('typeset', () => {
  it('keeps a figure with its percent sign and its comparison sign', () => {
    expect(typeset('chỉ tiêu ≥ 80 % và ≤ −5 %')).toBe('chỉ tiêu ≥\u00a080\u00a0% và ≤\u00a0−5\u00a0%');
  });
});
