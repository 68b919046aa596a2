/**
 * A guard against slow paths creeping into the loader (a per-cell regular expression, a quadratic
 * check). Measured on a 2-core machine shared with other jobs: 1,000,000 rows of criminal_cases.csv
 * (45 MB) load and validate in about 3 s; this test uses a quarter of that and a generous bound.
 */
import { describe, expect, it } from 'vitest';
import { CRIME_GROUPS, SEVERITIES } from '../../../src/core/types.ts';
import { loadDataFolder } from '../../../src/node/io/load.ts';
import { minimalWith } from './helpers.ts';

describe('performance', () => {
  it('loads 250,000 monthly rows in well under 10 s', async () => {
    const areas = ['area_code,name_vi,name_en,level,parent_code,valid_from,valid_to', '42,Tỉnh Hà Tĩnh,Ha Tinh Province,province,,2019-01-01,'];
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
    const start = performance.now();
    const result = await loadDataFolder(dir);
    const seconds = (performance.now() - start) / 1000;
    expect(result.ok && result.data.criminal_cases.length).toBe(250_000);
    expect(seconds).toBeLessThan(10);
  });
});
