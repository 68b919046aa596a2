import type { Milestone } from './target-set.ts';

/**
 * The threshold of a path target in a year: the straight line between the milestones on either side
 * (the toolkit's reading of "20 % in 2025, 50 % by 2030", labelled as such); before the first milestone its
 * threshold, after the last the last's.
 *
 * Formula: t(Y) = t₀ + (t₁ − t₀)·(Y − Y₀)/(Y₁ − Y₀) for Y₀ ≤ Y ≤ Y₁.
 * Source: ../shared/reference/TARGETS.md, reading rules ("a path target gives the years between by a straight line").
 *
 * @throws {RangeError} when there is no milestone or two share a year
 * @example
 * pathThreshold([{ year: 2025, threshold: 0.2 }, { year: 2030, threshold: 0.5 }], 2026); // => { threshold: 0.26, interpolated: true }
 * pathThreshold([{ year: 2025, threshold: 0.2 }, { year: 2030, threshold: 0.5 }], 2030); // => { threshold: 0.5, interpolated: false }
 * pathThreshold([{ year: 2025, threshold: 0.2 }, { year: 2030, threshold: 0.5 }], 2024); // => { threshold: 0.2, interpolated: false }
 */
export function pathThreshold(
  milestones: readonly Milestone[],
  year: number,
): { threshold: number; interpolated: boolean } {
  if (milestones.length === 0) throw new RangeError('a path target needs at least one milestone');
  const sorted = [...milestones].sort((a, b) => a.year - b.year);
  for (let i = 1; i < sorted.length; i++) {
    if ((sorted[i] as Milestone).year === (sorted[i - 1] as Milestone).year)
      throw new RangeError(`two milestones in ${(sorted[i] as Milestone).year}`);
  }
  const first = sorted[0] as Milestone;
  const last = sorted[sorted.length - 1] as Milestone;
  if (year <= first.year) return { threshold: first.threshold, interpolated: false };
  if (year >= last.year) return { threshold: last.threshold, interpolated: false };
  const at = sorted.find((m) => m.year === year);
  if (at) return { threshold: at.threshold, interpolated: false };
  const right = sorted.findIndex((m) => m.year > year);
  const a = sorted[right - 1] as Milestone;
  const b = sorted[right] as Milestone;
  // Rounded to 12 decimals so that 0.2 + 0.06 prints and compares as 0.26.
  const threshold =
    Math.round((a.threshold + ((b.threshold - a.threshold) * (year - a.year)) / (b.year - a.year)) * 1e12) / 1e12;
  return { threshold, interpolated: true };
}
