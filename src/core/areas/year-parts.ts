import { identityKey } from '../memo/per-data-set.ts';
import { perObject } from '../memo/per-object.ts';
import { monthPosition } from '../periods/month-math.ts';
import { periodRange } from '../periods/period-range.ts';
import type { PeriodConvention, PeriodRange } from '../periods/convention.ts';
import type { DataSet } from '../types.ts';
import type { Crosswalk } from './crosswalk.ts';
import { conventionOf } from '../periods/of-data.ts';
import { reformBreak } from './reform-break.ts';
import { areaSourcesAt, type AreaSource, type NoSourceReason, type SourceKind } from './sources-at.ts';

/** Which side of the reform a tree is on. */
export type TreeSide = 'before_reform' | 'after_reform';

/** Months of a year whose figure for an area is made the same way, from the same units. */
export interface YearPart {
  /** Named statistical months, in the year's order. */
  months: number[];
  kind: SourceKind;
  tree: TreeSide;
  /** First day of the first month and last day of the last month (ISO). */
  from: string;
  to: string;
  sources: AreaSource[];
}

/** Months of a year for which no figure can be made for an area, and why. */
export interface YearGap {
  months: number[];
  reason: NoSourceReason;
  blocking: string[];
}

/**
 * Cuts a statistical year into the parts an area's figure is made of. Each month is given to the tree valid on
 * its last day (police month 7/2025, 15/6–14/7, belongs to the new units set up on 1/7/2025; month 6 to the
 * districts), and {@link areaSourcesAt} says how the area's figure for that month is made. Months made the same
 * way from the same units, on the same side of the reform (the last of {@link reformBreak}), form one part.
 *
 * Found once per areas table, crosswalk, period convention, area, year and months (an area series asks for each
 * year with every measure, a page for the note above its charts); each caller gets its own copy.
 *
 * @param months - the named months to cut (e.g. the months a table has rows for); default all 12.
 * @example
 * yearParts(data, cw, '42', 2025).parts.map((p) => [p.tree, p.months.length]); // => [['before_reform', 6], ['after_reform', 6]]
 * yearParts(data, cw, '436', 2025).parts.map((p) => p.kind); // => ['direct', 'gathered']
 */
export function yearParts(
  data: Pick<DataSet, 'areas' | 'meta'>,
  crosswalk: Crosswalk,
  code: string,
  year: number,
  months: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
): { parts: YearPart[]; gaps: YearGap[] } {
  const convention = conventionOf(data.meta);
  const key = `year-parts|${identityKey(crosswalk)}|${identityKey(convention)}|${code}|${year}|${months.join(',')}`;
  const found = perObject(data.areas, key, () => cut(data, crosswalk, code, year, months));
  return {
    parts: found.parts.map((p) => ({ ...p, months: [...p.months], sources: p.sources.map((s) => ({ ...s })) })),
    gaps: found.gaps.map((g) => ({ ...g, months: [...g.months], blocking: [...g.blocking] })),
  };
}

/** {@link yearParts}, cut. */
function cut(
  data: Pick<DataSet, 'areas' | 'meta'>,
  crosswalk: Crosswalk,
  code: string,
  year: number,
  months: readonly number[],
): { parts: YearPart[]; gaps: YearGap[] } {
  const convention = conventionOf(data.meta);
  const reform = reformBreak(data.areas).at(-1)?.date ?? null;
  const ordered = [...new Set(months)].sort((a, b) => monthPosition(convention, a) - monthPosition(convention, b));
  const parts = new Map<string, YearPart>();
  const gaps = new Map<string, YearGap>();
  for (const month of ordered) {
    const days = monthDays(convention, year, month);
    const at = areaSourcesAt(data.areas, crosswalk, code, days.end);
    if (at.kind === null) {
      const key = `${at.reason}:${at.blocking.join(',')}`;
      const gap = gaps.get(key);
      if (gap) gap.months.push(month);
      else gaps.set(key, { months: [month], reason: at.reason, blocking: at.blocking });
      continue;
    }
    const tree: TreeSide = reform !== null && days.end >= reform ? 'after_reform' : 'before_reform';
    const key = `${at.kind}:${tree}:${at.sources.map((s) => `${s.area_code}*${s.weight}`).join(',')}`;
    const part = parts.get(key);
    if (part) {
      part.months.push(month);
      part.to = days.end;
    } else {
      parts.set(key, { months: [month], kind: at.kind, tree, from: days.start, to: days.end, sources: at.sources });
    }
  }
  return { parts: [...parts.values()], gaps: [...gaps.values()] };
}

/** The days of a named month of a statistical year ({@link periodRange}), found once per convention and year. */
function monthDays(convention: PeriodConvention, year: number, month: number): PeriodRange {
  if (!Number.isInteger(month) || month < 1 || month > 12) return periodRange(convention, year, month); // it throws
  const months = perObject(convention, `month-days|${year}`, () =>
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => periodRange(convention, year, m)),
  );
  return months[month - 1] as PeriodRange;
}
