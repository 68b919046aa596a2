// Puts a data folder into the notebooks: copies its CSV files and datapackage.json, byte for byte, to
// notebooks/public/data/ (Vite copies public/ into every build as it is), and writes manifest.json there:
// each file's name, size and SHA-256, computed here at build time. The pages fetch the files, hash them
// again in the browser and show both, so a reader can tell which data every figure came from.
//
//   node scripts/notebooks-data.mjs [--data DIR]      (default: data/)
//
// The manifest holds nothing that changes between two runs on the same files (no dates, no absolute
// paths), so two builds of the same notebooks and data are byte-identical.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** Where the pages find the data: `data/` next to each page in the built site. */
export const NOTEBOOK_DATA_DIR = join(ROOT, 'notebooks', 'public', 'data');
export const MANIFEST_FILE = 'manifest.json';

/** The tables of a data folder (src/core/types.ts TABLE_NAMES), and the one file that describes them. */
const TABLE_FILES = [
  'areas', 'area_crosswalk', 'criminal_cases', 'crime_reports', 'violations_detected',
  'corruption_assets', 'judicial_violations', 'reoffending', 'safe_units', 'population',
].map((t) => `${t}.csv`);
const DATAPACKAGE = 'datapackage.json';

/**
 * Copies the data folder's files into the notebooks and writes the manifest.
 * @param {string} dataDir the data folder (CSV files, optional datapackage.json)
 * @returns {Promise<{folder: string, files: {file: string, bytes: number, sha256: string}[]}>}
 */
export async function prepareNotebookData(dataDir) {
  const from = resolve(dataDir);
  const found = await stat(from).catch(() => null);
  if (!found?.isDirectory()) {
    throw new Error(`không thấy thư mục số liệu / no data folder: ${dataDir}`);
  }
  const names = (await readdir(from, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  const wanted = names.filter((n) => TABLE_FILES.includes(n.toLowerCase()) || n.toLowerCase() === DATAPACKAGE);
  if (!wanted.some((n) => n.toLowerCase() !== DATAPACKAGE)) {
    throw new Error(
      `${dataDir}: sổ tay đọc số liệu dạng CSV; thư mục không có tệp CSV nào của bảng số liệu / ` +
        'the notebooks read CSV files, and this folder has none of the tables',
    );
  }
  wanted.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  await rm(NOTEBOOK_DATA_DIR, { recursive: true, force: true });
  await mkdir(NOTEBOOK_DATA_DIR, { recursive: true });
  const files = [];
  for (const name of wanted) {
    const bytes = await readFile(join(from, name));
    await writeFile(join(NOTEBOOK_DATA_DIR, name), bytes);
    files.push({ file: name, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  // The folder as the user named it, relative to the repository when inside it: never an absolute path.
  const rel = relative(ROOT, from).split('\\').join('/');
  const folder = rel === '' ? '.' : rel.startsWith('..') ? from.split(/[\\/]/).pop() ?? dataDir : rel;
  const manifest = { folder, files };
  await writeFile(join(NOTEBOOK_DATA_DIR, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { values } = parseArgs({ options: { data: { type: 'string' } } });
  const dataDir = values.data ?? process.env.CHITIEU_DATA ?? join(ROOT, 'data');
  if (!existsSync(dataDir)) {
    console.error(`notebooks-data: không thấy thư mục số liệu / no data folder: ${dataDir}`);
    process.exit(1);
  }
  try {
    const manifest = await prepareNotebookData(dataDir);
    const total = manifest.files.reduce((s, f) => s + f.bytes, 0);
    console.log(`notebooks-data: ${manifest.files.length} tệp / files (${(total / 1e6).toFixed(2)} MB) từ / from ${manifest.folder}/`);
  } catch (e) {
    console.error(`notebooks-data: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
