import { describe, expect, it } from 'vitest';
import { buildChartContext, headline, type ChartContext } from '../../../src/core/charts/chart-context.ts';
import { buildChartSet } from '../../../src/core/charts/chart-set.ts';
import { computeIndicators } from '../../../src/core/indicators/compute.ts';
import { madeReport } from '../../../src/core/indicators/shared-report.ts';
import { chartDataSet } from './fixture.ts';

/** The context, with every memo key the charts ask for recorded. */
function watchedContext(): { context: ChartContext; keys: string[] } {
  const context = buildChartContext(chartDataSet(), { year: 2026 });
  const keys: string[] = [];
  const memo = context.memo.bind(context);
  return {
    context: {
      ...context,
      memo: <T>(key: string, make: () => T) => {
        keys.push(key);
        return memo(key, make);
      },
    },
    keys,
  };
}

describe('buildChartContext', () => {
  it('computes the area over every year from 2019, and little else', () => {
    const context = buildChartContext(chartDataSet(), { year: 2026 });
    expect(context.history.map((r) => r.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(context.report).toBe(context.history[7]);
    expect(context.area).toMatchObject({ code: '42', level: 'province' });
    expect(context.children).toHaveLength(10); // 4 districts, 6 communes
    expect(context.coverage.criminal_cases?.['42']?.[2026]).toHaveLength(10);
    expect(() => buildChartContext(chartDataSet(), { year: 2026, area: '999' })).toThrow(/unknown area/);
  });

  it('computes a shared value once, however many charts ask', () => {
    const context = buildChartContext(chartDataSet(), { year: 2026 });
    let runs = 0;
    const make = () => ({ run: ++runs });
    expect(context.memo('x', make)).toBe(context.memo('x', make));
    expect(runs).toBe(1);
  });

  it("prepares a chart's data only when that chart is built: the scorecard computes no area, the funnel does", () => {
    const { context, keys } = watchedContext();
    buildChartSet(context, 'vi', ['scorecard']);
    expect(keys).toEqual([]);
    buildChartSet(context, 'vi', ['crime_control']);
    expect(keys).toContain('crime-control');
    expect(keys).not.toContain('compared-areas');
    buildChartSet(context, 'vi', ['area_funnel', 'area_dots']);
    expect(keys).toContain('compared-areas');
    expect(keys).toContain('funnel:clearance_rate');
  });
});

describe('a month some unit has not reported', () => {
  it('is said on the source line of every chart (62/69 ... tháng 10), and not when every unit reported', () => {
    const full = chartDataSet();
    const last = Math.max(...full.criminal_cases.filter((r) => r.year === 2026).map((r) => r.month ?? 0));
    const leaf = full.criminal_cases.find((r) => r.year === 2026 && r.month === last)!.area_code;
    const missing = {
      ...full,
      criminal_cases: full.criminal_cases.filter((r) => !(r.year === 2026 && r.month === last && r.area_code === leaf)),
      crime_reports: full.crime_reports.filter((r) => !(r.year === 2026 && r.month === last && r.area_code === leaf)),
      violations_detected: full.violations_detected.filter(
        (r) => !(r.year === 2026 && r.month === last && r.area_code === leaf),
      ),
    };
    const context = buildChartContext(missing, { year: 2026 });
    expect(context.reportingGaps).toHaveLength(1);
    const gap = context.reportingGaps[0]!;
    expect(gap.month).toBe(last);
    expect(gap.reported).toBe(gap.expected - 1);
    const sentence = `${gap.reported}/${gap.expected} đơn vị đã báo cáo tháng ${last}`;
    const { charts } = buildChartSet(context, 'vi');
    expect(charts.length).toBeGreaterThan(5);
    for (const chart of charts) expect(chart.texts.source.join(' ')).toContain(sentence);
    expect(buildChartContext(full, { year: 2026 }).reportingGaps).toEqual([]);
  });
});

describe('the history of a newly picked area', () => {
  it('computes the indicators the charts read, not whole reports, with the same figures', () => {
    const data = chartDataSet();
    const context = buildChartContext(data, { year: 2026, area: '436' });
    const trend = context.history.map((r) => headline(r, 'clearance_rate'));
    for (const y of [2019, 2024, 2026]) expect(madeReport(data, { year: y, area: '436' })).toBeNull();
    const fresh = structuredClone(data);
    expect(trend).toEqual(
      context.history.map((r) =>
        computeIndicators(fresh, { year: r.year, area: '436' }).results.find(
          (x) => x.id === 'clearance_rate' && Object.keys(x.breakdown).length === 0,
        ),
      ),
    );
    // a whole report is made when its results are read (the scorecard)
    expect(context.report.results).toEqual(computeIndicators(fresh, { year: 2026, area: '436' }).results);
    expect(madeReport(data, { year: 2026, area: '436' })).not.toBeNull();
    expect(madeReport(data, { year: 2025, area: '436' })).toBeNull();
  });
});

describe('buildChartContext on a data set it has seen', () => {
  it('reads the reports and charts already made, equal to those of a fresh copy of the data set', () => {
    const data = chartDataSet();
    buildChartSet(buildChartContext(data, { year: 2025, area: '42' }), 'vi');
    const again = buildChartContext(data, { year: 2026, area: '42' });
    const fresh = buildChartContext(structuredClone(data), { year: 2026, area: '42' });
    expect(again.history.slice(0, 7)).toEqual(fresh.history.slice(0, 7));
    expect(again.history[6]).toBe(buildChartContext(data, { year: 2025 }).history[6]);
    expect({ ...again, memo: null, data: null }).toEqual({ ...fresh, memo: null, data: null });
    // Plot options hold functions (toEqual finds them different though they read the same): compared as text.
    const text = (set: ReturnType<typeof buildChartSet>) =>
      JSON.stringify(set, (_k, v: unknown) => (typeof v === 'function' ? String(v) : v));
    expect(text(buildChartSet(again, 'vi'))).toBe(text(buildChartSet(fresh, 'vi')));
  });

  it('gives another data set its own figures', () => {
    const data = chartDataSet();
    const other = chartDataSet({ seed: 7 });
    const a = buildChartContext(data, { year: 2024 });
    const b = buildChartContext(other, { year: 2024 });
    expect(b.history[5]).not.toBe(a.history[5]);
    expect(b.history).toEqual(buildChartContext(structuredClone(other), { year: 2024 }).history);
    expect(b.history).not.toEqual(a.history);
  });
});
