/**
 * One test per validation rule of shared/CONTRACT.md, each asserting the exact place reported
 * (`file:line:column`, or `file` alone for a missing file or column) on the minimal folder with
 * one file changed.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem, loadDataFolder } from '../../../src/node/io/load.ts';
import { csv, loaded, minimalWith, places, refused } from './helpers.ts';

const AREAS_HEADER = 'area_code,name_vi,name_en,level,parent_code,valid_from,valid_to';
const PROVINCE = '42,Tỉnh Hà Tĩnh,Ha Tinh Province,province,,2019-01-01,';
const CITY = '436,Thành phố Hà Tĩnh,Ha Tinh City,district,42,2019-01-01,';
const TOWN = '437,Thị xã Hồng Lĩnh,Hong Linh Town,district,42,2019-01-01,';
const CASES_HEADER = 'year,month,area_code,crime_group,severity,occurred,cleared';
const REPORTS_HEADER = 'year,area_code,carried_over,received,accepted,transferred,resolved,suspended';

/** Places of the problems when one file of the minimal folder is replaced. */
const placesWith = async (file: string, text: string): Promise<string[]> =>
  places(await refused(minimalWith({ [file]: text })));

describe('header', () => {
  it('missing column: file: message, no line', async () => {
    const problems = await refused(
      minimalWith({
        'crime_reports.csv': csv(
          'year,area_code,carried_over,received,accepted,transferred,resolved',
          '2024,436,1,1,1,0,1',
        ),
      }),
    );
    expect(problems.map(formatProblem)).toEqual(['crime_reports.csv: required column "suspended" is missing']);
  });

  it('a column named twice', async () => {
    expect(await placesWith('population.csv', csv('year,area_code,population,year', '2024,436,1,2024'))).toEqual([
      'population.csv:1:4 duplicate_column',
    ]);
  });

  it('a month column in an annual-only table is ignored with a warning', async () => {
    const { warnings } = await loaded(
      minimalWith({ 'population.csv': csv('year,month,area_code,population', '2024,12,436,1') }),
    );
    expect(places(warnings)).toEqual(['population.csv:1:2 month_column_ignored']);
  });

  it('a file with no header row at all', async () => {
    expect(await placesWith('population.csv', '')).toEqual(['population.csv empty_file']);
  });
});

describe('CSV syntax', () => {
  it('ragged row: a problem at that line, counting line breaks inside quotes', async () => {
    const text = `${AREAS_HEADER}\n${PROVINCE}\n436,"Thành phố\nHà Tĩnh",Ha Tinh City,district,42,2019-01-01,\n437,Thị xã Hồng Lĩnh,district,42,2019-01-01,\n`;
    expect(await placesWith('areas.csv', text)).toEqual(['areas.csv:5 ragged_row']);
  });

  it('ragged row message names both counts', async () => {
    const problems = await refused(minimalWith({ 'population.csv': csv('year,area_code,population', '2024,436,1,9') }));
    expect(problems.map(formatProblem)).toEqual([
      'population.csv:2: the row has 4 fields but the header has 3 columns',
    ]);
  });

  it('a quote never closed', async () => {
    expect(await placesWith('population.csv', 'year,area_code,population\n2024,"436,1\n2024,437,1\n')).toEqual([
      'population.csv:2:2 unterminated_quote',
    ]);
  });

  it('text after a closing quote', async () => {
    expect(await placesWith('population.csv', csv('year,area_code,population', '2024,"436"x,1'))).toEqual([
      'population.csv:2:2 text_after_quote',
    ]);
  });
});

