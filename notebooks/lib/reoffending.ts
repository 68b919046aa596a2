/**
 * Reoffending by release type and cohort: for each cohort year (the year persons were released) and
 * release type, reoffended / released with its Wilson 95 % interval, summed over an area's leaves.
 * The indicator `reoffending_rate` is the same ratio over all release types (CONTRACT.md).
 */
import { areaAndDescendants } from '../../src/core/areas/tree.ts';
import { wilson } from '../../src/core/stats/wilson.ts';
import { RELEASE_TYPES, type DataSet, type ReleaseType } from '../../src/core/types.ts';

export interface ReoffendingCell {
  cohortYear: number;
  /** A release type, or `all` for every type together. */
  releaseType: ReleaseType | 'all';
  released: number;
  reoffended: number;
  /** reoffended / released; null when nobody was released. */
  rate: number | null;
  ci95: [number, number] | null;
  /** Shortest and longest follow-up of the rows summed, months (a cohort followed for less is not comparable). */
  followUp: [number, number] | null;
}

/**
 * One cell per cohort year and release type (and `all`), under an area.
 *
 * @example reoffendingByReleaseType(data, '42').filter((c) => c.releaseType === 'all').length // => cohort years
 */
export function reoffendingByReleaseType(data: DataSet, area: string): ReoffendingCell[] {
  const codes = areaAndDescendants(data.areas, area);
  const cells = new Map<string, ReoffendingCell>();
  const add = (
    cohortYear: number,
    releaseType: ReoffendingCell['releaseType'],
    released: number,
    reoffended: number,
    months: number,
  ) => {
    const key = `${cohortYear}:${releaseType}`;
    const cell = cells.get(key) ?? {
      cohortYear,
      releaseType,
      released: 0,
      reoffended: 0,
      rate: null,
      ci95: null,
      followUp: null,
    };
    cell.released += released;
    cell.reoffended += reoffended;
    cell.followUp = cell.followUp
      ? [Math.min(cell.followUp[0], months), Math.max(cell.followUp[1], months)]
      : [months, months];
    cells.set(key, cell);
  };
  for (const r of data.reoffending) {
    if (!codes.has(r.area_code)) continue;
    add(r.cohort_year, r.release_type, r.released, r.reoffended, r.follow_up_months);
    add(r.cohort_year, 'all', r.released, r.reoffended, r.follow_up_months);
  }
  const order: ReoffendingCell['releaseType'][] = ['all', ...RELEASE_TYPES];
  return [...cells.values()]
    .map((c) => ({
      ...c,
      rate: c.released > 0 ? c.reoffended / c.released : null,
      ci95: wilson(c.reoffended, c.released),
    }))
    .sort((a, b) => a.cohortYear - b.cohortYear || order.indexOf(a.releaseType) - order.indexOf(b.releaseType));
}
