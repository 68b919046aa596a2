/**
 * Bad returns: each is refused with a message naming the file and, where there is one, the cell, and
 * nothing is written for its unit; the good returns beside them are still written (unless
 * --all-or-nothing); every file is logged.
 */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSet } from '../../../src/core/types.ts';
import { loadDataFolder } from '../../../src/node/io/load.ts';
import { makeForms } from '../../../src/node/collect/make-forms.ts';
import { IDENTITY_SHEET } from '../../../src/node/collect/layout.ts';
import { runCollect, type CollectOptions, type CollectResult } from '../../../src/node/collect/run-collect.ts';
import { SUBMISSION_LOG } from '../../../src/node/collect/consolidate.ts';
import { statusText } from '../../../src/node/collect/status-report.ts';
import { PERIOD_CONVENTIONS } from '../../../src/core/periods/registry.ts';
import { ROOT } from '../../helpers/cli.ts';
import { fillForm, lastYearFiller, type Filler } from './fill-forms.ts';

/** The first units of November 2026, in file-name order. */
const UNITS = ['18073', '18100', '18115', '18118', '18133', '18160', '18163', '18172', '18184'];
let data: DataSet;
let forms: string;
const formOf = (unit: string) => readFileSync(join(forms, `${unitFile.get(unit)}`));
const unitFile = new Map<string, string>();
let fill: Filler;

beforeAll(async () => {
  const loaded = await loadDataFolder(join(ROOT, 'data'));
  if (!loaded.ok) throw new Error('data/ refused');
  data = loaded.data;
  forms = mkdtempSync(join(tmpdir(), 'chitieu-forms-'));
  for (const name of await makeForms(data, { year: 2026, month: 11, out: forms, units: UNITS, lang: 'vi' }))
    unitFile.set(name.slice(0, 5), name);
  await makeForms(data, { year: 2026, month: 10, out: join(forms, 'oct'), units: ['18073'], lang: 'vi' });
  fill = lastYearFiller(data, 2026, 11);
});

/** A fresh copy of data/ and an empty inbox. */
function folders(): { dataDir: string; inbox: string } {
  const root = mkdtempSync(join(tmpdir(), 'chitieu-collect-'));
  const dataDir = join(root, 'data');
  cpSync(join(ROOT, 'data'), dataDir, { recursive: true });
  const inbox = join(root, 'inbox');
  mkdirSync(inbox);
  return { dataDir, inbox };
}

async function collect(
  dirs: { dataDir: string; inbox: string },
  extra: Partial<CollectOptions> = {},
): Promise<CollectResult> {
  const loaded = await loadDataFolder(dirs.dataDir);
  if (!loaded.ok) throw new Error('data refused');
  const result = await runCollect(loaded.data, {
    dataDir: dirs.dataDir,
    inbox: dirs.inbox,
    period: { year: 2026, month: 11 },
    dryRun: false,
    allOrNothing: false,
    lang: 'vi',
    now: new Date('2026-11-16T08:00:00Z'),
    ...extra,
  });
  if (result === null) throw new Error('no period');
  return result;
}

