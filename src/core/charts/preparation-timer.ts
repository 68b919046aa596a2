/**
 * How the chart data prepared on first read are timed. {@link buildChartInputs} prepares some of a chart's data
 * only when a page first reads it (`inputs.compared`, `inputs.funnels`, `inputs.areaHistory`...), often in a
 * cell that draws; a page that measures its computing (the notebooks, `notebooks/lib/timing.ts`) sets a timer
 * here so that this preparation is counted as computing wherever it happens. By default nothing is timed and
 * {@link prepared} only runs `make`: the command line and the tests see no difference.
 */

/** A timer: runs `make` and returns its result, recording how long it took under `label`. */
export type PreparationTimer = <T>(label: string, make: () => T) => T;

const untimed: PreparationTimer = (_label, make) => make();
let timer: PreparationTimer = untimed;

/**
 * Sets the timer of every later preparation; `null` sets back the default (no timing).
 *
 * @example setPreparationTimer(null); prepared('x', () => 1) // => 1
 */
export function setPreparationTimer(next: PreparationTimer | null): void {
  timer = next ?? untimed;
}

/**
 * Runs a preparation through the timer set by {@link setPreparationTimer} and returns its result unchanged.
 *
 * @example prepared('inputs:compared', () => [1, 2]).length // => 2
 */
export function prepared<T>(label: string, make: () => T): T {
  return timer(label, make);
}
