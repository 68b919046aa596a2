// The anchor plus one of chitieu's checks: the same query as `duckdb` (engines/duckdb.mjs), and
// the duplicate-id check chitieu makes on every file (`SELECT case_id ... HAVING count(*) > 1`,
// one more scan of the file), so that the two do the same reading of the id column. A measure
// of what the check costs DuckDB, not a candidate engine.
import { DuckDBInstance } from '@duckdb/node-api';
import { aggregateSql } from './duckdb.mjs';

export async function run(args) {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(args.out, { recursive: true });
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const q = (s) => `'${s.replaceAll("'", "''")}'`;
  const source = /\.parquet$/i.test(args.input)
    ? `read_parquet(${q(args.input)})`
    : `read_csv(${q(args.input)}, header = true, all_varchar = true)`;
  const duplicates = await connection.runAndReadAll(
    `SELECT case_id, count(*) AS n FROM ${source} GROUP BY case_id HAVING count(*) > 1`,
  );
  if (duplicates.currentRowCount > 0) throw new Error(`${duplicates.currentRowCount} duplicate ids`);
  await connection.run(aggregateSql(args));
  connection.closeSync();
  instance.closeSync();
  return {};
}
