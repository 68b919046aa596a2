/**
 * The monthly cycle end to end, through the command line: forms for November 2026 for all 69 units,
 * filled programmatically with each unit's figures (its own November 2025 figures, a month in the
 * generator's shape), collected into a copy of data/, after which `indicators --year 2026` covers eleven
 * months and its sums are the old ten months plus the returns. And a form opened and saved by
 * LibreOffice Calc is still recognised and read (skipped when LibreOffice is not installed).
 */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSet } from '../../../src/core/types.ts';
import { loadDataFolder } from '../../../src/node/io/load.ts';
import { readReturn } from '../../../src/node/collect/read-return.ts';
import { ROOT, runChitieu } from '../../helpers/cli.ts';
import { fillForm, lastYearFiller } from '../collect/fill-forms.ts';

let data: DataSet;
beforeAll(async () => {
  const loaded = await loadDataFolder(join(ROOT, 'data'));
  if (!loaded.ok) throw new Error('data/ refused');
  data = loaded.data;
});

describe('chitieu forms + collect: the round trip', () => {
  it("69 forms made, filled, collected: indicators 2026 cover eleven months with the returns' totals", async () => {
    const root = mkdtempSync(join(tmpdir(), 'chitieu-cycle-'));
    const dataDir = join(root, 'data');
    cpSync(join(ROOT, 'data'), dataDir, { recursive: true });
    const forms = join(root, 'forms');
    const inbox = join(root, 'inbox');
    mkdirSync(inbox);

    const made = runChitieu(['forms', '--data', dataDir, '--period', '2026-11', '--out', forms]);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toBe(`Đã tạo 69 biểu báo cáo Tháng 11/2026 (15/10/2026 - 14/11/2026) trong ${forms}.\n`);
    const names = readdirSync(forms).sort();
    expect(names).toHaveLength(69);
    expect(names[0]).toBe('18073-phuong-thanh-sen-2026-11.xlsx');

    const fill = lastYearFiller(data, 2026, 11);
    let occurred = 0;
    let received = 0;
    const count: typeof fill = (t, k, c, u) => {
      const v = fill(t, k, c, u) as number;
      if (t === 'criminal_cases' && c === 'occurred') occurred += v;
      if (t === 'crime_reports' && c === 'received') received += v;
      return v;
    };
    for (const name of names) writeFileSync(join(inbox, name), await fillForm(readFileSync(join(forms, name)), count));

    const collected = runChitieu(['collect', '--data', dataDir, '--inbox', inbox, '--period', '2026-11']);
    expect(collected.code).toBe(0);
    expect(collected.stdout).toMatch(
      /^Tháng 11\/2026 \(15\/10\/2026 - 14\/11\/2026\): 69\/69 đơn vị đã báo cáo; nhận 69 /,
    );
    expect(existsSync(join(inbox, 'collect-status.html'))).toBe(true);
    expect(existsSync(join(inbox, 'collect-status.xlsx'))).toBe(true);
    expect(readFileSync(join(dataDir, 'submissions.jsonl'), 'utf8').trim().split('\n')).toHaveLength(69);

    const before = JSON.parse(
      runChitieu(['indicators', '--data', join(ROOT, 'data'), '--year', '2026', '--json']).stdout,
    );
    const after = runChitieu(['indicators', '--data', dataDir, '--year', '2026', '--json']);
    expect(after.stderr).toBe('');
    const json = JSON.parse(after.stdout);
    const result = (j: typeof json, id: string) =>
      j.results.find((r: { id: string; breakdown: object }) => r.id === id && Object.keys(r.breakdown).length === 0);
    const crime = result(json, 'crime_change_vs_baseline');
    expect(crime.flags.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(crime.numerator).toBe(result(before, 'crime_change_vs_baseline').numerator + occurred);
    expect(result(json, 'reports_acceptance_rate').denominator).toBe(
      result(before, 'reports_acceptance_rate').denominator + received,
    );
    // The folder still loads without a warning: hashes and cutoff of datapackage.json follow the new files.
    expect(runChitieu(['validate', '--data', dataDir]).stderr).toBe('');
    expect(JSON.parse(readFileSync(join(dataDir, 'datapackage.json'), 'utf8')).cutoff).toBe('2026-11-14');
  }, 240_000);
});

const soffice = ['soffice', 'libreoffice'].find((c) => spawnSync(c, ['--version'], { encoding: 'utf8' }).status === 0);

describe.skipIf(soffice === undefined)(
  'a form saved by LibreOffice Calc (skipped: LibreOffice is not installed)',
  () => {
    it('is still recognised and read', async () => {
      const root = mkdtempSync(join(tmpdir(), 'chitieu-lo-'));
      const forms = join(root, 'forms');
      expect(
        runChitieu(['forms', '--data', join(ROOT, 'data'), '--period', '2026-11', '--out', forms, '--units', '18073'])
          .code,
      ).toBe(0);
      const name = '18073-phuong-thanh-sen-2026-11.xlsx';
      const filled = join(root, 'filled');
      mkdirSync(filled);
      writeFileSync(
        join(filled, name),
        await fillForm(readFileSync(join(forms, name)), lastYearFiller(data, 2026, 11)),
      );
      const saved = join(root, 'saved');
      const lo = spawnSync(
        soffice!,
        [
          `-env:UserInstallation=file://${root}/profile`,
          '--headless',
          '--calc',
          '--convert-to',
          'xlsx:Calc MS Excel 2007 XML',
          '--outdir',
          saved,
          join(filled, name),
        ],
        { encoding: 'utf8', timeout: 120_000 },
      );
      expect(lo.status).toBe(0);
      const bytes = readFileSync(join(saved, name));
      expect(bytes.equals(readFileSync(join(filled, name)))).toBe(false);
      const r = await readReturn(name, bytes, 'vi');
      expect(r.problems.list).toEqual([]);
      expect(r.unit).toBe('18073');
      expect([...r.tables.keys()]).toEqual(['criminal_cases', 'crime_reports', 'violations_detected']);
      expect(r.tables.get('criminal_cases')).toHaveLength(32);
    }, 180_000);
  },
);
