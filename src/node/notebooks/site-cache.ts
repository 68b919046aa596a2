/**
 * A cache of built notebook sites, so that a report or `npm run notebooks:build` made again with the same
 * toolkit skips Notebook Kit's build (about 7 s of CPU: loading Vite, TypeScript and jsdom, turning every cell
 * into JavaScript, bundling Vega, Plot and d3 with Rolldown and minifying them) and copies the site instead.
 *
 * The site is a function of the toolkit alone: the pages fetch their data at run time, and the data reach the
 * site only as files Vite copies from notebooks/public/data/ into `data/` as they are. So an entry holds the
 * site without `data/`; a hit copies the entry's files and then the data, as Vite does: the same bytes as a
 * build (on the bundled data, a site from the cache and one from Notebook Kit were compared byte for byte).
 *
 * The key is the SHA-256 of everything the build reads besides node_modules: every file under notebooks/
 * (except the copied data, Notebook Kit's and Vite's caches and the build lock) and under src/ except src/node/
 * (Node-only code, which a page cannot run), the toolkit's package.json, package-lock.json (which fixes every
 * installed package, Notebook Kit, Vite and Rolldown included) and tsconfig files, the build's settings
 * (pages, template), the Node version and the `VITE_*` and `NODE_ENV` variables. Any byte changed, any file
 * added or removed there builds afresh. A site is kept only when the files its bundle was made from (listed
 * by notebooks/vite.config.js) are all among those hashed or installed packages ({@link keyCovers}): were a
 * page ever to import a file from src/node/, its sites would simply not be kept.
 *
 * It lives beside the data-folder and drawing caches (`cacheDir()`, `src/node/io/load-cache.ts`:
 * `$CHITIEU_CACHE_DIR`, else `$XDG_CACHE_HOME/chitieu`, else `~/.cache/chitieu`), in `notebooks/`, one file an
 * entry (`<key>.site`: the site's files with their SHA-256, `v8.serialize`d), written, touched and pruned as
 * the drawing caches' are (`src/node/cache/cache-files.ts`). `CHITIEU_CACHE=off` turns it off, and it is off
 * when the toolkit runs from its sources (tests). Every file's SHA-256 is checked before the site is written
 * out; an entry that does not match is removed and the site built again. At most {@link MAX_SITE_ENTRIES} are
 * kept (about 6 MB each), the least recently used removed first.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { cacheDir } from '../io/load-cache.ts';
import { sha256Hex as sha256, storeCacheFile, touchCacheFile } from '../cache/cache-files.ts';

/** Sites kept; the least recently used are removed beyond it. */
export const MAX_SITE_ENTRIES = 4;

/** The folder of a built site that holds the copied data (Vite copies notebooks/public/ to the site's root). */
export const SITE_DATA_DIR = 'data';

/** An entry's layout; part of the key, so entries of another layout are never read. */
const ENTRY_FORMAT = 'site-2';

/** The extension of an entry's file. */
const ENTRY_EXT = '.site';

/** One file of a cached site: its path in the site (with `/`), its SHA-256 and its bytes. */
interface SiteFile {
  file: string;
  sha256: string;
  bytes: Uint8Array;
}

/** The site cache's folder, or null when the cache is off (or the toolkit runs from its sources). */
export function siteCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const dir = cacheDir(env);
  return dir === null ? null : join(dir, 'notebooks');
}

/** Files directly in the toolkit's folder that the build reads. */
const ROOT_FILES = /^(package\.json|package-lock\.json|tsconfig(\..+)?\.json|\.browserslistrc|postcss\.config\..+)$/;

/**
 * Folders that are not sources of the site: under notebooks/, the copied data, Notebook Kit's and Vite's caches
 * and the lock; src/node/, the Node-only code.
 */
const NOT_SOURCES = new Set(
  [
    ['notebooks', 'public', 'data'],
    ['notebooks', '.observable'],
    ['notebooks', '.build.lock'],
    ['notebooks', 'node_modules'],
    ['src', 'node'],
  ].map((parts) => join(...parts)),
);

/**
 * The files a notebook build reads from the toolkit (node_modules aside): relative path (with `/`), in name order.
 *
 * @param root - the toolkit's folder (the one holding notebooks/ and src/)
 */
export async function siteSources(root: string): Promise<string[]> {
  const files: string[] = [];
  for (const e of await readdir(root, { withFileTypes: true }))
    if (e.isFile() && ROOT_FILES.test(e.name)) files.push(e.name);
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (!NOT_SOURCES.has(path)) await walk(path);
      } else if (e.isFile()) files.push(path.split(sep).join('/'));
    }
  };
  for (const top of ['src', 'notebooks']) if (existsSync(join(root, top))) await walk(top);
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The cache key of a site: SHA-256 over the entry format, the build's settings, the Node version, the `VITE_*`
 * and `NODE_ENV` variables, and every source file ({@link siteSources}) by name, size and bytes.
 *
 * @param root - the toolkit's folder
 * @param settings - what the build is asked besides its sources (pages, template, base), as a stable string
 * @example await siteKey(root, JSON.stringify({ pages })) // => 'f3a1…' (64 hex digits); the same sources, the same key
 */
