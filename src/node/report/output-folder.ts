/**
 * Nothing lost: the report is built in a temporary folder beside `--out` (on the same file system, so a
 * rename moves it), and swapped in only when every step has succeeded: the earlier report is renamed
 * aside, the new one renamed in, then the earlier one deleted. A failure removes the temporary folder and
 * leaves the earlier report as it was. An `--out` that holds anything but an earlier chitieu report is
 * refused, so that no unrelated file is ever deleted.
 */
import { randomBytes } from 'node:crypto';
import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Bilingual } from '../../core/messages/lang.ts';
import { REPORT_MESSAGES } from '../../core/messages/report.ts';
import { MANIFEST_KIND, REPORT_FILES } from './files.ts';
import { listFiles } from './walk.ts';

/** A report that cannot be written where asked; the command exits 2 (misuse). */
export class OutFolderError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }
}

/** What is at `--out` now. */
export type OutState = 'absent' | 'empty' | 'report';

/** The files an earlier chitieu report's manifest.json lists (itself included); null when it is not one. */
export async function earlierReportFiles(dir: string): Promise<Set<string> | null> {
  try {
    const manifest = JSON.parse(await readFile(join(dir, REPORT_FILES.manifest), 'utf8')) as {
      kind?: unknown;
      outputs?: { file?: unknown }[];
    };
    if (manifest.kind !== MANIFEST_KIND || !Array.isArray(manifest.outputs)) return null;
    const files = new Set<string>([REPORT_FILES.manifest]);
    for (const o of manifest.outputs) if (typeof o.file === 'string') files.add(o.file);
    return files;
  } catch {
    return null;
  }
}

/**
 * Checks `--out` before anything is built: absent, an empty folder, or an earlier report holding only the
 * files its manifest lists (a file someone added to it would be deleted by the swap, so it is refused too).
 *
 * @throws OutFolderError when it is a file, a folder holding anything else, or a report with added files.
 */
export async function checkOutFolder(out: string): Promise<OutState> {
  const found = await lstat(out).catch(() => null);
  if (found === null) return 'absent';
  if (!found.isDirectory()) throw new OutFolderError(REPORT_MESSAGES.outIsFile(out));
  if ((await readdir(out)).length === 0) return 'empty';
  const known = await earlierReportFiles(out);
  if (known === null) throw new OutFolderError(REPORT_MESSAGES.outNotReport(out));
  const foreign = (await listFiles(out)).filter((f) => !known.has(f));
  if (foreign.length > 0) throw new OutFolderError(REPORT_MESSAGES.outHasForeignFiles(out, foreign));
  return 'report';
}

/** The prefix of the temporary folders beside `out`: `.report.chitieu-tmp-`. */
export function tempPrefix(out: string): string {
  return `.${basename(resolve(out))}.chitieu-tmp-`;
}

/** Creates the temporary build folder beside `out` (creating `out`'s parent if needed). */
export async function makeTempSibling(out: string): Promise<string> {
  const absolute = resolve(out);
  await mkdir(dirname(absolute), { recursive: true });
  const dir = await mkdtemp(join(dirname(absolute), tempPrefix(absolute)));
  // mkdtemp makes the folder readable by its owner only; the report is for colleagues to read too.
  await chmod(dir, 0o755);
  return dir;
}

/**
 * Moves the finished build into place: the earlier report (or empty folder) is renamed aside, the build
 * renamed in, and the earlier one deleted. If the second rename fails, the earlier one is put back.
 */
export async function swapIn(temp: string, out: string): Promise<void> {
  const absolute = resolve(out);
  const exists = (await lstat(absolute).catch(() => null)) !== null;
  if (!exists) {
    await rename(temp, absolute);
    return;
  }
  const aside = join(dirname(absolute), `.${basename(absolute)}.chitieu-old-${randomBytes(6).toString('hex')}`);
  await rename(absolute, aside);
  try {
    await rename(temp, absolute);
  } catch (error) {
    await rename(aside, absolute);
    throw error;
  }
  await rm(aside, { recursive: true, force: true });
}

/** What {@link recoverInterruptedSwap} found and did. */
export interface Recovery {
  /** An earlier report put back at `--out` from where a killed swap had left it. */
  restored: string | null;
  /** Leftovers removed: reports set aside by a finished swap, builds of killed runs over an hour old. */
  removed: string[];
}

/**
 * Mends what a run killed in the middle (SIGKILL, power cut) can leave beside `--out`, before a new run
 * starts:
 * - `--out` missing while an earlier report sits aside (`.out.chitieu-old-*`, the kill fell between the
 *   swap's two renames): the earlier report is put back;
 * - `--out` in place and reports still aside (the kill fell before their deletion): they are deleted;
 * - temporary builds (`.out.chitieu-tmp-*`) untouched for over an hour: deleted (a younger one may belong
 *   to a run still going).
 * Only folders with chitieu's own prefixes for this `--out` are touched.
 */
export async function recoverInterruptedSwap(out: string, now: number = Date.now()): Promise<Recovery> {
  const absolute = resolve(out);
  const parent = dirname(absolute);
  const base = basename(absolute);
  const recovery: Recovery = { restored: null, removed: [] };
  const siblings = await readdir(parent).catch(() => [] as string[]);
  const aside = siblings.filter((n) => n.startsWith(`.${base}.chitieu-old-`)).sort();
  const outExists = (await lstat(absolute).catch(() => null)) !== null;
  if (!outExists) {
    for (const name of aside) {
      if ((await earlierReportFiles(join(parent, name))) !== null) {
        await rename(join(parent, name), absolute);
        recovery.restored = name;
        break;
      }
    }
  }
  for (const name of aside) {
    if (name === recovery.restored) continue;
    await rm(join(parent, name), { recursive: true, force: true });
    recovery.removed.push(name);
  }
  for (const name of siblings.filter((n) => n.startsWith(tempPrefix(absolute)))) {
    const info = await lstat(join(parent, name)).catch(() => null);
    if (info && now - info.mtimeMs > 3_600_000) {
      await rm(join(parent, name), { recursive: true, force: true });
      recovery.removed.push(name);
    }
  }
  return recovery;
}

/** Removes the temporary folder (after a failure). */
export async function removeTemp(temp: string): Promise<void> {
  await rm(temp, { recursive: true, force: true });
}
