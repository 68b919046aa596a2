/**
 * The choices the notebooks offer (years, areas, target sets), computed from the data. Cells turn them
 * into inputs with @observablehq/inputs; the helpers stay free of any UI library so they can be tested.
 */
import type { Lang } from '../../src/core/messages/lang.ts';
import { conventionOf } from '../../src/core/periods/of-data.ts';
import { periodRange } from '../../src/core/periods/period-range.ts';
import { DEFAULT_TARGET_SET, TARGET_SETS } from '../../src/core/targets/registry.ts';
import type { TargetSet } from '../../src/core/targets/target-set.ts';
import type { DataSet } from '../../src/core/types.ts';

/** Every year any table has a row for, ascending. */
export function dataYears(data: DataSet): number[] {
  const years = new Set<number>();
  for (const t of [
    data.criminal_cases,
    data.crime_reports,
    data.violations_detected,
    data.corruption_assets,
    data.judicial_violations,
    data.safe_units,
  ] as readonly { year: number }[][]) {
    for (const r of t) years.add(r.year);
  }
  for (const r of data.reoffending) years.add(r.cohort_year);
  return [...years].sort((a, b) => a - b);
}

/**
 * The year a notebook opens on: the last year the data cover whole (its statistical year ends on or
 * before the cut-off), else the last year with rows.
 */
export function defaultYear(data: DataSet): number {
  const years = dataYears(data);
  const last = years[years.length - 1];
  if (last === undefined) throw new Error('no rows in any table / không có dòng số liệu nào');
  const cutoff = data.meta.cutoff;
  if (cutoff === null) return last;
  const convention = conventionOf(data.meta);
  const whole = years.filter((y) => periodRange(convention, y).end <= cutoff);
  return whole[whole.length - 1] ?? last;
}

/** The built-in target sets, the default first, with their titles. */
export function targetSetChoices(lang: Lang = 'vi'): { id: string; label: string; set: TargetSet }[] {
  const ids = [DEFAULT_TARGET_SET, ...Object.keys(TARGET_SETS).filter((id) => id !== DEFAULT_TARGET_SET)];
  return ids.map((id) => {
    const set = TARGET_SETS[id] as TargetSet;
    return { id, label: set.title[lang], set };
  });
}
