/**
 * "Did you mean": the valid name closest to a mistyped one, for the command line's usage errors
 * (`--yaer` → `--year`, `indicator` → `indicators`). Pure: no Node dependency.
 */

/**
 * The optimal string alignment distance (restricted Damerau-Levenshtein): the fewest insertions,
 * deletions, substitutions and swaps of two neighbouring characters that turn `a` into `b`, no substring
 * edited twice. Counted on code points, so a Vietnamese letter is one character.
 *
 * Source: F. J. Damerau, "A technique for computer detection and correction of spelling errors",
 * Communications of the ACM 7(3), 1964; the recurrence as in Wikipedia, "Damerau–Levenshtein distance",
 * section "Optimal string alignment distance".
 *
 * @example
 * editDistance('yaer', 'year'); // => 1 (one swap)
 * editDistance('indicator', 'indicators'); // => 1
 * editDistance('kitten', 'sitting'); // => 3
 */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  // d[i][j]: distance between the first i characters of s and the first j of t.
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= s.length; i++) {
    const row = d[i] as number[];
    const above = d[i - 1] as number[];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = best;
    }
  }
  return (d[s.length] as number[])[t.length] as number;
}

/** The largest distance still taken for a typo: one edit per three characters, at least one. */
function tolerance(word: string): number {
  return Math.max(1, Math.floor([...word].length / 3));
}

/**
 * The candidate a mistyped `word` most likely meant, or null when none is close enough. Case is
 * ignored. A candidate within `max(1, ⌊length / 3⌋)` edits (of the longer of the two) is close; so is the
 * only candidate that starts with `word` (at least three characters: `--tar` → `--targets`). Ties go to
 * the candidate listed first, so the answer never depends on anything but the list.
 *
 * @example
 * closestName('yaer', ['data', 'year', 'area']); // => 'year'
 * closestName('indicator', ['indicators', 'validate']); // => 'indicators'
 * closestName('frobnicate', ['indicators', 'validate']); // => null
 */
export function closestName(word: string, candidates: readonly string[]): string | null {
  const typed = word.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate.toLowerCase());
    const longer = typed.length > candidate.length ? typed : candidate;
    if (distance <= tolerance(longer) && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== null) return best;
  const starting = candidates.filter((c) => c.toLowerCase().startsWith(typed));
  return [...typed].length >= 3 && starting.length === 1 ? (starting[0] as string) : null;
}
