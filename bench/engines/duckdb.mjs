// The anchor: the same aggregation as one SQL query in DuckDB (@duckdb/node-api), reading the file
// itself, writing the table with COPY.
import { DuckDBInstance } from '@duckdb/node-api';
import { CONVENTIONS } from './period.mjs';

export function aggregateSql({ input, out, cutoff, periods }) {
  const [msd, ysm] = CONVENTIONS[periods];
  const q = (s) => `'${s.replaceAll("'", "''")}'`;
  const source = /\.parquet$/i.test(input)
    ? `read_parquet(${q(input)})`
    : `read_csv(${q(input)}, header = true, columns = {'case_id': 'VARCHAR', 'occurred_date': 'DATE', 'area_code': 'VARCHAR', 'crime_group': 'VARCHAR', 'severity': 'VARCHAR', 'cleared_date': 'DATE'})`;
  return `COPY (
  SELECT year(m) + CASE WHEN ${ysm} <> 1 AND month(m) >= ${ysm} THEN 1 ELSE 0 END AS year,
         month(m) AS month, area_code, crime_group, severity,
         count(*) AS occurred,
         count(*) FILTER (WHERE cleared_date <= DATE ${q(cutoff)}) AS cleared
  FROM (
    SELECT area_code, crime_group, severity, cleared_date,
           date_trunc('month', occurred_date)
             + to_months(CASE WHEN ${msd} > 1 AND day(occurred_date) >= ${msd} THEN 1 ELSE 0 END) AS m
    FROM ${source}
    WHERE occurred_date <= DATE ${q(cutoff)}
  )
  GROUP BY ALL
  ORDER BY ALL
) TO ${q(`${out}/criminal_cases.csv`)} (HEADER, DELIMITER ',')`;
}

export async function run(args) {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(args.out, { recursive: true });
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(aggregateSql(args));
  connection.closeSync();
  instance.closeSync();
  return {};
}