describe('cells', () => {
  it('empty cell in a required column', async () => {
    expect(await placesWith('population.csv', csv('year,area_code,population', '2024,,1'))).toEqual([
      'population.csv:2:2 empty_value',
    ]);
  });

  it.each([
    ['criminal_cases.csv', csv(CASES_HEADER, '2024,1,436,drug,serious,5,4'), 'criminal_cases.csv:2:4'],
    ['criminal_cases.csv', csv(CASES_HEADER, '2024,1,436,drugs,grave,5,4'), 'criminal_cases.csv:2:5'],
    [
      'violations_detected.csv',
      csv('year,area_code,field,detected', '2024,436,Drugs,1'),
      'violations_detected.csv:2:3',
    ],
    [
      'reoffending.csv',
      csv('cohort_year,area_code,release_type,released,reoffended,follow_up_months', '2024,436,parole,1,0,12'),
      'reoffending.csv:2:3',
    ],
    [
      'safe_units.csv',
      csv('year,area_code,unit_type,in_scope,certified', '2024,436,village,1,0'),
      'safe_units.csv:2:3',
    ],
    [
      'areas.csv',
      csv(AREAS_HEADER, PROVINCE, '436,Thành phố Hà Tĩnh,Ha Tinh City,huyen,42,2019-01-01,', TOWN),
      'areas.csv:3:4',
    ],
  ])('unknown enum value in %s', async (file, text, place) => {
    expect(await placesWith(file, text)).toEqual([`${place} unknown_value`]);
  });

  it('unknown enum value: the message lists the allowed values', async () => {
    const problems = await refused(
      minimalWith({ 'safe_units.csv': csv('year,area_code,unit_type,in_scope,certified', '2024,436,village,1,0') }),
    );
    expect(formatProblem(problems[0]!)).toBe(
      'safe_units.csv:2:3: column "unit_type": "village" is not a known value; use one of: commune, agency, enterprise, school',
    );
  });

  it('not a whole number: a decimal comma in a semicolon file', async () => {
    const text = 'year;month;area_code;crime_group;severity;occurred;cleared\n2024;1;436;drugs;serious;5,5;4\n';
    const problems = await refused(minimalWith({ 'criminal_cases.csv': text }));
    expect(problems.map(formatProblem)).toEqual([
      'criminal_cases.csv:2:6: column "occurred": "5,5" is not a whole number (no decimal marks or thousands separators)',
    ]);
  });

  it('not a whole number: a decimal point, text, a thousands separator', async () => {
    expect(
      await placesWith(
        'population.csv',
        csv('year,area_code,population', '2024,436,1.5', '2024,437,"38,000"', '2025,436,n/a'),
      ),
    ).toEqual([
      'population.csv:2:3 not_whole_number',
      'population.csv:3:3 not_whole_number',
      'population.csv:4:3 not_whole_number',
    ]);
  });

  it('negative count', async () => {
    expect(await placesWith('judicial_violations.csv', csv('year,area_code,violations', '2024,436,-2'))).toEqual([
      'judicial_violations.csv:2:3 negative',
    ]);
  });

  it('month outside 1-12', async () => {
    expect(
      await placesWith(
        'criminal_cases.csv',
        csv(CASES_HEADER, '2024,13,436,drugs,serious,5,4', '2024,0,437,drugs,serious,5,4'),
      ),
    ).toEqual(['criminal_cases.csv:2:2 month_out_of_range', 'criminal_cases.csv:3:2 month_out_of_range']);
  });

  it('a monthly table with a row whose month is empty', async () => {
    expect(
      await placesWith(
        'criminal_cases.csv',
        csv(CASES_HEADER, '2024,1,436,drugs,serious,5,4', '2024,,437,drugs,serious,5,4'),
      ),
    ).toEqual(['criminal_cases.csv:3:2 month_missing']);
  });

  it('year not a 4-digit year', async () => {
    expect(
      await placesWith('crime_reports.csv', csv(REPORTS_HEADER, '24,436,1,1,1,0,1,0', '2024.0,437,1,1,1,0,1,0')),
    ).toEqual(['crime_reports.csv:2:1 bad_year', 'crime_reports.csv:3:1 bad_year']);
  });

  it('cohort_year not a 4-digit year', async () => {
    expect(
      await placesWith(
        'reoffending.csv',
        csv('cohort_year,area_code,release_type,released,reoffended,follow_up_months', '202,436,amnesty,1,0,12'),
      ),
    ).toEqual(['reoffending.csv:2:1 bad_year']);
  });
});

