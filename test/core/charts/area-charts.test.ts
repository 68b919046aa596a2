/**
 * The area charts (funnel, dots, heat map) and the control chart as a leader reads them (bundled data, seed
 * 2084): one line under the title, methods in the note under the drawing, every area outside the funnel named
 * with no label over a line, the dots in order of rate, and figures over part of a year with their months.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { areaDotsChart } from '../../../src/core/charts/area-dots.ts';
import { areaFunnelChart } from '../../../src/core/charts/area-funnel.ts';
import { areaHeatmapChart } from '../../../src/core/charts/area-heatmap.ts';
import { areaShortName } from '../../../src/core/charts/areas.ts';
import type { PlotChart, VegaLiteChart } from '../../../src/core/charts/chart.ts';
import { crimeControlChart } from '../../../src/core/charts/crime-control.ts';
import { AREA_RATE_IDS, buildChartInputs, headline, type ChartInputs } from '../../../src/core/charts/inputs.ts';
import { segmentHitsBox, type Segment } from '../../../src/core/charts/labels.ts';
import { textWidth } from '../../../src/core/charts/text-width.ts';
import { FONT_SIZE } from '../../../src/core/charts/theme.ts';
import type { DataSet } from '../../../src/core/types.ts';
import { loadDataFolder } from '../../../src/node/io/load.ts';
import { renderSvg } from '../../../src/node/render/export-charts.ts';
import { chartDataSet } from './fixture.ts';

let data: DataSet;
const inputs: Record<number, ChartInputs> = {};
beforeAll(async () => {
  const loaded = await loadDataFolder('data');
  if (!loaded.ok) throw new Error('the bundled data do not load');
  data = loaded.data;
  for (const year of [2024, 2025, 2026]) inputs[year] = buildChartInputs(data, { year });
});

/** The data of a Plot chart's marks of one type (its constructor name), mark by mark. */
function markData(chart: PlotChart, type: string): Record<string, unknown>[][] {
  const marks = (chart.options as { marks: unknown[] }).marks.flat(Infinity as 1) as {
    constructor: { name: string };
    data?: unknown;
  }[];
  return marks
    .filter((m) => m?.constructor?.name === type)
    .map((m) => [...(m.data as Iterable<Record<string, unknown>>)]);
}

const plot = (chart: unknown): PlotChart => {
  if (!chart || typeof chart !== 'object' || !('options' in chart)) throw new Error('the chart was skipped');
  return chart as PlotChart;
};

const CASES = [2025, 2026].flatMap((year) =>
  AREA_RATE_IDS.flatMap((id) => (['vi', 'en'] as const).map((lang) => ({ year, id, lang }))),
);