const rowsOf = (dataDir: string, unit: string) =>
  readFileSync(join(dataDir, 'crime_reports.csv'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith(`2026,11,${unit},`));

/** A filler that returns `value` for one count and the good figures elsewhere. */
const withCell =
  (table: string, key: Record<string, string>, column: string, value: ReturnType<Filler>): Filler =>
  (t, k, c, u) =>
    t === table && c === column && JSON.stringify(k) === JSON.stringify(key) ? value : fill(t, k, c, u);

describe('chitieu collect: bad returns', () => {
  it('refuses each bad return with its file and cell, writes the good ones, logs every file', async () => {
    const dirs = folders();
    const put = (name: string, bytes: Buffer | string) => writeFileSync(join(dirs.inbox, name), bytes);
    const good = await fillForm(formOf('18073'), fill);
    put(unitFile.get('18073')!, good);
    put('copy-of-thanh-sen.xlsx', good); // the same return twice
    put(
      unitFile.get('18100')!,
      await fillForm(
        formOf('18100'),
        withCell('criminal_cases', { crime_group: 'drugs', severity: 'serious' }, 'occurred', 'mười'),
      ),
    );
    put(unitFile.get('18115')!, await fillForm(formOf('18115'), withCell('crime_reports', {}, 'received', 2.5)));
    put(
      unitFile.get('18118')!,
      await fillForm(formOf('18118'), withCell('violations_detected', { field: 'drugs' }, 'detected', -1)),
    );
    put(unitFile.get('18133')!, await fillForm(formOf('18133'), withCell('crime_reports', {}, 'suspended', null)));
    put(
      unitFile.get('18160')!,
      await fillForm(formOf('18160'), fill, (book) => book.getWorksheet('Án hình sự')!.spliceRows(10, 0, [])),
    );
    put(
      unitFile.get('18163')!,
      await fillForm(formOf('18163'), fill, (book) => book.getWorksheet('Vi phạm')!.mergeCells('B6:B7')),
    );
    // another unit's form (18184's), sent under 18172's name
    put(unitFile.get('18172')!, await fillForm(formOf('18184'), fill));
    put('old.xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1000)]));
    put(
      'locked.xlsx',
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.from('EncryptionInfo', 'utf16le'),
        Buffer.alloc(500),
      ]),
    );
    put('broken.xlsx', good.subarray(0, good.length - 300));
    put('huge.xlsx', Buffer.alloc(6e6));
    put('notes.txt', 'số liệu tháng 11: xem email');
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').getCell('A1').value = 'Báo cáo';
    put('not-a-form.xlsx', Buffer.from(await other.xlsx.writeBuffer()));
    put('october.xlsx', await fillForm(readFileSync(join(forms, 'oct', '18073-phuong-thanh-sen-2026-10.xlsx')), fill));

    const result = await collect(dirs);
    const byFile = new Map(result.results.map((r) => [r.file, r]));
    const codes = (file: string) => byFile.get(file)!.problems.map((p) => `${p.code}${p.where ? ` ${p.where}` : ''}`);
    expect(byFile.get(unitFile.get('18073')!)!.outcome).toBe('accepted');
    expect(codes('copy-of-thanh-sen.xlsx')).toEqual(['duplicate_file']);
    expect(codes(unitFile.get('18100')!)).toEqual(["not_number 'Án hình sự'!C11"]);
    expect(codes(unitFile.get('18115')!)).toEqual(["not_whole 'Tin báo'!B7"]);
    expect(codes(unitFile.get('18118')!)).toEqual(["negative 'Vi phạm'!C10"]);
    expect(codes(unitFile.get('18133')!)).toEqual(["blank 'Tin báo'!B11"]);
    expect(codes(unitFile.get('18160')!)[0]).toMatch(/^moved 'Án hình sự'!A10/);
    expect(codes(unitFile.get('18163')!)).toEqual(["merged_cells 'Vi phạm'!B6"]);
    expect(codes(unitFile.get('18172')!)).toEqual(['name_other_unit']);
    expect(codes('old.xls')).toEqual(['old_xls']);
    expect(codes('locked.xlsx')).toEqual(['password_protected']);
    expect(codes('broken.xlsx')).toEqual(['damaged']);
    expect(codes('huge.xlsx')).toEqual(['too_large']);
    expect(codes('notes.txt')).toEqual(['not_a_form']);
    expect(codes('not-a-form.xlsx')).toEqual(['not_a_form']);
    expect(codes('october.xlsx')).toEqual(['wrong_period']);
    // Messages name the file and the cell, and say what to do.
    const p = byFile.get(unitFile.get('18100')!)!.problems[0]!;
    expect(p.what).toBe('Ô "Ma túy / Nghiêm trọng / Số vụ xảy ra" có chữ "mười", không phải số.');
    expect(p.todo).toMatch(/Chỉ nhập số nguyên/);

    // Only the good return is written; every file is logged.
    expect(rowsOf(dirs.dataDir, '18073')).toHaveLength(1);
    for (const u of ['18100', '18115', '18118', '18133', '18160', '18163', '18172', '18184'])
      expect(rowsOf(dirs.dataDir, u)).toEqual([]);
    const log = readFileSync(join(dirs.dataDir, SUBMISSION_LOG), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(log).toHaveLength(result.results.length);
    expect(log.filter((l) => l.outcome === 'refused')).toHaveLength(result.results.length - 1);
    expect(log[0]).toMatchObject({ time: '2026-11-16T08:00:00.000Z', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });

    // The status report has one section per unit with a problem, and the unrecognised files.
    const text = statusText(result, PERIOD_CONVENTIONS.police, 'vi');
    expect(text.split('\n')[0]).toBe(
      'Tháng 11/2026 (15/10/2026 - 14/11/2026): 1/69 đơn vị đã báo cáo; nhận 1 (cần xác minh 0, bản sửa 0), từ chối 7, chưa gửi 61.',
    );
    expect(text).toContain('Gửi Phường Bắc Hồng Lĩnh (mã 18115): biểu Tháng 11/2026 (15/10/2026 - 14/11/2026)');
    expect(text).toContain('\'Tin báo\'!B7: Ô "Tin báo, tố giác, kiến nghị khởi tố tiếp nhận" có số lẻ 2.5.');

    // The loader still reads the folder, submission log and all.
    const reloaded = await loadDataFolder(dirs.dataDir);
    expect(reloaded.ok).toBe(true);
    expect(reloaded.warnings).toEqual([]);
  });

  it("takes a formula's cached value and flags it; refuses a formula without one, a rule broken, a changed layout", async () => {
    const dirs = folders();
    const put = (unit: string, bytes: Buffer) => writeFileSync(join(dirs.inbox, unitFile.get(unit)!), bytes);
    put(
      '18073',
      await fillForm(formOf('18073'), withCell('crime_reports', {}, 'received', { formula: '300+4', result: 304 })),
    );
    put('18100', await fillForm(formOf('18100'), withCell('crime_reports', {}, 'received', { formula: '3+4' })));
    put(
      '18115',
      await fillForm(
        formOf('18115'),
        withCell('criminal_cases', { crime_group: 'other', severity: 'serious' }, 'cleared', 99),
      ),
    );
    put(
      '18118',
      await fillForm(formOf('18118'), fill, (book) => {
        book.getWorksheet(IDENTITY_SHEET)!.getCell('B10').value = 'f00';
      }),
    );
    const result = await collect(dirs);
    const byUnit = new Map(result.results.map((r) => [r.unit, r]));
    expect(byUnit.get('18073')!.outcome).toBe('flagged');
    expect(byUnit.get('18073')!.problems.map((p) => [p.code, p.where])).toContainEqual([
      'formula_used',
      "'Tin báo'!B7",
    ]);
    expect(byUnit.get('18100')!.problems.map((p) => [p.code, p.where])).toEqual([['formula_no_value', "'Tin báo'!B7"]]);
    expect(byUnit.get('18115')!.problems.map((p) => [p.code, p.where])).toEqual([['rule', "'Án hình sự'!D35"]]);
    expect(byUnit.get('18118')!.problems.map((p) => p.code)).toEqual(['layout_changed']);
    expect(rowsOf(dirs.dataDir, '18073')[0]).toMatch(/^2026,11,18073,\d+,304,/);
  });

  it('--all-or-nothing writes nothing when one is refused; --dry-run writes nothing at all', async () => {
    const dirs = folders();
    writeFileSync(join(dirs.inbox, unitFile.get('18073')!), await fillForm(formOf('18073'), fill));
    writeFileSync(
      join(dirs.inbox, unitFile.get('18100')!),
      await fillForm(formOf('18100'), withCell('crime_reports', {}, 'received', -3)),
    );
    const before = readFileSync(join(dirs.dataDir, 'crime_reports.csv'));
    const held = await collect(dirs, { allOrNothing: true });
    expect(held.results.find((r) => r.unit === '18073')!.written).toBe(false);
    expect(readFileSync(join(dirs.dataDir, 'crime_reports.csv'))).toEqual(before);
    const log = readFileSync(join(dirs.dataDir, SUBMISSION_LOG), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(log.map((l) => l.outcome).sort()).toEqual(['held', 'refused']);
    const dry = await collect(dirs, { dryRun: true });
    expect(dry.results.find((r) => r.unit === '18073')!.outcome).toBe('accepted');
    expect(readFileSync(join(dirs.dataDir, 'crime_reports.csv'))).toEqual(before);
    expect(readFileSync(join(dirs.dataDir, SUBMISSION_LOG), 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('a second return replaces the first as a correction, logged with the figures before and after', async () => {
    const dirs = folders();
    const name = unitFile.get('18073')!;
    writeFileSync(join(dirs.inbox, name), await fillForm(formOf('18073'), fill));
    expect((await collect(dirs)).results[0]!.outcome).toBe('accepted');
    const first = rowsOf(dirs.dataDir, '18073');
    // Resent unchanged: nothing changes.
    expect((await collect(dirs)).results[0]!.outcome).toBe('unchanged');
    writeFileSync(
      join(dirs.inbox, name),
      await fillForm(formOf('18073'), withCell('crime_reports', {}, 'suspended', 0)),
    );
    const corrected = await collect(dirs);
    const r = corrected.results[0]!;
    const old = Number(first[0]!.split(',').at(-1));
    if (old === 0) expect(r.outcome).toBe('unchanged');
    else {
      expect(r.outcome).toBe('corrected');
      expect(r.changes).toEqual([{ table: 'crime_reports', key: {}, column: 'suspended', before: old, after: 0 }]);
      expect(rowsOf(dirs.dataDir, '18073')).toEqual([first[0]!.replace(/,\d+$/, ',0')]);
      const log = readFileSync(join(dirs.dataDir, SUBMISSION_LOG), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(log.at(-1)).toMatchObject({
        outcome: 'corrected',
        changes: [{ column: 'suspended', before: old, after: 0 }],
      });
    }
    expect(existsSync(join(dirs.dataDir, 'collect-journal.json'))).toBe(false);
  });
});
