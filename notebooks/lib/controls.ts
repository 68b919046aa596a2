/**
 * The choices the notebooks offer (years, areas, target sets), computed from the data. Cells turn them
 * into inputs with @observablehq/inputs; the helpers stay free of any UI library so they can be tested.
 */
import { formatDate } from '../../src/core/format/date.ts';
import type { Lang } from '../../src/core/messages/lang.ts';
import { conventionOf } from '../../src/core/periods/of-data.ts';
import { periodRange } from '../../src/core/periods/period-range.ts';
import { rootArea } from '../../src/core/areas/tree.ts';
import { DEFAULT_TARGET_SET, TARGET_SETS } from '../../src/core/targets/registry.ts';
import type { TargetSet } from '../../src/core/targets/target-set.ts';
import type { AreaRow, DataSet } from '../../src/core/types.ts';

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

/** True when the area existed on some day of the calendar year. */
function existedIn(area: AreaRow, year: number): boolean {
  return area.valid_from <= `${year}-12-31` && (area.valid_to === null || area.valid_to >= `${year}-01-01`);
}

/**
 * The areas to pick from in a year: the province first, then every unit that existed in the year, by
 * level and name. A unit that existed for part of the year says so in its label.
 */
export function areaChoices(data: DataSet, year: number, lang: Lang = 'vi'): { code: string; label: string }[] {
  const root = rootArea(data.areas);
  const levels = { province: 0, district: 1, commune: 2 } as const;
  const name = (a: AreaRow) => (lang === 'vi' ? a.name_vi : a.name_en);
  const part = (a: AreaRow) => {
    const from = a.valid_from > `${year}-01-01` ? a.valid_from : null;
    const to = a.valid_to !== null && a.valid_to < `${year}-12-31` ? a.valid_to : null;
    if (from && to) return ` (${formatDate(from, lang)} – ${formatDate(to, lang)})`;
    if (from) return lang === 'vi' ? ` (từ ${formatDate(from, lang)})` : ` (from ${formatDate(from, lang)})`;
    if (to) return lang === 'vi' ? ` (đến ${formatDate(to, lang)})` : ` (until ${formatDate(to, lang)})`;
    return '';
  };
  const others = data.areas
    .filter((a) => a.area_code !== root.area_code && existedIn(a, year))
    .sort(
      (a, b) =>
        levels[a.level] - levels[b.level] ||
        name(a).localeCompare(name(b), 'vi') ||
        a.area_code.localeCompare(b.area_code),
    );
  return [root, ...others].map((a) => ({ code: a.area_code, label: `${name(a)}${part(a)} · ${a.area_code}` }));
}

/** The built-in target sets, the default first, with their titles. */
export function targetSetChoices(lang: Lang = 'vi'): { id: string; label: string; set: TargetSet }[] {
  const ids = [DEFAULT_TARGET_SET, ...Object.keys(TARGET_SETS).filter((id) => id !== DEFAULT_TARGET_SET)];
  return ids.map((id) => {
    const set = TARGET_SETS[id] as TargetSet;
    return { id, label: set.title[lang], set };
  });
}
