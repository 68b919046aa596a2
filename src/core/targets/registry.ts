import type { TargetSet } from './target-set.ts';
import { programme20212025 } from './programme-2021-2025.ts';
import { national } from './national.ts';
import { directive2025 } from './directive-2025.ts';

/** Built-in target sets by id. The first is the default. */
export const TARGET_SETS: Readonly<Record<string, TargetSet>> = {
  'programme-2021-2025': programme20212025,
  national,
  'directive-2025': directive2025,
};

/** The default target set: the provincial programme 2021-2025. */
export const DEFAULT_TARGET_SET = 'programme-2021-2025';
