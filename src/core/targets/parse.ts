import type { IndicatorId } from '../indicators/definition.ts';
import { INDICATOR_IDS } from '../indicators/registry.ts';
import { INDICATORS } from '../indicators/registry.ts';
import type { Bilingual } from '../messages/lang.ts';
import { TARGET_FILE_PROBLEMS as P } from '../messages/targets.ts';
import type { Comparator } from '../types.ts';
import type { Milestone, TargetSet, TargetSpec } from './target-set.ts';

const COMPARATORS: readonly Comparator[] = ['>=', '>', '<=', '<'];

/** A problem found in a user's target-set JSON, with the JSON path it concerns. */
export interface TargetSetProblem {
  path: string;
  message: Bilingual;
}

const isYear = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 1900 && x <= 2200;

/** The closest indicator id to a mistyped one (at most two edits away), for the message. */
function closestId(key: string): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const id of INDICATOR_IDS) {
    const d = editDistance(key, id);
    if (d < bestDistance) [best, bestDistance] = [id, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = keep;
    }
  }
  return row[b.length] as number;
}

/**
 * Reads a user's target set from parsed JSON (the `--targets FILE` option, or a file loaded in a
 * notebook). Unknown indicator ids, comparators, non-numeric thresholds, a proportion's threshold outside
 * 0-1 ("80 % viết là 0.8"), bad years in force and bad milestones are refused, every problem at once. A set
 * may say the years it is in force (`in_force: [2026, 2030]`), its `level` (provincial or national), a
 * clause per target, and path targets (`milestones`). A set without `extends` extends `in-force`: the
 * targets it leaves out are those of the documents in force in the year judged.
 *
 * @example parseTargetSet({id: 'mine', targets: {clearance_rate: {comparator: '>=', threshold: 0.85}}}).ok // => true
 * @example parseTargetSet({targets: {clearance_rate: {comparator: '>=', threshold: 80}}}).ok // => false
 */
export function parseTargetSet(
  json: unknown,
): { ok: true; set: TargetSet } | { ok: false; problems: TargetSetProblem[] } {
  const problems: TargetSetProblem[] = [];
  const bad = (path: string, message: Bilingual) => problems.push({ path, message });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    bad('$', P.notObject);
    return { ok: false, problems };
  }
  const o = json as Record<string, unknown>;
  const id = typeof o.id === 'string' && o.id.trim() !== '' ? o.id : 'user';
  const targetsIn = o.targets;
  const targets: TargetSet['targets'] = {};
  if (typeof targetsIn !== 'object' || targetsIn === null || Array.isArray(targetsIn)) {
    bad('$.targets', P.noTargets);
  } else {
    for (const [key, value] of Object.entries(targetsIn)) {
      const path = `$.targets.${key}`;
      if (!(INDICATOR_IDS as readonly string[]).includes(key)) {
        bad(path, P.unknownIndicator(key, closestId(key)));
        continue;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        bad(path, P.notSpec);
        continue;
      }
      const spec = parseSpec(key as IndicatorId, value as Record<string, unknown>, path, bad);
      if (spec) targets[key as IndicatorId] = spec;
    }
  }
  let inForce: TargetSet['in_force'];
  if (o.in_force !== undefined) {
    const f = o.in_force;
    if (Array.isArray(f) && f.length === 2 && isYear(f[0]) && (f[1] === null || (isYear(f[1]) && f[1] >= f[0]))) {
      inForce = [f[0], f[1] as number | null];
    } else bad('$.in_force', P.inForce);
  }
  if (o.level !== undefined && o.level !== 'provincial' && o.level !== 'national') bad('$.level', P.level);
  if (problems.length > 0) return { ok: false, problems };
  const title = o.title as { vi?: unknown; en?: unknown } | undefined;
  const short = o.short as { vi?: unknown; en?: unknown } | undefined;
  const set: TargetSet = {
    id,
    title: {
      vi: typeof title?.vi === 'string' ? title.vi : id,
      en: typeof title?.en === 'string' ? title.en : id,
    },
    source: typeof o.source === 'string' ? o.source : 'user',
    extends: typeof o.extends === 'string' ? o.extends : 'in-force',
    targets,
  };
  if (typeof short?.vi === 'string' && typeof short.en === 'string') set.short = { vi: short.vi, en: short.en };
  if (inForce) set.in_force = inForce;
  if (o.level === 'provincial' || o.level === 'national') set.level = o.level;
  return { ok: true, set };
}

/** One target of the file; problems go to `bad`. */
function parseSpec(
  id: IndicatorId,
  v: Record<string, unknown>,
  path: string,
  bad: (path: string, message: Bilingual) => void,
): TargetSpec | null {
  const before = { n: 0 };
  const report = (p: string, m: Bilingual) => {
    before.n++;
    bad(p, m);
  };
  const comparator = v.comparator as Comparator;
  if (!COMPARATORS.includes(comparator)) report(`${path}.comparator`, P.comparator(COMPARATORS));
  let milestones: Milestone[] | undefined;
  if (v.milestones !== undefined) {
    const list = v.milestones;
    const ok =
      Array.isArray(list) &&
      list.length > 0 &&
      list.every(
        (m) =>
          typeof m === 'object' &&
          m !== null &&
          isYear((m as Milestone).year) &&
          typeof (m as Milestone).threshold === 'number',
      );
    if (ok && new Set((list as Milestone[]).map((m) => m.year)).size === (list as Milestone[]).length) {
      milestones = [...(list as Milestone[])]
        .map((m) => ({ year: m.year, threshold: m.threshold }))
        .sort((a, b) => a.year - b.year);
    } else report(`${path}.milestones`, P.milestones);
  }
  const threshold = milestones ? (milestones[milestones.length - 1] as Milestone).threshold : v.threshold;
  if (typeof threshold !== 'number' || !Number.isFinite(threshold)) {
    report(`${path}.threshold`, P.threshold);
  } else {
    const unit = INDICATORS[id].unit;
    const all = milestones ? milestones.map((m) => m.threshold) : [threshold];
    const outside = all.find((t) =>
      unit === 'proportion' ? t < 0 || t > 1 : unit === 'relative_change' ? t < -1 || t > 10 : t < 0,
    );
    if (outside !== undefined)
      report(`${path}.threshold`, unit === 'relative_change' ? P.changeRange(outside) : P.proportionRange(outside));
  }
  const deadline = milestones ? (milestones[milestones.length - 1] as Milestone).year : (v.deadline_year ?? null);
  if (deadline !== null && !isYear(deadline)) report(`${path}.deadline_year`, P.deadline);
  if (before.n > 0) return null;
  const spec: TargetSpec = { comparator, threshold: threshold as number, deadline_year: deadline as number | null };
  if (milestones) spec.milestones = milestones;
  if (typeof v.clause === 'string') spec.clause = v.clause;
  return spec;
}
