import { areaBreaks, UNIT_COUNT_INDICATORS } from '../areas/area-breaks.ts';
import { untargetedFigure } from '../indicators/untargeted-figure.ts';
import type { IndicatorDefinition } from '../indicators/definition.ts';
import type { YearIndex } from '../indicators/measure.ts';
import type { IndicatorResult } from '../indicators/result.ts';
import type { Bilingual } from '../messages/lang.ts';
import { PATH_PROGRESS_TEXTS } from '../messages/analysis.ts';
import { periodRange } from '../periods/period-range.ts';
import { cagrProgress, type CagrProgressStatus } from '../stats/progress-cagr.ts';
import { escapProgress, type EscapStatus } from '../stats/progress-escap.ts';
import type { DataSet } from '../types.ts';
import type { ResultScope } from './trend.ts';

/** The `path_progress` field: is a path target's end on track (50 % of communes drug-free by 2030)? */
export interface PathProgress {
  /** The year the series starts: the first milestone's (2025), or the first year after a break of the units. */
  base_year: number;
  /** The end milestone's year (2030) and threshold (0.5): what progress aims at. */
  target_year: number;
  target_value: number;
  /** The yearly values read (proportions), from the base year to the year assessed. */
  series: { year: number; value: number }[];
  cagr: {
    status: CagrProgressStatus;
    cagr_observed: number | null;
    cagr_required: number | null;
    ratio: number | null;
    reason: Bilingual;
  };
  escap: {
    status: EscapStatus;
    projected_value: number | null;
    prediction_interval: [number, number] | null;
    reason: Bilingual;
  };
  reason: Bilingual;
}

/**
 * Progress of a proportion towards the END of its path target (`drug_free_communes_share`: ≥ 20 % in 2025,
 * ≥ 50 % by 2030): Open SDG's CAGR (`stats/progress-cagr.ts`) and ESCAP's anticipated value
 * (`stats/progress-escap.ts`) on the yearly values from the path's first milestone year to the year
 * assessed, both aimed at the last milestone's threshold and year (0.5 in 2030), never at the year's point on
 * the line. A share of units (UNIT_COUNT_INDICATORS) starts after the last break of the units below the area
 * (216 communes, then 69 units), so no year of the other tree enters.
 *
 * Formula: CAGR_o = (x_t/x_0)^(1/(t−t_0)) − 1 against CAGR_r = (x_T/x_0)^(1/(T−t_0)) − 1, T and x_T the end
 * milestone's year and threshold; ESCAP x̂_T from the time-weighted regression.
 * Source: open-sdg `docs/progress-methodology.md`; ESCAP progress assessment methodology; TARGETS.md (a path
 * target's years between are the toolkit's straight line; the deadline is the document's).
 *
 * @returns null when the result has no path target, is not a proportion, or the year is before the path's start
 * @example
 * const index = new YearIndex(data);
 * const result2026 = computeIndicators(data, { year: 2026, index }).results.find((r) => r.id === 'drug_free_communes_share');
 * const scope = { year: 2026, areaCode: '42', codes: areaAndDescendants(data.areas, '42') };
 * pathProgress(data, index, drugFreeCommunesShare, result2026, scope)?.cagr.status; // => 'on_track' (bundled data: 16/69 in 2025, 21/69 in 2026)
 */
export function pathProgress(
  data: DataSet,
  index: YearIndex,
  def: IndicatorDefinition,
  result: IndicatorResult,
  scope: ResultScope,
): PathProgress | null {
  const target = result.target;
  const milestones = target?.milestones;
  if (!target || !milestones || milestones.length < 2 || def.unit !== 'proportion') return null;
  const start = milestones[0] as { year: number; threshold: number };
  const end = milestones[milestones.length - 1] as { year: number; threshold: number };
  if (scope.year < start.year) return null;
  const assessed = Math.min(scope.year, end.year);
  // A share of units compares only years whose units are the same: after the last break below the area.
  const convention = index.convention;
  const breaks = UNIT_COUNT_INDICATORS.has(def.id) ? areaBreaks(data, scope.areaCode, { unitCount: true }) : [];
  const lastBreak = breaks
    .map((b) => b.date)
    .filter((d) => d <= periodRange(convention, assessed).end)
    .sort()
    .at(-1);
  const series: { year: number; value: number }[] = [];
  for (let year = start.year; year <= assessed; year++) {
    if (lastBreak && periodRange(convention, year).end < lastBreak) continue;
    const r = year === scope.year ? result : untargetedFigure(index, def, year, scope.codes, {});
    const partial = r.inputs.months !== null && r.inputs.months.length < 12;
    if (r.value !== null && !partial) series.push({ year, value: r.value });
  }
  const base = series[0];
  const direction = target.comparator === '>=' || target.comparator === '>' ? 'increase' : 'decrease';
  const baseYear = base?.year ?? start.year;
  const cagr = cagrProgress({ series, baseYear, targetValue: end.threshold, targetYear: end.year, direction });
  const escap = escapProgress({ series, baseYear, targetValue: end.threshold, targetYear: end.year, direction });
  const pi = escap.predictionInterval;
  return {
    base_year: baseYear,
    target_year: end.year,
    target_value: end.threshold,
    series,
    cagr: {
      status: cagr.status,
      cagr_observed: cagr.cagrObserved,
      cagr_required: cagr.cagrRequired,
      ratio: cagr.ratio,
      reason: cagr.reason,
    },
    escap: {
      status: escap.status,
      projected_value: escap.projectedValue,
      prediction_interval: pi ? [pi.lower, pi.upper] : null,
      reason: escap.reason,
    },
    reason: PATH_PROGRESS_TEXTS.summary(end.year, end.threshold, cagr.status, escap.status),
  };
}
