import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parquetWriteFile } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../../src/node/cli/main.ts';
import { AREAS_CSV, CASE_HEADER, folderWith } from './helpers.ts';

function capture(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    isTTY: false,
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
  };
  return io;
}

const BAD_CASES = [
  CASE_HEADER,
  'C1,2024-03-01,436,drugs,serious,', // line 2: good
  'C2,2024-02-30,436,drugs,serious,', // no such day
  'C3,2024-03-01,999,drugs,serious,', // unknown area
  'C4,2024-03-01,436,theft,serious,', // unknown crime group
  'C5,2024-03-01,436,drugs,grave,', // unknown severity
  'C6,2024-03-01,436,drugs,serious,2024-02-01', // cleared before it occurred
  'C7,2025-08-01,436,drugs,serious,', // district 436 ended 30/6/2025
  ',2024-03-01,436,drugs,serious,', // no id
  'C1,2024-03-02,436,drugs,serious,', // the id of line 2 again
  'C10,2024-03-01,436,drugs', // too few fields
  '"C11"x,2024-03-01,436,drugs,serious,', // text after a closing quote
  'C12,2024-03-01,99001,drugs,serious,', // a commune under 436, which has records in the same month
  'C13,1850-01-01,42,drugs,serious,', // outside the supported years
  'C14;2024-03-01;436;drugs;serious;', // one field: the file is comma-separated
].join('\n');

const EXPECTED = [
  'cases.csv:3:2: column "occurred_date": "2024-02-30" is not a date written YYYY-MM-DD',
  'cases.csv:4:3: column "area_code": area code "999" is not in areas',
  'cases.csv:5:4: column "crime_group": "theft" is not a known value; use one of: social_order, drugs, economic, corruption, environment, smuggling, cyber, other',
  'cases.csv:6:5: column "severity": "grave" is not a known value; use one of: less_serious, serious, very_serious, especially_serious',
  'cases.csv:7:6: column "cleared_date": 2024-02-01 is before occurred_date 2024-03-01',
  'cases.csv:8:3: area 436 did not exist on 2025-08-01: valid from 2019-01-01 to 2025-06-30',
  'cases.csv:9:1: empty cell in required column "case_id"',
  'cases.csv:10:1: duplicate key (case_id = C1): the same key is on lines 2, 10',
  'cases.csv:11: the row has 4 fields but the header has 6 columns',
  'cases.csv:12:1: text follows the closing double quote; inside a quoted field write "" for each double quote',
  'cases.csv:13:3: period 03/2024 has records for area 99001 and also for 436 (line 2), an ancestor or descendant of it; records belong to one level only, or the tables would count twice',
  'cases.csv:14:2: column "occurred_date": the date 1850-01-01 is outside the years 1900-2199',
  'cases.csv:15: the row has 1 fields but the header has 6 columns',
];

