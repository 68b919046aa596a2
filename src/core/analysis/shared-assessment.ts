import { rootArea } from '../areas/tree.ts';
import { identityKey, perDataSet } from '../memo/per-data-set.ts';
import { DEFAULT_TARGET_SET, TARGET_SETS } from '../targets/registry.ts';
import type { TargetSet } from '../targets/target-set.ts';
import type { DataSet } from '../types.ts';
import { assessedIndicators, type AssessedReport } from './assess-report.ts';

/**
 * {@link assessedIndicators} for one whole year, area and target set, computed once per data set and shared
 * ({@link perDataSet}): the overview notebook shows it for the year and area picked, and works out the other years
 * while the browser is idle, so that going back to a year, or on to the next, finds it made. Equal to
 * `assessedIndicators(data, options)` (the figures of `chitieu indicators --json`); callers must not change it.
 * A target set is told apart by identity (`identityKey`): the same set object shares, another object does not.
 *
 * @throws Error when the area code is not in `areas.csv`.
 * @example sharedAssessment(data, { year: 2024 }) === sharedAssessment(data, { year: 2024 }) // => true
 */
export function sharedAssessment(
  data: DataSet,
  options: { year: number; area?: string; targets?: TargetSet },
): AssessedReport {
  const area = options.area ?? rootArea(data.areas).area_code;
  const targets = options.targets ?? (TARGET_SETS[DEFAULT_TARGET_SET] as TargetSet);
  return perDataSet(data, `assessment|${identityKey(targets)}|${area}|${options.year}`, () =>
    assessedIndicators(data, { year: options.year, area, targets }),
  );
}
