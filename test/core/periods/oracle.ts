/**
 * An independent day-arithmetic oracle for the period tests, built on `Date.UTC` (the toolkit's
 * own calendar code uses none), so boundaries are confirmed by a second computation.
 */
export const DAY_MS = 86_400_000;

/** ISO date of a UTC timestamp. */
export const isoOf = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** UTC timestamp of an ISO date. */
export const timeOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/** The ISO date `days` after `iso`. */
export const addDays = (iso: string, days: number): string => isoOf(timeOf(iso) + days * DAY_MS);

/** Inclusive day count of a range. */
export const daysIn = (start: string, end: string): number => (timeOf(end) - timeOf(start)) / DAY_MS + 1;
