import type { IndicatorId } from '../indicators/definition.ts';
import { INDICATOR_IDS } from '../indicators/registry.ts';
import type { Target } from '../types.ts';
import { TARGET_DOCUMENTS } from './documents.ts';
import { targetOf } from './target-of.ts';
import type { TargetSet } from './target-set.ts';

/**
 * The default target set: not a document, the rule that picks for each year and indicator the target of
 * the document in force that year ({@link inForceTargets}).
 */
export const inForce: TargetSet = {
  id: 'in-force',
  kind: 'documents-in-force',
  title: {
    vi: 'Chỉ tiêu của các văn bản còn hiệu lực trong từng năm',
    en: 'Targets of the documents in force each year',
  },
  short: { vi: 'Văn bản còn hiệu lực', en: 'Documents in force' },
  source: 'Văn bản còn hiệu lực trong năm báo cáo: tỉnh trước trung ương, văn bản sau trước văn bản trước (TARGETS.md)',
  targets: {},
};

const isInForce = (doc: TargetSet, year: number) =>
  doc.in_force === undefined || (doc.in_force[0] <= year && (doc.in_force[1] === null || year <= doc.in_force[1]));

/** Provincial before national, then the later document before the earlier. */
const precedence = (a: TargetSet, b: TargetSet) =>
  (a.level === 'provincial' ? 0 : 1) - (b.level === 'provincial' ? 0 : 1) ||
  (b.in_force?.[0] ?? 0) - (a.in_force?.[0] ?? 0);

/**
 * For year Y and each indicator, the target of the document in force in Y: among the documents with a
 * target for the indicator and in force in Y, a provincial one before a national one, the later before
 * the earlier. When none is in force but one has expired, the most recently expired (its verdict given
 * for comparison, `expired: true`); when none has begun yet, none (`no_target`).
 *
 * Source: TARGETS.md reading rules; issue [L] ("provincial before national; the later document before the
 * earlier").
 *
 * @example inForceTargets(2026).clearance_rate?.set // => 'directive-2025'
 * @example inForceTargets(2026).crime_change_vs_baseline?.expired // => true
 * @example inForceTargets(2019).crime_change_vs_baseline // => null
 */
export function inForceTargets(
  year: number,
  documents: readonly TargetSet[] = TARGET_DOCUMENTS,
): Record<IndicatorId, Target | null> {
  const out = {} as Record<IndicatorId, Target | null>;
  for (const id of INDICATOR_IDS) {
    const having = documents.filter((d) => d.targets[id] !== undefined);
    const current = having.filter((d) => isInForce(d, year)).sort(precedence)[0];
    const expired = having
      .filter((d) => d.in_force?.[1] !== undefined && d.in_force[1] !== null && d.in_force[1] < year)
      .sort((a, b) => (b.in_force?.[1] ?? 0) - (a.in_force?.[1] ?? 0) || precedence(a, b))[0];
    const doc = current ?? expired;
    const spec = doc?.targets[id];
    out[id] = doc && spec ? targetOf(doc, spec, year) : null;
  }
  return out;
}
