import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runChitieu } from '../../helpers/cli.ts';
import { AREAS_CSV, casesCsv, folderWith, REPORT_HEADER } from './helpers.ts';

describe('the built `chitieu aggregate` command', () => {
  beforeAll(() => {
    // `npm test` builds first; a lone `vitest run` of this file builds if nothing is built yet.
    if (!existsSync(join(ROOT, 'dist/cli.js')) || !existsSync(join(ROOT, 'dist/generate-cases.js'))) {
      spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT });
    }
  });

  it('writes criminal_cases.csv and crime_reports.csv, and a datapackage.json naming the convention', () => {
    const dir = folderWith({
      'areas.csv': AREAS_CSV,
      'cases.csv': casesCsv([
        ['2024-12-14', '437', 'drugs', 'serious', '2024-12-20'],
        ['2024-12-15', '437', 'drugs', 'serious', ''],
      ]),
      'reports.csv': `${REPORT_HEADER}\nR1,2024-12-01,437,1,,2024-12-16,\n`,
    });
    const out = join(dir, 'out');
    const { code, stdout, stderr } = runChitieu([
      'aggregate',
      '--cases',
      join(dir, 'cases.csv'),
      '--reports',
      join(dir, 'reports.csv'),
      '--areas',
      join(dir, 'areas.csv'),
      '--out',
      out,
      '--periods',
      'police',
      '--cutoff',
      '2025-01-14',
      '--lang',
      'en',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Period convention: police; cut-off: 2025-01-14');
    expect(stdout).toContain('Cases: read 2 records; 1 cleared by the cut-off; wrote 2 rows to criminal_cases.csv');
    expect(readFileSync(join(out, 'criminal_cases.csv'), 'utf8')).toBe(
      [
        'year,month,area_code,crime_group,severity,occurred,cleared',
        '2024,12,437,drugs,serious,1,1',
        '2025,1,437,drugs,serious,1,0',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(out, 'crime_reports.csv'), 'utf8')).toBe(
      [
        'year,month,area_code,carried_over,received,accepted,transferred,resolved,suspended',
        '2024,12,437,0,1,1,0,0,0',
        '2025,1,437,1,0,0,0,1,0',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'))).toMatchObject({
      periods: 'police',
      cutoff: '2025-01-14',
    });
  });

  it('refuses bad records with exit 1 and writes nothing', () => {
    const dir = folderWith({
      'areas.csv': AREAS_CSV,
      'cases.csv': casesCsv([['2024-12-14', '437', 'drugs', 'serious', '2024-12-01']]),
    });
    const out = join(dir, 'out');
    const { code, stderr } = runChitieu([
      'aggregate',
      '--cases',
      join(dir, 'cases.csv'),
      '--areas',
      join(dir, 'areas.csv'),
      '--out',
      out,
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('cases.csv:2:6: cột "cleared_date": 2024-12-01 trước occurred_date 2024-12-14');
    expect(stderr).toContain('Số liệu bị từ chối: 1 lỗi; không ghi tệp nào.');
    expect(existsSync(out)).toBe(false);
  });

  it('reads a Parquet file written by `npm run data:cases` (dist/generate-cases.js)', () => {
    const dir = folderWith({});
    const gen = spawnSync(
      process.execPath,
      [
        'dist/generate-cases.js',
        '--rows',
        '5000',
        '--out',
        join(dir, 'cases.parquet'),
        '--areas-out',
        join(dir, 'areas.csv'),
        '--expected-out',
        join(dir, 'expected.csv'),
        '--lang',
        'en',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(gen.status).toBe(0);
    const m = /periods: (\w+); cutoff: ([\d-]+)/.exec(gen.stdout)!;
    const { code } = runChitieu([
      'aggregate',
      '--cases',
      join(dir, 'cases.parquet'),
      '--areas',
      join(dir, 'areas.csv'),
      '--out',
      join(dir, 'out'),
      '--periods',
      m[1]!,
      '--cutoff',
      m[2]!,
    ]);
    expect(code).toBe(0);
    const sorted = (f: string) => readFileSync(f, 'utf8').trim().split('\n').sort();
    expect(sorted(join(dir, 'out', 'criminal_cases.csv'))).toEqual(sorted(join(dir, 'expected.csv')));
  });
});
