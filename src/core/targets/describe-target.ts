import type { Lang } from '../messages/lang.ts';
import { TARGET_DOCUMENT_WORDS as W } from '../messages/targets.ts';
import type { Target } from '../types.ts';
import { TARGET_SETS } from './registry.ts';

/**
 * The document of a target as a reader sees it: its short name, and whether it has expired (with the first
 * year it no longer covers) or its threshold is read between a path's milestones; 'không có chỉ tiêu' for
 * none. User sets are named by their id.
 *
 * @example targetDocument({ comparator: '>=', threshold: 0.8, deadline_year: null, set: 'programme-2021-2025', in_force: [2021, 2025], expired: true }, 'vi') // => 'CTr KL 13 của tỉnh (hết hiệu lực từ năm 2026)'
 * @example targetDocument(null, 'en') // => 'no target'
 */
export function targetDocument(target: Target | null, lang: Lang): string {
  if (!target) return W.none[lang];
  const set = target.set !== undefined ? TARGET_SETS[target.set] : undefined;
  const name = set?.short?.[lang] ?? set?.title[lang] ?? target.set ?? '—';
  const notes: string[] = [];
  if (target.expired && target.in_force && target.in_force[1] !== null)
    notes.push(W.expired(target.in_force[1] + 1)[lang]);
  if (target.interpolated) notes.push(W.interpolated[lang]);
  return W.named(name, notes);
}