describe('numerator above its denominator', () => {
  it('cleared > occurred', async () => {
    const problems = await refused(
      minimalWith({ 'criminal_cases.csv': csv(CASES_HEADER, '2024,1,436,drugs,serious,5,7') }),
    );
    expect(problems.map(formatProblem)).toEqual(['criminal_cases.csv:2:7: cleared = 7 is greater than occurred = 5']);
  });

  it('accepted > received', async () => {
    expect(await placesWith('crime_reports.csv', csv(REPORTS_HEADER, '2024,436,10,100,101,5,90,3'))).toEqual([
      'crime_reports.csv:2:5 exceeds',
    ]);
  });

  it('resolved > carried_over + accepted - transferred', async () => {
    const problems = await refused(
      minimalWith({ 'crime_reports.csv': csv(REPORTS_HEADER, '2024,436,10,100,95,5,101,3') }),
    );
    expect(problems.map(formatProblem)).toEqual([
      'crime_reports.csv:2:7: resolved = 101 is greater than carried_over + accepted - transferred = 100',
    ]);
  });

  it('transferred > carried_over + accepted', async () => {
    expect(await placesWith('crime_reports.csv', csv(REPORTS_HEADER, '2024,436,1,5,5,7,0,0'))).toEqual([
      'crime_reports.csv:2:6 exceeds',
    ]);
  });

  it('reoffended > released', async () => {
    expect(
      await placesWith(
        'reoffending.csv',
        csv('cohort_year,area_code,release_type,released,reoffended,follow_up_months', '2024,436,amnesty,2,3,12'),
      ),
    ).toEqual(['reoffending.csv:2:5 exceeds']);
  });

  it('certified > in_scope', async () => {
    expect(
      await placesWith('safe_units.csv', csv('year,area_code,unit_type,in_scope,certified', '2024,436,commune,15,16')),
    ).toEqual(['safe_units.csv:2:5 exceeds']);
  });

  it('recovered_vnd > to_recover_vnd is a warning only', async () => {
    const { data, warnings } = await loaded(
      minimalWith({ 'corruption_assets.csv': csv('year,area_code,to_recover_vnd,recovered_vnd', '2024,436,100,150') }),
    );
    expect(data.corruption_assets).toHaveLength(1);
    expect(warnings.map(formatProblem)).toEqual([
      'corruption_assets.csv:2:4: recovered_vnd = 150 is greater than to_recover_vnd = 100',
    ]);
  });
});

describe('areas of the period tables', () => {
  it('unknown area code', async () => {
    expect(await placesWith('population.csv', csv('year,area_code,population', '2024,436,1', '2024,499,1'))).toEqual([
      'population.csv:3:2 unknown_area',
    ]);
  });

  const closingTown = csv(
    AREAS_HEADER,
    PROVINCE,
    CITY,
    '437,Thị xã Hồng Lĩnh,Hong Linh Town,district,42,2019-01-01,2025-06-30',
  );
  const newCommune = '18100,Phường Thành Sen,Thanh Sen Ward,commune,42,2025-07-01,';

  it('a row for an area in a period outside its validity', async () => {
    const dir = minimalWith({
      'areas.csv': closingTown + `${newCommune}\n`,
      'population.csv': csv('year,area_code,population', '2026,437,1', '2024,18100,1'),
    });
    const problems = await refused(dir);
    expect(problems.map(formatProblem)).toEqual([
      'population.csv:2:2: area 437 did not exist in period 2026 (2026-01-01 to 2026-12-31): valid from 2019-01-01 to 2025-06-30',
      'population.csv:3:2: area 18100 did not exist in period 2024 (2024-01-01 to 2024-12-31): valid from 2025-07-01',
    ]);
  });

  it('a year row is fine if the area existed for part of the year; a month row must overlap the month', async () => {
    const ok = minimalWith({
      'areas.csv': closingTown + `${newCommune}\n`,
      'population.csv': csv('year,area_code,population', '2025,437,1', '2025,18100,1'),
    });
    await loaded(ok);
    const monthly = minimalWith({
      'areas.csv': closingTown + `${newCommune}\n`,
      'criminal_cases.csv': csv(
        CASES_HEADER,
        '2025,6,437,drugs,serious,1,1',
        '2025,7,437,drugs,serious,1,1',
        '2025,6,18100,drugs,serious,1,1',
      ),
    });
    expect(places(await refused(monthly))).toEqual([
      'criminal_cases.csv:3:3 area_not_in_period',
      'criminal_cases.csv:4:3 area_not_in_period',
    ]);
  });

  it('validity follows the period convention of datapackage.json (police month 7/2025 starts 2025-06-15)', async () => {
    const dir = minimalWith({
      'areas.csv': closingTown + `${newCommune}\n`,
      'criminal_cases.csv': csv(CASES_HEADER, '2025,7,437,drugs,serious,1,1', '2025,7,18100,drugs,serious,1,1'),
      'datapackage.json': JSON.stringify({ periods: 'police' }),
    });
    await loaded(dir);
  });

  it('duplicate key: both lines reported', async () => {
    const problems = await refused(
      minimalWith({
        'criminal_cases.csv': csv(
          CASES_HEADER,
          '2024,1,436,drugs,serious,5,4',
          '2024,1,437,drugs,serious,5,4',
          '2024,1,436,drugs,serious,1,1',
        ),
      }),
    );
    expect(problems.map(formatProblem)).toEqual([
      'criminal_cases.csv:2: duplicate key (year=2024, month=1, area_code=436, crime_group=drugs, severity=serious): the same key is on lines 2, 4',
      'criminal_cases.csv:4: duplicate key (year=2024, month=1, area_code=436, crime_group=drugs, severity=serious): the same key is on lines 2, 4',
    ]);
  });

  it('the same area and period with another breakdown value is not a duplicate', async () => {
    await loaded(
      minimalWith({
        'criminal_cases.csv': csv(
          CASES_HEADER,
          '2024,1,436,drugs,serious,5,4',
          '2024,1,436,drugs,very_serious,5,4',
          '2024,2,436,drugs,serious,5,4',
        ),
      }),
    );
  });

  it('a row overlapping its ancestor in the same period', async () => {
    const problems = await refused(
      minimalWith({
        'crime_reports.csv': csv(
          REPORTS_HEADER,
          '2024,436,10,100,95,5,90,3',
          '2024,42,14,140,135,7,128,4',
          '2023,42,1,1,1,0,1,0',
        ),
      }),
    );
    expect(problems.map(formatProblem)).toEqual([
      'crime_reports.csv:3:2: period 2024 has a row for area 42 and also for 436 (line 2), an ancestor or descendant of it; rows belong at the lowest level only, never with their total',
    ]);
  });

  it('a district and a commune under it in the same month overlap; in other months they do not', async () => {
    const areas = csv(AREAS_HEADER, PROVINCE, CITY, TOWN, '18070,Phường Bắc Hà,Bac Ha Ward,commune,436,2019-01-01,');
    const dir = minimalWith({
      'areas.csv': areas,
      'criminal_cases.csv': csv(
        CASES_HEADER,
        '2024,1,436,drugs,serious,5,4',
        '2024,2,18070,drugs,serious,5,4',
        '2024,1,18070,other,serious,1,0',
      ),
    });
    expect(places(await refused(dir))).toEqual(['criminal_cases.csv:2:3 area_overlap']);
  });
});

