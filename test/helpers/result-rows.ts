import { indicatorList } from '../../src/core/indicators/registry.ts';

/**
 * How many result rows a report has, derived from the registry: one headline row per indicator (unless it
 * is reported per breakdown value only) plus one row per breakdown value. Tests count with this, never a
 * number written by hand, so that adding an indicator touches no test's count.
 */
export function resultRowsPerReport(): number {
  return indicatorList().reduce(
    (n, d) => n + (d.breakdown?.withHeadline === false ? 0 : 1) + (d.breakdown?.values.length ?? 0),
    0,
  );
}
