/**
 * Loads a data folder in the browser: the folder bundled with the build (`data/`, with the SHA-256
 * manifest written at build time by scripts/notebooks-data.mjs), or CSV files the reader picks.
 *
 * Files are validated whole by the same validator as the command line (`validateTables`), so the
 * notebooks refuse exactly the data `chitieu validate` refuses. Every file is hashed here with
 * SHA-256 (Web Crypto) and, for the bundled folder, compared with the manifest.
 *
 * The validator lives in src/core/io/ (browser-safe): CSV parsing and decoding, raw tables, the
 * datapackage reader, cell and tree checks; only the file-system reader stays in src/node/io/.
 */
import { conventionOf } from '../../src/core/periods/of-data.ts';
import type { Lang } from '../../src/core/messages/lang.ts';
import {
  OPTIONAL_TABLES,
  TABLE_NAMES,
  type DataSet,
  type DataSetMeta,
  type DataSource,
  type TableName,
} from '../../src/core/types.ts';
import { DATAPACKAGE_FILE, readDataPackage } from '../../src/core/io/datapackage.ts';
import { decodeUtf8 } from '../../src/core/io/decode.ts';
import { parseCsv } from '../../src/core/io/csv.ts';
import { ProblemSink, sortProblems, type Problem } from '../../src/core/io/problem.ts';
import { csvToRawTable, type RawTable } from '../../src/core/io/raw-table.ts';
import { validateTables } from '../../src/core/io/validate-data.ts';
import { NOTEBOOK_MESSAGES } from '../../src/core/messages/notebooks.ts';

export { formatProblem, type Problem } from '../../src/core/io/problem.ts';

/** Where the built site keeps the bundled folder, relative to each page. */
export const BUNDLED_DATA_URL = 'data/';

/** One file of the build's manifest (scripts/notebooks-data.mjs). */
export interface ManifestFile {
  file: string;
  bytes: number;
  sha256: string;
}

/** The manifest written at build time. */
export interface Manifest {
  /** The data folder the build was given, as the user named it (`data`). */
  folder: string;
  files: ManifestFile[];
}

/** One file as read here, with the hash computed in this browser. */
export interface FileCheck {
  file: string;
  bytes: number;
  /** SHA-256 of the bytes read, computed by this browser; null when Web Crypto is unavailable. */
  sha256: string | null;
  /** SHA-256 recorded at build time; null for files the reader picked. */
  expected: string | null;
}

/** Where the data came from, as the pages show it. */
export interface Provenance {
  origin: 'bundled' | 'picked';
  /** The folder's name: the build's data folder, or the folder the reader picked. */
  folder: string | null;
  files: FileCheck[];
  meta: DataSetMeta;
}

export type LoadResult =
  | { ok: true; data: DataSet; provenance: Provenance; warnings: Problem[] }
  | { ok: false; problems: Problem[]; provenance: Provenance; warnings: Problem[] };

/** A file to read: a name and a way to get its bytes. */
interface SourceFile {
  name: string;
  bytes(): Promise<Uint8Array>;
}

/** Loads the folder bundled with the build, checking every file against the build's manifest. */
export async function loadBundledData(lang: Lang = 'vi', base: string = document.baseURI): Promise<LoadResult> {
  const root = new URL(BUNDLED_DATA_URL, base);
  const manifest = (await fetchOk(new URL('manifest.json', root)).then((r) => r.json())) as Manifest;
  const files: SourceFile[] = manifest.files.map((f) => ({
    name: f.file,
    bytes: () =>
      fetchOk(new URL(encodeURIComponent(f.file), root)).then(async (r) => new Uint8Array(await r.arrayBuffer())),
  }));
  const expected = new Map(manifest.files.map((f) => [f.file, f.sha256]));
  return loadFiles(files, { origin: 'bundled', folder: manifest.folder, expected, lang });
}

