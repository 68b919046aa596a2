/**
 * A cache of validated data folders, so that a command run again on the same files skips reading and checking
 * them (about two thirds of `chitieu indicators` and `chitieu validate`). Only a folder (or workbook) that was
 * accepted is kept; a refused one is read again each time, so its problems are always printed.
 *
 * The key is the SHA-256 of: the build's identity (a hash of the toolkit's sources, set by the build: any code
 * change misses), the language of the messages, the path, and every file under it (relative name and bytes,
 * walked recursively). So any change of any byte, a file added or removed anywhere under the folder, another
 * toolkit build or another language reads the folder afresh. The key of a folder whose files have not changed
 * for a few seconds is remembered against their metadata (`stat-key.ts`), so a command run again on it reads
 * the files' metadata instead of their bytes. Entries are `v8.serialize`d, written
 * atomically (temporary file, then rename), and at most {@link MAX_ENTRIES} are kept (oldest removed).
 * Where: `$CHITIEU_CACHE_DIR`, else `$XDG_CACHE_HOME/chitieu`, else `~/.cache/chitieu`. `CHITIEU_CACHE=off`
 * turns it off; any error of the cache itself (unreadable, full disk) falls back to reading the folder.
 */
import { readFileSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Problem } from '../../core/io/problem.ts';
import type { DataSet, DataSetMeta } from '../../core/types.ts';
import type { LoadOptions, LoadResult } from './load.ts';
import { packRows, unpackRows, type PackedRows } from './packed-rows.ts';
import { walkPlainFiles } from './walk-files.ts';
import { rememberKey, rememberedKey, statSignature } from './stat-key.ts';

declare const __CHITIEU_BUILD__: string | undefined;

/** Entries kept; the oldest are removed beyond it. */
export const MAX_ENTRIES = 16;
/** A folder holding more than this many bytes (or files) is not hashed for the cache: it is read directly. */
const MAX_HASHED_BYTES = 32e6;
const MAX_HASHED_FILES = 2000;

/** Where the cache lives, or null when it is off (or the toolkit runs from its sources, without a build id). */
export function cacheDir(env: NodeJS.ProcessEnv = process.env, build: string | undefined = buildId()): string | null {
  if (build === undefined || env.CHITIEU_CACHE === 'off' || env.CHITIEU_CACHE === '0') return null;
  if (env.CHITIEU_CACHE_DIR) return resolve(env.CHITIEU_CACHE_DIR);
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'chitieu');
}

/**
 * The toolkit build's identity (a hash of its sources and lockfile, set by `scripts/build.mjs`), or undefined when
 * the toolkit runs from its sources (tests): the caches key on it, and are off without it.
 */
export function buildId(): string | undefined {
  return typeof __CHITIEU_BUILD__ === 'string' ? __CHITIEU_BUILD__ : undefined;
}

/**
 * Every file under `path` (or `path` itself), as relative name and bytes, in name order; null when too big.
 * Read synchronously: a dozen small files, where the thread pool's round trips cost more wall time than the
 * reads (about 25 ms of a 0.3 s command).
 */
function filesUnder(path: string): [string, Buffer][] | null {
  const out: [string, Buffer][] = [];
  let bytes = 0;
  const ok = walkPlainFiles(path, (name, full) => {
    const size = statSync(full).size;
    if (bytes + size > MAX_HASHED_BYTES) return false;
    const content = readFileSync(full);
    bytes += content.length;
    out.push([name, content]);
    return bytes <= MAX_HASHED_BYTES && out.length <= MAX_HASHED_FILES;
  });
  return ok ? out : null;
}

/** The cache key of a load: build, language, path and every byte under it; null when it cannot be made. */
export async function cacheKey(path: string, lang: string, build: string): Promise<string | null> {
  let files: [string, Buffer][] | null;
  try {
    files = filesUnder(path);
  } catch {
    return null;
  }
  if (files === null) return null;
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256').update(`chitieu-load\0${ENTRY_FORMAT}\0${build}\0${lang}\0${resolve(path)}\0`);
  for (const [name, content] of files) {
    hash.update(`${name}\0${content.length}\0`);
    hash.update(content);
  }
  return hash.digest('hex');
}

