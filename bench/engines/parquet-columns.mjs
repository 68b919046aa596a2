// A Parquet case file as plain columns (for the engines that cannot read Parquet themselves),
// with hyparquet; DATE columns as ISO text, as their CSV reading gives them.
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';

export async function readParquetColumns(path, isoOfDays) {
  const file = await asyncBufferFromFile(path);
  const rows = await parquetReadObjects({ file, parsers: { dateFromDays: (d) => isoOfDays(d) } });
  const names = ['case_id', 'occurred_date', 'area_code', 'crime_group', 'severity', 'cleared_date'];
  const columns = Object.fromEntries(names.map((n) => [n, new Array(rows.length)]));
  rows.forEach((r, i) => {
    for (const n of names) columns[n][i] = r[n] ?? null;
  });
  return columns;
}
