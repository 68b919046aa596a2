import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadDataFolder } from '../../../src/node/io/load.ts';
import { MINIMAL, csv, loaded, minimalWith, places, refused } from './helpers.ts';

describe('loadDataFolder on the minimal folder', () => {
  it('loads every table with typed values', async () => {
    const { data, warnings } = await loaded(MINIMAL);
    expect(warnings).toEqual([]);
    expect(data.areas[0]).toEqual({
      area_code: '42',
      name_vi: 'Tỉnh Hà Tĩnh',
      name_en: 'Ha Tinh Province',
      level: 'province',
      parent_code: null,
      valid_from: '2019-01-01',
      valid_to: null,
    });
    expect(data.criminal_cases[0]).toEqual({
      year: 2024,
      month: 1,
      area_code: '436',
      crime_group: 'drugs',
      severity: 'serious',
      occurred: 5,
      cleared: 4,
      cleared_from_earlier: null,
    });
    expect(data.crime_reports[1]).toEqual({
      year: 2024,
      month: null,
      area_code: '437',
      carried_over: 4,
      received: 40,
      accepted: 40,
      transferred: 2,
      resolved: 38,
      suspended: 1,
    });
    expect(data.corruption_assets[0]!.to_recover_vnd).toBe(1_500_000_000);
    expect(data.area_crosswalk).toEqual([]);
    expect(data.population).toHaveLength(2);
  });

  it('reads datapackage.json and lists every input file with its SHA-256', async () => {
    const { data } = await loaded(MINIMAL);
    expect(data.meta).toMatchObject({
      title: 'Minimal test data: Hà Tĩnh (42) and two districts',
      periods: 'calendar',
      cutoff: '2024-12-31',
      synthetic: true,
    });
    const files = data.meta.sources.map((s) => s.file);
    expect(files).toEqual([
      'areas.csv',
      'area_crosswalk.csv',
      'criminal_cases.csv',
      'crime_reports.csv',
      'violations_detected.csv',
      'corruption_assets.csv',
      'judicial_violations.csv',
      'reoffending.csv',
      'safe_units.csv',
      'population.csv',
      'datapackage.json',
    ]);
    const areas = data.meta.sources[0]!;
    expect(areas.sha256).toBe(
      createHash('sha256')
        .update(readFileSync(join(MINIMAL, 'areas.csv')))
        .digest('hex'),
    );
    expect(areas.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('defaults the metadata without datapackage.json', async () => {
    const { data } = await loaded(minimalWith({ 'datapackage.json': null }));
    expect(data.meta).toMatchObject({ title: null, periods: 'calendar', cutoff: null, synthetic: false });
  });

  it('gives the same data for the same input (deterministic)', async () => {
    const a = await loaded(MINIMAL);
    const b = await loaded(MINIMAL);
    expect(JSON.stringify(a.data)).toBe(JSON.stringify(b.data));
  });
});

describe('tables and files', () => {
  it('takes an empty table (header, no rows) as valid', async () => {
    const dir = minimalWith({
      'judicial_violations.csv': 'year,area_code,violations\n',
      'criminal_cases.csv': 'year,month,area_code,crime_group,severity,occurred,cleared\r\n',
      'safe_units.csv': 'year,area_code,unit_type,in_scope,certified',
    });
    const { data } = await loaded(dir);
    expect(data.judicial_violations).toEqual([]);
    expect(data.criminal_cases).toEqual([]);
    expect(data.safe_units).toEqual([]);
  });

  it('leaves optional tables out as empty arrays', async () => {
    const { data } = await loaded(
      minimalWith({ 'population.csv': null, 'area_crosswalk.csv': null, 'datapackage.json': null }),
    );
    expect(data.population).toEqual([]);
    expect(data.area_crosswalk).toEqual([]);
  });

  it('refuses a folder without a required file, as file: message, naming all missing files', async () => {
    const problems = await refused(
      minimalWith({ 'crime_reports.csv': null, 'safe_units.csv': null, 'datapackage.json': null }),
    );
    expect(problems.map(formatProblem)).toEqual([
      'crime_reports.csv: required file crime_reports.csv is missing (table crime_reports)',
      'safe_units.csv: required file safe_units.csv is missing (table safe_units)',
    ]);
  });

  it('refuses a path that does not exist', async () => {
    const problems = await refused('/nonexistent/chitieu-data');
    expect(places(problems)).toEqual(['/nonexistent/chitieu-data path_not_found']);
  });

  it('refuses a path that is a CSV file, not a folder or workbook', async () => {
    const problems = await refused(join(MINIMAL, 'areas.csv'));
    expect(problems[0]!.code).toBe('not_folder_or_workbook');
  });

  it('accepts extra columns, any column order, surrounding spaces and upper-case names, with a warning', async () => {
    const dir = minimalWith({
      'judicial_violations.csv': csv('violations , Area_Code,note,year', ' 0 , 436 ,checked, 2024', '1,437,,2024'),
    });
    const { data, warnings } = await loaded(dir);
    expect(data.judicial_violations).toEqual([
      { year: 2024, area_code: '436', violations: 0 },
      { year: 2024, area_code: '437', violations: 1 },
    ]);
    expect(warnings.map(formatProblem)).toEqual([
      'judicial_violations.csv:1:3: column "note" is not part of this table and is ignored',
    ]);
  });

  it('reads the optional cleared_from_earlier column', async () => {
    const dir = minimalWith({
      'criminal_cases.csv': csv(
        'year,area_code,crime_group,severity,occurred,cleared,cleared_from_earlier',
        '2024,436,drugs,serious,5,4,2',
        '2024,437,drugs,serious,5,4,',
      ),
    });
    const { data } = await loaded(dir);
    expect(data.criminal_cases.map((r) => [r.month, r.cleared_from_earlier])).toEqual([
      [null, 2],
      [null, null],
    ]);
  });

  it('reads a semicolon-separated file with a byte-order mark and CRLF line ends', async () => {
    const dir = minimalWith({
      'crime_reports.csv':
        '\uFEFFyear;area_code;carried_over;received;accepted;transferred;resolved;suspended\r\n2024;436;10;100;95;5;90;3\r\n',
    });
    const { data } = await loaded(dir);
    expect(data.crime_reports).toEqual([
      {
        year: 2024,
        month: null,
        area_code: '436',
        carried_over: 10,
        received: 100,
        accepted: 95,
        transferred: 5,
        resolved: 90,
        suspended: 3,
      },
    ]);
  });

  it('skips blank lines, including the ;;;; rows spreadsheet programs leave', async () => {
    const dir = minimalWith({
      'population.csv': 'year;area_code;population\n2024;436;105000\n;;\n\n2024;437;38000\n\n',
    });
    const { data } = await loaded(dir);
    expect(data.population).toHaveLength(2);
  });

  it('refuses counts above Number.MAX_SAFE_INTEGER', async () => {
    const dir = minimalWith({
      'corruption_assets.csv': csv('year,area_code,to_recover_vnd,recovered_vnd', '2024,436,9007199254740992,0'),
    });
    expect(places(await refused(dir))).toEqual(['corruption_assets.csv:2:3 too_large']);
  });

  it('takes 9007199254740991 (the largest safe integer)', async () => {
    const dir = minimalWith({
      'corruption_assets.csv': csv('year,area_code,to_recover_vnd,recovered_vnd', '2024,436,9007199254740991,1'),
    });
    const { data } = await loaded(dir);
    expect(data.corruption_assets[0]!.to_recover_vnd).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('reports every problem of every file at once, sorted by file, line and column', async () => {
    const dir = minimalWith({
      'criminal_cases.csv': csv('year,area_code,crime_group,severity,occurred,cleared', '2024,436,drug,serious,-1,x'),
      'population.csv': csv('year,area_code,population', '24,436,1'),
    });
    expect(places(await refused(dir))).toEqual([
      'criminal_cases.csv:2:3 unknown_value',
      'criminal_cases.csv:2:5 negative',
      'criminal_cases.csv:2:6 not_whole_number',
      'population.csv:2:1 bad_year',
    ]);
  });
});

describe('encodings', () => {
  const header = 'year,area_code,population\n';

  it('refuses a Windows-1258 file, saying it is not UTF-8 and how to save it again', async () => {
    // "Hà" in Windows-1258 is 48 E0: not UTF-8.
    const bytes = Buffer.concat([Buffer.from(`${header}2024,436,1\n`), Buffer.from([0x48, 0xe0, 0x0a])]);
    const problems = await refused(minimalWith({ 'population.csv': bytes }));
    expect(places(problems)).toEqual(['population.csv:3 not_utf8']);
    expect(problems[0]!.message).toContain('not UTF-8');
    expect(problems[0]!.message).toContain('CSV UTF-8 (Comma delimited)');
  });

  it('says so in Vietnamese by default, naming the Excel menu', async () => {
    const bytes = Buffer.concat([Buffer.from(header), Buffer.from([0xe0, 0x0a])]);
    const result = await loadDataFolder(minimalWith({ 'population.csv': bytes }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.message).toContain('không phải UTF-8');
    expect(result.problems[0]!.message).toContain('Lưu thành (Save As) > CSV UTF-8 (Comma delimited)');
  });

  it('refuses UTF-16 (with a byte-order mark)', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(header, 'utf16le')]);
    const problems = await refused(minimalWith({ 'population.csv': bytes }));
    expect(places(problems)).toEqual(['population.csv not_utf8']);
    expect(problems[0]!.message).toContain('UTF-16');
  });

  it('refuses NUL bytes (UTF-16 without a byte-order mark)', async () => {
    const problems = await refused(minimalWith({ 'population.csv': Buffer.from(header, 'utf16le') }));
    expect(places(problems)).toEqual(['population.csv:1 not_utf8']);
  });
});

describe('datapackage.json', () => {
  const pkg = (extra: object): string => JSON.stringify({ name: 'x', ...extra });

  it('refuses a resource naming a file that does not exist', async () => {
    const dir = minimalWith({
      'datapackage.json': pkg({
        resources: [
          { name: 'areas', path: 'areas.csv' },
          { name: 'cases', path: 'cases-2024.csv' },
        ],
      }),
    });
    expect((await refused(dir)).map(formatProblem)).toEqual([
      'datapackage.json: resource "cases" names the file cases-2024.csv, which does not exist',
    ]);
  });

  it('refuses paths outside the folder', async () => {
    const dir = minimalWith({
      'datapackage.json': pkg({
        resources: [
          { name: 'a', path: '../areas.csv' },
          { name: 'b', path: '/etc/passwd' },
        ],
      }),
    });
    expect(places(await refused(dir))).toEqual([
      'datapackage.json datapackage_unsafe_path',
      'datapackage.json datapackage_unsafe_path',
    ]);
  });

  it('refuses properties of the wrong type and an unknown period convention', async () => {
    const dir = minimalWith({
      'datapackage.json': pkg({ periods: 'polic', cutoff: '31/12/2024', synthetic: 'yes', title: 3 }),
    });
    expect((await refused(dir)).map((p) => p.message)).toEqual([
      'property "title" must be a string',
      'property "periods": there is no period convention "polic"; use one of: calendar, police, national_assembly, procuracy',
      'property "cutoff" must be a date written YYYY-MM-DD',
      'property "synthetic" must be true or false',
    ]);
  });

  it('refuses JSON it cannot parse', async () => {
    expect(places(await refused(minimalWith({ 'datapackage.json': '{"title": ' })))).toEqual([
      'datapackage.json datapackage_invalid',
    ]);
  });

  it('warns when a file no longer has the SHA-256 the package states for it', async () => {
    const text = readFileSync(join(MINIMAL, 'population.csv'), 'utf8');
    const stated = createHash('sha256').update(text).digest('hex');
    const resources = [{ name: 'population', path: 'population.csv', hash: `sha256:${stated}` }];
    const same = await loaded(minimalWith({ 'datapackage.json': pkg({ resources }) }));
    expect(same.warnings).toEqual([]);
    const changed = await loaded(
      minimalWith({ 'datapackage.json': pkg({ resources }), 'population.csv': text.replace('38000', '38001') }),
    );
    expect(changed.warnings.map(formatProblem)).toEqual([
      'datapackage.json: resource "population": population.csv has changed since datapackage.json was written (its SHA-256 differs); update datapackage.json',
    ]);
  });

  it('reads the police convention', async () => {
    const { data } = await loaded(minimalWith({ 'datapackage.json': pkg({ periods: 'police' }) }));
    expect(data.meta.periods).toBe('police');
  });
});