describe('bad case records', () => {
  it('are refused whole: every problem at file:line:column, exit 1, nothing written', async () => {
    const dir = folderWith({ 'areas.csv': AREAS_CSV, 'cases.csv': `${BAD_CASES}\n` });
    const out = join(dir, 'out');
    const io = capture();
    const code = await main(
      ['aggregate', '--cases', 'cases.csv', '--areas', 'areas.csv', '--out', out, '--lang', 'en'].map((a) =>
        a.endsWith('.csv') ? join(dir, a) : a,
      ),
      io,
    );
    expect(code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(io.stdout).toBe('');
    const lines = io.stderr.trim().split('\n');
    expect(lines.slice(0, -1).map((l) => l.replace(`${dir}/`, ''))).toEqual(EXPECTED);
    expect(lines.at(-1)).toBe('The data were refused: 13 problems; nothing was written.');
  });

  it('are all counted when only the first few are printed (--max-problems)', async () => {
    const dir = folderWith({ 'areas.csv': AREAS_CSV, 'cases.csv': `${BAD_CASES}\n` });
    const io = capture();
    const code = await main(
      [
        'aggregate',
        '--cases',
        join(dir, 'cases.csv'),
        '--areas',
        join(dir, 'areas.csv'),
        '--out',
        join(dir, 'out'),
        '--max-problems',
        '3',
        '--lang',
        'en',
      ],
      io,
    );
    expect(code).toBe(1);
    const lines = io.stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.at(-1)).toBe(
      'The data were refused: 13 problems (the first 3 printed; --max-problems 0 prints all); nothing was written.',
    );
  });

  it('a missing column, a missing file and a bad areas.csv are reported before any record is read', async () => {
    const dir = folderWith({
      'areas.csv': AREAS_CSV.replace(
        '436,Thành phố Hà Tĩnh,Ha Tinh City,district,42',
        '436,Thành phố Hà Tĩnh,Ha Tinh City,district,77',
      ),
      'cases.csv': 'case_id,occurred_date,area_code,crime_group,cleared_date\n',
    });
    const io = capture();
    expect(
      await main(
        [
          'aggregate',
          '--cases',
          join(dir, 'cases.csv'),
          '--areas',
          join(dir, 'areas.csv'),
          '--out',
          join(dir, 'o'),
          '--lang',
          'en',
        ],
        io,
      ),
    ).toBe(1);
    expect(io.stderr).toContain('areas.csv:3:5: area 436: parent_code "77" is not in areas');
    const fixed = folderWith({
      'areas.csv': AREAS_CSV,
      'cases.csv': 'case_id,occurred_date,area_code,crime_group,cleared_date\n',
    });
    const io2 = capture();
    expect(
      await main(
        [
          'aggregate',
          '--cases',
          join(fixed, 'cases.csv'),
          '--reports',
          join(fixed, 'nope.csv'),
          '--areas',
          join(fixed, 'areas.csv'),
          '--out',
          join(fixed, 'o'),
          '--lang',
          'en',
        ],
        io2,
      ),
    ).toBe(1);
    expect(io2.stderr).toContain('cases.csv: required column "severity" is missing');
    expect(io2.stderr).toContain('nope.csv: cannot read the file');
    expect(existsSync(join(fixed, 'o'))).toBe(false);
  });

  it('in Parquet are placed at file:row:column', async () => {
    const dir = folderWith({ 'areas.csv': AREAS_CSV });
    const file = join(dir, 'cases.parquet');
    parquetWriteFile({
      filename: file,
      columnData: [
        { name: 'case_id', data: ['P1', 'P2', 'P3', 'P1'], type: 'STRING' },
        { name: 'occurred_date', data: ['2024-03-01', '2024-3-1', '2024-03-01', '2024-03-02'], type: 'STRING' },
        { name: 'area_code', data: ['436', '436', null, '436'], type: 'STRING' },
        { name: 'crime_group', data: ['drugs', 'drugs', 'drugs', 'drugs'], type: 'STRING' },
        { name: 'severity', data: ['serious', 'serious', 'serious', 'minor'], type: 'STRING' },
        { name: 'cleared_date', data: [null, null, null, null], type: 'STRING' },
      ],
    });
    const io = capture();
    expect(
      await main(
        ['aggregate', '--cases', file, '--areas', join(dir, 'areas.csv'), '--out', join(dir, 'o'), '--lang', 'en'],
        io,
      ),
    ).toBe(1);
    expect(
      io.stderr
        .split('\n')
        .slice(0, 4)
        .map((l) => l.replace(`${dir}/`, '')),
    ).toEqual([
      'cases.parquet:2:2: column "occurred_date": "2024-3-1" is not a date written YYYY-MM-DD',
      'cases.parquet:3:3: empty cell in required column "area_code"',
      'cases.parquet:4:1: duplicate key (case_id = P1): the same key is on lines 1, 4',
      'cases.parquet:4:5: column "severity": "minor" is not a known value; use one of: less_serious, serious, very_serious, especially_serious',
    ]);
  });

  it('misuse exits 2; --help prints the usage', async () => {
    const help = capture();
    expect(await main(['aggregate', '--help', '--lang', 'en'], help)).toBe(0);
    expect(help.stdout).toContain('Usage: chitieu aggregate --cases FILE');
    const io = capture();
    expect(
      await main(
        ['aggregate', '--cases', 'x.csv', '--areas', 'a.csv', '--out', 'o', '--cutoff', '2024-13-01', '--lang', 'en'],
        io,
      ),
    ).toBe(2);
    expect(io.stderr).toContain('--cutoff "2024-13-01"');
    expect(
      await main(
        ['aggregate', '--cases', 'x.csv', '--areas', 'a.csv', '--out', 'o', '--periods', 'lunar', '--lang', 'en'],
        io,
      ),
    ).toBe(2);
    expect(await main(['aggregate', '--areas', 'a.csv', '--out', 'o'], io)).toBe(2);
  });
});
