import type { TargetSet } from './target-set.ts';
import { programme20212025 } from './programme-2021-2025.ts';
import { national } from './national.ts';
import { directive2025 } from './directive-2025.ts';
import { nationalProgramme2021 } from './national-programme-2021-2025.ts';
import { inForce } from './in-force.ts';
import { drugs2030 } from './drugs-2030.ts';

/** Built-in target sets by id. The first is the default. */
export const TARGET_SETS: Readonly<Record<string, TargetSet>> = {
  'in-force': inForce,
  'programme-2021-2025': programme20212025,
  national,
  'directive-2025': directive2025,
  'qd-1944-2021': nationalProgramme2021,
  'drugs-2030': drugs2030,
};

/**
 * The default target set: for each year and indicator, the document in force that year (`in-force`); the
 * named documents (`programme-2021-2025`, ...) are still there to judge any year against one of them.
 */
export const DEFAULT_TARGET_SET = 'in-force';
