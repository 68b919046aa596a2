import type { IndicatorDefinition, Measure } from '../indicators/definition.ts';
import { sumMeasure, type YearIndex } from '../indicators/measure.ts';
import { ratePer100k } from '../stats/rate-per-100k.ts';
import type { DataSet } from '../types.ts';
import { monthsCovered } from './coverage.ts';
import type { ResultScope } from './trend.ts';

/** A count per 100,000 people in one year, with its exact interval. */
export interface YearRate {
  year: number;
  count: number;
  population: number;
  /** `count / population · 100,000`. */
  rate: number;
  /** Garwood exact 95 % interval of the count, scaled the same way. */
  ci95: [number, number];
  /** Months the count covers; a partial year's rate is for those months only, not annualised. */
  months: number[];
  partial_year: boolean;
}

/** The `per_100k` field: the year's rate and the baseline year's, where `population.csv` has them. */
export interface Per100kAssessment extends YearRate {
  /** The same for the indicator's baseline (or comparison) year; null without its population. */
  comparison: YearRate | null;
}

const POPULATION: Measure = {
  table: 'population',
  terms: [{ column: 'population', sign: 1, rollUp: 'sum' }],
  label: { vi: 'Dân số', en: 'Population' },
};

/**
 * A count indicator's numerator per 100,000 people: `x / P · 10⁵`, with the Garwood interval
 * `[χ²_{0.025}(2x)/2, χ²_{0.975}(2x + 2)/2] / P · 10⁵` (population treated as fixed), for the year and
 * for the comparison year. P sums `population.csv` over the area's leaves.
 *
 * Source: `stats/rate-per-100k.ts` (Garwood 1936; R `poisson.test(x, T = P / 1e5)`); METHODOLOGY.md
 * section 4.
 *
 * @returns null when `population.csv` has no row for the year, the area's population is 0, or the
 *   numerator has no row
 * @example
 * const index = new YearIndex(data);
 * const codes = areaAndDescendants(data.areas, '42');
 * per100k(data, index, crimeChangeVsBaseline, { year: 2024, areaCode: '42', codes }, 2021)?.rate; // => 62.08722646620203 (bundled data)
 */
export function per100k(
  data: DataSet,
  index: YearIndex,
  def: IndicatorDefinition,
  scope: ResultScope,
  comparisonYear: number | null,
): Per100kAssessment | null {
  const one = (year: number): YearRate | null => {
    const count = sumMeasure(index, def.numerator, year, scope.codes);
    const population = sumMeasure(index, POPULATION, year, scope.codes);
    if (!count || !population) return null;
    const r = ratePer100k(count.value, population.value);
    if (!r) return null;
    const months = monthsCovered(data, def.numerator.table, def.numerator.yearColumn ?? 'year', year, scope.areaCode);
    return {
      year,
      count: count.value,
      population: population.value,
      rate: r.rate,
      ci95: r.ci,
      months,
      partial_year: months.length > 0 && months.length < 12,
    };
  };
  const now = one(scope.year);
  if (!now) return null;
  return { ...now, comparison: comparisonYear !== null && comparisonYear !== scope.year ? one(comparisonYear) : null };
}
