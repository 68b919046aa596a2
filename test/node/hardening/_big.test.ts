import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { loadDataFolder } from '../../../src/node/io/load.ts';
import { minimalWith } from '../io/helpers.ts';
it('big', async () => {
  const kind = process.env.KIND!;
  const H = 'year,month,area_code,crime_group,severity,occurred,cleared\n';
  const body = kind === 'nl' ? '\n'.repeat(Number(process.env.SIZE ?? 390e6)) : kind === 'commas' ? ',,,,,,\n'.repeat(Number(process.env.SIZE ?? 390e6) / 7) : '2024,1,436,drugs,serious,5,4\n'.repeat(Number(process.env.SIZE ?? 390e6) / 29);
  const d = minimalWith({});
  writeFileSync(d + '/criminal_cases.csv', H + body);
  const t0 = Date.now();
  const r = await loadDataFolder(d, { lang: 'en' });
  console.log(kind, Date.now() - t0, r.ok, r.ok ? '' : r.problems.length, process.memoryUsage().rss / 1e9, require('v8').getHeapStatistics().peak_malloced_memory);
}, 600000);
