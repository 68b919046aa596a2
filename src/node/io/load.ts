/**
 * `loadDataFolder`: reads a data folder (CSV files, or one `.xlsx` workbook) or a workbook path,
 * validates it whole against `shared/CONTRACT.md`, and returns either the data set or every problem
 * found. Bad input is refused whole, never half-read.
 */
import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Lang } from '../../core/messages/lang.ts';
import { PERIOD_CONVENTIONS, type BuiltInConventionId } from '../../core/periods/registry.ts';
import { OPTIONAL_TABLES, TABLE_NAMES, type DataSet, type DataSource, type TableName } from '../../core/types.ts';
import {
  DATAPACKAGE_FILE,
  NO_DATAPACKAGE,
  readDataPackage,
  type DataPackageInfo,
  type DeclaredFiles,
} from '../../core/io/datapackage.ts';
import { decodeUtf8 } from '../../core/io/decode.ts';
import { ProblemSink, sortProblems, type Problem } from '../../core/io/problem.ts';
import { csvTextToRawTable, type RawTable } from '../../core/io/raw-table.ts';
import { errorDetail, readInput } from './read-input.ts';
import { validateTables } from '../../core/io/validate-data.ts';
import { MAX_WORKBOOK_BYTES, readWorkbook } from './xlsx.ts';

export { formatProblem, type Problem } from '../../core/io/problem.ts';

/**
 * Most bytes of CSV tables read from one folder, all files together: 100 MB, about 3.4 million rows.
 * Rows are held in memory as they are validated, at about 550 bytes a row: at this limit a load peaks
 * near 2 GB, within Node's default heap. (Larger files once exhausted the heap and crashed; the
 * tables the toolkit reads are aggregates, a province's whole programme is a few MB.)
 */
export const MAX_CSV_BYTES = 100e6;
/** Largest datapackage.json read: 10 MB (a description of the files, not data). */
export const MAX_DATAPACKAGE_BYTES = 10e6;

export interface LoadOptions {
  /** Language of the problem messages; Vietnamese by default. */
  lang?: Lang;
}

export type LoadResult =
  { ok: true; data: DataSet; warnings: Problem[] } | { ok: false; problems: Problem[]; warnings: Problem[] };

/**
 * Loads and validates a data folder.
 *
 * `path` is a folder of CSV files named after the tables (`areas.csv`, `criminal_cases.csv`, ...), a
 * folder holding one `.xlsx` workbook instead, or the path of an `.xlsx` workbook with one sheet per
 * table. A folder may carry a `datapackage.json` (title, periods, cutoff, synthetic).
 *
 * @example
 * const result = await loadDataFolder('data', { lang: 'en' });
 * if (!result.ok) for (const p of result.problems) console.error(formatProblem(p));
 * // criminal_cases.csv:12:7: column "cleared": "3,5" is not a whole number (...)
 */
export async function loadDataFolder(path: string, opts: LoadOptions = {}): Promise<LoadResult> {
  const reading: Reading = { sink: new ProblemSink(opts.lang ?? 'vi'), fileOrder: [path], sources: [], raw: new Map() };
  const { sink } = reading;
  let info: DataPackageInfo = NO_DATAPACKAGE;

  const found = await stat(path).catch(() => null);
  if (found === null) sink.error(path, null, null, 'path_not_found', { path });
  else if (found.isDirectory()) info = await readFolder(path, reading);
  else if (found.isFile() && /\.xlsx$/i.test(path)) await readWorkbookTables(path, basename(path), reading);
  else sink.error(path, null, null, 'not_folder_or_workbook', { path });

  const convention = PERIOD_CONVENTIONS[info.periods as BuiltInConventionId] ?? PERIOD_CONVENTIONS.calendar;
  const tables = validateTables(reading.raw, convention, sink);
  const warnings = sortProblems(sink.warnings, reading.fileOrder);
  if (sink.errors.length > 0) return { ok: false, problems: sortProblems(sink.errors, reading.fileOrder), warnings };
  const data: DataSet = { ...tables, meta: { ...info, sources: reading.sources } };
  return { ok: true, data, warnings };
}

/** What a load gathers as it reads files. */
interface Reading {
  sink: ProblemSink;
  /** File names in the order problems are sorted by. */
  fileOrder: string[];
  sources: DataSource[];
  raw: Map<TableName, RawTable>;
}

/**
 * Reads a folder: its CSV files, or else its one workbook, and its datapackage.json. File names
 * match case-insensitively (`Areas.csv` is read, and reported, as written).
 */
