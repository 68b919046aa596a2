import { directive2025 } from './directive-2025.ts';
import { drugs2030 } from './drugs-2030.ts';
import { national } from './national.ts';
import { nationalProgramme2021 } from './national-programme-2021-2025.ts';
import { programme20212025 } from './programme-2021-2025.ts';
import type { TargetSet } from './target-set.ts';

/**
 * The documents whose targets the `in-force` set chooses among, each with its years in force and level
 * (TARGETS.md). Adding a document: its file, and one line here.
 */
export const TARGET_DOCUMENTS: readonly TargetSet[] = [
  programme20212025,
  directive2025,
  nationalProgramme2021,
  national,
  drugs2030,
];