export async function siteKey(root: string, settings: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const variables = Object.keys(env)
    .filter((k) => k.startsWith('VITE_') || k === 'NODE_ENV')
    .sort()
    .map((k) => `${k}=${env[k]}`);
  const hash = createHash('sha256').update(
    `chitieu-notebooks\0${ENTRY_FORMAT}\0${settings}\0${process.version}\0${variables.join('\0')}\0`,
  );
  const files = await siteSources(root);
  const contents = await Promise.all(files.map(async (file) => ({ file, bytes: await readFile(join(root, file)) })));
  for (const { file, bytes } of contents) {
    hash.update(`${file}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/**
 * Whether a key made from `sources` ({@link siteSources}) covers every file a bundle was made from (`inputs`,
 * absolute paths, listed by notebooks/vite.config.js): each one is an installed package's (under a
 * node_modules/ folder, fixed by the lockfile) or one of the sources.
 *
 * @example keyCovers('/t', ['/t/src/core/a.ts', '/t/node_modules/d3/x.js'], ['src/core/a.ts']) // => true
 */
export function keyCovers(root: string, inputs: readonly string[], sources: readonly string[]): boolean {
  const hashed = new Set(sources);
  return inputs.every((file) => {
    const path = relative(root, file).split(sep).join('/');
    return path.split('/').includes('node_modules') || hashed.has(path);
  });
}

/** Every file under a folder, as relative paths with `/`, in name order. */
async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.push(relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Empties a site's folder as Vite's `emptyOutDir` does (everything but `.git`), making it when missing.
 */
export async function emptySiteFolder(out: string): Promise<void> {
  await mkdir(out, { recursive: true });
  for (const e of await readdir(out)) if (e !== '.git') await rm(join(out, e), { recursive: true, force: true });
}

/** The file of the entry of `key`. */
function entryFile(cache: string, key: string): string {
  return join(cache, `${key}${ENTRY_EXT}`);
}

/**
 * Puts the cached site of `key` into `out` (emptied first), then the data from `dataDir` into its
 * {@link SITE_DATA_DIR}. False when there is no such entry, or when it cannot be read or one of its files does
 * not match the SHA-256 it was stored with (the entry is then removed, and `out` is left as it was).
 */
export async function restoreSite(cache: string, key: string, out: string, dataDir: string): Promise<boolean> {
  const file = entryFile(cache, key);
  let files: SiteFile[];
  try {
    files = deserialize(await readFile(file)) as SiteFile[];
  } catch {
    return false;
  }
  // Only whole entries, and names inside the site: an entry is never trusted to write elsewhere.
  const sound =
    Array.isArray(files) &&
    files.every(
      (f) =>
        typeof f.file === 'string' &&
        !isAbsolute(f.file) &&
        !f.file.split('/').includes('..') &&
        f.bytes instanceof Uint8Array &&
        sha256(f.bytes) === f.sha256,
    );
  if (!sound) {
    await rm(file, { force: true }).catch(() => undefined);
    return false;
  }
  await emptySiteFolder(out);
  const folders = [...new Set(files.map((f) => dirname(join(out, f.file))))].sort();
  for (const folder of folders) await mkdir(folder, { recursive: true });
  // Side by side: the writes go to libuv's threads, and one at a time would leave them waiting.
  await Promise.all(files.map((f) => writeFile(join(out, f.file), f.bytes)));
  await cp(dataDir, join(out, SITE_DATA_DIR), { recursive: true });
  await touchCacheFile(file); // recently used: kept longest
  return true;
}

/**
 * Keeps the site built in `out` (all but its {@link SITE_DATA_DIR}) as the entry of `key`, written atomically;
 * the least recently used entries beyond {@link MAX_SITE_ENTRIES} are then removed.
 */
export async function storeSite(cache: string, key: string, out: string): Promise<void> {
  const names = (await filesUnder(out)).filter((f) => f !== SITE_DATA_DIR && !f.startsWith(`${SITE_DATA_DIR}/`));
  const files: SiteFile[] = await Promise.all(
    names.map(async (file) => {
      const bytes = await readFile(join(out, file));
      return { file, sha256: sha256(bytes), bytes };
    }),
  );
  await storeCacheFile(cache, entryFile(cache, key), serialize(files), ENTRY_EXT, MAX_SITE_ENTRIES);
}
