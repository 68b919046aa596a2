import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCaseFiles } from '../../../src/node/aggregate/generate-cases.ts';
import { builtInRateSource } from '../../../src/node/aggregate/rate-source.ts';
import { areasCsv } from '../../../src/node/aggregate/write-tables.ts';
import { ROOT } from '../../helpers/cli.ts';
import { AREAS_CSV, folderWith, parquetCaseFile, tempDir } from './helpers.ts';

// Worker threads run the built bundle (dist/aggregate-worker.js), so this tests the built library.
type Library = typeof import('../../../src/node/aggregate/index.ts');
let lib: Library;

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/aggregate-worker.js')) || !existsSync(join(ROOT, 'dist/aggregate.js'))) {
    spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT });
  }
  lib = (await import(pathToFileURL(join(ROOT, 'dist/aggregate.js')).href)) as Library;
});

describe('reading a file on several threads', () => {
  const source = builtInRateSource();

  async function both(file: string, dir: string) {
    const options = {
      cases: file,
      areas: join(dir, 'areas.csv'),
      cutoff: source.cutoff,
      convention: source.convention,
      lang: 'en' as const,
    };
    return [
      await lib.aggregateRecords({ ...options, threads: 1 }),
      await lib.aggregateRecords({ ...options, threads: 3 }),
    ] as const;
  }

  it('gives the same tables, problems and lines as one thread, CSV and Parquet', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'areas.csv'), areasCsv(source.areas));
    await generateCaseFiles(source, { rows: 20_000, seed: 13, out: join(dir, 'cases.csv') });
    const [one, three] = await both(join(dir, 'cases.csv'), dir);
    if (!one.ok || !three.ok) throw new Error('refused');
    expect(three.summary.cases.threads).toBe(3);
    expect(one.summary.cases.threads).toBe(1);
    expect(three.tables).toEqual(one.tables);
    expect({ ...three.summary.cases, threads: 1 }).toEqual(one.summary.cases);

    // Problems spread over the file, and a duplicate whose lines lie in different shares.
    const lines = readFileSync(join(dir, 'cases.csv'), 'utf8').split('\n');
    lines[4] = lines[4]!.replace(/,\d{4}-/, ',x');
    lines[10_000] = lines[10_000]!.replace(/,[a-z_]+,/, ',theft,');
    lines[19_000] = lines[19_000]!.replace(/^[^,]+/, lines[2]!.split(',')[0]!);
    writeFileSync(join(dir, 'bad.csv'), lines.join('\n'));
    const [badOne, badThree] = await both(join(dir, 'bad.csv'), dir);
    expect(badOne.ok || badThree.ok).toBe(false);
    if (badOne.ok || badThree.ok) return;
    expect(badThree.problems).toEqual(badOne.problems);
    expect(badOne.problems.map((p) => `${p.line}:${p.column}`)).toEqual(['5:2', '10001:4', '19001:1']);

    // Parquet in row groups of 2,500 rows (written by DuckDB).
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    await connection.run(`COPY (SELECT * FROM read_csv('${join(dir, 'cases.csv')}', all_varchar = true))
      TO '${join(dir, 'cases.parquet')}' (FORMAT parquet, ROW_GROUP_SIZE 2500)`);
    connection.closeSync();
    db.closeSync();
    const [pOne, pThree] = await both(join(dir, 'cases.parquet'), dir);
    if (!pOne.ok || !pThree.ok) throw new Error('refused');
    expect(pThree.summary.cases.threads).toBe(3);
    expect(pThree.tables).toEqual(one.tables);
  });

  it('finds a duplicate across Parquet shares whose ids each come in order, or not', async () => {
    // Ids in order: each share checks its run of ids without hashing them (id-order.ts). A copy of
    // the id before at each row-group start: where a share begins, both shares stay in order and
    // their runs touch; elsewhere, the share holding it falls out of order and hashes its ids.
    const dir = folderWith({ 'areas.csv': AREAS_CSV });
    const ids = Array.from({ length: 8000 }, (_, k) => `HS-${String(k + 1).padStart(8, '0')}`);
    const options = { areas: join(dir, 'areas.csv'), lang: 'en' as const };
    const whole = parquetCaseFile(join(dir, 'ordered.parquet'), ids);
    const clean = await lib.aggregateRecords({ ...options, cases: whole, threads: 3 });
    expect(clean.ok && clean.summary.cases.threads).toBe(3);
    const copies: [row: number, of: number][] = [[7500, 2]];
    for (let row = 1001; row < 8000; row += 1000) copies.push([row, row - 1]);
    for (const [row, of] of copies) {
      const changed = [...ids];
      changed[row - 1] = ids[of - 1]!;
      const cases = parquetCaseFile(join(dir, `dup-${row}.parquet`), changed);
      const one = await lib.aggregateRecords({ ...options, cases, threads: 1 });
      const three = await lib.aggregateRecords({ ...options, cases, threads: 3 });
      if (one.ok || three.ok) throw new Error(`duplicate at row ${row} not found`);
      expect(three.problems).toEqual(one.problems);
      expect(one.problems.map((p) => `${p.line}:${p.message}`)).toEqual([
        `${row}:duplicate key (case_id = ${ids[of - 1]}): the same key is on lines ${of}, ${row}`,
      ]);
    }
  });

  it('reads the file in one piece when a quoted line break runs over a split', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'areas.csv'), areasCsv(source.areas));
    await generateCaseFiles(source, { rows: 6_000, seed: 17, out: join(dir, 'cases.csv') });
    const lines = readFileSync(join(dir, 'cases.csv'), 'utf8').trim().split('\n');
    // A note of several lines on every record: any split lands inside quotes.
    const noted = [`${lines[0]},note`, ...lines.slice(1).map((l) => `${l},"a note\nover\nthree lines"`)].join('\n');
    writeFileSync(join(dir, 'noted.csv'), noted);
    const [one, three] = await both(join(dir, 'noted.csv'), dir);
    if (!one.ok || !three.ok) throw new Error('refused');
    expect(three.summary.cases.threads).toBe(1);
    expect(three.tables).toEqual(one.tables);
  });
});
