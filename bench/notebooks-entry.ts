// The computing side of `bench/notebooks.mjs`, bundled by that script with esbuild into bench/.work/: each page's
// cells replayed in Node, on the bundled data/, with the same calls in the same order as the page makes them
// (the chart builds included, drawing left out), so that a change of year or area costs what it costs in the
// page. Each step's CPU time (process.cpuUsage) and wall time are returned, per page and change. Between changes,
// each page's idle work (its `prefetchYears` call, notebooks/lib/prefetch.ts) runs as in the browser, not counted.
import { describeAreaBasis } from '../src/core/areas/describe-area-basis.ts';
import { rootArea } from '../src/core/areas/tree.ts';
import { sharedAssessment } from '../src/core/analysis/shared-assessment.ts';
import { reportingCoverage } from '../src/core/analysis/reporting-coverage.ts';
import { CHARTS } from '../src/core/charts/chart-set.ts';
import { CONTROL_BASELINE_YEAR } from '../src/core/charts/crime-control-data.ts';
import { comparedAreas } from '../src/core/charts/compared-areas.ts';
import { buildChartInputs, type ChartInputs } from '../src/core/charts/inputs.ts';
import type { AreaRateId } from '../src/core/charts/inputs.ts';
import type { ChartDefinition } from '../src/core/charts/chart.ts';
import type { IndicatorId } from '../src/core/indicators/definition.ts';
import { UNIT_TYPES, type DataSet } from '../src/core/types.ts';
import { areaSeries } from '../src/core/areas/area-series.ts';
import { perDataSet } from '../src/core/memo/per-data-set.ts';
import { dataYears } from '../src/core/periods/data-years.ts';
import { crimePath } from '../notebooks/lib/crime-path.ts';
import { earlyControl } from '../notebooks/lib/early-control.ts';
import { reoffendingByReleaseType } from '../notebooks/lib/reoffending.ts';
import { compareShares, comparisonGap, safeUnitsByYear } from '../notebooks/lib/safe-units.ts';
import { defaultYear } from '../notebooks/lib/controls.ts';
import { formatProblem, loadDataFolder } from '../src/node/io/load.ts';

export interface Step {
  label: string;
  cpuMs: number;
  wallMs: number;
}

/** A page's state: what its controls show. */
export interface State {
  year: number;
  area: string;
}

type Run = <T>(label: string, compute: () => T) => T;

/** notebooks/lib/across-reform.ts's seriesOf (that module loads fonts through vite, so it is not imported here). */
const seriesOf = (data: DataSet, area: string, choice: { id: IndicatorId; breakdown: Record<string, string> }) =>
  perDataSet(data, `notebook-series|${area}|${choice.id}|${JSON.stringify(choice.breakdown)}`, () =>
    areaSeries(data, { area, indicatorId: choice.id, breakdown: choice.breakdown }),
  );

const build = (run: Run, def: ChartDefinition, inputs: ChartInputs, variants = def.variants) =>
  run(`chart:${def.id}`, () => variants.map((v) => def.build(inputs, v as IndicatorId | null, 'vi')));

const basis = (run: Run, data: DataSet, s: State) =>
  run('area-basis', () => (rootArea(data.areas).area_code === s.area ? null : describeAreaBasis(data, s.area, s.year)));

