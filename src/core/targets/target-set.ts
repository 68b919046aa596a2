import type { Bilingual } from '../messages/lang.ts';
import type { IndicatorId } from '../indicators/definition.ts';
import type { Comparator } from '../types.ts';

/** A milestone of a path target: at least (or at most) `threshold` in `year`. */
export interface Milestone {
  year: number;
  threshold: number;
}

/** One target of a set, as plain data. */
export interface TargetSpec {
  comparator: Comparator;
  /** The threshold; for a path target, the last milestone's. */
  threshold: number;
  /** The year by which the target must be met; null for a target that holds every year. */
  deadline_year: number | null;
  /**
   * A path target (20 % of communes drug-free in 2025, 50 % by 2030): the threshold of a year between two
   * milestones is read off the straight line between them (the toolkit's reading, not the document's).
   */
  milestones?: readonly Milestone[];
  /** The clause of the document, when the set's own source does not say it. */
  clause?: string;
}

/**
 * A named set of targets, one per indicator: a document (a programme, a directive, a resolution) or a set
 * a user writes. A set may name another it `extends`: indicators it leaves out take the other set's
 * targets (and say so in their `set` field).
 */
export interface TargetSet {
  id: string;
  title: Bilingual;
  /** A name short enough for a table column ('Chỉ thị 2025 tỉnh'); the id when absent. */
  short?: Bilingual;
  /** Where the targets are written (legal text, report) or who set them. */
  source: string;
  extends?: string;
  /** The years the document is in force, `[from, to]` (`to` null while open); absent: every year. */
  in_force?: readonly [from: number, to: number | null];
  /** Who issued it: a provincial document comes before a national one in the `in-force` set. */
  level?: 'provincial' | 'national';
  /**
   * `documents-in-force`: not a document but the rule that picks, for each year and indicator, the target of
   * the document in force (see `inForceTargets`). Its `targets` are empty.
   */
  kind?: 'documents-in-force';
  targets: Partial<Record<IndicatorId, TargetSpec>>;
}
