// Builds the notebooks into a static site that works offline (`npm run notebooks:build`).
//
//   node scripts/notebooks-build.mjs [--data DIR] [--out DIR] [--quiet]
//
// 1. checks the data folder with `chitieu validate` (bad data are refused whole, as by every command);
// 2. copies it into the notebooks with its SHA-256 manifest (scripts/notebooks-data.mjs);
// 3. runs Observable Notebook Kit's `notebooks build` on every notebooks/*.html, with the template in
//    notebooks/lib/template.html; Vite reads notebooks/vite.config.js, which keeps every page offline.
//
// Defaults: --data data (or $CHITIEU_DATA), --out out/notebooks. Open the result with
// `npm run notebooks:serve` (pages load ES modules, which browsers refuse from file://).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { prepareNotebookData } from './notebooks-data.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const NOTEBOOKS_DIR = join(ROOT, 'notebooks');
export const DEFAULT_OUT = join(ROOT, 'out', 'notebooks');
const TEMPLATE = join(NOTEBOOKS_DIR, 'lib', 'template.html');
const NOTEBOOKS_BIN = join(ROOT, 'node_modules', '.bin', 'notebooks');

/** The notebooks: every `.html` file directly in notebooks/, sorted by name. */
export async function notebookFiles() {
  const entries = await readdir(NOTEBOOKS_DIR, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => e.name)
    .sort();
}

/**
 * Builds the notebooks.
 * @param {{data?: string, out?: string, quiet?: boolean}} options
 * @returns {Promise<{out: string, pages: string[], seconds: number}>}
 */
export async function buildNotebooks(options = {}) {
  const release = await lockBuild();
  try {
    return await buildLocked(options);
  } finally {
    await release();
  }
}

/**
 * One build at a time: the data are copied into notebooks/public/data and Vite caches under notebooks/, so two
 * builds at once (two reports, or tests running side by side) would mix their files. A folder made with
 * mkdir (atomic) is the lock, holding the builder's process id; a lock whose process is gone (a killed
 * build) or older than ten minutes is taken over.
 */
async function lockBuild() {
  const lock = join(NOTEBOOKS_DIR, '.build.lock');
  for (;;) {
    try {
      await mkdir(lock);
      await writeFile(join(lock, 'pid'), String(process.pid));
      return () => rm(lock, { recursive: true, force: true });
    } catch (error) {
      if (error?.code !== 'EEXIST') throw error;
      const info = await stat(lock).catch(() => null);
      const pid = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => 'NaN'));
      const gone = Number.isInteger(pid) && !isAlive(pid);
      const old = info !== null && Date.now() - info.mtimeMs > 10 * 60_000;
      // A lock without a pid file yet is being made right now, unless it is old.
      if (gone || old) await rm(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** Whether a process is running (signal 0 tests without sending anything). */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error?.code === 'EPERM';
  }
}

async function buildLocked(options) {
  const started = performance.now();
  const data = options.data ?? process.env.CHITIEU_DATA ?? join(ROOT, 'data');
  const out = resolve(options.out ?? DEFAULT_OUT);
  const stdio = options.quiet ? 'pipe' : 'inherit';

  const cli = join(ROOT, 'bin', 'chitieu.js');
  const check = spawnSync(process.execPath, [cli, 'validate', '--data', data], { encoding: 'utf8' });
  if (check.status !== 0) {
    throw new Error(`chitieu validate --data ${data}:\n${check.stdout}${check.stderr}`);
  }
  await prepareNotebookData(data);

  const pages = await notebookFiles();
  const args = [
    'build',
    '--root', NOTEBOOKS_DIR,
    '--template', TEMPLATE,
    '--out', relative(NOTEBOOKS_DIR, out),
    '--empty',
    '--',
    ...pages.map((p) => join(NOTEBOOKS_DIR, p)),
  ];
  const run = spawnSync(NOTEBOOKS_BIN, args, { cwd: ROOT, stdio, encoding: 'utf8' });
  if (run.status !== 0) {
    throw new Error(`notebooks build failed (exit ${run.status})${options.quiet ? `:\n${run.stdout}${run.stderr}` : ''}`);
  }
  return { out, pages, seconds: (performance.now() - started) / 1000 };
}

/** Sum of the sizes of the files under a folder. */
async function folderBytes(dir) {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) total += (await stat(join(e.parentPath, e.name))).size;
  }
  return total;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, out: { type: 'string' }, quiet: { type: 'boolean' } },
  });
  if (!existsSync(NOTEBOOKS_BIN)) {
    console.error('notebooks-build: thiếu Observable Notebook Kit; hãy chạy npm ci / Notebook Kit is not installed: run npm ci');
    process.exit(2);
  }
  try {
    const { out, pages, seconds } = await buildNotebooks({ data: values.data, out: values.out, quiet: values.quiet });
    const mb = (await folderBytes(out)) / 1e6;
    console.log(
      `notebooks-build: ${pages.length} sổ tay / notebooks -> ${relative(ROOT, out) || '.'}/ ` +
        `(${mb.toFixed(1)} MB, ${seconds.toFixed(1)} s)`,
    );
  } catch (e) {
    console.error(`notebooks-build: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