/**
 * {@link loadDataFolder} through the cache: the same result, read from the cache when the same build has
 * accepted the same bytes before.
 *
 * `where.settledMs` (tests) shortens how long files must lie unchanged before their metadata stands for them.
 *
 * @example const loaded = await loadDataFolderCached('data', { lang: 'vi' }); // the second call reads the cache
 */
export async function loadDataFolderCached(
  path: string,
  opts: LoadOptions = {},
  where: { env?: NodeJS.ProcessEnv; build?: string | undefined; settledMs?: number } = {},
): Promise<LoadResult> {
  const build = 'build' in where ? where.build : buildId();
  const dir = cacheDir(where.env ?? process.env, build);
  if (dir === null || build === undefined) return loadDataFolder(path, opts);
  const lang = opts.lang ?? 'vi';
  // The files' metadata, when it matches a settled folder seen before, gives the key without reading them.
  const salt = `${ENTRY_FORMAT}\0${build}\0${lang}\0${resolve(path)}`;
  const sig = statSignature(path, Date.now(), MAX_HASHED_FILES, where.settledMs);
  let key = sig && rememberedKey(dir, salt, sig);
  if (!key) {
    key = await cacheKey(path, lang, build);
    if (key === null) return loadDataFolder(path, opts);
    if (sig) {
      try {
        rememberKey(dir, salt, sig, key);
      } catch {
        // A read-only or full cache: the key is hashed again next time.
      }
    }
  }
  const file = join(dir, `${key}.v8`);
  try {
    const hit = unpackEntry(deserialize(readFileSync(file)) as Entry);
    if (hit !== null) {
      const now = new Date();
      try {
        utimesSync(file, now, now); // recently used: kept longest
      } catch {
        // A read-only cache still serves.
      }
      return hit;
    }
  } catch {
    // No entry (or a damaged one): read the folder.
  }
  const loaded = await loadDataFolder(path, opts);
  if (loaded.ok) await store(dir, file, loaded).catch(() => undefined);
  return loaded;
}

/** An entry's layout; part of the key, so entries of another layout are never read. */
const ENTRY_FORMAT = 'columns-1';

/**
 * The loader itself, imported only when the cache cannot answer: with it come the CSV and workbook readers
 * (and `node:zlib`, `node:crypto`), which a command answered from the cache never needs.
 */
async function loadDataFolder(path: string, opts: LoadOptions): Promise<LoadResult> {
  const { loadDataFolder: load } = await import('./load.ts');
  return load(path, opts);
}

/** What an entry holds: an accepted load, its tables packed by column ({@link packRows}). */
interface Entry {
  format: typeof ENTRY_FORMAT;
  warnings: Problem[];
  meta: DataSetMeta;
  tables: Record<string, PackedRows>;
}

function packEntry(loaded: LoadResult & { ok: true }): Entry {
  const { meta, ...tables } = loaded.data;
  const packed: Record<string, PackedRows> = {};
  for (const [name, rows] of Object.entries(tables)) packed[name] = packRows(rows as object[]);
  return { format: ENTRY_FORMAT, warnings: loaded.warnings, meta, tables: packed };
}

/** The load an entry holds, or null when it is not one (damaged, or another layout). */
function unpackEntry(entry: Entry): LoadResult | null {
  if (!entry || entry.format !== ENTRY_FORMAT || typeof entry.tables !== 'object') return null;
  const data: Record<string, unknown> = {};
  for (const [name, packed] of Object.entries(entry.tables)) data[name] = unpackRows(packed);
  data.meta = entry.meta;
  return { ok: true, data: data as DataSet, warnings: entry.warnings };
}

async function store(dir: string, file: string, loaded: LoadResult & { ok: true }): Promise<void> {
  await mkdir(dir, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, serialize(packEntry(loaded)));
  await rename(temp, file);
  const entries = (await readdir(dir)).filter((f) => f.endsWith('.v8'));
  if (entries.length <= MAX_ENTRIES) return;
  const dated = await Promise.all(entries.map(async (f) => ({ f, t: (await stat(join(dir, f))).mtimeMs })));
  dated.sort((a, b) => a.t - b.t);
  for (const { f } of dated.slice(0, dated.length - MAX_ENTRIES)) await rm(join(dir, f), { force: true });
}
