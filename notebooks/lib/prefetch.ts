/**
 * Work for the years a page does not show, done while the browser is idle, so that the next change of year finds
 * its figures made: the core keeps what it computes per data set (`sharedReport`, `sharedAssessment`, the compared
 * areas' rates...), and a year worked out here is read back at no cost when the reader picks it.
 *
 * The years nearest the one shown go first. One year is worked at a time, in an idle period of the browser
 * (`requestIdleCallback`), so a click or a redraw never waits behind more than one year's work. A new call (another
 * area, another data folder) drops what the previous one had not done yet. Nothing here is counted as a redraw's
 * computing (notebooks/lib/timing.ts): it happens between changes, not after one.
 */

type IdleDeadline = { timeRemaining(): number };
type Idle = (run: (deadline: IdleDeadline) => void) => void;

const idle: Idle =
  typeof requestIdleCallback === 'function'
    ? (run) => requestIdleCallback(run, { timeout: 2000 })
    : (run) => setTimeout(() => run({ timeRemaining: () => 50 }), 50);

let generation = 0;

/**
 * Runs `work(year)` for each of `years` but `shown`, nearest first, one year per idle period; a later call cancels
 * the years this one has not reached. A failing year is skipped (the page will say why when it is picked).
 *
 * @example prefetchYears([2019, 2020, 2021], 2020, (y) => sharedReport(data, { year: y })) // 2021, then 2019
 */
export function prefetchYears(years: readonly number[], shown: number, work: (year: number) => void): void {
  const mine = ++generation;
  const queue = years.filter((y) => y !== shown).sort((a, b) => Math.abs(a - shown) - Math.abs(b - shown) || b - a);
  const step = (deadline: IdleDeadline) => {
    if (mine !== generation) return;
    do {
      const year = queue.shift();
      if (year === undefined) return;
      try {
        work(year);
      } catch {
        // Said by the page when that year is picked.
      }
    } while (queue.length > 0 && deadline.timeRemaining() > 40);
    if (queue.length > 0) idle(step);
  };
  idle(step);
}
