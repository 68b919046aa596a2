import { untargetedFigure } from '../indicators/untargeted-figure.ts';
import type { IndicatorDefinition } from '../indicators/definition.ts';
import type { YearIndex } from '../indicators/measure.ts';
import type { Bilingual } from '../messages/lang.ts';
import { ANALYSIS_TEXTS } from '../messages/analysis.ts';
import { mannKendall, type MannKendallMethod, type TrendDirection } from '../stats/mann-kendall.ts';
import { theilSen } from '../stats/theil-sen.ts';
import type { DataSet } from '../types.ts';
import { monthsCovered, tableProfile } from './coverage.ts';
import { conventionOf } from '../periods/of-data.ts';
import { monthIndex } from './months.ts';
import type { SeriesSegment } from './series-break.ts';

/** One year of the series a trend is tested on. */
export interface YearlyPoint {
  year: number;
  /** The figure tested: the indicator's value (proportions) or the year's count (counts and changes). */
  value: number;
  numerator: number | null;
  denominator: number | null;
  /** How many months the year's figure covers (see `monthsCovered`). */
  months_covered: number;
  partial: boolean;
}

/** Mann-Kendall test and Theil-Sen slope over the yearly series up to the year assessed. */
export interface YearlyTrend {
  /** `value`: the yearly values of a proportion; `count`: the yearly counts of a count or a change. */
  basis: 'value' | 'count';
  series: YearlyPoint[];
  /** Years left out because their counts cover fewer than 12 months. */
  excluded_partial_years: number[];
  n: number;
  mann_kendall: {
    s: number;
    var_s: number;
    z: number;
    /** Two-sided p-value. */
    p: number;
    method: MannKendallMethod;
    tau: number;
    direction: TrendDirection;
  } | null;
  /** Change per year: in proportion points (0.01 = 1 point) or in cases. */
  theil_sen: { slope: number; intercept: number } | null;
  reason: Bilingual;
}

/** What {@link yearlyTrend} needs to know about the result. */
export interface YearlyTrendInput {
  year: number;
  areaCode: string;
  codes: ReadonlySet<string>;
  breakdown: Record<string, string>;
  segment: SeriesSegment;
}

/**
 * The yearly series of an indicator up to year Y and its trend: Mann-Kendall (exact p for up to 10 years
 * without ties, normal approximation otherwise) and the Theil-Sen slope against the year.
 *
 * - Proportions: the yearly values, partial years included (a share is comparable over part of a year).
 * - Counts and changes: the yearly counts (the numerator), partial years left out (10 months of cases
 *   are not comparable with 12).
 * - Only the years inside the segment (no change of territory: {@link seriesSegment}) enter.
 *
 * Formulas: `S = Σ_{i<j} sgn(x_j − x_i)`; slope `= median (x_j − x_i)/(t_j − t_i)`.
 * Source: Mann 1945, Kendall 1975, Theil 1950, Sen 1968 (see `stats/mann-kendall.ts`,
 * `stats/theil-sen.ts`); METHODOLOGY.md section 4 (with 5 annual points only a perfectly monotone
 * series reaches p < 0.05).
 *
 * @example
 * const index = new YearIndex(data);
 * const codes = areaAndDescendants(data.areas, '42');
 * const segment = seriesSegment(data, '42', { from: { year: 2019, month: 1 }, to: { year: 2025, month: 12 } });
 * yearlyTrend(data, index, clearanceRate, { year: 2025, areaCode: '42', codes, breakdown: {}, segment }).mann_kendall?.p;
 * // => 0.1361111111111111 (bundled data: exact, S = 11 of ±21 over 2019-2025, no trend)
 */
export function yearlyTrend(
  data: DataSet,
  index: YearIndex,
  def: IndicatorDefinition,
  input: YearlyTrendInput,
): YearlyTrend {
  const basis: YearlyTrend['basis'] = def.unit === 'proportion' ? 'value' : 'count';
  const yearColumn = def.numerator.yearColumn ?? 'year';
  const convention = conventionOf(data.meta);
  const from = monthIndex(convention, input.segment.from);
  const to = monthIndex(convention, input.segment.to);
  const series: YearlyPoint[] = [];
  const excluded: number[] = [];
  for (const y of tableProfile(data, def.numerator.table, yearColumn).years) {
    if (y > input.year) break;
    const months = monthsCovered(data, def.numerator.table, yearColumn, y, input.areaCode);
    if (months.length === 0) continue;
    const inside = months.every((month) => {
      const i = monthIndex(convention, { year: y, month });
      return i >= from && i <= to;
    });
    if (!inside) continue;
    const r = untargetedFigure(index, def, y, input.codes, input.breakdown);
    const partial = months.length < 12;
    const value = basis === 'value' ? r.value : r.numerator;
    if (value === null || !Number.isFinite(value)) continue;
    if (basis === 'count' && partial) {
      excluded.push(y);
      continue;
    }
    series.push({
      year: y,
      value,
      numerator: r.numerator,
      denominator: r.denominator,
      months_covered: months.length,
      partial,
    });
  }

  const n = series.length;
  const values = series.map((p) => p.value);
  const years = series.map((p) => p.year);
  const mk = n >= 3 ? mannKendall(values) : null;
  const ts = n >= 2 ? theilSen(values, years) : null;
  return {
    basis,
    series,
    excluded_partial_years: excluded,
    n,
    mann_kendall: mk && {
      s: mk.s,
      var_s: mk.varS,
      z: mk.z,
      p: mk.p,
      method: mk.method,
      tau: mk.tau,
      direction: mk.direction,
    },
    theil_sen: ts && { slope: ts.slope, intercept: ts.intercept },
    reason: ANALYSIS_TEXTS.yearlyTrend({
      unit: def.unit,
      years,
      excluded,
      mk: mk && { s: mk.s, p: mk.p, method: mk.method, direction: mk.direction, maxS: (n * (n - 1)) / 2 },
      slope: ts?.slope ?? null,
      segment: input.segment,
    }),
  };
}
