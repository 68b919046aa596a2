import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The files of the caches (`png-cache.ts`, `svg-cache.ts`, the notebooks' site and page caches): one file an entry, named by its key and
 * an extension, in a folder of its own. Entries are written atomically (a temporary file, then a rename), so
 * a reader never sees half an entry; a hit is touched, and the least recently used beyond a count are removed
 * (once per process and folder, after the first entry written). Errors are the caller's to ignore: a cache
 * that fails falls back to drawing.
 */

const prunedFolders = new Set<string>();

/**
 * The SHA-256 of `data` in hexadecimal: what each cache checks an entry's content against when reading it.
 *
 * @example sha256Hex('') // => 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Writes `bytes` as `file` in `dir` atomically, then, the first time in this process for `dir`, removes the
 * least recently used entries ending in `ext` beyond `keep` ({@link pruneCacheFiles}).
 */
export async function storeCacheFile(
  dir: string,
  file: string,
  bytes: string | Uint8Array,
  ext: string,
  keep: number,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, bytes);
    await rename(temp, file);
  } finally {
    await rm(temp, { force: true });
  }
  if (prunedFolders.has(dir)) return;
  prunedFolders.add(dir);
  await pruneCacheFiles(dir, ext, keep);
}

/** Marks a cache file as just used (its modification time), so that pruning keeps it longest. */
export async function touchCacheFile(file: string): Promise<void> {
  const now = new Date();
  await utimes(file, now, now).catch(() => undefined);
}

/**
 * Removes the least recently used files ending in `ext` beyond `keep` in `dir`, and temporary files left by a
 * crash more than an hour ago.
 */
export async function pruneCacheFiles(dir: string, ext: string, keep: number): Promise<void> {
  const names = await readdir(dir);
  const dated: { name: string; t: number }[] = [];
  for (const name of names) {
    const s = await stat(join(dir, name)).catch(() => null);
    if (!s) continue;
    if (name.endsWith('.tmp') && Date.now() - s.mtimeMs > 3600e3) await rm(join(dir, name), { force: true });
    else if (name.endsWith(ext)) dated.push({ name, t: s.mtimeMs });
  }
  if (dated.length <= keep) return;
  dated.sort((a, b) => a.t - b.t);
  for (const { name } of dated.slice(0, dated.length - keep)) await rm(join(dir, name), { force: true });
}
