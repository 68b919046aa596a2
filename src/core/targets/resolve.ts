import type { IndicatorId } from '../indicators/definition.ts';
import { INDICATOR_IDS } from '../indicators/registry.ts';
import type { Target } from '../types.ts';
import type { TargetSet } from './target-set.ts';
import { TARGET_SETS } from './registry.ts';
import { targetOf } from './target-of.ts';
import { inForceTargets } from './in-force.ts';

/**
 * Resolves a target set into one target per indicator for a year. A document set follows `extends` (a set
 * names its parent by id, looked up among `known` and the built-in sets); each target records the set
 * that gave it, its years in force and whether the year is past them. The `in-force` set picks, per
 * indicator, the document in force in the year ({@link inForceTargets}).
 *
 * @throws Error when a set extends an unknown set or the chain loops.
 * @example resolveTargets(national).clearance_rate?.threshold // => 0.75
 */
export function resolveTargets(
  set: TargetSet,
  known: Readonly<Record<string, TargetSet>> = TARGET_SETS,
  year?: number,
): Record<IndicatorId, Target | null> {
  if (set.kind === 'documents-in-force') {
    if (year === undefined) throw new Error(`target set "${set.id}" needs a year`);
    return inForceTargets(year);
  }
  const chain: TargetSet[] = [];
  const seen = new Set<string>();
  let current: TargetSet | undefined = set;
  while (current) {
    if (seen.has(current.id)) throw new Error(`target set "${current.id}" extends itself`);
    seen.add(current.id);
    chain.push(current);
    if (current.extends === undefined) break;
    const parent: TargetSet | undefined = known[current.extends] ?? TARGET_SETS[current.extends];
    if (!parent) throw new Error(`target set "${current.id}" extends unknown set "${current.extends}"`);
    current = parent;
  }
  // A set extending `in-force` (a user's file, by default) leaves the rest to the documents in force.
  const rest = chain.some((c) => c.kind === 'documents-in-force') && year !== undefined ? inForceTargets(year) : null;
  const out = {} as Record<IndicatorId, Target | null>;
  for (const id of INDICATOR_IDS) {
    const from = chain.find((s) => s.targets[id] !== undefined);
    const spec = from?.targets[id];
    out[id] = from && spec ? targetOf(from, spec, year) : (rest?.[id] ?? null);
  }
  return out;
}
