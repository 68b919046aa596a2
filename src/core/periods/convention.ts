import type { Bilingual } from '../messages/lang.ts';

/**
 * A reporting-period convention as plain data. Every convention the toolkit knows (calendar,
 * police, National Assembly, procuracy) and every user's own is one object of this shape, so a
 * new convention is a JSON file read by `parseConvention`, not code.
 *
 * Two numbers fix the whole calendar of a convention:
 *
 * - `month_start_day` (1–28): the day each statistical month starts. With 1, months are calendar
 *   months. With d > 1, a month runs from day d of the previous calendar month to day d − 1 of
 *   its own month, and is **named by the calendar month it ends in**: police month 8/2024 is
 *   15/7/2024–14/8/2024.
 * - `year_start_month` (1–12): the named month that opens the statistical year. A year is
 *   **named by the calendar year it ends in**. With 1, year Y is named months 1–12 of Y (police:
 *   month 1/2025 starts 15/12/2024, so year 2025 is 15/12/2024–14/12/2025). With m > 1, year Y
 *   runs from named month m of Y − 1 to named month m − 1 of Y (National Assembly, m = 10:
 *   1/10/(Y−1)–30/9/Y).
 *
 * Field names are snake_case, as in the data files.
 */
export interface PeriodConvention {
  /** Identifier, lower snake_case: `police`. */
  id: string;
  /** Name shown to readers. */
  name: Bilingual;
  /** Day (1–28) on which each statistical month starts; 1 for calendar months, 15 for the police. */
  month_start_day: number;
  /** Named month (1–12) that opens the statistical year; 1 for January, 10 for the NA year, 12 for the procuracy. */
  year_start_month: number;
  /** Where the convention is written down (a document, a report, a URL). */
  source?: string;
  /** `stated` when a source states the convention; `inferred` when it is read from practice. */
  basis?: 'stated' | 'inferred';
  /** Anything a reader should know about the convention. */
  note?: Bilingual;
}

/** The statistical year and named month a date falls in (`month` is the calendar month the statistical month ends in). */
export interface StatisticalMonth {
  year: number;
  month: number;
}

/** An inclusive range of ISO dates. */
export interface PeriodRange {
  /** First day, ISO `YYYY-MM-DD`. */
  start: string;
  /** Last day (inclusive), ISO `YYYY-MM-DD`. */
  end: string;
}