describe('areas.csv', () => {
  it('two roots is an error', async () => {
    const problems = await refused(
      minimalWith({
        'areas.csv': csv(AREAS_HEADER, PROVINCE, CITY, '437,Thị xã Hồng Lĩnh,Hong Linh Town,district,,2019-01-01,'),
      }),
    );
    expect(problems.map(formatProblem)).toEqual([
      'areas.csv:4:5: area 437 has no parent_code but 42 (line 2) is already the root; only the province may have none',
    ]);
  });

  it('a root that is not a province', async () => {
    expect(
      await placesWith(
        'areas.csv',
        csv(AREAS_HEADER, '42,Tỉnh Hà Tĩnh,Ha Tinh Province,district,,2019-01-01,', CITY, TOWN),
      ),
    ).toEqual(['areas.csv:2:4 root_not_province']);
  });

  it('a second province row (with a parent)', async () => {
    expect(
      await placesWith(
        'areas.csv',
        csv(AREAS_HEADER, PROVINCE, CITY, TOWN, '40,Tỉnh Nghệ An,Nghe An Province,province,42,2019-01-01,'),
      ),
    ).toEqual(['areas.csv:5:5 province_not_root']);
  });

  it('no root at all', async () => {
    const problems = await refused(
      minimalWith({
        'areas.csv': csv(
          AREAS_HEADER,
          '436,Thành phố Hà Tĩnh,Ha Tinh City,district,437,2019-01-01,',
          '437,Thị xã Hồng Lĩnh,Hong Linh Town,district,436,2019-01-01,',
        ),
      }),
    );
    expect(places(problems)).toEqual([
      'areas.csv no_root',
      'areas.csv:2:5 parent_level',
      'areas.csv:2:5 area_cycle',
      'areas.csv:3:5 parent_level',
    ]);
  });

  it('parent_code unknown', async () => {
    expect(
      await placesWith(
        'areas.csv',
        csv(AREAS_HEADER, PROVINCE, CITY, '437,Thị xã Hồng Lĩnh,Hong Linh Town,district,43,2019-01-01,'),
      ),
    ).toEqual(['areas.csv:4:5 parent_unknown']);
  });

  it('a parent of the same or a lower level', async () => {
    expect(
      await placesWith(
        'areas.csv',
        csv(AREAS_HEADER, PROVINCE, CITY, '437,Thị xã Hồng Lĩnh,Hong Linh Town,district,436,2019-01-01,'),
      ),
    ).toEqual(['areas.csv:4:5 parent_level']);
  });

  it('a cycle of parents, reported once', async () => {
    const problems = await refused(
      minimalWith({
        'areas.csv': csv(
          AREAS_HEADER,
          PROVINCE,
          CITY,
          TOWN,
          '18070,Phường Bắc Hà,Bac Ha Ward,commune,18073,2019-01-01,',
          '18073,Phường Nam Hà,Nam Ha Ward,commune,18070,2019-01-01,',
        ),
      }),
    );
    expect(problems.map(formatProblem)).toEqual([
      'areas.csv:5:5: area 18070 (commune) cannot sit under 18073 (commune)',
      'areas.csv:5:5: parent_code forms a cycle: 18070 -> 18073 -> 18070',
      'areas.csv:6:5: area 18073 (commune) cannot sit under 18070 (commune)',
    ]);
  });

  it('bad ISO dates', async () => {
    expect(
      await placesWith(
        'areas.csv',
        csv(
          AREAS_HEADER,
          PROVINCE,
          '436,Thành phố Hà Tĩnh,Ha Tinh City,district,42,01/01/2019,',
          '437,Thị xã Hồng Lĩnh,Hong Linh Town,district,42,2019-01-01,2025-02-29',
        ),
      ),
    ).toEqual(['areas.csv:3:6 bad_date', 'areas.csv:4:7 bad_date']);
  });

  it('valid_to before valid_from', async () => {
    expect(
      await placesWith(
        'areas.csv',
        csv(AREAS_HEADER, PROVINCE, CITY, '437,Thị xã Hồng Lĩnh,Hong Linh Town,district,42,2019-01-01,2018-12-31'),
      ),
    ).toEqual(['areas.csv:4:7 valid_to_before_from']);
  });

  it('an area code twice', async () => {
    expect(await placesWith('areas.csv', csv(AREAS_HEADER, PROVINCE, CITY, TOWN, CITY))).toEqual([
      'areas.csv:3 duplicate_key',
      'areas.csv:5 duplicate_key',
    ]);
  });
});