describe('the funnel plot', () => {
  it('has a one-line subtitle (the whole area, the target, what lies outside) and its methods in the note', () => {
    for (const { year, id, lang } of CASES) {
      const chart = plot(areaFunnelChart(inputs[year]!, id, lang));
      const where = `${year} ${id} ${lang}`;
      expect(chart.texts.subtitle, where).toHaveLength(1);
      expect(chart.texts.subtitle[0], where).not.toMatch(/Spiegelhalter|φ|nhị thức|binomial|99[.,]8/);
      expect(chart.texts.note.join(' '), where).toContain('Spiegelhalter 2005');
      expect(chart.texts.subtitle[0], where).toMatch(
        lang === 'vi' ? /^Toàn tỉnh \d+,\d %, mục tiêu / : /^Province \d+\.\d%, target /,
      );
    }
  });

  it('names every area outside the 95 % limits on the chart, none of them over a limit line, the target line or another label', () => {
    let named = 0;
    for (const { year, id, lang } of CASES) {
      const where = `${year} ${id} ${lang}`;
      const chart = plot(areaFunnelChart(inputs[year]!, id, lang));
      const funnel = inputs[year]!.funnels[id]!;
      const labels = markData(chart, 'Text').slice(1).flat() as unknown as {
        x: number;
        y: number;
        text: string;
        anchor: string;
      }[];
      for (const a of funnel.areas.filter((x) => x.at95 !== 'inside')) {
        expect(labels.map((l) => l.text).join(', '), where).toContain(areaShortName(a.area, lang));
        named++;
      }
      expect(chart.texts.note.join(' '), where).not.toMatch(/chưa ghi được tên|not named on the chart/);
      // the chart's scales, in pixels (fixed domains), and every line it draws
      const o = chart.options as unknown as {
        marginTop: number;
        marginBottom: number;
        marginLeft: number;
        marginRight: number;
        width: number;
        height: number;
        x: { domain: number[] };
        y: { domain: number[] };
      };
      const height = o.height - o.marginTop - o.marginBottom;
      const toX = (n: number) => o.marginLeft + (n / o.x.domain[1]!) * (o.width - o.marginLeft - o.marginRight);
      const toY = (v: number) => o.marginTop + ((o.y.domain[1]! - v) / (o.y.domain[1]! - o.y.domain[0]!)) * height;
      const lines: Segment[] = [{ x1: toX(0), y1: toY(funnel.p0), x2: toX(o.x.domain[1]!), y2: toY(funnel.p0) }];
      for (const key of ['lower95', 'upper95', 'lower998', 'upper998'] as const) {
        for (const method of ['exact', 'normal'] as const) {
          const run = funnel.curve.filter((c) => c.n >= 1 && c.method === method);
          for (let i = 1; i < run.length; i++) {
            const [a, b] = [run[i - 1]!, run[i]!];
            const mid = method === 'exact' ? (a.n + b.n) / 2 : b.n;
            lines.push(
              { x1: toX(a.n), y1: toY(a[key]), x2: toX(mid), y2: toY(method === 'exact' ? a[key] : b[key]) },
              { x1: toX(mid), y1: toY(a[key]), x2: toX(mid), y2: toY(b[key]) },
              { x1: toX(mid), y1: toY(b[key]), x2: toX(b.n), y2: toY(b[key]) },
            );
          }
        }
      }
      const boxes = labels.map((l) => {
        const w = textWidth(l.text, FONT_SIZE.small);
        const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
        return { x0, x1: x0 + w, y0: l.y - FONT_SIZE.small / 2, y1: l.y + FONT_SIZE.small / 2 };
      });
      for (const [i, box] of boxes.entries()) {
        expect(
          lines.some((s) => segmentHitsBox(s, box)),
          `${where}: "${labels[i]!.text}" over a line`,
        ).toBe(false);
        for (const other of boxes.slice(i + 1)) {
          expect(
            box.x0 < other.x1 && other.x0 < box.x1 && box.y0 < other.y1 && other.y0 < box.y1,
            `${where}: labels overlap`,
          ).toBe(false);
        }
      }
    }
    expect(named).toBeGreaterThan(10); // the test looked at areas, not at empty charts
  });

  it('says when no area lies outside the funnel, rather than naming none in silence', () => {
    const chart = plot(areaFunnelChart(inputs[2025]!, 'clearance_rate', 'vi'));
    expect(inputs[2025]!.funnels.clearance_rate!.areas.every((a) => a.at95 === 'inside')).toBe(true);
    expect(chart.texts.subtitle[0]).toContain('Mọi địa bàn nằm trong phễu');
  });
});

describe('the dot plot', () => {
  it('sets the areas in order of rate, highest first (not alphabetically), with a one-line subtitle', () => {
    for (const { year, id, lang } of CASES) {
      const chart = plot(areaDotsChart(inputs[year]!, id, lang));
      const rows = markData(chart, 'Text')[0] as { column: number; row: number; value: number; name: string }[];
      const values = [...rows].sort((a, b) => a.column - b.column || a.row - b.row).map((r) => r.value);
      expect(values, `${year} ${id}`).toEqual([...values].sort((a, b) => b - a));
      const names = [...rows].sort((a, b) => a.column - b.column || a.row - b.row).map((r) => r.name);
      expect(names).not.toEqual([...names].sort((a, b) => a.localeCompare(b, lang)));
      expect(chart.texts.subtitle, `${year} ${id} ${lang}`).toHaveLength(1);
    }
  });
});

