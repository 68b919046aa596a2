import { areaAndDescendants, rootArea } from '../areas/tree.ts';
import { computeOne } from '../indicators/compute.ts';
import type { IndicatorId, IndicatorUnit } from '../indicators/definition.ts';
import { YearIndex } from '../indicators/measure.ts';
import { INDICATORS } from '../indicators/registry.ts';
import type { Bilingual } from '../messages/lang.ts';
import { ANALYSIS_TEXTS } from '../messages/analysis.ts';
import {
  funnelLimits,
  funnelOverdispersion,
  funnelPosition,
  type FunnelMethod,
  type FunnelPosition,
} from '../stats/funnel.ts';
import { smallDenominator } from '../stats/statistical-status.ts';
import { resolveTargets } from '../targets/resolve.ts';
import { DEFAULT_TARGET_SET, TARGET_SETS } from '../targets/registry.ts';
import type { TargetSet } from '../targets/target-set.ts';
import type { AreaLevel, AreaRow, DataSet, Target } from '../types.ts';
import { areaMonths } from './coverage.ts';
import { conventionOf } from '../periods/of-data.ts';
import { yearMonthAt } from './months.ts';
import { seriesSegment } from './series-break.ts';

/** Options of {@link compareAreas}. */
export interface CompareAreasOptions {
  year: number;
  indicatorId: IndicatorId;
  /** Compare the areas of this level that existed in the year; default the leaves of the year's tree. */
  level?: AreaLevel;
  /** A breakdown row, e.g. `{ field: 'drugs' }`; default the headline (`{}`), or the first value when there is none. */
  breakdown?: Record<string, string>;
  /** Target set; default the programme 2021-2025. */
  targets?: TargetSet;
  index?: YearIndex;
}

/** Funnel limits for one area, on the indicator's own scale (a change: `null` where a limit is unbounded). */
export interface AreaLimits {
  lower998: number | null;
  lower95: number | null;
  upper95: number | null;
  upper998: number | null;
  method: FunnelMethod;
  /** True when the limits were widened by √φ for over-dispersion. */
  widened: boolean;
}

/** One area on the funnel plot. */
export interface AreaPoint {
  area_code: string;
  name_vi: string;
  name_en: string;
  level: AreaLevel;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  /** The funnel's n: the denominator (proportions) or x_Y + x_comparison (changes). */
  n: number | null;
  limits: AreaLimits | null;
  /** Against the 95 % limits: above, inside or below. Null when the area has no funnel position. */
  flag: FunnelPosition | null;
  /** Against the 99.8 % limits. */
  flag_998: FunnelPosition | null;
  /** False when the area cannot be placed: no data, or (a change) its territory changed since the comparison year. */
  comparable: boolean;
}

/** Funnel-plot data for comparing the areas of one year on one indicator. */
export interface AreaComparison {
  year: number;
  indicator_id: IndicatorId;
  breakdown: Record<string, string>;
  /** The level compared, or `leaf` for the leaves of the year's tree. */
  level: AreaLevel | 'leaf';
  unit: IndicatorUnit;
  direction: 'increase' | 'decrease';
  target: Target | null;
  /** The target on the funnel's proportion scale: p₀, or π₀ = θ₀/(1 + θ₀) for a change (θ₀ = 1 + threshold). */
  p0: number | null;
  /** Spiegelhalter's φ over the comparable areas (winsorised 10 %); null with fewer than 3 areas. */
  phi: number | null;
  tau2: number | null;
  /** True when φ > 1 and the normal limits were widened by √φ. */
  widened: boolean;
  areas: AreaPoint[];
  /** The whole tree's figure (the root area). */
  total: { numerator: number | null; denominator: number | null };
  /** What the root holds that no compared area does (0 for the leaves; the new units for `level: 'district'` in 2025). */
  unallocated: { numerator: number; denominator: number } | null;
  reason: Bilingual;
}

/**
 * The areas of the year: those of `level` that existed in it, or the leaves of its tree. An area exists
 * in the year when it owns at least one of its statistical months (judged on the month's last day, as
 * `areaMonths`), so a district abolished on 31/12/2024 is not in police year 2025 although that year
 * starts on 15/12/2024.
 */
function areasOfYear(data: DataSet, year: number, level: AreaLevel | undefined): AreaRow[] {
  const alive = data.areas.filter((a) => areaMonths(data, a, year).length > 0);
  if (level) return alive.filter((a) => a.level === level);
  const parents = new Set(alive.map((a) => a.parent_code).filter((p): p is string => p !== null));
  return alive.filter((a) => !parents.has(a.area_code));
}

/**
 * Funnel-plot data: every area of the year (the leaves of its tree by default) with its numerator,
 * denominator and value, its 95 % and 99.8 % limits around the target for its own n, and its position.
 *
 * - Proportions: limits around p₀ = the threshold: `p₀ ± z√(p₀(1 − p₀)/n)` (z = 1.96, 3.09), exact
 *   binomial limits `qbinom(P, n, p₀)/n` when n is small (n < 30 or n·p₀ or n(1 − p₀) < 10).
 * - Changes (x_Y against x_0): conditionally on N = x_Y + x_0, x_Y ~ Bin(N, π) with π = θ/(1 + θ); the
 *   limits are taken around π₀ = θ₀/(1 + θ₀), θ₀ = 1 + threshold, and mapped back by `θ − 1 = π/(1 − π) − 1`.
 * - Over-dispersion: `φ = mean(z_i²)`, z winsorised at 10 %; when φ > 1 the normal limits widen by √φ
 *   (exact limits of small areas are kept as they are).
 * - Counts (judicial violations), amounts in đồng, and targets of 0 or 100 % have no funnel: the areas are
 *   listed without limits.
 *
 * Source: Spiegelhalter, Stat Med 2005;24:1185-1202; `stats/funnel.ts`; METHODOLOGY.md section 4 ("use
 * funnel plots, not rankings").
 *
 * A year without rows gives every area without a value (and no limits).
 *
 * @throws Error when `areas.csv` does not have exactly one root
 * @example compareAreas(data, { year: 2024, indicatorId: 'clearance_rate' }).areas.length // => 13 (bundled data: the districts of 2024)
 */
