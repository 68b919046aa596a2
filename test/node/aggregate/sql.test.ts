/**
 * `chitieu aggregate --sql`: the statements run in DuckDB over generated record files give the
 * command's own tables, cell for cell (CSV and Parquet, three conventions, with and without a
 * cut-off), and parse as PostgreSQL and Trino SQL with only standard functions in them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import sqlParser from 'node-sql-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCaseFiles } from '../../../src/node/aggregate/generate-cases.ts';
import { builtInRateSource } from '../../../src/node/aggregate/rate-source.ts';
import { areasCsv } from '../../../src/node/aggregate/write-tables.ts';
import { aggregateCommand } from '../../../src/node/cli/aggregate.ts';
import { tempDir } from './helpers.ts';

/** Runs `chitieu aggregate` in this process; returns the exit code and what it printed. */
async function chitieu(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await aggregateCommand([...args, '--lang', 'en'], {
    out: (t) => (out += t),
    err: (t) => (err += t),
    isTTY: false,
  });
  return { code, out, err };
}

/** A CSV table (the command's output: no quoted cells) as rows of cells, header first. */
function csvCells(text: string): string[][] {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','));
}

/** A query's result as rows of cells, header first; NULL as an empty cell, as the command writes it. */
async function queryCells(connection: DuckDBConnection, sql: string): Promise<string[][]> {
  const reader = await connection.runAndReadAll(sql);
  return [reader.columnNames(), ...reader.getRows().map((row) => row.map((v) => (v === null ? '' : String(v))))];
}

/** Every cell where two tables differ (a missing row is a difference in each of its cells). */
function cellDifferences(
  want: readonly string[][],
  got: readonly string[][],
): { row: number; column: string; want: string | undefined; got: string | undefined }[] {
  const header = want[0] ?? [];
  const out: { row: number; column: string; want: string | undefined; got: string | undefined }[] = [];
  for (let r = 0; r < Math.max(want.length, got.length); r++) {
    for (let c = 0; c < Math.max(header.length, got[r]?.length ?? 0); c++) {
      const a = want[r]?.[c];
      const b = got[r]?.[c];
      if (a !== b) out.push({ row: r, column: header[c] ?? String(c), want: a, got: b });
    }
  }
  return out;
}