/** Loads CSV files the reader picked (a folder, or several files), e.g. from {@link dataFolderInput}. */
export async function loadPickedFiles(picked: readonly File[], lang: Lang = 'vi'): Promise<LoadResult> {
  // From a folder picker, files carry `folder/name`: keep the folder's own files, not its subfolders'.
  const path = (f: File) => f.webkitRelativePath || f.name;
  const top = picked.filter((f) => path(f).split('/').length <= 2);
  const files: SourceFile[] = top.map((f) => ({
    name: f.name,
    bytes: async () => new Uint8Array(await f.arrayBuffer()),
  }));
  const first = top[0] ? path(top[0]) : '';
  const folder = first.includes('/') ? first.slice(0, first.indexOf('/')) : null;
  return loadFiles(files, { origin: 'picked', folder, expected: new Map(), lang });
}

async function fetchOk(url: URL): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response;
}

/** SHA-256 as lowercase hex, or null where the page is not a secure context (no Web Crypto). */
export async function sha256Hex(bytes: Uint8Array): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function loadFiles(
  files: readonly SourceFile[],
  how: { origin: Provenance['origin']; folder: string | null; expected: ReadonlyMap<string, string>; lang: Lang },
): Promise<LoadResult> {
  const sink = new ProblemSink(how.lang);
  const byName = new Map(files.map((f) => [f.name.toLowerCase(), f]));
  const checks: FileCheck[] = [];
  const sources: DataSource[] = [];
  const fileOrder: string[] = [];
  const raw = new Map<TableName, RawTable>();

  const read = async (file: SourceFile): Promise<Uint8Array> => {
    const bytes = await file.bytes();
    const sha256 = await sha256Hex(bytes);
    const expected = how.expected.get(file.name) ?? null;
    checks.push({ file: file.name, bytes: bytes.length, sha256, expected });
    sources.push({ file: file.name, sha256: sha256 ?? expected ?? '' });
    return bytes;
  };

  for (const table of TABLE_NAMES) {
    const file = byName.get(`${table}.csv`);
    const name = file?.name ?? `${table}.csv`;
    fileOrder.push(name);
    if (!file) {
      if (!OPTIONAL_TABLES.includes(table)) sink.error(name, null, null, 'missing_file', { table, file: name });
      continue;
    }
    const decoded = decodeUtf8(await read(file));
    if (!decoded.ok) {
      sink.error(name, null, null, 'not_utf8', { reason: decoded.reason });
      continue;
    }
    const t = csvToRawTable(name, parseCsv(decoded.text), sink);
    if (t !== null) raw.set(table, t);
  }

  let info: Omit<DataSetMeta, 'sources'> = { title: null, periods: 'calendar', cutoff: null, synthetic: false };
  const pkg = byName.get(DATAPACKAGE_FILE);
  if (pkg) {
    fileOrder.push(pkg.name);
    const decoded = decodeUtf8(await read(pkg));
    // The same reader as the command line's; a resource exists when it is among the files at hand.
    const exists = async (path: string) => byName.has(path.toLowerCase());
    if (decoded.ok) info = (await readDataPackage(decoded.text, exists, sink)).info;
    else sink.error(pkg.name, null, null, 'not_utf8', { reason: decoded.reason });
  }
  for (const c of checks) {
    if (c.expected !== null && c.sha256 !== null && c.sha256 !== c.expected) {
      const message = NOTEBOOK_MESSAGES.sha256Mismatch(c.sha256, c.expected)[how.lang];
      sink.errors.push({ file: c.file, line: null, column: null, code: 'sha256_mismatch', message });
    }
  }

  const convention = conventionOf(info);
  const tables = validateTables(raw, convention, sink);
  const meta: DataSetMeta = { ...info, sources };
  const provenance: Provenance = { origin: how.origin, folder: how.folder, files: checks, meta };
  const warnings = sortProblems(sink.warnings, fileOrder);
  if (sink.errors.length > 0)
    return { ok: false, problems: sortProblems(sink.errors, fileOrder), provenance, warnings };
  return { ok: true, data: { ...tables, meta }, provenance, warnings };
}
