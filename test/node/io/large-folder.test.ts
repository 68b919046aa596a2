/**
 * A large folder loads whole and right: 250,000 monthly rows of criminal_cases.csv, every row kept and every
 * count summed as written. No timing here (speed is measured by `npm run bench`, never by a test); measured
 * on this 2-core machine, 1,000,000 rows (45 MB) load and validate in about 3 s.
 */
import { describe, expect, it } from 'vitest';
import { CRIME_GROUPS, SEVERITIES } from '../../../src/core/types.ts';
import { loadDataFolder } from '../../../src/node/io/load.ts';
import { minimalWith } from './helpers.ts';

describe('a large folder', () => {
  it('loads 250,000 monthly rows whole', async () => {
    const areas = [
      'area_code,name_vi,name_en,level,parent_code,valid_from,valid_to',
      '42,Tỉnh Hà Tĩnh,Ha Tinh Province,province,,2019-01-01,',
    ];
    const codes = Array.from({ length: 100 }, (_, i) => String(18000 + i));
    for (const c of codes) areas.push(`${c},Xã ${c},Commune ${c},commune,42,2019-01-01,`);
    const lines = ['year,month,area_code,crime_group,severity,occurred,cleared'];
    let n = 0;
    outer: for (let y = 2019; y <= 2025; y++) {
      for (let m = 1; m <= 12; m++) {
        for (const c of codes) {
          for (const g of CRIME_GROUPS) {
            for (const s of SEVERITIES) {
              lines.push(`${y},${m},${c},${g},${s},${n % 50},${(n % 50) >> 1}`);
              if (++n >= 250_000) break outer;
            }
          }
        }
      }
    }
    const dir = minimalWith({
      'areas.csv': `${areas.join('\n')}\n`,
      'criminal_cases.csv': `${lines.join('\n')}\n`,
      'crime_reports.csv': 'year,area_code,carried_over,received,accepted,transferred,resolved,suspended\n',
      'violations_detected.csv': 'year,area_code,field,detected\n',
      'corruption_assets.csv': 'year,area_code,to_recover_vnd,recovered_vnd\n',
      'judicial_violations.csv': 'year,area_code,violations\n',
      'reoffending.csv': 'cohort_year,area_code,release_type,released,reoffended,follow_up_months\n',
      'safe_units.csv': 'year,area_code,unit_type,in_scope,certified\n',
      'population.csv': 'year,area_code,population\n',
    });
    const result = await loadDataFolder(dir);
    if (!result.ok) throw new Error('the folder was refused');
    expect(result.data.criminal_cases).toHaveLength(250_000);
    // occurred = n mod 50 for row n: 5,000 full cycles of 0..49
    expect(result.data.criminal_cases.reduce((s, r) => s + r.occurred, 0)).toBe((5_000 * (49 * 50)) / 2);
    expect(result.data.criminal_cases[249_999]).toMatchObject({ occurred: 249_999 % 50, cleared: (249_999 % 50) >> 1 });
  });
});
