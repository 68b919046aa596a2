import {
  funnelFlags,
  funnelLimits,
  funnelOverdispersion,
  type FunnelFlag,
  type FunnelMethod,
} from '../stats/funnel.ts';
import { smallDenominator } from '../stats/statistical-status.ts';
import type { Target } from '../types.ts';
import { headline, type AreaInfo, type ChartContext } from './chart-context.ts';
import { comparedAreas, type AreaRateId, type ComparedArea } from './compared-areas.ts';

/**
 * The data of the funnel plot (area-funnel.ts): each compared area's rate flagged against 95 % and 99.8 %
 * limits around the target (Spiegelhalter 2005, METHODOLOGY.md §4), and the limit curves drawn.
 */

/** One area's figure on a funnel plot. */
export interface FunnelArea extends FunnelFlag {
  area: AreaInfo;
}

/** A point of a funnel limit curve. */
export interface FunnelCurvePoint {
  n: number;
  method: FunnelMethod;
  lower998: number;
  lower95: number;
  upper95: number;
  upper998: number;
}

/** Everything a funnel plot draws. */
export interface FunnelData {
  id: AreaRateId;
  /** The target the limits are drawn around. */
  p0: number;
  target: Target;
  areas: FunnelArea[];
  curve: FunnelCurvePoint[];
  /** Spiegelhalter's over-dispersion φ (1: areas vary as chance alone would make them), null when fewer than 3 areas. */
  phi: number | null;
  /** True when φ > 1 widened the normal limits of some area by √φ (small denominators keep exact limits). */
  widened: boolean;
}

/**
 * The funnel of one rate across the areas one level down, around the year's target; null without a target that
 * is a share strictly between 0 and 1, or without an area with a denominator.
 *
 * @example areaFunnelData(buildChartContext(data, { year: 2026 }), 'clearance_rate')?.p0 // => 0.8
 */
export function areaFunnelData(context: ChartContext, id: AreaRateId): FunnelData | null {
  return context.memo(`funnel:${id}`, () =>
    funnelData(id, comparedAreas(context), headline(context.report, id)?.target ?? null),
  );
}

/** Funnel flags and limit curves for one rate across the compared areas; null without a usable target. */
function funnelData(id: AreaRateId, compared: readonly ComparedArea[], target: Target | null): FunnelData | null {
  if (!target || !(target.threshold > 0 && target.threshold < 1)) return null;
  const p0 = target.threshold;
  const usable = compared.flatMap(({ area, report }) => {
    const r = headline(report, id);
    if (!r || r.numerator === null || r.denominator === null || r.denominator <= 0) return [];
    if (r.numerator > r.denominator) return [];
    return [{ area, point: { id: area.code, numerator: r.numerator, denominator: r.denominator } }];
  });
  if (usable.length === 0) return null;
  // The funnel module's own rule: exact binomial limits (qbinom(P, n, p0)/n) where the denominator is small,
  // normal limits otherwise. The curve is drawn with the same limits as the flags, at every whole denominator,
  // so a point is flagged exactly when it lies outside the curve drawn at its denominator. (The interpolated
  // exact limits would flag 2 cases out of 2 as "above 80 %" at 99.8 %, though that happens 64 % of the time.)
  // Areas varying more than chance (φ > 1): normal limits widened by √φ (METHODOLOGY.md §4), as `compareAreas`
  // does, so the chart flags the areas the analysis flags; exact limits of small denominators stay as they are.
  const overdispersion =
    usable.length >= 3
      ? funnelOverdispersion(
          usable.map((u) => u.point),
          p0,
        )
      : null;
  const phi = overdispersion ? overdispersion.phi : null;
  const widen = (n: number) => phi !== null && phi > 1 && !smallDenominator(n, p0);
  const options = (n: number) => (widen(n) ? { phi: phi as number } : {});
  const areas: FunnelArea[] = usable.map(({ area, point }) => ({
    ...(funnelFlags([point], p0, options(point.denominator))[0] as FunnelFlag),
    area,
  }));
  const maxN = Math.max(...areas.map((a) => a.denominator));
  const curve: FunnelCurvePoint[] = [];
  for (const n of curveDenominators(Math.ceil(maxN * 1.08))) {
    const limits = funnelLimits(p0, n, options(n));
    if (!limits) continue;
    const { method, lower998, lower95, upper95, upper998 } = limits;
    curve.push({ n, method, lower998, lower95, upper95, upper998 });
  }
  return { id, p0, target, areas, curve, phi, widened: areas.some((a) => widen(a.denominator)) };
}

/** Denominators at which the limit curves are evaluated: every whole number up to 1000, then about 300 steps. */
function curveDenominators(max: number): number[] {
  const out: number[] = [];
  for (let n = 1; n <= Math.min(max, 1000); n++) out.push(n);
  if (max > 1000) {
    const step = Math.max(1, Math.ceil((max - 1000) / 300));
    for (let n = 1000 + step; n < max; n += step) out.push(n);
    out.push(max);
  }
  return out;
}
