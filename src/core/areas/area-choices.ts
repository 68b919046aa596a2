import { formatDate } from '../format/date.ts';
import type { Lang } from '../messages/lang.ts';
import { NOTEBOOK_MESSAGES as M } from '../messages/notebooks.ts';
import type { AreaLevel, AreaRow } from '../types.ts';
import { rootArea } from './tree.ts';

/** An area a reader can pick, whatever the year: every unit `areas.csv` ever held. */
export interface AreaChoice {
  code: string;
  level: AreaLevel;
  /** `Huyện Can Lộc (đến 30/6/2025) · 443`: the name, the unit's life when it did not span the data, the code. */
  label: string;
  validFrom: string;
  validTo: string | null;
}

const LEVEL_ORDER: Record<AreaLevel, number> = { province: 0, district: 1, commune: 2 };

/**
 * Every area of `areas.csv`, old and new, for a picker that keeps its choice when the year changes: the province
 * first, then by level, units that lasted through the data before those that ended, those that ended before
 * those that began later, then by name and code. A unit whose life does not span the data says when it began or
 * ended (`từ 1/7/2025`, `đến 30/6/2025`), so the old districts and the new communes are told apart in one list.
 * A year in which the chosen unit did not exist is answered through the crosswalk (`describeAreaBasis`,
 * `areaSeries`), not by dropping the choice.
 *
 * @example
 * everyAreaChoice(data, 'vi').find((a) => a.code === '443')?.label; // => 'Huyện Can Lộc (đến 30/6/2025) · 443'
 * everyAreaChoice(data, 'vi').find((a) => a.code === '18406')?.label; // => 'Xã Can Lộc (từ 1/7/2025) · 18406'
 */
export function everyAreaChoice(data: { areas: readonly AreaRow[] }, lang: Lang = 'vi'): AreaChoice[] {
  const root = rootArea(data.areas);
  const first = data.areas.reduce((min, a) => (a.valid_from < min ? a.valid_from : min), root.valid_from);
  const name = (a: AreaRow) => (lang === 'vi' ? a.name_vi : a.name_en);
  const began = (a: AreaRow) => a.valid_from > first;
  const life = (a: AreaRow): string => {
    if (began(a) && a.valid_to !== null)
      return ` (${M.areaLifeBoth(formatDate(a.valid_from, lang), formatDate(a.valid_to, lang))[lang]})`;
    if (a.valid_to !== null) return ` (${M.areaLifeEnded(formatDate(a.valid_to, lang))[lang]})`;
    if (began(a)) return ` (${M.areaLifeBegan(formatDate(a.valid_from, lang))[lang]})`;
    return '';
  };
  // Lasted throughout (0), ended (1), began later (2).
  const era = (a: AreaRow) => (began(a) ? 2 : a.valid_to !== null ? 1 : 0);
  const others = data.areas
    .filter((a) => a.area_code !== root.area_code)
    .sort(
      (a, b) =>
        LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
        era(a) - era(b) ||
        name(a).localeCompare(name(b), 'vi') ||
        a.area_code.localeCompare(b.area_code),
    );
  return [root, ...others].map((a) => ({
    code: a.area_code,
    level: a.level,
    label: `${name(a)}${life(a)} · ${a.area_code}`,
    validFrom: a.valid_from,
    validTo: a.valid_to,
  }));
}

/**
 * Whether an area existed on every day of a year (`whole`), on some of them (`part`: the reform's year), or on
 * none (`absent`). Dates are ISO strings, compared as text.
 *
 * @example areaPresence(data.areas, '443', 2026); // => 'absent'
 * @example areaPresence(data.areas, '443', 2025); // => 'part'
 */
export function areaPresence(areas: readonly AreaRow[], code: string, year: number): 'whole' | 'part' | 'absent' {
  const a = areas.find((r) => r.area_code === code);
  if (!a) return 'absent';
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  if (a.valid_from > end || (a.valid_to !== null && a.valid_to < start)) return 'absent';
  return a.valid_from <= start && (a.valid_to === null || a.valid_to >= end) ? 'whole' : 'part';
}
