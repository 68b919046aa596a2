/**
 * Charts across the 2025 reform (bundled data, seed 2084): the crime-against-baseline, rate-trend and control
 * charts of an area mark where its series breaks, never compare across it, and say why in the subtitle and
 * the description. The break days come from `areaBreaks` (test/core/areas/area-breaks.test.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChartSet } from '../../../src/core/charts/chart-set.ts';
import type { VegaLiteChart } from '../../../src/core/charts/chart.ts';
import { buildChartInputs, type ChartInputs } from '../../../src/core/charts/inputs.ts';
import type { DataSet } from '../../../src/core/types.ts';
import { loadDataFolder } from '../../../src/node/io/load.ts';

let data: DataSet;
beforeAll(async () => {
  const loaded = await loadDataFolder('data');
  if (!loaded.ok) throw new Error('the bundled data do not load');
  data = loaded.data;
});

const charts = (inputs: ChartInputs, lang: 'vi' | 'en' = 'vi') => buildChartSet(inputs, lang);
const chart = (inputs: ChartInputs, name: string, lang: 'vi' | 'en' = 'vi') => {
  const found = charts(inputs, lang).charts.find((c) => c.name === name);
  if (!found) throw new Error(`no chart ${name}`);
  return found as VegaLiteChart;
};
/** The break marks of a Vega-Lite chart: the x of each dotted rule and the label beside it. */
function marks(c: VegaLiteChart): { x: unknown; label: string }[] {
  const out: { x: unknown; label: string }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const mark = o.mark as Record<string, unknown> | undefined;
    const values = (o.data as { values?: { text?: string }[] } | undefined)?.values;
    if (mark?.type === 'rule' && String(mark.strokeDash) === '2,3' && values?.[0]?.text) {
      out.push({
        x: (o.encoding as { x: { value?: number } }).x.value ?? (values[0] as { at?: string }).at,
        label: values[0].text,
      });
    }
    Object.values(o).forEach(walk);
  };
  walk(c.spec);
  return out;
}

