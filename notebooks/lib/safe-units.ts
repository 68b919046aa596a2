/**
 * Safe communes and organisations by year and unit type: units in scope, certified, the share with its
 * Wilson 95 % interval, and how much one unit moves the share (1 / in scope). The July 2025 reform
 * merged Hà Tĩnh's communes into 69 commune-level units, so from 2025 the commune share counts other,
 * fewer, larger units than in 2021: this module gives what the comparison needs.
 */
import { areaAndDescendants } from '../../src/core/areas/tree.ts';
import { wilson } from '../../src/core/stats/wilson.ts';
import { UNIT_TYPES, type DataSet, type UnitType } from '../../src/core/types.ts';
import { areaPresence } from '../../src/core/areas/area-choices.ts';
import type { Bilingual } from '../../src/core/messages/lang.ts';
import { NOTEBOOK_MESSAGES as M } from '../../src/core/messages/notebooks.ts';

export interface SafeUnitsCell {
  year: number;
  unitType: UnitType;
  /** Rows (areas) the figure sums. */
  areas: number;
  inScope: number;
  certified: number;
  share: number | null;
  ci95: [number, number] | null;
  /** Percentage points one unit is worth: 1 / in scope. */
  onePoint: number | null;
}

/** One cell per year and unit type, under an area. */
export function safeUnitsByYear(data: DataSet, area: string): SafeUnitsCell[] {
  const codes = areaAndDescendants(data.areas, area);
  const cells = new Map<string, SafeUnitsCell>();
  for (const r of data.safe_units) {
    if (!codes.has(r.area_code)) continue;
    const key = `${r.year}:${r.unit_type}`;
    const cell = cells.get(key) ?? {
      year: r.year,
      unitType: r.unit_type,
      areas: 0,
      inScope: 0,
      certified: 0,
      share: null,
      ci95: null,
      onePoint: null,
    };
    cell.areas += 1;
    cell.inScope += r.in_scope;
    cell.certified += r.certified;
    cells.set(key, cell);
  }
  return [...cells.values()]
    .map((c) => ({
      ...c,
      share: c.inScope > 0 ? c.certified / c.inScope : null,
      ci95: wilson(c.certified, c.inScope),
      onePoint: c.inScope > 0 ? 1 / c.inScope : null,
    }))
    .sort((a, b) => a.year - b.year || UNIT_TYPES.indexOf(a.unitType) - UNIT_TYPES.indexOf(b.unitType));
}

/** Two years' shares of one unit type side by side: the difference and whether the intervals overlap. */
export interface ShareComparison {
  unitType: UnitType;
  before: SafeUnitsCell;
  after: SafeUnitsCell;
  /** after.share − before.share, proportion points. */
  difference: number;
  /** Newcombe's hybrid-score 95 % interval of the difference (Newcombe 1998, method 10). */
  ci95: [number, number];
}

/**
 * Compares a unit type's share between two years. The interval of the difference is Newcombe's
 * (Statistics in Medicine 1998;17:873-890, method 10), built from the two Wilson intervals:
 * `d − √((p₂ − l₂)² + (u₁ − p₁)²)` to `d + √((u₂ − p₂)² + (p₁ − l₁)²)`, d = p₂ − p₁.
 *
 * Checked against Newcombe's Table II, example (a): 56/70 against 48/80 gives 0.0524 to 0.3339.
 *
 * @example compareShares(cells, 'commune', 2021, 2025)?.difference // => share 2025 − share 2021
 */
export function compareShares(
  cells: readonly SafeUnitsCell[],
  unitType: UnitType,
  before: number,
  after: number,
): ShareComparison | null {
  const a = cells.find((c) => c.unitType === unitType && c.year === before);
  const b = cells.find((c) => c.unitType === unitType && c.year === after);
  if (!a || !b || a.share === null || b.share === null || !a.ci95 || !b.ci95) return null;
  const d = b.share - a.share;
  const lower = d - Math.sqrt((b.share - b.ci95[0]) ** 2 + (a.ci95[1] - a.share) ** 2);
  const upper = d + Math.sqrt((b.ci95[1] - b.share) ** 2 + (a.share - a.ci95[0]) ** 2);
  return { unitType, before: a, after: b, difference: d, ci95: [lower, upper] };
}

/** Why a unit type's share cannot be compared between two years: the first missing piece, in words. */
export function comparisonGap(
  data: DataSet,
  cells: readonly SafeUnitsCell[],
  unitType: UnitType,
  before: number,
  after: number,
  area: string,
): Bilingual | null {
  if (after <= before) return M.gapNotAfter(before, after);
  for (const y of [before, after]) {
    if (!data.safe_units.some((r) => r.year === y)) return M.gapNoRows(y);
    const cell = cells.find((c) => c.unitType === unitType && c.year === y);
    if (!cell) {
      const presence = areaPresence(data.areas, area, y);
      return presence === 'whole' ? M.gapNoUnitRows(y) : M.gapAreaAbsent(y, presence === 'part');
    }
    if (cell.inScope === 0) return M.gapNoneInScope(y);
  }
  return null;
}
