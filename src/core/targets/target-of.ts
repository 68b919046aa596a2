import type { Target } from '../types.ts';
import { pathThreshold } from './path-threshold.ts';
import type { TargetSet, TargetSpec } from './target-set.ts';

/**
 * A set's target for an indicator, as a result carries it: the threshold of the year (a path target's
 * line), the document with its clause, its years in force and whether the year is after them (expired:
 * the verdict is still given, for comparison, and every reader says so).
 *
 * Source: CONTRACT.md ("Targets carry their document"); TARGETS.md reading rules.
 *
 * @example targetOf(programme20212025, programme20212025.targets.clearance_rate, 2026).expired // => true
 */
export function targetOf(set: TargetSet, spec: TargetSpec, year?: number): Target {
  const path =
    spec.milestones && spec.milestones.length > 0 && year !== undefined ? pathThreshold(spec.milestones, year) : null;
  const target: Target = {
    comparator: spec.comparator,
    threshold: path ? path.threshold : spec.threshold,
    deadline_year: spec.deadline_year,
    set: set.id,
    source: spec.clause ? `${set.source}, ${spec.clause}` : set.source,
  };
  if (set.in_force) {
    const [from, to] = set.in_force;
    target.in_force = [from, to];
    target.expired = year !== undefined && to !== null && year > to;
  }
  if (path) {
    target.interpolated = path.interpolated;
    target.milestones = [...(spec.milestones ?? [])].sort((a, b) => a.year - b.year).map((m) => ({ ...m }));
  }
  return target;
}
