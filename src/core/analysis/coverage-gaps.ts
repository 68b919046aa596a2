import type { MonthCoverage } from './reporting-coverage.ts';

/**
 * The months of a report in which some reporting unit has not sent its return: the `flags.coverage` of its
 * results (CONTRACT.md), merged. Every monthly figure of one area and year counts the same units, so a month's
 * coverage is the same in each result; where two results disagree (none do today), the fewer units reported
 * is kept. Months in the order the results list them; empty when every unit reported.
 *
 * @example coverageGaps([{ flags: { coverage: [{ month: 11, reported: 62, expected: 69 }] } }, { flags: {} }]) // => [{ month: 11, reported: 62, expected: 69 }]
 */
export function coverageGaps(results: readonly { flags?: { coverage?: readonly MonthCoverage[] } }[]): MonthCoverage[] {
  const byMonth = new Map<number, MonthCoverage>();
  for (const r of results) {
    for (const c of r.flags?.coverage ?? []) {
      if (c.reported >= c.expected) continue;
      const seen = byMonth.get(c.month);
      if (!seen || c.reported < seen.reported) byMonth.set(c.month, { ...c });
    }
  }
  return [...byMonth.values()];
}