/** The statements the command prints, split at the semicolons that end them. */
function statements(printed: string): string[] {
  return printed
    .split(/;\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const source = builtInRateSource();
let dir = '';
let instance: DuckDBInstance;
let connection: DuckDBConnection;
const files: Record<'csv' | 'parquet', { cases: string; reports: string }> = {
  csv: { cases: '', reports: '' },
  parquet: { cases: '', reports: '' },
};

beforeAll(async () => {
  dir = tempDir();
  writeFileSync(join(dir, 'areas.csv'), areasCsv(source.areas));
  for (const format of ['csv', 'parquet'] as const) {
    const cases = join(dir, `cases.${format}`);
    const reports = join(dir, `reports.${format}`);
    await generateCaseFiles(source, { rows: 20_000, reportRows: 12_000, format, out: cases, reportsOut: reports });
    files[format] = { cases, reports };
  }
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
}, 60_000);

afterAll(() => {
  connection?.closeSync();
  instance?.closeSync();
});

/** DuckDB's table expression for a record file, as bench/README.md tells users to write it. */
const duckdbSource = (path: string): string =>
  path.endsWith('.parquet') ? `read_parquet('${path}')` : `read_csv('${path}', all_varchar = true)`;

/** The command's tables and the statements' tables for one file and set of options. */
async function bothWays(format: 'csv' | 'parquet', options: string[]) {
  const { cases, reports } = files[format];
  const common = ['--areas', join(dir, 'areas.csv'), ...options];
  const out = join(dir, `out-${format}-${options.join('-')}`);
  const command = await chitieu(['--cases', cases, '--reports', reports, '--out', out, ...common]);
  // Exit 0 (the generated reports still open when an area ended are a warning, and left out both ways).
  expect(command.code, command.err).toBe(0);
  const sql = await chitieu([
    '--sql',
    '--table',
    duckdbSource(cases),
    '--reports-table',
    duckdbSource(reports),
    ...common,
  ]);
  expect(sql.code).toBe(0);
  const [casesSql, reportsSql] = statements(sql.out);
  return {
    want: {
      criminal_cases: csvCells(readFileSync(join(out, 'criminal_cases.csv'), 'utf8')),
      crime_reports: csvCells(readFileSync(join(out, 'crime_reports.csv'), 'utf8')),
    },
    got: {
      criminal_cases: await queryCells(connection, casesSql!),
      crime_reports: await queryCells(connection, reportsSql!),
    },
    sql: { casesSql: casesSql!, reportsSql: reportsSql! },
  };
}

describe('chitieu aggregate --sql run in DuckDB', () => {
  const runs: [string, 'csv' | 'parquet', string[]][] = [
    ['CSV, police months, the source cut-off', 'csv', ['--periods', 'police', '--cutoff', source.cutoff]],
    ['Parquet, National Assembly years, no cut-off', 'parquet', ['--periods', 'national_assembly']],
    ['CSV, procuracy years, a cut-off inside a month', 'csv', ['--periods', 'procuracy', '--cutoff', '2025-09-20']],
  ];
  for (const [name, format, options] of runs) {
    it(`gives the command's tables cell for cell: ${name}`, async () => {
      const { want, got } = await bothWays(format, options);
      // Tables of some size, so that the comparison compares something.
      expect(want.criminal_cases.length).toBeGreaterThan(500);
      expect(want.crime_reports.length).toBeGreaterThan(100);
      expect(cellDifferences(want.criminal_cases, got.criminal_cases)).toEqual([]);
      expect(cellDifferences(want.crime_reports, got.crime_reports)).toEqual([]);
    }, 60_000);
  }

  it('catches a wrong cell, and a statement whose months start a day late', async () => {
    const { want, got, sql } = await bothWays('csv', ['--periods', 'police', '--cutoff', source.cutoff]);
    const edited = got.criminal_cases.map((row) => [...row]);
    const cleared = edited[0]!.indexOf('cleared');
    edited[7]![cleared] = String(Number(edited[7]![cleared]) + 1);
    expect(cellDifferences(want.criminal_cases, edited)).toEqual([
      { row: 7, column: 'cleared', want: want.criminal_cases[7]![cleared], got: edited[7]![cleared] },
    ]);
    // Police months start on the 15th; a statement starting them on the 16th moves the 15th's records.
    const late = sql.casesSql.replaceAll('>= 15 THEN 1', '>= 16 THEN 1');
    expect(late).not.toBe(sql.casesSql);
    expect(cellDifferences(want.criminal_cases, await queryCells(connection, late)).length).toBeGreaterThan(0);
  }, 60_000);
});

describe('chitieu aggregate --sql is standard SQL', () => {
  const { Parser } = sqlParser;
  const parser = new Parser();
  /** Functions of standard SQL the statements may call (CAST, CASE, EXTRACT are not functions to the parser). */
  const STANDARD = new Set(['COUNT', 'SUM', 'MIN', 'MAX', 'COALESCE', 'NULLIF', 'MOD']);
  /** Every function a statement calls, by the parser of a dialect (which throws on a syntax it does not know). */
  const functionsIn = (sql: string, database: string): Set<string> => {
    const names = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node === null || typeof node !== 'object') return;
      const n = node as { type?: unknown; name?: unknown };
      if (n.type === 'aggr_func' && typeof n.name === 'string') names.add(n.name.toUpperCase());
      if (n.type === 'function') {
        const parts = (n.name as { name?: { value?: string }[] } | undefined)?.name ?? [];
        names.add(
          parts
            .map((p) => p.value ?? '')
            .join('.')
            .toUpperCase(),
        );
      }
      Object.values(node).forEach(walk);
    };
    walk(parser.astify(sql, { database }));
    return names;
  };

  it('parses as PostgreSQL and as Trino, calling only standard functions (both tables, with and without a cut-off)', async () => {
    const printed = [
      await chitieu(['--sql', '--areas', join(dir, 'areas.csv'), '--reports', 'r.csv', '--periods', 'police']),
      await chitieu([
        '--sql',
        '--areas',
        join(dir, 'areas.csv'),
        '--reports-table',
        'justice.reports',
        '--periods',
        'national_assembly',
        '--cutoff',
        '2025-09-30',
      ]),
    ];
    for (const { code, out } of printed) {
      expect(code).toBe(0);
      const [cases, reports] = statements(out);
      expect(cases).toContain('FROM records');
      expect(reports).toMatch(/FROM (reports|justice\.reports)\n/);
      for (const statement of [cases!, reports!]) {
        for (const database of ['postgresql', 'trino']) {
          expect([...functionsIn(statement, database)].filter((f) => !STANDARD.has(f))).toEqual([]);
        }
      }
    }
  });

  it("flags DuckDB's own SQL: the benchmark's query (GROUP BY ALL, date_trunc) fails the same checks", () => {
    const duckdbOnly = [
      "SELECT date_trunc('month', occurred_date) + to_months(1) AS m, count(*) AS occurred",
      "FROM read_csv('cases.csv') GROUP BY ALL",
    ].join('\n');
    expect(() => parser.astify(duckdbOnly, { database: 'postgresql' })).toThrow();
    expect(() => parser.astify(duckdbOnly, { database: 'trino' })).toThrow();
    const functions = functionsIn(duckdbOnly.replace('GROUP BY ALL', 'GROUP BY 1'), 'postgresql');
    expect([...functions].filter((f) => !STANDARD.has(f)).sort()).toEqual(['DATE_TRUNC', 'READ_CSV', 'TO_MONTHS']);
  });

  it('writes one file per table with --out', async () => {
    const out = join(dir, 'sql-out');
    const { code, out: printed } = await chitieu([
      '--sql',
      '--areas',
      join(dir, 'areas.csv'),
      '--reports',
      'r.csv',
      '--out',
      out,
    ]);
    expect(code).toBe(0);
    expect(printed).toContain('criminal_cases.sql');
    expect(readFileSync(join(out, 'criminal_cases.sql'), 'utf8')).toMatch(/^-- criminal_cases\.csv: /);
    expect(readFileSync(join(out, 'crime_reports.sql'), 'utf8')).toMatch(/FROM reports\n[\s\S]*;\n$/);
  });
});
