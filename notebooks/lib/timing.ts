/**
 * Times the computing part of a redraw: each call is recorded as `performance.measure('chitieu:LABEL')`, which
 * the browser check (test/browser/explore.mjs) sums after a change of year or area and prints beside the time
 * of the whole redraw.
 */

/** Runs `compute`, records how long it took, and returns its result. */
export function timed<T>(label: string, compute: () => T): T {
  const start = performance.now();
  try {
    return compute();
  } finally {
    performance.measure(`chitieu:${label}`, { start, end: performance.now() });
  }
}
