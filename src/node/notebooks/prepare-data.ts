/**
 * Puts a data folder into the notebooks: copies its CSV files and datapackage.json, byte for byte, to
 * notebooks/public/data/ (Vite copies public/ into every build as it is), and writes manifest.json there:
 * each file's name, size and SHA-256, computed here at build time. The pages fetch the files, hash them
 * again in the browser and show both, so a reader can tell which data every figure came from.
 *
 * The manifest holds nothing that changes between two runs on the same files (no dates, no absolute
 * paths), so two builds of the same notebooks and data are byte-identical.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { NOTEBOOK_BUILD_MESSAGES as M } from '../../core/messages/notebook-build.ts';
import type { Lang } from '../../core/messages/lang.ts';
import { DATAPACKAGE_FILE } from '../../core/io/datapackage.ts';
import { TABLE_NAMES } from '../../core/types.ts';

/** The manifest file beside the copied data. */
export const MANIFEST_FILE = 'manifest.json';

/** One file of the manifest. */
export interface NotebookDataFile {
  file: string;
  bytes: number;
  sha256: string;
}

/** What the pages read first: the folder as the user named it, and every file with its hash. */
export interface NotebookDataManifest {
  folder: string;
  files: NotebookDataFile[];
}

/** Where the pages find the data in the notebooks' sources: `public/data/`. */
export function notebookDataDir(root: string): string {
  return join(root, 'notebooks', 'public', 'data');
}

/**
 * Copies the data folder's table files (src/core/types.ts TABLE_NAMES) and datapackage.json into the
 * notebooks, and writes the manifest.
 *
 * @param root - the toolkit's folder (the one holding notebooks/)
 * @throws Error (in the reader's language) when the folder is missing or holds no table as CSV
 */
export async function prepareNotebookData(
  root: string,
  dataDir: string,
  lang: Lang = 'vi',
): Promise<NotebookDataManifest> {
  const from = resolve(dataDir);
  const found = await stat(from).catch(() => null);
  if (!found?.isDirectory()) throw new Error(M.noDataFolder(dataDir)[lang]);
  const tableFiles = TABLE_NAMES.map((t) => `${t}.csv`);
  const names = (await readdir(from, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  const wanted = names.filter((n) => tableFiles.includes(n.toLowerCase()) || n.toLowerCase() === DATAPACKAGE_FILE);
  if (!wanted.some((n) => n.toLowerCase() !== DATAPACKAGE_FILE)) throw new Error(M.noCsvTables(dataDir)[lang]);
  wanted.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  const target = notebookDataDir(root);
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  const files: NotebookDataFile[] = [];
  for (const name of wanted) {
    const bytes = await readFile(join(from, name));
    await writeFile(join(target, name), bytes);
    files.push({ file: name, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  // The folder as the user named it, relative to the toolkit when inside it: never an absolute path.
  const rel = relative(root, from).split('\\').join('/');
  const folder = rel === '' ? '.' : rel.startsWith('..') ? (from.split(/[\\/]/).pop() ?? dataDir) : rel;
  const manifest: NotebookDataManifest = { folder, files };
  await writeFile(join(target, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