/** Each page's cells that compute, in the page's order. */
export const PAGES: Record<string, (run: Run, data: DataSet, s: State) => void> = {
  'overview.html': (run, data, s) => {
    basis(run, data, s);
    const inputs = run('chart-inputs', () => buildChartInputs(data, { year: s.year, area: s.area }));
    build(run, CHARTS.scorecard as ChartDefinition, inputs);
    build(run, CHARTS.violations_by_field as ChartDefinition, inputs);
    run('coverage-note', () => {
      const months = inputs.report.results.find((r) => r.id === 'clearance_rate')?.inputs.months ?? [];
      return reportingCoverage(data, s.year, s.area, months);
    });
    run('assessed', () => sharedAssessment(data, { year: s.year, area: s.area }));
    run('area-basis-json', () =>
      rootArea(data.areas).area_code === s.area ? null : describeAreaBasis(data, s.area, s.year),
    );
  },
  'criminal-cases.html': (run, data, s) => {
    basis(run, data, s);
    const inputs = run('chart-inputs', () => buildChartInputs(data, { year: s.year, area: s.area }));
    run('crime-path', () => crimePath(inputs));
    build(run, CHARTS.crime_baseline as ChartDefinition, inputs);
    build(run, CHARTS.crime_control as ChartDefinition, inputs);
    if (s.year < CONTROL_BASELINE_YEAR) run('early-control', () => earlyControl(data, s.area, s.year));
    build(run, CHARTS.cyber_crime_trend as ChartDefinition, inputs);
    const root = rootArea(data.areas).area_code;
    run('series', () =>
      [s.area, ...(root !== s.area ? [root] : [])].map((code) =>
        seriesOf(data, code, { id: 'crime_change_vs_baseline', breakdown: {} }),
      ),
    );
  },
  'reports-clearance.html': (run, data, s) => {
    const rate: AreaRateId = 'clearance_rate';
    basis(run, data, s);
    const inputs = run('chart-inputs', () => buildChartInputs(data, { year: s.year, area: s.area }));
    build(run, CHARTS.rate_trend as ChartDefinition, inputs, [
      'reports_resolution_rate',
      'clearance_rate',
      'clearance_rate_very_serious',
    ]);
    run('inputs.compared', () => inputs.compared.length);
    run('inputs.funnels', () => inputs.funnels[rate]?.phi);
    if (inputs.compared.length > 0) {
      build(run, CHARTS.area_funnel as ChartDefinition, inputs, [rate]);
      build(run, CHARTS.area_dots as ChartDefinition, inputs, [rate]);
    }
    run('inputs.areaHistory', () => inputs.areaHistory.length);
    if (inputs.areaHistory.length > 0) build(run, CHARTS.area_heatmap as ChartDefinition, inputs, [rate]);
    run('series', () => seriesOf(data, s.area, { id: rate, breakdown: {} }));
  },
  'reoffending.html': (run, data, s) => {
    basis(run, data, s);
    const inputs = run('chart-inputs', () => buildChartInputs(data, { year: s.year, area: s.area }));
    run('reoffending-cells', () => reoffendingByReleaseType(data, s.area).filter((c) => c.cohortYear <= s.year));
    build(run, CHARTS.rate_trend as ChartDefinition, inputs, ['reoffending_rate']);
    run('series', () => seriesOf(data, s.area, { id: 'reoffending_rate', breakdown: {} }));
  },
  'safe-units.html': (run, data, s) => {
    basis(run, data, s);
    const inputs = run('chart-inputs', () => buildChartInputs(data, { year: s.year, area: s.area }));
    const cells = run('safe-units-cells', () => safeUnitsByYear(data, s.area).filter((c) => c.year <= s.year));
    run('comparisons', () => UNIT_TYPES.map((t) => compareShares(cells, t, 2021, s.year)));
    run('gaps', () => UNIT_TYPES.map((t) => comparisonGap(data, cells, t, 2021, s.year, s.area)));
    build(run, CHARTS.rate_trend as ChartDefinition, inputs, ['safe_communes_share', 'safe_organisations_share']);
    build(run, CHARTS.drug_free_path as ChartDefinition, inputs);
    run('series', () => seriesOf(data, s.area, { id: 'drug_free_communes_share', breakdown: {} }));
    run('series', () => seriesOf(data, s.area, { id: 'safe_communes_share', breakdown: {} }));
  },
};

/**
 * Each page's idle work after a redraw: the work of its `prefetchYears(dataYears(data), year, ...)` cell for every
 * other year, nearest first (in the browser, one year per idle period while the check waits 600 ms for the page to
 * settle; here all of them).
 */
