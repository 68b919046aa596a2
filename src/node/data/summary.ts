/**
 * Province-wide yearly totals of the key series of a generated data set, for the README and the
 * command line's closing message. Plain sums over every row of the year (every row is a leaf).
 */
import type { Tables } from './generate.ts';

export interface YearSummary {
  year: number;
  /** Criminal cases occurred and cleared, all groups and severities. */
  occurred: number;
  cleared: number;
  /** Social-order cases occurred. */
  socialOrder: number;
  /** Very serious + especially serious cases occurred and cleared. */
  seriousOccurred: number;
  seriousCleared: number;
  /** Crime reports: received, accepted, resolved, and the resolution denominator
   * (carried_over in the year's first month + accepted - transferred). */
  received: number;
  accepted: number;
  resolved: number;
  resolutionBase: number;
}

/** The yearly totals, one entry per year that has criminal-case or report rows. */
export function yearlySummary(tables: Pick<Tables, 'criminal_cases' | 'crime_reports'>): YearSummary[] {
  const years = [
    ...new Set([...tables.criminal_cases.map((r) => r.year), ...tables.crime_reports.map((r) => r.year)]),
  ].sort((a, b) => a - b);
  return years.map((year) => {
    const cases = tables.criminal_cases.filter((r) => r.year === year);
    const serious = cases.filter((r) => r.severity === 'very_serious' || r.severity === 'especially_serious');
    const reports = tables.crime_reports.filter((r) => r.year === year);
    const firstMonth = Math.min(...reports.map((r) => r.month ?? 1));
    const sum = <T>(rows: T[], f: (r: T) => number): number => rows.reduce((s, r) => s + f(r), 0);
    return {
      year,
      occurred: sum(cases, (r) => r.occurred),
      cleared: sum(cases, (r) => r.cleared),
      socialOrder: sum(
        cases.filter((r) => r.crime_group === 'social_order'),
        (r) => r.occurred,
      ),
      seriousOccurred: sum(serious, (r) => r.occurred),
      seriousCleared: sum(serious, (r) => r.cleared),
      received: sum(reports, (r) => r.received),
      accepted: sum(reports, (r) => r.accepted),
      resolved: sum(reports, (r) => r.resolved),
      resolutionBase:
        sum(
          reports.filter((r) => (r.month ?? 1) === firstMonth),
          (r) => r.carried_over,
        ) + sum(reports, (r) => r.accepted - r.transferred),
    };
  });
}

/** A proportion as a percentage with one decimal, e.g. `87.6 %`. */
export function percent(numerator: number, denominator: number): string {
  return denominator === 0 ? '–' : `${((100 * numerator) / denominator).toFixed(1)} %`;
}
