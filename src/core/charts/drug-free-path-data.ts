import { pathThreshold } from '../targets/path-threshold.ts';
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
  /** The path target (the latest year's that has milestones); null when the target set has none. */
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
    const target =
      [...context.history]
        .reverse()
        .map((report) => headline(report, DRUG_FREE_ID)?.target ?? null)
        .find((t) => t !== null && (t.milestones?.length ?? 0) > 0) ?? null;
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
