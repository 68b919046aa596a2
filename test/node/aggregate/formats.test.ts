import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateRecords, type AggregateOptions } from '../../../src/node/aggregate/aggregate.ts';
import { scanCsvFile } from '../../../src/node/aggregate/csv-scanner.ts';
import { generateCaseFiles } from '../../../src/node/aggregate/generate-cases.ts';
import { builtInRateSource } from '../../../src/node/aggregate/rate-source.ts';
import { areasCsv } from '../../../src/node/aggregate/write-tables.ts';
import { tempDir } from './helpers.ts';

async function tablesOf(options: AggregateOptions) {
  const result = await aggregateRecords({ lang: 'en', ...options });
  if (!result.ok)
    throw new Error(
      result.problems
        .slice(0, 5)
        .map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`)
        .join('\n'),
    );
  return result.tables;
}

describe('CSV and Parquet', () => {
  it('give the same tables for the same records', async () => {
    const source = builtInRateSource();
    const dir = tempDir();
    writeFileSync(join(dir, 'areas.csv'), areasCsv(source.areas));
    const common = { rows: 20_000, reportRows: 5_000, seed: 3 };
    await generateCaseFiles(source, { ...common, out: join(dir, 'cases.csv'), reportsOut: join(dir, 'reports.csv') });
    await generateCaseFiles(source, {
      ...common,
      format: 'parquet',
      out: join(dir, 'cases.parquet'),
      reportsOut: join(dir, 'reports.parquet'),
    });
    const options = { areas: join(dir, 'areas.csv'), cutoff: source.cutoff, convention: source.convention };
    const csv = await tablesOf({ ...options, cases: join(dir, 'cases.csv'), reports: join(dir, 'reports.csv') });
    const parquet = await tablesOf({
      ...options,
      cases: join(dir, 'cases.parquet'),
      reports: join(dir, 'reports.parquet'),
    });
    expect(parquet).toEqual(csv);
    expect(csv.criminal_cases.reduce((s, r) => s + r.occurred, 0)).toBe(20_000);
    expect(csv.crime_reports!.reduce((s, r) => s + r.received, 0)).toBeLessThanOrEqual(5_000);
  });
});

describe('Parquet written by another tool', () => {
  it("reads DuckDB's files (data pages v1 and v2, dictionaries, nulls) as the CSV they came from", async () => {
    const source = builtInRateSource();
    const dir = tempDir();
    writeFileSync(join(dir, 'areas.csv'), areasCsv(source.areas));
    await generateCaseFiles(source, { rows: 30_000, seed: 9, out: join(dir, 'cases.csv') });
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    const csv = `read_csv('${join(dir, 'cases.csv')}', all_varchar = true)`;
    // v1: DATE columns; v2: the dates as text; small row groups and pages.
    await connection.run(`COPY (SELECT case_id, occurred_date::DATE AS occurred_date, area_code, crime_group, severity,
      cleared_date::DATE AS cleared_date FROM ${csv}) TO '${join(dir, 'v1.parquet')}' (FORMAT parquet, ROW_GROUP_SIZE 7000)`);
    await connection.run(
      `COPY (SELECT * FROM ${csv}) TO '${join(dir, 'v2.parquet')}' (FORMAT parquet, PARQUET_VERSION v2, ROW_GROUP_SIZE 10000)`,
    );
    // Nulls and a duplicate in the id column.
    await connection.run(`COPY (SELECT * REPLACE (CASE WHEN case_id = 'HS-00000007' THEN NULL WHEN case_id = 'HS-00012000' THEN 'HS-00000003'
      ELSE case_id END AS case_id) FROM ${csv}) TO '${join(dir, 'bad.parquet')}' (FORMAT parquet)`);
    connection.closeSync();
    db.closeSync();
    const options = { areas: join(dir, 'areas.csv'), cutoff: source.cutoff, convention: source.convention };
    const want = await tablesOf({ ...options, cases: join(dir, 'cases.csv') });
    expect(await tablesOf({ ...options, cases: join(dir, 'v1.parquet') })).toEqual(want);
    expect(await tablesOf({ ...options, cases: join(dir, 'v2.parquet') })).toEqual(want);
    const bad = await aggregateRecords({ ...options, cases: join(dir, 'bad.parquet'), lang: 'en' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.problems.map((p) => `${p.line}:${p.column}: ${p.message}`)).toEqual([
        '7:1: empty cell in required column "case_id"',
        '12000:1: duplicate key (case_id = HS-00000003): the same key is on lines 3, 12000',
      ]);
    }
  });
});

describe('the CSV reader', () => {
  const areas =
    'area_code,name_vi,name_en,level,parent_code,valid_from,valid_to\n42,Tỉnh,Province,province,,2019-01-01,\n';
  const plain = [
    'case_id,occurred_date,area_code,crime_group,severity,cleared_date,note',
    'A1,2024-03-01,42,drugs,serious,2024-03-05,',
    'A2,2024-03-02,42,drugs,serious,,',
    'A3,2024-04-02,42,cyber,less_serious,,x',
  ];

  it('reads semicolons, CRLF, a byte-order mark, quotes, blank lines and spaces alike', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'areas.csv'), areas);
    writeFileSync(join(dir, 'plain.csv'), `${plain.join('\n')}\n`);
    const variant = [
      '\uFEFFcase_id ; occurred_date;area_code;crime_group;severity;cleared_date;note',
      '"A1";2024-03-01; 42 ;"drugs";serious;2024-03-05;"a note; with ""quotes""',
      'and a line break"',
      ';;;;;;',
      'A2;"2024-03-02";42;drugs;serious;;',
      '',
      '"A3";2024-04-02;42;cyber;less_serious;;x',
    ].join('\r\n');
    writeFileSync(join(dir, 'variant.csv'), variant);
    const a = await tablesOf({ cases: join(dir, 'plain.csv'), areas: join(dir, 'areas.csv') });
    const b = await tablesOf({ cases: join(dir, 'variant.csv'), areas: join(dir, 'areas.csv') });
    expect(b).toEqual(a);
    expect(a.criminal_cases.map((r) => `${r.month}:${r.crime_group}:${r.occurred}/${r.cleared}`)).toEqual([
      '3:drugs:2/1',
      '4:cyber:1/0',
    ]);
  });

  it('streams: a file read in chunks smaller than a record gives the same tables and problem lines', async () => {
    // The test for files above 512 MB: the reader never holds the file as one string, so a file
    // many times larger than a chunk reads the same. (`npm run bench -- --huge` aggregates a
    // 600 MB file for real.)
    const source = builtInRateSource();
    const dir = tempDir();
    writeFileSync(join(dir, 'areas.csv'), areasCsv(source.areas));
    await generateCaseFiles(source, { rows: 1_500, seed: 5, out: join(dir, 'cases.csv') });
    const text = readFileSync(join(dir, 'cases.csv'), 'utf8').split('\n');
    text[100] = `"${text[100]!.replace(',', '",')}`; // a quoted field
    text[200] = text[200]!.replace(/,(\d{4})-(\d\d-\d\d),/, ',"$1-\n$2",'); // a line break inside quotes: a bad date
    text[300] = text[300]!.replace(/,(\d{4})/, ',x$1'); // a bad date two physical lines further on
    writeFileSync(join(dir, 'cases.csv'), text.join('\r\n'));
    const options = {
      cases: join(dir, 'cases.csv'),
      areas: join(dir, 'areas.csv'),
      cutoff: source.cutoff,
      convention: source.convention,
    };
    const whole = await aggregateRecords({ ...options, lang: 'en' });
    const chunked = await aggregateRecords({ ...options, lang: 'en', chunkSize: 61 });
    expect(chunked).toEqual(whole);
    expect(whole.ok).toBe(false);
    if (!whole.ok)
      expect(whole.problems.map((p) => `${p.line}:${p.column}: ${p.code}`)).toEqual([
        '201:2: bad_date',
        '302:2: bad_date',
      ]);
    let records = 0;
    const stats = await scanCsvFile(
      join(dir, 'cases.csv'),
      {
        header: () => true,
        record: () => void records++,
        syntaxError: () => {},
        notUtf8: () => {},
      },
      { chunkSize: 7 },
    );
    expect(stats.chunks).toBeGreaterThan(stats.bytes / 8);
    expect(records).toBe(1_500);
  });
});
