/**
 * Writes the aggregated tables as the contract's CSV files, deterministically (the same tables
 * give the same bytes) and whole or not at all: each file is written beside its final name and
 * renamed into place only when every file has been written.
 */
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILT_IN_CONVENTION_IDS } from '../../core/periods/registry.ts';
import type { AreaRow, CrimeReportRow, CriminalCaseRow } from '../../core/types.ts';
import { DATAPACKAGE_FILE } from '../../core/io/datapackage.ts';
import type { AggregateTables } from './aggregate.ts';

export const CRIMINAL_CASES_COLUMNS = [
  'year',
  'month',
  'area_code',
  'crime_group',
  'severity',
  'occurred',
  'cleared',
] as const;
export const CRIME_REPORTS_COLUMNS = [
  'year',
  'month',
  'area_code',
  'carried_over',
  'received',
  'accepted',
  'transferred',
  'resolved',
  'suspended',
] as const;

/**
 * A table as CSV text: a header, one line per row, LF line ends.
 *
 * @example
 * tableCsv(['year', 'occurred'], [{ year: 2024, occurred: 3 }]); // => 'year,occurred\n2024,3\n'
 */
export function tableCsv<R extends object>(columns: readonly (keyof R & string)[], rows: readonly R[]): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
  return `${lines.join('\n')}\n`;
}

/** A value as a CSV cell: null as empty, quoted when it holds a comma, a quote or a line break. */
function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The contract's areas.csv. */
export function areasCsv(rows: readonly AreaRow[]): string {
  return tableCsv<AreaRow>(['area_code', 'name_vi', 'name_en', 'level', 'parent_code', 'valid_from', 'valid_to'], rows);
}

export function criminalCasesCsv(rows: readonly CriminalCaseRow[]): string {
  return tableCsv<CriminalCaseRow>(CRIMINAL_CASES_COLUMNS, rows);
}

export function crimeReportsCsv(rows: readonly CrimeReportRow[]): string {
  return tableCsv<CrimeReportRow>(CRIME_REPORTS_COLUMNS, rows);
}

/** What was written, file by file. */
export interface WrittenFile {
  file: string;
  rows: number;
}

/**
 * Writes `criminal_cases.csv` (and `crime_reports.csv`) into `dir`, creating it, and a
 * `datapackage.json` naming the period convention and the cut-off when the folder has none (a
 * folder's own datapackage.json is left as it is; a convention of the user's own, which a
 * datapackage.json cannot name, writes none).
 */
export async function writeAggregateTables(
  dir: string,
  tables: AggregateTables,
  meta: { periods: string; cutoff: string | null },
): Promise<WrittenFile[]> {
  await mkdir(dir, { recursive: true });
  const files: { file: string; text: string; rows: number }[] = [
    { file: 'criminal_cases.csv', text: criminalCasesCsv(tables.criminal_cases), rows: tables.criminal_cases.length },
  ];
  if (tables.crime_reports !== null) {
    files.push({
      file: 'crime_reports.csv',
      text: crimeReportsCsv(tables.crime_reports),
      rows: tables.crime_reports.length,
    });
  }
  const hasPackage = await stat(join(dir, DATAPACKAGE_FILE)).then(
    () => true,
    () => false,
  );
  const builtIn = (BUILT_IN_CONVENTION_IDS as readonly string[]).includes(meta.periods);
  if (!hasPackage && builtIn && (meta.periods !== 'calendar' || meta.cutoff !== null)) {
    const pkg = {
      name: 'chitieu-aggregate',
      periods: meta.periods,
      ...(meta.cutoff === null ? {} : { cutoff: meta.cutoff }),
      resources: files.map((f) => ({ name: f.file.replace(/\.csv$/, ''), path: f.file })),
    };
    files.push({ file: DATAPACKAGE_FILE, text: `${JSON.stringify(pkg, null, 2)}\n`, rows: 0 });
  }
  const temp = (file: string): string => join(dir, `.${file}.${process.pid}.tmp`);
  try {
    for (const f of files) await writeFile(temp(f.file), f.text);
    for (const f of files) await rename(temp(f.file), join(dir, f.file));
  } catch (error) {
    await Promise.all(files.map((f) => rm(temp(f.file), { force: true })));
    throw error;
  }
  return files.filter((f) => f.file !== DATAPACKAGE_FILE).map(({ file, rows }) => ({ file, rows }));
}
