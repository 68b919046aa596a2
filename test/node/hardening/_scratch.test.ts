import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { it } from 'vitest';
import { loadDataFolder, formatProblem } from '../../../src/node/io/load.ts';
import { minimalWith, tempDir } from '../io/helpers.ts';

async function probe(label: string, dir: string) {
  const t0 = Date.now();
  try {
    const r = await loadDataFolder(dir, { lang: 'en' });
    const ps = r.ok ? ['OK'] : r.problems.map(formatProblem);
    console.log(label, Date.now() - t0, 'ms', ps.map((p) => p.slice(0, 300)), r.warnings.map(formatProblem).map((p) => p.slice(0, 200)), process.memoryUsage().rss / 1e6);
  } catch (e) {
    console.log(label, 'THREW', (e as Error).stack?.split('\n').slice(0, 3).join(' | '));
  }
}
const H = 'year,month,area_code,crime_group,severity,occurred,cleared\n2024,1,436,drugs,serious,5,4\n';
it('probe', async () => {
  let d = minimalWith({ 'criminal_cases.csv': null }); mkdirSync(join(d, 'criminal_cases.csv')); await probe('dir', d);
  d = minimalWith({ 'criminal_cases.csv': null }); symlinkSync(tempDir(), join(d, 'criminal_cases.csv')); await probe('symlink-dir', d);
  d = minimalWith({ 'criminal_cases.csv': null }); symlinkSync('/nonexistent/x', join(d, 'criminal_cases.csv')); await probe('dangling', d);
  d = minimalWith({ 'datapackage.json': null }); symlinkSync(tempDir(), join(d, 'datapackage.json')); await probe('dp-dir', d);
  d = minimalWith({ 'criminal_cases.csv': null }); execSync(`mkfifo ${join(d, 'criminal_cases.csv')}`); await probe('fifo', d);
  d = minimalWith({ 'criminal_cases.csv': H + '2024,1,437,social_order,less_serious,3,' + '9'.repeat(50e6) + '\n' }); await probe('50MB digits', d);
  d = minimalWith({ 'criminal_cases.csv': H + '2024,1,437,social_order,less_serious,3,3' + ','.repeat(50e6) + '\n' }); await probe('50MB commas', d);
  d = minimalWith({ 'criminal_cases.csv': H + '2024,1,437,"' + 'x'.repeat(50e6) + '",less_serious,3,3\n' }); await probe('50MB quoted', d);
  d = minimalWith({ 'criminal_cases.csv': H + '2024,1,437,"' + 'x\n'.repeat(25e6) + '",less_serious,3,3\n2024,13,437,drugs,serious,1,1\n' }); await probe('50MB quoted newlines', d);
  d = minimalWith({ 'criminal_cases.csv': H + '2024,1,437,"' + '""'.repeat(25e6) + '",less_serious,3,3\n' }); await probe('50MB doubled quotes', d);
  d = minimalWith({ 'criminal_cases.csv': H + '2024,1,437,"' + 'x'.repeat(50e6) + '\n' }); await probe('50MB unterminated', d);
  d = minimalWith({ 'criminal_cases.csv': H + '2024,1,437,' + 'x'.repeat(50e6) }); await probe('50MB no newline', d);
  d = minimalWith({ 'criminal_cases.csv': H + '2024,1,437,dru\x1b[31mgs\u202e,serious,3,3\n' }); await probe('esc', d);
  d = minimalWith({ 'criminal_cases.csv': H + '2024,1,437,social_order,less_serious,3,3\n'.repeat(20000) }); const t0=Date.now(); const r = await loadDataFolder(d); console.log('dups', Date.now()-t0, r.ok ? 'ok' : r.problems.length, r.ok ? 0 : r.problems.reduce((s, p) => s + p.message.length, 0), r.ok ? '' : r.problems[0]!.message);
});