async function readFolder(folder: string, reading: Reading): Promise<DataPackageInfo> {
  const { sink, fileOrder, sources, raw } = reading;
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    sink.error(folder, null, null, 'file_unreadable', { detail: errorDetail(error) });
    return NO_DATAPACKAGE;
  }
  // Every entry, whatever its type: a folder named `areas.csv` is reported as a folder, not as missing.
  const files = new Map(entries.map((e) => [e.name.toLowerCase(), e.name]));
  const workbooks = [...files.values()].filter((f) => /\.xlsx$/i.test(f) && !f.startsWith('~$')).sort();
  const hasCsv = TABLE_NAMES.some((t) => files.has(`${t}.csv`));

  let info = NO_DATAPACKAGE;
  let declared: DeclaredFiles | null = null;
  let packageSource: DataSource | null = null;
  const packageFile = files.get(DATAPACKAGE_FILE);
  if (packageFile !== undefined) {
    const bytes = await readInput(join(folder, packageFile), packageFile, MAX_DATAPACKAGE_BYTES, false, sink);
    if (bytes !== null) {
      const exists = (path: string) =>
        stat(join(folder, path)).then(
          (x) => x.isFile(),
          () => false,
        );
      ({ info, declared } = await readDataPackage(bytes.toString('utf8'), exists, sink));
      packageSource = { file: packageFile, sha256: sha256(bytes) };
    }
  }

  if (!hasCsv && workbooks.length > 1) sink.error(folder, null, null, 'several_workbooks', { files: workbooks });
  else if (!hasCsv && workbooks.length === 1)
    await readWorkbookTables(join(folder, workbooks[0]!), workbooks[0]!, reading);
  else {
    // A workbook the package names is a declared companion of the CSV files, not a stray.
    for (const w of workbooks)
      if (!declared?.paths.has(w)) sink.warn(w, null, null, 'workbook_ignored', { workbook: w });
    if (await tooMuchCsv(folder, files, sink)) return info;
    for (const table of TABLE_NAMES) {
      const file = files.get(`${table}.csv`) ?? `${table}.csv`;
      fileOrder.push(file);
      if (files.has(`${table}.csv`)) {
        const t = await readCsvTable(folder, file, sources, sink);
        if (t !== null) raw.set(table, t);
      } else if (!OPTIONAL_TABLES.includes(table)) sink.error(file, null, null, 'missing_file', { table, file });
    }
  }

  if (packageFile !== undefined) fileOrder.push(DATAPACKAGE_FILE);
  if (packageSource !== null) {
    for (const source of sources) {
      const stated = declared?.sha256.get(source.file);
      if (stated !== undefined && stated.hash !== source.sha256) {
        sink.warn(DATAPACKAGE_FILE, null, null, 'datapackage_hash_mismatch', { name: stated.name, path: source.file });
      }
    }
    sources.push(packageSource);
  }
  return info;
}

/**
 * Refuses the folder's CSV tables, before any is read, when together they pass `MAX_CSV_BYTES`: each
 * file larger than the limit by itself is named, or else the folder.
 */
async function tooMuchCsv(folder: string, files: Map<string, string>, sink: ProblemSink): Promise<boolean> {
  let total = 0;
  const sizes: [string, number][] = [];
  for (const table of TABLE_NAMES) {
    const file = files.get(`${table}.csv`);
    if (file === undefined) continue;
    const found = await stat(join(folder, file)).catch(() => null);
    if (found === null || !found.isFile()) continue; // reported when it is read
    total += found.size;
    sizes.push([file, found.size]);
  }
  if (total <= MAX_CSV_BYTES) return false;
  const single = sizes.filter(([, size]) => size > MAX_CSV_BYTES);
  for (const [file, bytes] of single)
    sink.error(file, null, null, 'file_too_large', { bytes, limit: MAX_CSV_BYTES, workbook: false });
  if (single.length === 0) sink.error(folder, null, null, 'data_too_large', { bytes: total, limit: MAX_CSV_BYTES });
  return true;
}

async function readCsvTable(
  folder: string,
  file: string,
  sources: DataSource[],
  sink: ProblemSink,
): Promise<RawTable | null> {
  const bytes = await readInput(join(folder, file), file, MAX_CSV_BYTES, false, sink);
  if (bytes === null) return null;
  sources.push({ file, sha256: sha256(bytes) });
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    sink.error(file, decoded.line, null, 'not_utf8', { reason: decoded.reason });
    return null;
  }
  return csvTextToRawTable(file, decoded.text, sink);
}

async function readWorkbookTables(full: string, name: string, reading: Reading): Promise<void> {
  const { sink, fileOrder, sources, raw } = reading;
  fileOrder.push(name);
  const bytes = await readInput(full, name, MAX_WORKBOOK_BYTES, true, sink);
  if (bytes === null) return;
  sources.push({ file: name, sha256: sha256(bytes) });
  const sheets = await readWorkbook(bytes, name, sink);
  if (sheets === null) return;
  for (const table of TABLE_NAMES) {
    const sheet = sheets.get(table);
    if (sheet !== undefined && sheet !== null) {
      fileOrder.push(sheet.file);
      raw.set(table, sheet);
    } else if (sheet === undefined && !OPTIONAL_TABLES.includes(table))
      sink.error(name, null, null, 'missing_sheet', { table, workbook: name });
  }
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
