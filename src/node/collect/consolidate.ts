/**
 * Writes accepted returns into a data folder of CSV tables, all or nothing.
 *
 * Each table's new text keeps every line of other units and periods byte for byte; a unit's rows for a
 * period are replaced where they stood (a correction) or added at the end. The write is a small
 * journal: every new file is written whole under a temporary name and flushed; then the journal naming
 * the renames and the submission-log lines is written and flushed (the commit point); then the files are
 * renamed over the old ones, the log lines appended, and the journal removed. A kill before the commit
 * point leaves the folder as it was (the temporary files are swept by the next run); a kill after it is
 * finished by the next run (`recoverJournal`), so the folder is as it will be.
 */
import { randomUUID } from 'node:crypto';
import { createHash } from 'node:crypto';
import { open, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCsv } from '../../core/io/csv.ts';
import type { TableName } from '../../core/types.ts';
import type { FigureRow } from './figures.ts';

/** The submission log, one JSON object a line, appended only; the loader ignores it. */
export const SUBMISSION_LOG = 'submissions.jsonl';
/** The journal of a write in progress. */
export const JOURNAL = 'collect-journal.json';
const TMP_SUFFIX = '.collect-tmp';

/** One unit's rows of one table for one period, to write in place of what the folder holds. */
export interface Replacement {
  table: TableName;
  unit: string;
  year: number;
  /** Null for a yearly table. */
  month: number | null;
  rows: FigureRow[];
}

interface Journal {
  batch: string;
  renames: [tmp: string, target: string][];
  log: string[];
}

/**
 * The new text of a table: the old one without the unit's rows of the period, with the new rows in
 * their place (or at the end). Columns follow the file's header; a column the row does not have is empty.
 *
 * @example replaceRows('year,month,area_code,detected\n2026,10,18073,1\n', [...]) // keeps line 2, adds the 2026-11 rows
 */
export function replaceRows(text: string, replacements: readonly Replacement[]): { text: string; rows: number } {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = bom ? text.slice(1) : text;
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const lines = body.split(/\r?\n/);
  const endsWithEol = lines.length > 0 && lines[lines.length - 1] === '';
  if (endsWithEol) lines.pop();
  const parsed = parseCsv(body);
  const header = parsed.records[0]?.fields.map((f) => f.trim().toLowerCase()) ?? [];
  const col = (name: string) => header.indexOf(name);
  const yearCol = col('year') >= 0 ? col('year') : col('cohort_year');
  const monthCol = col('month');
  const areaCol = col('area_code');
  const targets = new Map(replacements.map((r) => [`${r.unit}|${r.year}|${r.month ?? ''}`, r]));

  const drop = new Set<number>();
  const insertAt = new Map<string, number>();
  parsed.records.forEach((rec, i) => {
    if (i === 0) return;
    const f = rec.fields;
    const id = `${(f[areaCol] ?? '').trim()}|${Number(f[yearCol])}|${monthCol >= 0 && (f[monthCol] ?? '').trim() !== '' ? Number(f[monthCol]) : ''}`;
    if (!targets.has(id)) return;
    const next = parsed.records[i + 1]?.line ?? lines.length + 1;
    for (let line = rec.line; line < next; line++) drop.add(line - 1);
    if (!insertAt.has(id)) insertAt.set(id, rec.line - 1);
  });

  const delimiter = parsed.delimiter;
  const format = (r: Replacement, row: FigureRow): string =>
    header
      .map((name) => {
        if (name === 'year' || name === 'cohort_year') return String(r.year);
        if (name === 'month') return r.month === null ? '' : String(r.month);
        if (name === 'area_code') return r.unit;
        if (name in row.key) return row.key[name]!;
        if (name in row.values) return String(row.values[name]);
        return '';
      })
      .join(delimiter);

  const before = new Map<number, string[]>();
  const tail: string[] = [];
  let count = 0;
  for (const [id, r] of targets) {
    const text = r.rows.map((row) => format(r, row));
    count += text.length;
    const at = insertAt.get(id);
    if (at === undefined) tail.push(...text);
    else before.set(at, text);
  }
  const out: string[] = [];
  lines.forEach((line, i) => {
    const add = before.get(i);
    if (add) out.push(...add);
    if (!drop.has(i)) out.push(line);
  });
  out.push(...tail);
  return { text: bom + out.join(eol) + (endsWithEol || out.length > 0 ? eol : ''), rows: count };
}

/** What a consolidation wrote. */
export interface Written {
  files: string[];
  rows: number;
}

/**
 * Writes the replacements and appends the log lines, through the journal.
 *
 * @param cutoff the last day the collected periods reach: datapackage.json's `cutoff` moves up to it,
 *   and its hashes of the rewritten files are updated, so the folder loads without warnings
 */
