import { AREA_ISSUES, AreaArgumentError } from '../messages/areas.ts';
import type { CrosswalkRow } from '../types.ts';
import type { AreaFigure, AreaFigureSource } from './area-figure.ts';
import { asCrosswalk } from './as-crosswalk.ts';
import type { Crosswalk } from './crosswalk.ts';

/** A figure on the new tree made by {@link spread}. */
export interface SpreadFigure extends AreaFigure {
  /** `spread_estimate` when any part of it was spread from an abolished unit; `direct` when it was passed through. */
  basis: 'direct' | 'spread_estimate';
  /** The old figures it was made of, with the share taken from each. */
  sources: AreaFigureSource[];
}

/**
 * Spreads a series on the old tree onto the new one: each abolished unit's figure is shared among its
 * successors by the crosswalk weights, `value(u) = Σ_d w(d→u) · value(d)`. Chains are followed to the end
 * (Lộc Hà 448 → Thạch Hà 445 → 11 new units: 448's share of unit u is `1 · w(445→u)`). A code that is no
 * `from_code` (a unit the reform left alone) passes through unchanged. Every figure made this way is an
 * estimate: the weights (population shares in the bundled data) assume that counts fall like the weights.
 *
 * Totals are kept: the weights of each `from_code` sum to 1, so the sum of a period is unchanged (up to
 * rounding of doubles).
 *
 * Source: METHODOLOGY.md 1.7 ("keep an old→new commune crosswalk").
 *
 * @throws {CrosswalkError} when the crosswalk rows are invalid; {@link AreaArgumentError} when a code has two
 *   figures in one period.
 * @example
 * const rows = [{ from_code: '437', to_code: '18115', weight: 0.6 }, { from_code: '437', to_code: '18118', weight: 0.4 }];
 * spread([{ area_code: '437', period: 2024, value: 100 }], rows).map((f) => [f.area_code, f.value]); // => [['18115', 60], ['18118', 40]]
 */
export function spread(
  seriesOnOldTree: readonly AreaFigure[],
  crosswalk: Crosswalk | readonly CrosswalkRow[],
): SpreadFigure[] {
  const cw = asCrosswalk(crosswalk);
  const shares = new Map<string, Map<string, number>>();
  const sharesOf = (code: string): Map<string, number> => {
    const known = shares.get(code);
    if (known) return known;
    const out = new Map<string, number>();
    const links = cw.successors.get(code);
    if (!links) out.set(code, 1);
    else {
      for (const link of links) {
        for (const [terminal, w] of sharesOf(link.code)) out.set(terminal, (out.get(terminal) ?? 0) + link.weight * w);
      }
    }
    shares.set(code, out);
    return out;
  };

  const byPeriod = new Map<string | number, Map<string, SpreadFigure>>();
  const seen = new Set<string>();
  for (const figure of seriesOnOldTree) {
    const key = `${typeof figure.period}:${figure.period}\u0000${figure.area_code}`;
    if (seen.has(key))
      throw new AreaArgumentError(AREA_ISSUES.duplicateFigure(figure.area_code, String(figure.period)));
    seen.add(key);
    let targets = byPeriod.get(figure.period);
    if (!targets) byPeriod.set(figure.period, (targets = new Map()));
    const passedThrough = !cw.successors.has(figure.area_code);
    for (const [code, weight] of sharesOf(figure.area_code)) {
      let out = targets.get(code);
      if (!out)
        targets.set(code, (out = { area_code: code, period: figure.period, value: 0, basis: 'direct', sources: [] }));
      out.value += weight * figure.value;
      out.sources.push({ area_code: figure.area_code, weight, value: figure.value });
      if (!passedThrough) out.basis = 'spread_estimate';
    }
  }
  return [...byPeriod.values()].flatMap((targets) => [...targets.values()]);
}
