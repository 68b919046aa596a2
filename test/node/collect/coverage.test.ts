/** Coverage reaches the indicators: after one unit's November return, indicators --json says 1/69 for month 11. */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../../src/node/io/load.ts';
import { makeForms } from '../../../src/node/collect/make-forms.ts';
import { runCollect } from '../../../src/node/collect/run-collect.ts';
import { COLLECT_TEXT } from '../../../src/core/messages/collect.ts';
import { ROOT, runChitieu } from '../../helpers/cli.ts';
import { fillForm, lastYearFiller } from './fill-forms.ts';

describe('flags.coverage', () => {
  it('says how many units reported each month when some have not', async () => {
    const root = mkdtempSync(join(tmpdir(), 'chitieu-coverage-'));
    const dataDir = join(root, 'data');
    cpSync(join(ROOT, 'data'), dataDir, { recursive: true });
    const loaded = await loadDataFolder(dataDir);
    if (!loaded.ok) throw new Error('refused');
    const [name] = await makeForms(loaded.data, {
      year: 2026,
      month: 11,
      out: join(root, 'forms'),
      units: ['18073'],
      lang: 'vi',
    });
    mkdirSync(join(root, 'inbox'));
    writeFileSync(
      join(root, 'inbox', name!),
      await fillForm(readFileSync(join(root, 'forms', name!)), lastYearFiller(loaded.data, 2026, 11)),
    );
    await runCollect(loaded.data, {
      dataDir,
      inbox: join(root, 'inbox'),
      period: { year: 2026, month: 11 },
      dryRun: false,
      allOrNothing: false,
      lang: 'vi',
    });

    const json = JSON.parse(runChitieu(['indicators', '--data', dataDir, '--year', '2026', '--json']).stdout);
    const clearance = json.results.find((r: { id: string }) => r.id === 'clearance_rate');
    expect(clearance.flags.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(clearance.flags.coverage.at(-1)).toEqual({ month: 11, reported: 1, expected: 69 });
    expect(clearance.flags.coverage[0]).toEqual({ month: 1, reported: 69, expected: 69 });
    expect(COLLECT_TEXT.reported(62, 69, 11).vi).toBe('62/69 đơn vị đã báo cáo tháng 11');
    // The terminal table says it under the figures.
    const table = runChitieu(['indicators', '--data', dataDir, '--year', '2026']).stdout;
    expect(table).toContain(
      'Chưa đủ báo cáo năm 2026: 1/69 đơn vị đã báo cáo tháng 11 (đơn vị chưa báo cáo được tính là 0).',
    );
    const english = runChitieu(['indicators', '--data', dataDir, '--year', '2026', '--lang', 'en']).stdout;
    expect(english).toContain('Returns incomplete for 2026: 1/69 units have reported month 11');
    // A year every unit reported carries no coverage flag.
    const before = JSON.parse(
      runChitieu(['indicators', '--data', join(ROOT, 'data'), '--year', '2026', '--json']).stdout,
    );
    expect(before.results.every((r: { flags: object }) => !('coverage' in r.flags))).toBe(true);
    expect(runChitieu(['indicators', '--data', join(ROOT, 'data'), '--year', '2026']).stdout).not.toContain(
      'Chưa đủ báo cáo',
    );
  }, 120_000);
});
