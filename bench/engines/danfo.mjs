// danfo.js (what a pandas user reaches for): readCSV into a DataFrame, the period by apply(),
// groupby().agg(). Parquet has no danfo.js reader: it is read with hyparquet into a DataFrame.
import { mkdir, writeFile } from 'node:fs/promises';
import dfd from 'danfojs-node';
import { CONVENTIONS, isoOfDays, periodOfIso } from './period.mjs';
import { readParquetColumns } from './parquet-columns.mjs';

export async function run({ input, out, cutoff, periods }) {
  const [msd, ysm] = CONVENTIONS[periods];
  let df = /\.parquet$/i.test(input)
    ? new dfd.DataFrame(await readParquetColumns(input, isoOfDays))
    : await dfd.readCSV(input);
  df = df.query(df['occurred_date'].apply((s) => s <= cutoff));
  df.addColumn(
    'year',
    df['occurred_date'].apply((s) => periodOfIso(s, msd, ysm).year),
    { inplace: true },
  );
  df.addColumn(
    'month',
    df['occurred_date'].apply((s) => periodOfIso(s, msd, ysm).month),
    { inplace: true },
  );
  df.addColumn(
    'cleared',
    df['cleared_date'].apply((s) => (typeof s === 'string' && s !== '' && s <= cutoff ? 1 : 0)),
    { inplace: true },
  );
  const grouped = df
    .groupby(['year', 'month', 'area_code', 'crime_group', 'severity'])
    .agg({ case_id: 'count', cleared: 'sum' });
  // Columns come back as case_id_count and cleared_sum.
  const cols = grouped.columns;
  const rows = grouped.values.map((r) => Object.fromEntries(cols.map((c, i) => [c, r[i]])));
  const lines = ['year,month,area_code,crime_group,severity,occurred,cleared'];
  for (const r of rows)
    lines.push([r.year, r.month, r.area_code, r.crime_group, r.severity, r.case_id_count, r.cleared_sum].join(','));
  await mkdir(out, { recursive: true });
  await writeFile(`${out}/criminal_cases.csv`, `${lines.join('\n')}\n`);
  return {};
}