export const PREFETCH: Record<string, (data: DataSet, s: State) => void> = {
  'overview.html': (data, s) =>
    otherYears(data, s.year).forEach((y) => {
      sharedAssessment(data, { year: y, area: s.area });
      buildChartInputs(data, { year: y, area: s.area });
    }),
  'criminal-cases.html': (data, s) =>
    otherYears(data, s.year).forEach((y) => buildChartInputs(data, { year: y, area: s.area })),
  'reports-clearance.html': (data, s) =>
    otherYears(data, s.year).forEach((y) => comparedAreas(buildChartInputs(data, { year: y, area: s.area }))),
  'reoffending.html': (data, s) =>
    otherYears(data, s.year).forEach((y) => buildChartInputs(data, { year: y, area: s.area })),
  'safe-units.html': (data, s) =>
    otherYears(data, s.year).forEach((y) => buildChartInputs(data, { year: y, area: s.area })),
};

/** The data's years but `shown`, nearest first (prefetchYears' order). */
function otherYears(data: DataSet, shown: number): number[] {
  return dataYears(data)
    .filter((y) => y !== shown)
    .sort((a, b) => Math.abs(a - shown) - Math.abs(b - shown) || b - a);
}

/** The changes the browser check makes, page by page, from the page's opening state. */
export function walks(data: DataSet): { page: string; changes: { change: string; state: Partial<State> }[] }[] {
  const years = ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'];
  void data;
  return [
    {
      page: 'overview.html',
      changes: [
        { change: 'year 2019', state: { year: 2019 } },
        { change: 'area 443', state: { area: '443' } },
        { change: 'year 2026, area 443', state: { year: 2026 } },
      ],
    },
    {
      page: 'criminal-cases.html',
      changes: [
        { change: 'area 443', state: { area: '443' } },
        ...years.map((y) => ({ change: `year ${y} (area 443)`, state: { year: Number(y) } })),
      ],
    },
    ...['reports-clearance.html', 'reoffending.html', 'safe-units.html'].map((page) => ({
      page,
      changes: [
        { change: 'year 2026', state: { year: 2026 } },
        { change: 'area 436', state: { area: '436' } },
      ],
    })),
  ];
}

/** Loads a data folder. */
export async function load(dir: string): Promise<DataSet> {
  const loaded = await loadDataFolder(dir);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => formatProblem(p)).join('\n'));
  return loaded.data;
}

/**
 * Replays every page's walk on a freshly loaded data set (so memos keyed by the data set start cold, as in a
 * page that just opened): the opening state first (not reported), then each change, its steps timed; after each
 * state the page's idle work ({@link PREFETCH}, not timed) unless `prefetch` is false.
 */
export async function replay(
  dir: string,
  only?: string,
  prefetch = true,
): Promise<{ page: string; change: string; cpuMs: number; wallMs: number; steps: Step[] }[]> {
  const out = [];
  for (const walk of walks(await load(dir))) {
    if (only && walk.page !== only) continue;
    const data = await load(dir);
    const root = rootArea(data.areas).area_code;
    let state: State = { year: defaultYear(data), area: root };
    const quiet: Run = (_label, compute) => compute();
    PAGES[walk.page]!(quiet, data, state);
    if (prefetch) PREFETCH[walk.page]!(data, state);
    for (const c of walk.changes) {
      state = { ...state, ...c.state };
      const steps: Step[] = [];
      const run: Run = (label, compute) => {
        const cpu = process.cpuUsage();
        const wall = performance.now();
        try {
          return compute();
        } finally {
          const used = process.cpuUsage(cpu);
          steps.push({ label, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - wall });
        }
      };
      PAGES[walk.page]!(run, data, state);
      out.push({
        page: walk.page,
        change: c.change,
        cpuMs: steps.reduce((s, x) => s + x.cpuMs, 0),
        wallMs: steps.reduce((s, x) => s + x.wallMs, 0),
        steps,
      });
      if (prefetch) PREFETCH[walk.page]!(data, state);
    }
  }
  return out;
}