export function compareAreas(data: DataSet, options: CompareAreasOptions): AreaComparison {
  const def = INDICATORS[options.indicatorId];
  const year = options.year;
  const index = options.index ?? YearIndex.of(data);
  const target = resolveTargets(options.targets ?? (TARGET_SETS[DEFAULT_TARGET_SET] as TargetSet), TARGET_SETS, year)[
    def.id
  ];
  const breakdown =
    options.breakdown ??
    (def.breakdown && !def.breakdown.withHeadline
      ? { [def.breakdown.dimension]: def.breakdown.values[0] as string }
      : {});
  const root = rootArea(data.areas);
  const rootResult = computeOne(def, index, year, areaAndDescendants(data.areas, root.area_code), breakdown, target);
  const convention = conventionOf(data.meta);

  // The funnel's proportion scale.
  let p0: number | null = null;
  const amounts = def.numerator.terms.some((t) => t.column.endsWith('_vnd'));
  if (target && !amounts) {
    if (def.unit === 'proportion' && target.threshold > 0 && target.threshold < 1) p0 = target.threshold;
    if (def.unit === 'relative_change' && 1 + target.threshold > 0)
      p0 = (1 + target.threshold) / (2 + target.threshold);
  }
  const toValue = (pi: number): number | null =>
    def.unit === 'relative_change' ? (pi >= 1 ? null : pi / (1 - pi) - 1) : pi;

  const rows = areasOfYear(data, year, options.level).map((area) => {
    const r = computeOne(def, index, year, areaAndDescendants(data.areas, area.area_code), breakdown, target);
    let x: number | null = null;
    let n: number | null = null;
    let comparable = r.value !== null;
    if (comparable && def.unit === 'proportion' && r.numerator !== null && r.denominator !== null) {
      x = r.numerator;
      n = r.denominator;
      if (x < 0 || x > n) comparable = false;
    } else if (comparable && def.unit === 'relative_change' && r.numerator !== null && r.denominator !== null) {
      const from = r.inputs.comparison_year ?? year;
      const span = {
        from: yearMonthAt(convention, Math.min(from, year) * 12),
        to: yearMonthAt(convention, year * 12 + 11),
      };
      if (area.area_code !== root.area_code && seriesSegment(data, area.area_code, span).break !== null)
        comparable = false;
      x = r.numerator;
      n = r.numerator + r.denominator;
    }
    return { area, r, x, n, comparable };
  });

  const placed =
    p0 === null ? [] : rows.filter((row) => row.comparable && row.x !== null && row.n !== null && row.n > 0);
  const od =
    p0 !== null && placed.length >= 3
      ? funnelOverdispersion(
          placed.map((row) => ({ id: row.area.area_code, numerator: row.x as number, denominator: row.n as number })),
          p0,
        )
      : null;
  const phi = od?.phi ?? null;
  const widen = phi !== null && phi > 1;

  const areas: AreaPoint[] = rows.map((row) => {
    const point: AreaPoint = {
      area_code: row.area.area_code,
      name_vi: row.area.name_vi,
      name_en: row.area.name_en,
      level: row.area.level,
      numerator: row.r.numerator,
      denominator: row.r.denominator,
      value: row.r.value,
      n: row.n,
      limits: null,
      flag: null,
      flag_998: null,
      comparable: row.comparable,
    };
    if (p0 === null || !row.comparable || row.x === null || row.n === null || row.n <= 0) return point;
    const widenThis = widen && !smallDenominator(row.n, p0);
    const limits = funnelLimits(p0, row.n, widenThis ? { phi: phi as number } : {});
    if (!limits) return point;
    const pi = row.x / row.n;
    point.limits = {
      lower998: toValue(limits.lower998),
      lower95: toValue(limits.lower95),
      upper95: toValue(limits.upper95),
      upper998: toValue(limits.upper998),
      method: limits.method,
      widened: widenThis,
    };
    point.flag = funnelPosition(pi, limits.lower95, limits.upper95);
    point.flag_998 = funnelPosition(pi, limits.lower998, limits.upper998);
    return point;
  });

  const sum = (pick: (a: AreaPoint) => number | null) => areas.reduce((s, a) => s + (pick(a) ?? 0), 0);
  const tn = rootResult.numerator;
  const td = rootResult.denominator;
  const un = tn === null ? 0 : tn - sum((a) => a.numerator);
  const ud = td === null ? 0 : td - sum((a) => a.denominator);
  const counts = { above: 0, inside: 0, below: 0 };
  for (const a of areas) if (a.flag) counts[a.flag] += 1;
  return {
    year,
    indicator_id: def.id,
    breakdown,
    level: options.level ?? 'leaf',
    unit: def.unit,
    direction: def.direction,
    target,
    p0,
    phi,
    tau2: od?.tau2 ?? null,
    widened: widen,
    areas,
    total: { numerator: tn, denominator: td },
    unallocated: un !== 0 || ud !== 0 ? { numerator: un, denominator: ud } : null,
    reason: ANALYSIS_TEXTS.funnel({
      areas: areas.length,
      placed: areas.filter((a) => a.flag !== null).length,
      phi,
      widened: widen,
      noFunnel:
        p0 === null ? (amounts ? 'amounts' : def.unit === 'count' ? 'count' : target ? 'boundary' : 'no_target') : null,
      ...counts,
    }),
  };
}