export async function consolidate(
  dir: string,
  replacements: readonly Replacement[],
  log: readonly object[],
  cutoff: string | null,
): Promise<Written> {
  const batch = randomUUID();
  const byTable = new Map<TableName, Replacement[]>();
  for (const r of replacements) byTable.set(r.table, [...(byTable.get(r.table) ?? []), r]);
  const names = new Map((await readdir(dir)).map((n) => [n.toLowerCase(), n]));
  const renames: [string, string][] = [];
  const files: string[] = [];
  const contents = new Map<string, Buffer>();
  let rows = 0;
  for (const [table, list] of byTable) {
    const file = names.get(`${table}.csv`) ?? `${table}.csv`;
    const old = await readFile(join(dir, file), 'utf8').catch(() => null);
    if (old === null) throw new Error(`${file}: missing`);
    const next = replaceRows(old, list);
    rows += next.rows;
    contents.set(file, Buffer.from(next.text, 'utf8'));
    files.push(file);
  }
  const pkgName = names.get('datapackage.json');
  if (pkgName !== undefined && (contents.size > 0 || cutoff !== null)) {
    const pkg = await updatedDataPackage(join(dir, pkgName), contents, cutoff);
    if (pkg !== null) contents.set(pkgName, pkg);
  }
  for (const [file, bytes] of contents) {
    const tmp = `.${file}.${batch.slice(0, 8)}${TMP_SUFFIX}`;
    await writeDurably(join(dir, tmp), bytes);
    renames.push([tmp, file]);
  }
  const journal: Journal = { batch, renames, log: log.map((entry) => JSON.stringify({ ...entry, batch })) };
  await writeDurably(join(dir, `${JOURNAL}${TMP_SUFFIX}`), Buffer.from(JSON.stringify(journal)));
  await rename(join(dir, `${JOURNAL}${TMP_SUFFIX}`), join(dir, JOURNAL)); // the commit point
  await syncDir(dir);
  await finish(dir, journal);
  return { files, rows };
}

/**
 * Finishes a write a kill interrupted after its commit point, and sweeps the temporary files of one
 * interrupted before it. Returns true when a journal was finished.
 */
export async function recoverJournal(dir: string): Promise<boolean> {
  const text = await readFile(join(dir, JOURNAL), 'utf8').catch(() => null);
  let recovered = false;
  if (text !== null) {
    await finish(dir, JSON.parse(text) as Journal);
    recovered = true;
  }
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (name.endsWith(TMP_SUFFIX)) await rm(join(dir, name), { force: true });
  }
  return recovered;
}

async function finish(dir: string, journal: Journal): Promise<void> {
  for (const [tmp, target] of journal.renames) {
    const exists = await stat(join(dir, tmp)).then(
      () => true,
      () => false,
    );
    if (exists) await rename(join(dir, tmp), join(dir, target));
  }
  await syncDir(dir);
  const logPath = join(dir, SUBMISSION_LOG);
  const logged = await readFile(logPath, 'utf8').catch(() => '');
  if (journal.log.length > 0 && !logged.includes(`"batch":"${journal.batch}"`)) {
    const handle = await open(logPath, 'a');
    try {
      await handle.appendFile(`${journal.log.join('\n')}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
  await rm(join(dir, JOURNAL), { force: true });
  await syncDir(dir);
}

async function writeDurably(path: string, bytes: Buffer): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some systems cannot flush a folder; the renames are still atomic.
  }
}

/** datapackage.json with the new files' sizes and hashes, and the cutoff moved up; null when unreadable. */
async function updatedDataPackage(
  path: string,
  contents: ReadonlyMap<string, Buffer>,
  cutoff: string | null,
): Promise<Buffer | null> {
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) return null;
  let pkg: { cutoff?: unknown; resources?: { path?: unknown; bytes?: unknown; hash?: unknown }[] };
  try {
    pkg = JSON.parse(text) as typeof pkg;
  } catch {
    return null;
  }
  for (const resource of pkg.resources ?? []) {
    const bytes = typeof resource.path === 'string' ? contents.get(resource.path) : undefined;
    if (bytes === undefined) continue;
    if ('bytes' in resource) resource.bytes = bytes.length;
    if ('hash' in resource) resource.hash = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  }
  if (cutoff !== null && typeof pkg.cutoff === 'string' && pkg.cutoff < cutoff) pkg.cutoff = cutoff;
  const eol = text.endsWith('\n') ? '\n' : '';
  return Buffer.from(JSON.stringify(pkg, null, 2) + eol, 'utf8');
}