describe('figures over part of a year', () => {
  it('carry their months and a provisional verdict in the area charts of 2025 (communes from 1/7/2025)', async () => {
    const dots = plot(areaDotsChart(inputs[2025]!, 'reports_resolution_rate', 'vi'));
    expect(dots.texts.title).toBe('Tỉ lệ giải quyết tin báo, tố giác tội phạm theo địa bàn, tháng 7-12/2025');
    expect(dots.texts.note.join(' ')).toContain(
      'Các địa bàn lập ngày 1/7/2025 chỉ có số liệu 6 tháng (tháng 7-12/2025)',
    );
    expect(dots.texts.subtitle[0]).toMatch(/\(tạm tính\)\.$/);
    const svg = await renderSvg(dots); // the legend is drawn inside the SVG
    expect(svg).toContain('>Đạt (tạm tính)<');
    expect(svg).toContain('>Không đạt (tạm tính)<');
    const funnel = plot(areaFunnelChart(inputs[2025]!, 'reports_resolution_rate', 'en'));
    expect(funnel.texts.title).toBe('Share of crime reports resolved: areas compared, Jul–Dec 2025');
    expect(funnel.texts.subtitle[0]).toContain('Outside the funnel (provisional)');
    const heat = areaHeatmapChart(inputs[2025]!, 'clearance_rate', 'vi') as VegaLiteChart;
    expect(heat.texts.note.join(' ')).toContain('Cột 2025 T1-6, 2025 T7-12: số liệu chưa đủ 12 tháng');
  });

  it('say nothing of months in a whole year (2024)', () => {
    const dots = plot(areaDotsChart(inputs[2024]!, 'clearance_rate', 'vi'));
    expect(dots.texts.title).toBe('Tỉ lệ điều tra, khám phá án hình sự theo địa bàn, năm 2024');
    expect([...dots.texts.subtitle, ...dots.texts.note].join(' ')).not.toMatch(/tạm tính|tháng \d/);
  });

  it('put the months of an area of other months beside its name, in the dots and the funnel', () => {
    // a commune of the fixture set up on 1/10/2025 instead of 1/7/2025: 3 months where the others have 6
    const base = chartDataSet();
    const late = base.areas.find((a) => a.level === 'commune')!;
    const keep = (r: { area_code: string; year: number; month: number | null }) =>
      !(r.area_code === late.area_code && r.year === 2025 && (r.month ?? 12) < 10);
    const fixture: DataSet = {
      ...base,
      areas: base.areas.map((a) => (a === late ? { ...a, valid_from: '2025-10-01' } : a)),
      criminal_cases: base.criminal_cases.filter(keep),
      crime_reports: base.crime_reports.filter(keep),
      violations_detected: base.violations_detected.filter(keep),
    };
    const late2025 = buildChartInputs(fixture, { year: 2025 });
    const dots = plot(areaDotsChart(late2025, 'clearance_rate', 'vi'));
    const names = (markData(dots, 'Text')[0] as { name: string }[]).map((r) => r.name);
    expect(names).toContain(`${late.name_vi} 10-12/2025`);
    expect(names.filter((n) => /\d+-\d+\/2025$/.test(n))).toHaveLength(1); // the others' months are in the title
    expect(dots.texts.title).toContain('tháng 7-12/2025');
    expect(dots.texts.note.join(' ')).toContain('Tên kèm tháng');
    const funnel = plot(areaFunnelChart(late2025, 'clearance_rate', 'en'));
    const labels = markData(funnel, 'Text')
      .slice(1)
      .flat()
      .map((l) => l.text as string);
    expect(labels.some((l) => l.includes('Oct–Dec 2025'))).toBe(true);
  });
});

describe("the whole area's figure", () => {
  it("is the province's own over the months the areas cover, never the units summed (2025: reports carried over at the reform count once)", () => {
    const y = inputs[2025]!;
    const whole = y.wholeArea.reports_resolution_rate!;
    // by hand from the rows: months 7-12 of 2025, the stock carried over into month 7 once
    const rows = data.crime_reports.filter((r) => r.year === 2025 && r.month !== null && r.month >= 7);
    const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + pick(r), 0);
    const denominator = sum((r) => (r.month === 7 ? r.carried_over : 0) + r.accepted - r.transferred);
    expect(whole.numerator).toBe(sum((r) => r.resolved));
    expect(whole.denominator).toBe(denominator);
    expect(whole.inputs.months).toEqual([7, 8, 9, 10, 11, 12]);
    // the district and commune units of 2025 summed count the handed-over stock twice
    const unitsSummed = y.areaHistory.reduce(
      (s, h) =>
        s +
        (h.reports
          .filter((r) => r.year === 2025)
          .map((r) => headline(r, 'reports_resolution_rate')?.denominator ?? 0)[0] ?? 0),
      0,
    );
    expect(unitsSummed).toBe(1728);
    expect(headline(y.report, 'reports_resolution_rate')?.denominator).toBe(1597);
    const chart = plot(areaFunnelChart(y, 'reports_resolution_rate', 'vi'));
    expect(chart.texts.subtitle[0]).toContain(
      `Toàn tỉnh ${((whole.value as number) * 100).toFixed(1).replace('.', ',')} %`,
    );
    // a whole year: the area's own headline
    expect(inputs[2026]!.wholeArea.clearance_rate?.denominator).toBe(
      headline(inputs[2026]!.report, 'clearance_rate')?.denominator,
    );
  });
});

describe('the control chart', () => {
  it('runs to the last month with data (10/2026), says its finding in one line and its method in the note', () => {
    const y = inputs[2026]!;
    expect(y.control?.months.at(-1)).toEqual({ year: 2026, month: 10, count: expect.any(Number) });
    for (const lang of ['vi', 'en'] as const) {
      const chart = crimeControlChart(y, lang) as VegaLiteChart;
      expect(chart.texts.subtitle).toHaveLength(1);
      expect(chart.texts.subtitle[0]).toContain(lang === 'vi' ? 'tháng 1/2021 - 10/2026' : 'Jan 2021–Oct 2026');
      expect(chart.texts.subtitle[0]).not.toMatch(/Making Data Count|2[.,]66/);
      expect(chart.texts.note.join(' ')).toMatch(/Making Data Count/);
    }
  });
});
