// Arquero (a candidate engine): loadCSV streams the file into a column table; derive, groupby, rollup.
import { mkdir, writeFile } from 'node:fs/promises';
import * as aq from 'arquero';
import { CONVENTIONS, isoOfDays, periodOfIso } from './period.mjs';
import { readParquetColumns } from './parquet-columns.mjs';

export async function run({ input, out, cutoff, periods }) {
  const [msd, ysm] = CONVENTIONS[periods];
  const text = {
    case_id: String,
    occurred_date: String,
    area_code: String,
    crime_group: String,
    severity: String,
    cleared_date: String,
  };
  const table = /\.parquet$/i.test(input)
    ? aq.table(await readParquetColumns(input, isoOfDays))
    : await aq.loadCSV(input, { parse: text });
  const year = aq.escape((d) => periodOfIso(d.occurred_date, msd, ysm).year);
  const month = aq.escape((d) => periodOfIso(d.occurred_date, msd, ysm).month);
  const result = table
    .params({ cutoff })
    .filter((d, $) => d.occurred_date <= $.cutoff)
    .derive({ year, month, cleared: (d, $) => (d.cleared_date && d.cleared_date <= $.cutoff ? 1 : 0) })
    .groupby('year', 'month', 'area_code', 'crime_group', 'severity')
    .rollup({ occurred: aq.op.count(), cleared: aq.op.sum('cleared') })
    .orderby('year', 'month', 'area_code', 'crime_group', 'severity');
  await mkdir(out, { recursive: true });
  await writeFile(`${out}/criminal_cases.csv`, result.toCSV());
  return {};
}
