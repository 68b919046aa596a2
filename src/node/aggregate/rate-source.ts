/**
 * Where the case-file generator takes its rates from: the bundled data folder (`data/`: its
 * `criminal_cases.csv`, `crime_reports.csv`, `areas.csv` and the period convention and cut-off of
 * its `datapackage.json`), or, when that folder is absent, the tables the bundled data's own
 * generator (`src/node/data/generate.ts`) draws for its default seed.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { PeriodConvention } from '../../core/periods/convention.ts';
import { PERIOD_CONVENTIONS, type BuiltInConventionId } from '../../core/periods/registry.ts';
import type { AreaRow, CrimeReportRow, CriminalCaseRow, TableName, TableRows } from '../../core/types.ts';
import { checkAreas } from '../../core/io/check-areas.ts';
import { parseCsv } from '../../core/io/csv.ts';
import { decodeUtf8 } from '../../core/io/decode.ts';
import { parseTable } from '../../core/io/parse-table.ts';
import { ProblemSink, formatProblem } from '../../core/io/problem.ts';
import { csvToRawTable } from '../../core/io/raw-table.ts';
import { isoOfDay } from './day-number.ts';
import { indexOfPeriod, periodDays, periodTable } from './period-table.ts';
import {
  CUTOFF,
  DEFAULT_SEED,
  generateAreas,
  generateCrimeReports,
  generateCriminalCases,
  generateCrosswalk,
} from '../data/generate.ts';

/** The tables whose rates the generator follows, with the convention their months use. */
export interface RateSource {
  areas: AreaRow[];
  criminalCases: CriminalCaseRow[];
  crimeReports: CrimeReportRow[];
  convention: PeriodConvention;
  /** The cut-off of the source: no generated date of an event counted lies after it. */
  cutoff: string;
  /** Where the rates came from, for messages. */
  origin: string;
}

/**
 * Reads the rates of a data folder; null when the folder lacks `criminal_cases.csv`.
 *
 * @throws {Error} listing the problems when the folder's tables are not valid.
 */
export async function loadRateSource(dir: string): Promise<RateSource | null> {
  const exists = await stat(join(dir, 'criminal_cases.csv')).then(
    () => true,
    () => false,
  );
  if (!exists) return null;
  const sink = new ProblemSink('en');
  const read = async <K extends TableName>(table: K): Promise<TableRows[K][]> => {
    const file = `${table}.csv`;
    const decoded = decodeUtf8(await readFile(join(dir, file)));
    if (!decoded.ok) throw new Error(`${join(dir, file)}: not UTF-8`);
    const raw = csvToRawTable(file, parseCsv(decoded.text), sink);
    if (raw === null) return [];
    const parsed = parseTable(table, raw, sink);
    if (table === 'areas') checkAreas(parsed as never, sink);
    return parsed.rows;
  };
  const areas = await read('areas');
  const criminalCases = await read('criminal_cases');
  const crimeReports = await read('crime_reports').catch(() => [] as CrimeReportRow[]);
  if (sink.errors.length > 0) throw new Error(sink.errors.map((p) => `${join(dir, formatProblem(p))}`).join('\n'));
  if (criminalCases.some((r) => r.month === null))
    throw new Error(`${join(dir, 'criminal_cases.csv')}: the rates need a monthly table`);
  let periods = 'calendar';
  let cutoff: string | null = null;
  try {
    const pkg = JSON.parse(await readFile(join(dir, 'datapackage.json'), 'utf8')) as {
      periods?: unknown;
      cutoff?: unknown;
    };
    if (typeof pkg.periods === 'string') periods = pkg.periods;
    if (typeof pkg.cutoff === 'string') cutoff = pkg.cutoff;
  } catch {
    // No datapackage.json: calendar months, the cut-off the end of the last month.
  }
  const convention = PERIOD_CONVENTIONS[periods as BuiltInConventionId] ?? PERIOD_CONVENTIONS.calendar;
  // Without a stated cut-off: the last day of the last month with rows.
  const table = periodTable(convention);
  const last = criminalCases.reduce((m, r) => Math.max(m, indexOfPeriod(table, r.year, r.month ?? 12)), 0);
  return {
    areas,
    criminalCases,
    crimeReports,
    convention,
    cutoff: cutoff ?? isoOfDay(periodDays(table, last)[1]),
    origin: dir,
  };
}

/** The rates of the bundled data's generator for its default seed (police months, cut-off 14/10/2026). */
export function builtInRateSource(): RateSource {
  return {
    areas: generateAreas(),
    criminalCases: generateCriminalCases(DEFAULT_SEED),
    crimeReports: generateCrimeReports(DEFAULT_SEED, generateCrosswalk()),
    convention: PERIOD_CONVENTIONS.police,
    cutoff: CUTOFF,
    origin: `src/node/data/generate.ts (seed ${DEFAULT_SEED})`,
  };
}