describe('charts across the reform (bundled data)', () => {
  it("marks the reform on the province's share of safe communes only: its denominator changes, its counts do not", () => {
    const inputs = buildChartInputs(data, { year: 2025 });
    expect(inputs.breaks.series).toEqual([]);
    expect(inputs.breaks.units.map((b) => b.date)).toEqual(['2025-07-01']);
    const safe = chart(inputs, '03-rate-trend-safe-communes-share');
    expect(marks(safe)).toHaveLength(1);
    expect(marks(safe)[0]?.label).toBe('Gãy chuỗi 1/7/2025');
    expect(safe.texts.subtitle.join(' ')).toContain('mẫu số đếm bộ đơn vị mới');
    expect(safe.texts.description).toContain('mẫu số của tỉ lệ đổi');
    for (const name of ['03-rate-trend-clearance-rate', '02-crime-baseline', '07-crime-control']) {
      expect(marks(chart(inputs, name)), name).toEqual([]);
    }
  });

  it('places a break between two years, beside the points, never through one', () => {
    const inputs = buildChartInputs(data, { year: 2025, area: '445' }); // Thạch Hà: Lộc Hà in on 1/1/2025, ended 30/6/2025
    const trend = chart(inputs, '03-rate-trend-clearance-rate', 'en');
    const found = marks(trend);
    expect(found.map((m) => m.label)).toEqual(['Series break 1 Jan 2025', 'Series break 1 Jul 2025']);
    const xs = found.map((m) => m.x as number).sort((a, b) => a - b);
    // seven years 2019-2025 on a point scale with padding 0.5: year i at step × (i + 0.5)
    const step = (trend.spec.vconcat as { width: number }[])[0]!.width / 7;
    expect(xs[0]! / step).toBeCloseTo(6, 9); // between 2024 (index 5) and 2025 (index 6)
    expect(xs[1]! / step).toBeCloseTo(7, 9); // after 2025: the unit's data end there (before: through the 2025 point)

    // the province's share of safe communes: the reform of 1/7/2025 changes the units the 2025 figure counts, so
    // the line goes before 2025, not through its point
    const safe = chart(buildChartInputs(data, { year: 2025 }), '03-rate-trend-safe-communes-share');
    const [mark] = marks(safe);
    const safeStep = (safe.spec.vconcat as { width: number }[])[0]!.width / 7;
    expect((mark!.x as number) / safeStep).toBeCloseTo(6, 9);
    for (let i = 0; i < 7; i++)
      expect(Math.abs((mark!.x as number) - safeStep * (i + 0.5))).toBeGreaterThan(safeStep / 4);
  });

  it('never compares the year to date across a break, nor draws a control chart across it', () => {
    const thachHa = buildChartInputs(data, { year: 2025, area: '445' });
    expect(thachHa.crimeYearToDate).toBeNull();
    const skipped = charts(thachHa, 'en').skipped.find((s) => s.id === 'crime_control');
    expect(skipped?.reason).toBe(
      'the series breaks on 1 Jan 2025; only 6 months since, fewer than the 12 that set control limits',
    );

    // Thạch Hà's year before was on another territory (Lộc Hà merged in on 1/1/2025): no violations compared
    expect(thachHa.violations).toBeNull();
    expect(charts(thachHa, 'en').skipped.find((s) => s.id === 'violations_by_field')?.reason).toBe(
      'the series breaks on 1 Jan 2025: 2025 cannot be compared with the year before on the same territory',
    );

    // Hà Tĩnh city ended on 30/6/2025 (its own end splits nothing before it): its first half of 2025 against its
    // first half of 2024; its chart stops at month 6, with no months drawn as zero after it
    const city = buildChartInputs(data, { year: 2025, area: '436' });
    expect(city.crimeYearToDate?.current).toMatchObject({ year: 2025, firstMonth: 1, lastMonth: 6 });
    expect(city.crimeYearToDate?.previous).toMatchObject({ year: 2024, firstMonth: 1, lastMonth: 6 });
    expect(city.control?.break).toMatchObject({ date: '2025-07-01', restarted: false });
    expect(city.control?.months.at(-1)).toMatchObject({ year: 2025, month: 6 });
    expect(city.control?.baselineYear).toBe(2021);
    expect(marks(chart(city, '07-crime-control')).map((m) => m.label)).toEqual(['Gãy chuỗi 1/7/2025']);

    // a new unit: the chart starts with it, limits from its first 12 months, no month drawn before it existed
    const ward = buildChartInputs(data, { year: 2026, area: '18073' });
    expect(ward.control?.break).toMatchObject({ date: '2025-07-01', restarted: true });
    expect(ward.control?.months[0]).toMatchObject({ year: 2025, month: 7 });
    expect(ward.control?.limitMonths).toBe(12);
    expect(ward.control?.result?.baselineN).toBe(12);
    expect(ward.control?.before).toEqual([]);
    const control = chart(ward, '07-crime-control');
    expect(control.texts.note.join(' ')).toContain('12 tháng đầu sau mốc gãy chuỗi 1/7/2025');
    expect(marks(control)).toEqual([]); // its start is no break: nothing comes before it
    expect(ward.crimeYearToDate).toBeNull();
    expect(ward.violations).toBeNull();
  });

  it('draws no target path, and no bar of 0, for the years before a unit was set up', () => {
    const ward = buildChartInputs(data, { year: 2026, area: '18073' });
    const baseline = chart(ward, '02-crime-baseline');
    expect(JSON.stringify(baseline.spec)).not.toContain('"expected"');
    expect(baseline.texts.title).toBe('Số vụ phạm tội hằng năm');
    expect(baseline.texts.description).not.toMatch(/2019|2024/);
    expect(marks(baseline)).toEqual([]);
    // the rate trends start with the unit too
    const trend = chart(ward, '03-rate-trend-clearance-rate', 'en');
    expect(trend.texts.title).toBe('Clearance rate of criminal cases, 2025–2026');
  });

  it('never joins the line or band of two stretches of a series', () => {
    const thachHa = buildChartInputs(data, { year: 2025, area: '445' });
    const trend = chart(thachHa, '03-rate-trend-clearance-rate', 'en');
    const found = /"values":(\[\{"label":"2019","segment"[^\]]*\])/.exec(JSON.stringify(trend.spec))?.[1];
    const values = JSON.parse(found ?? '[]') as { label: string; segment: number }[];
    // Lộc Hà merged in on 1/1/2025: 2025 starts a new stretch; the end of Thạch Hà on 1/7/2025 starts none
    expect(values.map((v) => [v.label.slice(0, 4), v.segment])).toEqual([
      ['2019', 0],
      ['2020', 0],
      ['2021', 0],
      ['2022', 0],
      ['2023', 0],
      ['2024', 0],
      ['2025', 1],
    ]);
    expect(JSON.stringify(trend.spec)).toContain('"detail":{"field":"segment","type":"nominal"}');
    expect(trend.texts.subtitle.join(' ')).toContain('1 Jan 2025 and 1 Jul 2025');
  });
});

