import { INDICATOR_IDS } from '../indicators/definition.ts';
import type { Comparator } from '../types.ts';
import type { TargetSet, TargetSpec } from './target-set.ts';

const COMPARATORS: readonly Comparator[] = ['>=', '>', '<=', '<'];

/** A problem found in a user's target-set JSON, with the JSON path it concerns. */
export interface TargetSetProblem {
  path: string;
  message: { vi: string; en: string };
}

/**
 * Reads a user's target set from parsed JSON (the `--targets FILE` option). Unknown indicator ids,
 * comparators and non-numeric thresholds are refused, every problem at once. A set without `extends`
 * extends the programme's set, so a user may list only the targets they change.
 *
 * @example parseTargetSet({id: 'mine', targets: {clearance_rate: {comparator: '>=', threshold: 0.85}}}).ok // => true
 */
export function parseTargetSet(
  json: unknown,
): { ok: true; set: TargetSet } | { ok: false; problems: TargetSetProblem[] } {
  const problems: TargetSetProblem[] = [];
  const bad = (path: string, vi: string, en: string) => problems.push({ path, message: { vi, en } });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    bad('$', 'tệp chỉ tiêu phải là một đối tượng JSON', 'the target file must be a JSON object');
    return { ok: false, problems };
  }
  const o = json as Record<string, unknown>;
  const id = typeof o.id === 'string' && o.id.trim() !== '' ? o.id : 'user';
  const targetsIn = o.targets;
  const targets: TargetSet['targets'] = {};
  if (typeof targetsIn !== 'object' || targetsIn === null || Array.isArray(targetsIn)) {
    bad('$.targets', 'thiếu mục "targets" (một đối tượng theo mã chỉ tiêu)', 'missing "targets" (an object keyed by indicator id)');
  } else {
    for (const [key, value] of Object.entries(targetsIn)) {
      const path = `$.targets.${key}`;
      if (!(INDICATOR_IDS as readonly string[]).includes(key)) {
        bad(path, `mã chỉ tiêu không có: "${key}"`, `unknown indicator id "${key}"`);
        continue;
      }
      if (typeof value !== 'object' || value === null) {
        bad(path, 'phải là một đối tượng {comparator, threshold}', 'must be an object {comparator, threshold}');
        continue;
      }
      const v = value as Record<string, unknown>;
      const comparator = v.comparator as Comparator;
      if (!COMPARATORS.includes(comparator)) {
        bad(`${path}.comparator`, `phép so sánh phải là một trong ${COMPARATORS.join(' ')}`, `comparator must be one of ${COMPARATORS.join(' ')}`);
      }
      if (typeof v.threshold !== 'number' || !Number.isFinite(v.threshold)) {
        bad(`${path}.threshold`, 'ngưỡng phải là một số (tỉ lệ viết 0.8, không viết 80)', 'threshold must be a number (a proportion: 0.8, not 80)');
      }
      const deadline = v.deadline_year ?? null;
      if (deadline !== null && (typeof deadline !== 'number' || !Number.isInteger(deadline))) {
        bad(`${path}.deadline_year`, 'năm hạn phải là số nguyên hoặc null', 'deadline_year must be a whole year or null');
      }
      const spec: TargetSpec = {
        comparator,
        threshold: v.threshold as number,
        deadline_year: deadline as number | null,
      };
      targets[key as keyof typeof targets] = spec;
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const title = o.title as { vi?: unknown; en?: unknown } | undefined;
  return {
    ok: true,
    set: {
      id,
      title: {
        vi: typeof title?.vi === 'string' ? title.vi : id,
        en: typeof title?.en === 'string' ? title.en : id,
      },
      source: typeof o.source === 'string' ? o.source : 'user',
      extends: typeof o.extends === 'string' ? o.extends : 'programme-2021-2025',
      targets,
    },
  };
}
