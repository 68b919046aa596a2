import { formatProblem } from '../../core/io/problem.ts';
import { CLI_MESSAGES } from '../../core/messages/cli.ts';
import type { Lang } from '../../core/messages/lang.ts';
import type { DataSet } from '../../core/types.ts';
import { loadDataFolderCached } from '../io/load-cache.ts';
import type { Io } from './io.ts';

/** Loads a data folder; on refusal prints every problem (file:line:column: message) and returns null. */
export async function loadOrReport(path: string, lang: Lang, io: Io): Promise<DataSet | null> {
  const loaded = await loadDataFolderCached(path, { lang });
  for (const w of loaded.warnings) io.err(`${formatProblem(w)}\n`);
  if (!loaded.ok) {
    for (const p of loaded.problems) io.err(`${formatProblem(p)}\n`);
    io.err(`${CLI_MESSAGES.dataRefused(loaded.problems.length)[lang]}\n`);
    return null;
  }
  return loaded.data;
}