describe('an area that ended during the year (bundled data)', () => {
  it('compares its detected violations over the months it existed, with the same months a year before', () => {
    const city = buildChartInputs(data, { year: 2025, area: '436' }); // Hà Tĩnh city, to 30/6/2025
    expect(city.violations?.kind).toBe('year_to_date');
    for (const row of city.violations?.rows ?? []) {
      expect([row.current.firstMonth, row.current.lastMonth, row.previous.firstMonth, row.previous.lastMonth]).toEqual([
        1, 6, 1, 6,
      ]);
    }
    const sum = (year: number, field: string) =>
      data.violations_detected
        .filter(
          (r) =>
            r.year === year &&
            r.field === field &&
            r.month !== null &&
            r.month <= 6 &&
            ['436', ...data.areas.filter((a) => a.parent_code === '436').map((a) => a.area_code)].includes(r.area_code),
        )
        .reduce((s, r) => s + r.detected, 0);
    const economy = city.violations?.rows.find((r) => r.field === 'economy');
    expect([economy?.current.count, economy?.previous.count]).toEqual([sum(2025, 'economy'), sum(2024, 'economy')]);
  });
});

describe('the scorecard across a break (bundled data)', () => {
  it('does not judge a change whose comparison year lies across a break, and says why', () => {
    const thachHa = buildChartInputs(data, { year: 2025, area: '445' });
    const card = chart(thachHa, '01-scorecard', 'en');
    const text = JSON.stringify(card.spec);
    // the crime change against 2021, the five fields and social-order crime against 2024 all cross 1/1/2025
    expect(text.match(/"statusText":"Series break"/g)).toHaveLength(7);
    expect(card.texts.subtitle.join(' ')).toContain(
      'The series breaks on 1 Jan 2025: changes against a year before it are not comparable',
    );
    expect(card.texts.subtitle.join(' ')).toContain('The unit ended on 30 Jun 2025, with 6 months of data');
    const judged = thachHa.report.results.filter(
      (r) =>
        r.target !== null &&
        r.status !== 'no_data' &&
        !r.breakdown.unit_type &&
        r.id !== 'crime_change_vs_baseline' &&
        r.id !== 'violations_detected_change',
    );
    // one count everywhere, as the briefing: met out of every target (those not judged or without data included)
    const targets = thachHa.report.results.filter((r) => r.target !== null && !r.breakdown.unit_type);
    expect(card.texts.title).toBe(
      `Crime-prevention targets in 2025: ${judged.filter((r) => r.status === 'met').length} of ${targets.length} met`,
    );
    // Hà Tĩnh city ended on 30/6/2025 without a break before: its changes are judged (over its six months)
    const city = chart(buildChartInputs(data, { year: 2025, area: '436' }), '01-scorecard', 'en');
    expect(JSON.stringify(city.spec)).not.toContain('"statusText":"Series break"');
  });
});
