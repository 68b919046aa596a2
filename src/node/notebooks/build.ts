/**
 * Builds the notebooks into a static site that works offline: the report's notebooks step and
 * `npm run notebooks:build` (scripts/notebooks-build.mjs) both call {@link buildNotebooks}.
 *
 * 1. checks the data folder with the command line's own loader (bad data are refused whole), through the
 *    data-folder cache; skipped when the caller has already accepted the folder (`dataChecked`);
 * 2. copies it into the notebooks with its SHA-256 manifest ({@link prepareNotebookData});
 * 3. copies the site from the site cache when this toolkit has built it before (site-cache.ts: the site does
 *    not depend on the data, which are copied in beside it), or else
 * 4. runs Observable Notebook Kit's `notebooks build` on every notebooks/*.html, with the template in
 *    notebooks/lib/template.html (Vite reads notebooks/vite.config.js, which keeps every page offline), and
 *    keeps the site in the cache. From the bundle, the toolkit runs that build itself (kit-build.ts: the same
 *    build, with a cache of the pages Notebook Kit turns into HTML).
 *
 * The notebooks' sources (pages, template, Vite settings) are files of the toolkit, found from its
 * folder ({@link toolkitRoot}); open the result with `npm run notebooks:serve` (pages load ES modules,
 * which browsers refuse from file://).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { formatProblem } from '../../core/io/problem.ts';
import type { Lang } from '../../core/messages/lang.ts';
import { NOTEBOOK_BUILD_MESSAGES as M } from '../../core/messages/notebook-build.ts';
import { buildId, loadDataFolderCached } from '../io/load-cache.ts';
import { toolkitRoot } from '../report/toolkit-root.ts';
import { notebookDataDir, prepareNotebookData } from './prepare-data.ts';
import { kitConfigFile, type KitBuildOptions } from './kit-build.ts';
import { keyCovers, restoreSite, siteCacheDir, siteKey, siteSources, storeSite } from './site-cache.ts';

/** Options of {@link buildNotebooks}. */
export interface NotebookBuildOptions {
  /** The data folder (CSV files); default `data/` of the toolkit, or $CHITIEU_DATA. */
  data?: string;
  /** Where the site goes; default `out/notebooks/` of the toolkit. */
  out?: string;
  /** Keep Notebook Kit's output to itself (it is shown only when the build fails). */
  quiet?: boolean;
  lang?: Lang;
  /** The toolkit's folder; found from this module by default. */
  root?: string;
  /**
   * The caller has already accepted this data folder with the command line's loader (the report loads it
   * itself): the build does not check it again. Default false.
   */
  dataChecked?: boolean;
  /**
   * Use the site cache (site-cache.ts) when it is on ({@link siteCacheDir}), or the cache in this folder. False
   * always runs Notebook Kit and keeps nothing: what a check that two builds give the same bytes needs.
   * Default true.
   */
  cache?: boolean | string;
}

/** What a build made. */
export interface NotebookBuild {
  out: string;
  pages: string[];
  seconds: number;
  /** Whether the site came from the site cache rather than from Notebook Kit. */
  cached: boolean;
}

/** The toolkit's folder, or an error saying the notebooks cannot be built from here. */
export function notebooksRoot(root?: string): string {
  const found = root ?? toolkitRoot();
  if (found === null) throw new Error('chitieu: the toolkit folder (with notebooks/) was not found');
  return found;
}

/** The notebooks: every `.html` file directly in notebooks/, sorted by name. */
export async function notebookFiles(root: string = notebooksRoot()): Promise<string[]> {
  const entries = await readdir(join(root, 'notebooks'), { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => e.name)
    .sort();
}

/** Where `npm run notebooks:build` writes the site by default. */
export function defaultNotebooksOut(root: string = notebooksRoot()): string {
  return join(root, 'out', 'notebooks');
}

/** Whether Notebook Kit is installed (its command in node_modules/.bin). */
export function notebookKitInstalled(root: string = notebooksRoot()): boolean {
  return existsSync(join(root, 'node_modules', '.bin', 'notebooks'));
}

/**
 * Builds the notebooks on a data folder. One build at a time (a lock in notebooks/, see {@link lockBuild}).
 *
 * @throws Error in the reader's language when the data are refused or Notebook Kit fails
 */
export async function buildNotebooks(options: NotebookBuildOptions = {}): Promise<NotebookBuild> {
  const root = notebooksRoot(options.root);
  const release = await lockBuild(join(root, 'notebooks'));
  try {
    return await buildLocked(root, options);
  } finally {
    await release();
  }
}

/**
 * How long a lock may stay without its pid file before it is taken over: its maker writes the file right after
 * making the folder, so a lock still without one after this long was left by a build killed in between (a
 * report stopped at that moment made every later build wait ten minutes).
 */
export const UNFINISHED_LOCK_MS = 5_000;

/**
 * One build at a time: the data are copied into notebooks/public/data and Vite caches under notebooks/, so two
 * builds at once (two reports, or tests running side by side) would mix their files. A folder made with
 * mkdir (atomic) is the lock, holding the builder's process id; a lock whose process is gone (a killed
 * build), one left without a process id for {@link UNFINISHED_LOCK_MS}, or one older than ten minutes is taken
 * over. Returns the function that releases it.
 */
export async function lockBuild(
  notebooksDir: string,
  unfinishedMs: number = UNFINISHED_LOCK_MS,
): Promise<() => Promise<void>> {
  const lock = join(notebooksDir, '.build.lock');
  for (;;) {
    try {
      await mkdir(lock);
      await writeFile(join(lock, 'pid'), String(process.pid));
      return () => rm(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException)?.code !== 'EEXIST') throw error;
      const info = await stat(lock).catch(() => null);
      const pid = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => 'NaN'));
      const age = info === null ? 0 : Date.now() - info.mtimeMs;
      const gone = Number.isInteger(pid) && !isAlive(pid);
      // A lock without a pid file yet is being made right now, unless it has been so for a while.
      const unfinished = !Number.isInteger(pid) && age > unfinishedMs;
      if (gone || unfinished || age > 10 * 60_000) await rm(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** Whether a process is running (signal 0 tests without sending anything). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException)?.code === 'EPERM';
  }
}

