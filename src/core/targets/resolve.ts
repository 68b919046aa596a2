import type { IndicatorId } from '../indicators/definition.ts';
import { INDICATOR_IDS } from '../indicators/definition.ts';
import type { Target } from '../types.ts';
import type { TargetSet } from './target-set.ts';
import { TARGET_SETS } from './registry.ts';

/**
 * Resolves a target set into one target per indicator, following `extends` (a set names its parent by id;
 * the parent is looked up among `known` and the built-in sets). Each target records the set that gave it.
 *
 * @throws Error when a set extends an unknown set or the chain loops.
 * @example resolveTargets(national).clearance_rate?.threshold // => 0.75
 */
export function resolveTargets(
  set: TargetSet,
  known: Readonly<Record<string, TargetSet>> = TARGET_SETS,
): Record<IndicatorId, Target | null> {
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
  const out = {} as Record<IndicatorId, Target | null>;
  for (const id of INDICATOR_IDS) {
    const from = chain.find((s) => s.targets[id] !== undefined);
    const spec = from?.targets[id];
    out[id] = from && spec ? { ...spec, set: from.id, source: from.source } : null;
  }
  return out;
}
