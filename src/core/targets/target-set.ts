import type { Bilingual } from '../messages/lang.ts';
import type { IndicatorId } from '../indicators/definition.ts';
import type { Comparator } from '../types.ts';

/** One target of a set, as plain data. */
export interface TargetSpec {
  comparator: Comparator;
  threshold: number;
  /** The year by which the target must be met; null for a target that holds every year. */
  deadline_year: number | null;
}

/**
 * A named set of targets, one per indicator. A set may name another it `extends`: indicators it leaves
 * out take the other set's targets (and say so in their `set` field).
 */
export interface TargetSet {
  id: string;
  title: Bilingual;
  /** Where the targets are written (legal text, report) or who set them. */
  source: string;
  extends?: string;
  targets: Partial<Record<IndicatorId, TargetSpec>>;
}