async function buildLocked(root: string, options: NotebookBuildOptions): Promise<NotebookBuild> {
  const started = performance.now();
  const lang = options.lang ?? 'vi';
  const data = options.data ?? process.env.CHITIEU_DATA ?? join(root, 'data');
  const out = resolve(options.out ?? defaultNotebooksOut(root));
  const notebooksDir = join(root, 'notebooks');

  if (!options.dataChecked) {
    const loaded = await loadDataFolderCached(data, { lang });
    if (!loaded.ok) throw new Error(M.dataRefused(data, loaded.problems.map(formatProblem).join('\n'))[lang]);
  }
  await prepareNotebookData(root, data, lang);

  const pages = await notebookFiles(root);
  const template = join(notebooksDir, 'lib', 'template.html');
  const done = (cached: boolean): NotebookBuild => ({
    out,
    pages,
    seconds: (performance.now() - started) / 1000,
    cached,
  });
  const cache = options.cache === false ? null : typeof options.cache === 'string' ? options.cache : siteCacheDir();
  const settings = JSON.stringify({ pages, template: 'notebooks/lib/template.html', base: './' });
  const key = cache === null ? null : await siteKey(root, settings).catch(() => null);
  if (cache !== null && key !== null && (await restoreSite(cache, key, out, notebookDataDir(root)).catch(() => false)))
    return done(true);

  const args = [
    'build',
    '--root',
    notebooksDir,
    '--template',
    template,
    '--out',
    relative(notebooksDir, out),
    '--empty',
    '--',
    ...pages.map((p) => join(notebooksDir, p)),
  ];
  // notebooks/vite.config.js lists the files the bundle was made from there, for the cache.
  const inputs = key === null ? null : join(tmpdir(), `chitieu-notebook-inputs-${process.pid}-${randomUUID()}.json`);
  const env = inputs === null ? process.env : { ...process.env, CHITIEU_NOTEBOOK_INPUTS: inputs };
  // From the bundle, the toolkit's own run of the kit's build (kit-build.ts: the same build, with the page
  // cache beside the site cache); from the sources (tests), the kit's command.
  const driver = join(root, 'dist', 'notebooks.js');
  const [command, commandArgs] =
    fromBundle() && existsSync(driver) && existsSync(kitConfigFile(root))
      ? [
          process.execPath,
          [
            driver,
            'kit',
            JSON.stringify({
              root,
              out,
              template,
              pages: pages.map((p) => join(notebooksDir, p)),
              pageCache: cache,
            } satisfies KitBuildOptions),
          ],
        ]
      : [join(root, 'node_modules', '.bin', 'notebooks'), args];
  try {
    const run = await runKit(command, commandArgs, root, Boolean(options.quiet), env);
    if (run.code !== 0) throw new Error(M.kitFailed(run.code, options.quiet ? run.output : '')[lang]);
    if (cache !== null && key !== null && inputs !== null) await keep(root, settings, key, cache, out, inputs);
  } finally {
    if (inputs !== null) await rm(inputs, { force: true });
  }
  return done(false);
}

/**
 * Keeps a site just built in the cache, when its key still holds (no source changed while Notebook Kit ran)
 * and covers every file the bundle was made from. A cache that cannot be written (full disk, read-only)
 * leaves the build as it is.
 */
async function keep(root: string, settings: string, key: string, cache: string, out: string, inputs: string) {
  try {
    const read = JSON.parse(await readFile(inputs, 'utf8')) as string[];
    if ((await siteKey(root, settings)) !== key || !keyCovers(root, read, await siteSources(root))) return;
    await storeSite(cache, key, out);
  } catch {
    // No list (an older vite.config.js), or no room: nothing kept.
  }
}

/** Whether this module runs from the toolkit's build (dist/), which sets its build id, rather than from its sources. */
function fromBundle(): boolean {
  return buildId() !== undefined;
}

/** Runs Notebook Kit; its output is shown, or kept for the error message when quiet. */
function runKit(
  bin: string,
  args: string[],
  cwd: string,
  quiet: boolean,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(bin, args, { cwd, env, stdio: quiet ? 'pipe' : 'inherit' });
    let output = '';
    child.stdout?.on('data', (b: Buffer) => {
      output += b.toString('utf8');
    });
    child.stderr?.on('data', (b: Buffer) => {
      output += b.toString('utf8');
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

/** Sum of the sizes of the files under a folder. */
export async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) total += (await stat(join(e.parentPath, e.name))).size;
  }
  return total;
}
