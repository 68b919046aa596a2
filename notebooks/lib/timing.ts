/**
 * Times the computing part of a redraw: each call is recorded as `performance.measure('chitieu:LABEL')`, which
 * the browser check (test/browser/explore.mjs) adds up after a change of year or area (the union of the measured
 * spans, so a measure inside another counts once) and prints beside the time of the whole redraw.
 *
 * What counts as computing, wherever a page does it: the cells a page wraps in {@link timed}; every chart built
 * for drawing (`chartsOf` in render.ts: the chart's data preparation and its spec); the chart data that
 * `buildChartInputs` prepares on first read (`inputs.compared`, `inputs.funnels`...: this module sets the core's
 * preparation timer when it loads); and the helpers of `notebooks/lib` that compute (coverage note, early control
 * chart, safe-units comparison). Drawing (Vega, Plot, the DOM) is not computing.
 */
import { setPreparationTimer } from '../../src/core/charts/preparation-timer.ts';

/** Runs `compute`, records how long it took, and returns its result. */
export function timed<T>(label: string, compute: () => T): T {
  const start = performance.now();
  try {
    return compute();
  } finally {
    performance.measure(`chitieu:${label}`, { start, end: performance.now() });
  }
}

setPreparationTimer(timed);