describe('area_crosswalk.csv', () => {
  const areas = csv(
    AREAS_HEADER,
    PROVINCE,
    CITY,
    TOWN,
    '448,Huyện Lộc Hà,Loc Ha District,district,42,2019-01-01,2024-12-31',
  );

  it('a valid crosswalk loads, a decimal comma included', async () => {
    const { data } = await loaded(
      minimalWith({
        'areas.csv': areas,
        'area_crosswalk.csv': 'from_code;to_code;weight\n448;436;0,25\n448;437;0,75\n',
      }),
    );
    expect(data.area_crosswalk).toEqual([
      { from_code: '448', to_code: '436', weight: 0.25 },
      { from_code: '448', to_code: '437', weight: 0.75 },
    ]);
  });

  it('from_code and to_code must be areas', async () => {
    expect(await placesWith('area_crosswalk.csv', csv('from_code,to_code,weight', '449,436,1', '436,450,1'))).toEqual([
      'area_crosswalk.csv:2:1 unknown_area',
      'area_crosswalk.csv:3:2 unknown_area',
    ]);
  });

  it('weights of a from_code must sum to 1 within 1e-9 (stated in the message)', async () => {
    const problems = await refused(
      minimalWith({
        'areas.csv': areas,
        'area_crosswalk.csv': csv('from_code,to_code,weight', '448,436,0.5', '448,437,0.4'),
      }),
    );
    expect(problems.map(formatProblem)).toEqual([
      'area_crosswalk.csv:2:3: the weights of from_code 448 sum to 0.9, not 1 (tolerance 1e-9)',
    ]);
  });

  it('thirds sum to 1 within the tolerance', async () => {
    await loaded(
      minimalWith({
        'areas.csv': areas,
        'area_crosswalk.csv': csv(
          'from_code,to_code,weight',
          '448,436,0.3333333333',
          '448,437,0.3333333333',
          '448,42,0.3333333334',
        ),
      }),
    );
  });

  it('a weight outside [0, 1]', async () => {
    expect(
      await placesWith(
        'area_crosswalk.csv',
        csv('from_code,to_code,weight', '436,437,1.5', '437,436,-0.5', '42,436,abc'),
      ),
    ).toEqual([
      'area_crosswalk.csv:2:3 weight_out_of_range',
      'area_crosswalk.csv:3:3 weight_out_of_range',
      'area_crosswalk.csv:4:3 not_a_number',
    ]);
  });
});

describe('messages', () => {
  it('are Vietnamese by default and English with lang en', async () => {
    const dir = minimalWith({ 'criminal_cases.csv': csv(CASES_HEADER, '2024,1,436,drugs,serious,5,7') });
    const vi = await loadDataFolder(dir);
    const en = await loadDataFolder(dir, { lang: 'en' });
    expect(!vi.ok && vi.problems.map(formatProblem)).toEqual([
      'criminal_cases.csv:2:7: cleared = 7 lớn hơn occurred = 5',
    ]);
    expect(!en.ok && en.problems.map(formatProblem)).toEqual([
      'criminal_cases.csv:2:7: cleared = 7 is greater than occurred = 5',
    ]);
  });
});
