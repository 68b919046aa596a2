/** Shared fixtures of the aggregate tests: a small area tree, temporary folders, CSV builders. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A small tree shaped like Hà Tĩnh's: the province, two districts until 30/6/2025, a district
 * merged away at the end of 2024, and two commune-level units from 1/7/2025 directly under the
 * province; plus a commune under district 436 for the leaf-rule test.
 */
export const AREAS_CSV =
  [
    'area_code,name_vi,name_en,level,parent_code,valid_from,valid_to',
    '42,Tỉnh Hà Tĩnh,Ha Tinh Province,province,,2019-01-01,',
    '436,Thành phố Hà Tĩnh,Ha Tinh City,district,42,2019-01-01,2025-06-30',
    '437,Thị xã Hồng Lĩnh,Hong Linh Town,district,42,2019-01-01,2025-06-30',
    '448,Huyện Lộc Hà,Loc Ha District,district,42,2019-01-01,2024-12-31',
    '18001,Phường Thành Sen,Thanh Sen Ward,commune,42,2025-07-01,',
    '18002,Xã Cẩm Xuyên,Cam Xuyen Commune,commune,42,2025-07-01,',
    '99001,Phường Nam Hà,Nam Ha Ward,commune,436,2019-01-01,2025-06-30',
  ].join('\n') + '\n';

export const CASE_HEADER = 'case_id,occurred_date,area_code,crime_group,severity,cleared_date';
export const REPORT_HEADER = 'report_id,received_date,area_code,accepted,transferred_date,resolved_date,suspended';

/** A fresh temporary folder. */
export function tempDir(prefix = 'chitieu-aggregate-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes files (name -> text) into a fresh folder; returns the folder. */
export function folderWith(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Case lines: [date, area, group, severity, cleared]; ids C1, C2, ... */
export function casesCsv(rows: readonly (readonly [string, string, string, string, string])[]): string {
  return [CASE_HEADER, ...rows.map((r, i) => `C${i + 1},${r.join(',')}`)].join('\n') + '\n';
}

/**
 * Writes a Parquet case file with the given ids (`PLAIN`-encoded, as a file of unique ids is), in
 * row groups of 1,000; every case of area 436 on 2024-03-01 (AREAS_CSV), drugs, serious, not
 * cleared. Returns the path.
 */
export function parquetCaseFile(path: string, ids: readonly string[]): string {
  const same = (value: string | null): (string | null)[] => Array.from({ length: ids.length }, () => value);
  const buffer = parquetWriteBuffer({
    columnData: [
      { name: 'case_id', data: [...ids], type: 'STRING', encoding: 'PLAIN' },
      { name: 'occurred_date', data: same('2024-03-01'), type: 'STRING' },
      { name: 'area_code', data: same('436'), type: 'STRING' },
      { name: 'crime_group', data: same('drugs'), type: 'STRING' },
      { name: 'severity', data: same('serious'), type: 'STRING' },
      { name: 'cleared_date', data: same(null), type: 'STRING' },
    ],
    rowGroupSize: 1000,
  });
  writeFileSync(path, new Uint8Array(buffer));
  return path;
}
