/**
 * Worked examples on the bundled data (data/, synthetic, seed 2084). Golden values come from
 * `python3 test/core/areas/golden.py` (csv module only, no chitieu code); each value names the key it prints.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { areaSeries } from '../../../src/core/areas/area-series.ts';
import { dataCrosswalk } from '../../../src/core/areas/data-crosswalk.ts';
import { describeAreaBasis } from '../../../src/core/areas/describe-area-basis.ts';
import { gather } from '../../../src/core/areas/gather.ts';
import { leavesAt } from '../../../src/core/areas/leaves-at.ts';
import { reformBreak } from '../../../src/core/areas/reform-break.ts';
import { safeCommunesAcrossReform } from '../../../src/core/areas/safe-communes-across-reform.ts';
import { spread } from '../../../src/core/areas/spread.ts';
import { treeAt } from '../../../src/core/areas/tree-at.ts';
import { computeIndicators } from '../../../src/core/indicators/compute.ts';
import type { DataSet } from '../../../src/core/types.ts';
import { loadDataFolder } from '../../../src/node/io/load.ts';

let data: DataSet;
beforeAll(async () => {
  const loaded = await loadDataFolder('data');
  if (!loaded.ok) throw new Error('the bundled data do not load');
  data = loaded.data;
});

const series = (area: string, years?: number[]) =>
  areaSeries(data, { area, indicatorId: 'clearance_rate', ...(years ? { years } : {}) });

describe('the area tree over time (bundled data)', () => {
  it('has 13 districts to 31/12/2024, 12 to 30/6/2025, then 69 new units under the province', () => {
    expect(leavesAt(data.areas, '2024-12-31')).toHaveLength(13);
    expect(leavesAt(data.areas, '2025-01-01')).toHaveLength(12);
    expect(leavesAt(data.areas, '2025-06-30')).toHaveLength(12);
    expect(leavesAt(data.areas, '2025-07-01')).toHaveLength(69);
    expect(treeAt(data.areas, '2026-10-14').nodes.get('18073')?.parent?.area.area_code).toBe('42');
  });

  it('finds one break of the tree, the reform of 1/7/2025 (the Lộc Hà merger is not one)', () => {
    const breaks = reformBreak(data.areas);
    expect(breaks.map((b) => [b.date, b.ended.length, b.started.length])).toEqual([['2025-07-01', 12, 69]]);
  });
});

describe('roll-ups and series across the reform (bundled data)', () => {
  it("sums the province's 2025 from district rows in January-June and commune rows in July-December", () => {
    const p = series('42', [2025]).points[0]!;
    // golden.py: province_2025_occurred 796 = province_2025_occurred_H1_districts 393 + province_2025_occurred_H2_communes 403
    expect([p.denominator, p.numerator]).toEqual([796, 702]); // golden.py: province_2025_cleared 702
    expect(p.parts.map((x) => [x.tree, x.months.length, x.rows > 0])).toEqual([
      ['before_reform', 6, true],
      ['after_reform', 6, true],
    ]);
    expect([p.basis, p.tree]).toEqual(['direct', 'both']);
  });

  it('gives an old district over 2019-2026, gathered after the reform', () => {
    const s = series('436');
    expect(s.points.map((p) => [p.year, p.basis, p.tree, p.months.length])).toEqual([
      [2019, 'direct', 'before_reform', 12],
      [2020, 'direct', 'before_reform', 12],
      [2021, 'direct', 'before_reform', 12],
      [2022, 'direct', 'before_reform', 12],
      [2023, 'direct', 'before_reform', 12],
      [2024, 'direct', 'before_reform', 12],
      [2025, 'gathered', 'both', 12],
      [2026, 'gathered', 'after_reform', 10],
    ]);
    const at = (y: number) => s.points.find((p) => p.year === y)!;
    expect([at(2024).numerator, at(2024).denominator]).toEqual([71, 82]); // golden.py: 436_2024_cleared, 436_2024_occurred
    expect([at(2025).numerator, at(2025).denominator]).toEqual([79, 90]); // golden.py: 436_2025_cleared, 436_2025_occurred
    expect([at(2026).numerator, at(2026).denominator]).toEqual([54, 62]); // golden.py: 436_2026_cleared, 436_2026_occurred
    expect(at(2025).parts[1]!.sources.map((x) => x.area_code)).toEqual(['18073', '18100', '18652']); // golden.py: succ436
    expect(s.breaks.map((b) => b.date)).toEqual(['2025-07-01']);
    expect(at(2026).note.vi).toContain(
      'cộng số của 3 đơn vị mới nằm trọn trong đơn vị (18073 phường Thành Sen; 18100 phường Trần Phú; 18652 phường Hà Huy Tập)',
    );
  });

  it('gives a new unit over 2019-2026, spread before the reform (an estimate)', () => {
    const s = series('18073');
    expect(s.points.map((p) => p.basis)).toEqual([
      'spread_estimate',
      'spread_estimate',
      'spread_estimate',
      'spread_estimate',
      'spread_estimate',
      'spread_estimate',
      'spread_estimate',
      'partial_year_direct',
    ]);
    const at = (y: number) => s.points.find((p) => p.year === y)!;
    expect(at(2021).denominator).toBeCloseTo(32.3423274034, 9); // golden.py: 18073_2021_occurred (0.3202210634 x 101)
    expect(at(2021).numerator).toBeCloseTo(26.8985693256, 9); // golden.py: 18073_2021_cleared
    expect(at(2025).denominator).toBeCloseTo(32.409947853, 9); // golden.py: 18073_2025_occurred
    expect(at(2026).denominator).toBe(16); // golden.py: 18073_2026_occurred
    expect(at(2021).note.en).toContain(
      "an estimate, the old units' figures spread by the crosswalk weights (32.02% of 436 Ha Tinh City)",
    );
  });

  it('follows Lộc Hà into Thạch Hà: a unit of Thạch Hà takes both shares before 2025', () => {
    const p = series('18409', [2024]).points[0]!;
    expect(p.denominator).toBeCloseTo(17.4454366782, 9); // golden.py: 18409_2024_occurred = w(445->18409) x (75 + 39)
    expect(p.parts[0]!.sources.map((x) => x.area_code)).toEqual(['445', '448']);
  });

  it('says that Lộc Hà has no figure after its merger, and that Thạch Hà breaks twice', () => {
    const loc = series('448', [2024, 2025, 2026]);
    expect(loc.points.map((p) => [p.year, p.basis, p.value === null])).toEqual([
      [2024, 'direct', false],
      [2025, null, true],
      [2026, null, true],
    ]);
    // Said as what happened (it merged), not as a gap of the crosswalk.
    expect(loc.points[1]!.note.vi).toContain(
      'cả năm: không có số liệu riêng, vì đơn vị đã nhập vào 445 huyện Thạch Hà từ ngày 1/1/2025.',
    );
    expect(loc.points[2]!.note.vi).toContain(
      'tháng 1–10: không có số liệu riêng, vì đơn vị đã nhập vào 445 huyện Thạch Hà từ ngày 1/1/2025.',
    );
    expect(loc.points[1]!.note.en).toContain(
      'the whole year: no figure of its own, since the unit was merged into 445 Thach Ha District on 1 Jan 2025.',
    );
    expect(loc.points[1]!.note.vi).not.toContain('không nằm trọn');
    expect(series('445').breaks.map((b) => [b.date, b.kind])).toEqual([
      ['2025-01-01', 'territory'],
      ['2025-07-01', 'reform'],
    ]);
  });

  it('rolls up to the province from the leaves of any tree', () => {
    const total = series('42', [2021, 2025]);
    for (const [day, year] of [
      ['2024-12-31', 2021],
      ['2025-07-01', 2021],
      ['2025-07-01', 2025],
      ['2025-06-30', 2025],
    ] as const) {
      const i = year === 2021 ? 0 : 1;
      const sum = leavesAt(data.areas, day)
        .map((a) => series(a.area_code, [year]).points[0]!.denominator as number)
        .reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(total.points[i]!.denominator as number, 8); // golden.py: province_2021_occurred 844; 796 in 2025
    }
  });

  it('equals computeIndicators wherever the figure is direct', () => {
    for (const area of ['42', '436', '448']) {
      for (const p of series(area, [2019, 2021, 2024, 2025, 2026]).points) {
        if (p.basis !== 'direct' && p.basis !== 'partial_year_direct') continue;
        const r = computeIndicators(data, { year: p.year, area }).results.find((x) => x.id === 'clearance_rate')!;
        expect([p.numerator, p.denominator]).toEqual([r.numerator, r.denominator]);
      }
    }
  });

  it('takes the stock of January for a new unit in 2025 (crime reports)', () => {
    const p = areaSeries(data, { area: '18073', indicatorId: 'reports_resolution_rate', years: [2025] }).points[0]!;
    expect(p.numerator).toBeCloseTo(60.1794535792, 9); // golden.py: 18073_2025_resolved
    expect(p.denominator).toBeCloseTo(68.3029905936, 9); // golden.py: 18073_2025_to_resolve
  });

  it('compares a new unit with its 2021 estimate, and says so', () => {
    const p = areaSeries(data, { area: '18073', indicatorId: 'crime_change_vs_baseline', years: [2026] }).points[0]!;
    expect(p.basis).toBe('spread_estimate');
    expect(p.tree).toBe('both');
    expect(p.comparison?.basis).toBe('spread_estimate');
    // 2026 has months 1-10: compared with the same months of 2021 (cùng kỳ), never the whole year
    expect(p.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(p.comparison?.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(p.value).toBeCloseTo(16 / 24.9772429452 - 1, 9); // golden.py: 18073_2026_occurred / 18073_2021_occurred_m1_10 - 1
    expect(p.note.en).toContain('Against 2021 (estimate, spread by the crosswalk weights');
  });

  it('spreads the districts onto the 69 units and gathers them back (all but Lộc Hà, inside Thạch Hà)', () => {
    const cw = dataCrosswalk(data);
    const districts = leavesAt(data.areas, '2024-12-31').map((a) => a.area_code);
    const old = districts.map((code) => ({
      area_code: code,
      period: 2021,
      value: series(code, [2021]).points[0]!.denominator as number,
    }));
    const onNew = spread(old, cw);
    expect(onNew).toHaveLength(69);
    expect(onNew.reduce((s, f) => s + f.value, 0)).toBeCloseTo(844, 9); // golden.py: province_2021_occurred
    const back = gather(
      onNew.map(({ area_code, period, value }) => ({ area_code, period, value })),
      cw,
    );
    for (const f of old) {
      const g = back.figures.find((x) => x.area_code === f.area_code);
      if (f.area_code === '448') expect(g).toBeUndefined();
      else if (f.area_code === '445')
        expect(g?.value).toBeCloseTo(f.value + old.find((o) => o.area_code === '448')!.value, 9);
      else expect(g?.value).toBeCloseTo(f.value, 9);
    }
  });
});

describe('safe communes before and after the reform (bundled data)', () => {
  it('reports 2025 on each basis with the change of denominator', () => {
    const s = safeCommunesAcrossReform(data, { year: 2025 });
    expect([s.before?.year, s.before?.certified, s.before?.in_scope]).toEqual([2024, 184, 216]); // golden.py: safe_2024
    expect([s.after?.year, s.after?.certified, s.after?.in_scope]).toEqual([2025, 57, 69]); // golden.py: safe_2025
    expect(s.after?.population_weighted_share).toBeCloseTo(0.835010355964998, 12); // golden.py: safe_2025_population_weighted
    expect(s.before?.population_weighted_share).toBeCloseTo(0.8520945837730692, 12); // golden.py: safe_2024_population_weighted
    expect(s.denominator_change).toEqual({ from: 216, to: 69 });
    expect(s.sentence.vi).toBe(
      'Trước sắp xếp, năm 2024: 184/216 (85,19 %; bình quân theo dân số 85,21 %), tính trên 216 xã, phường, thị trấn thuộc diện đánh giá. ' +
        'Sau sắp xếp (từ ngày 1/7/2025), năm 2025: 57/69 (82,61 %; bình quân theo dân số 83,50 %), tính trên 69 xã, phường mới thuộc diện đánh giá. ' +
        'Mẫu số đổi từ 216 xuống 69 đơn vị: hai tỉ lệ đo trên hai bộ đơn vị khác nhau nên không so sánh trực tiếp; ' +
        'đơn vị mới lớn hơn nên khó đạt tiêu chí "không có vụ việc" hơn. Không đánh giá xu hướng qua mốc sắp xếp.',
    );
    expect(s.sentence.en).toContain('The denominator changes from 216 to 69 units');
  });

  it('reports 2021 on the old basis only, and says the denominator changes later', () => {
    const s = safeCommunesAcrossReform(data, { year: 2021 });
    expect([s.before?.certified, s.before?.in_scope, s.after]).toEqual([185, 216, null]);
    expect(s.sentence.en).toBe(
      'Before the reform, 2021: 185/216 (85.65%; population-weighted 85.68%), out of 216 communes, wards and towns in scope. ' +
        "From 1 Jul 2025, the commune level was reorganised into 69 units: later years' shares have another denominator and do not compare directly with this year.",
    );
  });

  it('breaks even the province series of the share', () => {
    const s = areaSeries(data, { area: '42', indicatorId: 'safe_communes_share' });
    expect(s.breaks.map((b) => b.date)).toEqual(['2025-07-01']);
    expect(s.points.at(-1)!.note.en).toContain('The denominator counts commune-level units');
  });
});

describe('describeAreaBasis for chitieu indicators --area (bundled data)', () => {
  it('works for an old code after the reform and a new code before it', () => {
    const old = describeAreaBasis(data, '436', 2026);
    expect([old.basis, old.tree, old.months.length, old.codes]).toEqual([
      'gathered',
      'after_reform',
      10,
      ['18073', '18100', '18652'],
    ]);
    expect(old.sentence.en).toBe(
      'Code 436 Ha Tinh City (district-level unit, existed until 30 Jun 2025). 2026 (gathered from the new units lying within it; ' +
        'the tree of units after the reform): months 1–10: the sum of the 3 new units lying wholly within it (18073 Thanh Sen Ward; 18100 Tran Phu Ward; ' +
        '18652 Ha Huy Tap Ward) (the tree of units after the reform). Covers months 1–10 only: not directly comparable with a whole year.',
    );
    const fresh = describeAreaBasis(data, '18073', 2021);
    expect([fresh.basis, fresh.tree, fresh.codes]).toEqual(['spread_estimate', 'before_reform', null]);
    expect(fresh.sentence.vi).toContain('Mã 18073 phường Thành Sen (đơn vị cấp xã, thành lập từ ngày 1/7/2025)');
    expect(describeAreaBasis(data, '42', 2024)).toMatchObject({ basis: 'direct', tree: 'before_reform' });
    expect(describeAreaBasis(data, '448', 2026)).toMatchObject({ basis: null, tree: null, codes: null });
  });

  it('gives codes whose direct sum is the gathered figure', () => {
    const d = describeAreaBasis(data, '436', 2025);
    expect(d.codes).toEqual(['436', '18073', '18100', '18652']);
    const p = series('436', [2025]).points[0]!;
    const total = data.criminal_cases
      .filter((r) => r.year === 2025 && d.codes!.includes(r.area_code))
      .reduce((s, r) => s + r.occurred, 0);
    expect(total).toBe(p.denominator);
  });
});
