import { AREA_ISSUES, AreaArgumentError } from '../messages/areas.ts';
import type { CrosswalkRow } from '../types.ts';
import type { AreaFigure } from './area-figure.ts';
import { asCrosswalk } from './as-crosswalk.ts';
import type { Crosswalk } from './crosswalk.ts';

/** A figure on the old tree made by {@link gather}. */
export interface GatheredFigure {
  area_code: string;
  period: string | number;
  /** The sum of the successors' figures; null when some successor is missing or does not lie within the unit. */
  value: number | null;
  /** `gathered` for an abolished unit; `direct` for a unit the reform left alone (passed through). */
  basis: 'gathered' | 'direct';
  /** The new units summed. */
  sources: string[];
  /** Successors with no figure in the period. */
  missing: string[];
  /** Successors that do not lie within the unit (made from several units, or a unit that went on). */
  notWithin: string[];
}

/** What {@link gather} made, and the new figures it could not place. */
export interface GatherResult {
  figures: GatheredFigure[];
  /** New figures whose unit does not lie within one abolished unit, with the units it was made from. */
  notGatherable: { area_code: string; period: string | number; from_codes: string[] }[];
}

/**
 * Gathers a series on the new tree back into the abolished units, where this is exact: a new unit lies within
 * one old unit when it is the `to_code` of exactly one `from_code` and did not exist before that unit ended
 * (so it holds nothing else). An old unit's figure is then the plain sum of its successors' figures, no weight
 * involved; an old unit with a successor that is not within it gets `value: null` (`notWithin` says which).
 * One step only: the new units are gathered into the units that ended when they began (Thạch Hà 445 with Lộc
 * Hà inside it, never Lộc Hà 448 alone). A code that is no `to_code` passes through unchanged.
 *
 * With weights that sum to 1, `gather(spread(x))` returns `x` for every unit whose successors all lie within it.
 *
 * Source: METHODOLOGY.md 1.7; the issue's rule "gather only where a new unit lies within one old district".
 *
 * @throws {CrosswalkError} when the crosswalk rows are invalid; {@link AreaArgumentError} when a code has two
 *   figures in one period.
 * @example
 * const rows = [{ from_code: '437', to_code: '18115', weight: 0.6 }, { from_code: '437', to_code: '18118', weight: 0.4 }];
 * const series = [{ area_code: '18115', period: 2026, value: 60 }, { area_code: '18118', period: 2026, value: 40 }];
 * gather(series, rows).figures; // => [{ area_code: '437', period: 2026, value: 100, basis: 'gathered', sources: ['18115', '18118'], missing: [], notWithin: [] }]
 */
export function gather(
  seriesOnNewTree: readonly AreaFigure[],
  crosswalk: Crosswalk | readonly CrosswalkRow[],
): GatherResult {
  const cw = asCrosswalk(crosswalk);
  const within = (code: string): boolean => (cw.predecessors.get(code)?.length ?? 0) === 1 && !cw.continuing.has(code);
  const periods = new Map<string | number, Map<string, number>>();
  for (const f of seriesOnNewTree) {
    let values = periods.get(f.period);
    if (!values) periods.set(f.period, (values = new Map()));
    if (values.has(f.area_code))
      throw new AreaArgumentError(AREA_ISSUES.duplicateFigure(f.area_code, String(f.period)));
    values.set(f.area_code, f.value);
  }
  const result: GatherResult = { figures: [], notGatherable: [] };
  for (const [period, values] of periods) {
    const fromCodes: string[] = [];
    for (const [code, value] of values) {
      const preds = cw.predecessors.get(code);
      if (!preds) {
        result.figures.push({
          area_code: code,
          period,
          value,
          basis: 'direct',
          sources: [code],
          missing: [],
          notWithin: [],
        });
      } else if (!within(code)) {
        result.notGatherable.push({ area_code: code, period, from_codes: preds.map((p) => p.code) });
      } else {
        const from = (preds[0] as { code: string }).code;
        if (!fromCodes.includes(from)) fromCodes.push(from);
      }
    }
    for (const from of fromCodes) {
      const successors = (cw.successors.get(from) ?? []).map((l) => l.code);
      const missing = successors.filter((s) => within(s) && !values.has(s));
      const notWithin = successors.filter((s) => !within(s));
      const sources = successors.filter((s) => within(s) && values.has(s));
      const value =
        missing.length === 0 && notWithin.length === 0
          ? sources.reduce((sum, s) => sum + (values.get(s) as number), 0)
          : null;
      result.figures.push({ area_code: from, period, value, basis: 'gathered', sources, missing, notWithin });
    }
  }
  return result;
}
