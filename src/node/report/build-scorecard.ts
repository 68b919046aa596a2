import type { AreaRow, DataSet } from '../../core/types.ts';
import { rootArea } from '../../core/areas/tree.ts';
import { computeIndicators } from '../../core/indicators/compute.ts';
import { YearIndex } from '../../core/indicators/measure.ts';
import { INDICATORS } from '../../core/indicators/registry.ts';
import type { IndicatorResult } from '../../core/indicators/result.ts';
import { periodRange } from '../../core/periods/period-range.ts';
import type { TargetSet } from '../../core/targets/target-set.ts';
import { AREA_LEVELS } from '../../core/types.ts';
import { assess, type Assessment } from './assess.ts';
import { conventionOf } from '../../core/periods/of-data.ts';
import { dataYears } from '../../core/periods/data-years.ts';

/** One result of the scorecard: the contract's result plus the report's assessment. */
export type ScorecardResult = IndicatorResult & Assessment;

/** Every indicator for one year and area. */
export interface ScorecardReport {
  year: number;
  area_code: string;
  results: ScorecardResult[];
}

/** Every indicator for every year and every area that existed in it. */
export interface Scorecard {
  years: number[];
  /** The areas in print order: the province, then each level in turn, by code. */
  areas: AreaRow[];
  /** By year, then in the order of `areas`. */
  reports: ScorecardReport[];
}

/** Areas in print order: the root, then districts, then communes, each by code. */
export function orderAreas(areas: readonly AreaRow[]): AreaRow[] {
  const rank = (a: AreaRow) => (a.parent_code === null ? -1 : AREA_LEVELS.indexOf(a.level));
  return [...areas].sort((a, b) => rank(a) - rank(b) || a.area_code.localeCompare(b.area_code, 'en'));
}

/**
 * Does an area exist during some part of a statistical year? (In 2025 both the districts, to 30 June,
 * and the new communes, from 1 July, do.)
 */
export function existsIn(area: AreaRow, range: { start: string; end: string }): boolean {
  return area.valid_from <= range.end && (area.valid_to === null || area.valid_to >= range.start);
}

/**
 * Computes the scorecard: `computeIndicators` for every year in the data and every area that existed in
 * it (the province always), with one shared year index, each result assessed.
 *
 * @example buildScorecard(data).reports[0]?.results.length // => 18
 */
export function buildScorecard(data: DataSet, options: { targets?: TargetSet } = {}): Scorecard {
  const years = dataYears(data);
  const areas = orderAreas(data.areas);
  const root = rootArea(data.areas).area_code;
  const convention = conventionOf(data.meta);
  const index = new YearIndex(data);
  const reports: ScorecardReport[] = [];
  for (const year of years) {
    const range = periodRange(convention, year, null);
    for (const area of areas) {
      if (area.area_code !== root && !existsIn(area, range)) continue;
      const report = computeIndicators(data, {
        year,
        area: area.area_code,
        index,
        ...(options.targets ? { targets: options.targets } : {}),
      });
      reports.push({
        year,
        area_code: area.area_code,
        results: report.results.map((r) => ({ ...r, ...assess(INDICATORS[r.id], r) })),
      });
    }
  }
  return { years, areas, reports };
}

/** The report of one year and area, if the scorecard has it. */
export function findReport(scorecard: Scorecard, year: number, area: string): ScorecardReport | undefined {
  return scorecard.reports.find((r) => r.year === year && r.area_code === area);
}
