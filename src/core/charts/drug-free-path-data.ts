import { pathThreshold } from '../targets/path-threshold.ts';
import { TARGET_SETS } from '../targets/registry.ts';
import { resolveTargets } from '../targets/resolve.ts';
import type { Status, Target } from '../types.ts';
import { headline, type ChartContext } from './chart-context.ts';

/**
 * The data of the drug-free path chart (drug-free-path.ts): the share of communes recognised drug-free each year
 * (`drug_free_communes_share`, Wilson interval, each year judged against its own point of the path), and the
 * path itself, from its first milestone to its last (20 % in 2025 to 50 % in 2030, the straight line between:
 * the toolkit's reading of NQ 163/2024/QH15 and KL 132-KL/TW, `targets/path-threshold.ts`).
 */

/** The indicator the chart draws. */
export const DRUG_FREE_ID = 'drug_free_communes_share';

/** One year's share. */
export interface SharePoint {
  year: number;
  value: number;
  numerator: number;
  denominator: number;
  ci95: [number, number] | null;
  status: Status;
  /** The year's point of the path; null before the path begins (no target in force). */
  threshold: number | null;
}

/** A year of the path. */
export interface PathPoint {
  year: number;
  threshold: number;
  /** A milestone the documents (or the plans quoting them) set; false for a year read off the line. */
  milestone: boolean;
}

/** What the chart draws. */
export interface DrugFreePathData {
  /** The years with a share (none for a folder without `drug_free_communes.csv`). */
  points: SharePoint[];
  /**
   * The path target: the latest shown year's that has milestones, else the first the target set holds in a later
   * year (a path not yet in force); null when the target set has none.
   */
  target: Target | null;
  /** Each year from the first milestone to the last. */
  path: PathPoint[];
}

/**
 * The shares from 2019 to the year and the path they are judged against.
 *
 * @example drugFreePathData(buildChartContext(data, { year: 2026 })).path.map((p) => p.threshold) // => [0.2, 0.26, 0.32, 0.38, 0.44, 0.5]
 */
export function drugFreePathData(context: ChartContext): DrugFreePathData {
  return context.memo('drug-free-path', () => {
    const points = context.history.flatMap((report): SharePoint[] => {
      const r = headline(report, DRUG_FREE_ID);
      if (!r || r.value === null || r.numerator === null || r.denominator === null) return [];
      const { value, numerator, denominator, ci95, status } = r;
      return [
        { year: report.year, value, numerator, denominator, ci95, status, threshold: r.target?.threshold ?? null },
      ];
    });
    const hasPath = (t: Target | null | undefined): t is Target => !!t && (t.milestones?.length ?? 0) > 0;
    // The path of the latest year shown; before it is in force (a year before 2025), the path the target set
    // will hold, so that the years before it are seen against what is to come.
    const target =
      [...context.history]
        .reverse()
        .map((report) => headline(report, DRUG_FREE_ID)?.target)
        .find(hasPath) ?? upcomingPath(context);
    const milestones = [...(target?.milestones ?? [])].sort((a, b) => a.year - b.year);
    const path: PathPoint[] = [];
    const first = milestones[0];
    const last = milestones[milestones.length - 1];
    if (first && last) {
      for (let year = first.year; year <= last.year; year++) {
        path.push({
          year,
          threshold: pathThreshold(milestones, year).threshold,
          milestone: milestones.some((m) => m.year === year),
        });
      }
    }
    return { points, target, path };
  });
}

/** How many years after the last shown {@link upcomingPath} looks for a path coming into force. */
const LOOK_AHEAD_YEARS = 10;

/** The first path target the context's target set holds in a year after the last shown; null without one. */
function upcomingPath(context: ChartContext): Target | null {
  for (let year = context.year + 1; year <= context.year + LOOK_AHEAD_YEARS; year++) {
    const target = resolveTargets(context.targets, TARGET_SETS, year)[DRUG_FREE_ID];
    if (target && (target.milestones?.length ?? 0) > 0) return target;
  }
  return null;
}
