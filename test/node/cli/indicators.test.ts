import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDICATOR_IDS } from '../../../src/core/indicators/registry.ts';
import { ROOT, runChitieu } from '../../helpers/cli.ts';

const MINIMAL = join(ROOT, 'test/fixtures/minimal');

function copyOfMinimal(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-cli-'));
  cpSync(MINIMAL, dir, { recursive: true });
  return dir;
}

describe('chitieu indicators', () => {
  it('prints the contract JSON with every id of the registry', () => {
    const { code, stdout, stderr } = runChitieu(['indicators', '--data', MINIMAL, '--year', '2024', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json).slice(0, 3)).toEqual(['year', 'area_code', 'results']);
    expect(json.year).toBe(2024);
    expect(json.area_code).toBe('42');
    expect(new Set(json.results.map((r: { id: string }) => r.id))).toEqual(new Set(INDICATOR_IDS));
    for (const r of json.results) {
      expect(Object.keys(r).slice(0, 8)).toEqual([
        'id',
        'breakdown',
        'value',
        'numerator',
        'denominator',
        'ci95',
        'target',
        'status',
      ]);
      expect(['met', 'not_met', 'no_data', 'no_target']).toContain(r.status);
      if (r.status === 'no_data') expect(r.value).toBeNull();
      // no_target: a figure watched, not judged (CONTRACT.md): its target is null
      if (r.status === 'no_target') expect(r.target).toBeNull();
      else if (r.target !== null)
        expect(Object.keys(r.target).slice(0, 3)).toEqual(['comparator', 'threshold', 'deadline_year']);
    }
  });

  it('prints a readable table by default, met and not met told apart by words and marks', () => {
    const { code, stdout } = runChitieu(['indicators', '--data', MINIMAL, '--year', '2024']);
    expect(code).toBe(0);
    expect(stdout).toContain('Chỉ tiêu: 2 tháng đầu năm 2024 (1/1/2024 - 29/2/2024)');
    expect(stdout).toMatch(/✔ Đạt/);
    expect(stdout).toMatch(/✘ Không đạt/);
    const en = runChitieu(['indicators', '--data', MINIMAL, '--year', '2024', '--lang', 'en']);
    expect(en.stdout).toMatch(/✔ Met/);
  });

  it('reads a user target set from a JSON file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-targets-'));
    const file = join(dir, 'targets.json');
    writeFileSync(
      file,
      JSON.stringify({ id: 'mine', targets: { clearance_rate: { comparator: '>=', threshold: 0.81 } } }),
    );
    const { code, stdout } = runChitieu([
      'indicators',
      '--data',
      MINIMAL,
      '--year',
      '2024',
      '--json',
      '--targets',
      file,
    ]);
    expect(code).toBe(0);
    const r = JSON.parse(stdout).results.find((x: { id: string }) => x.id === 'clearance_rate');
    expect(r.target).toMatchObject({ comparator: '>=', threshold: 0.81, set: 'mine' });
    expect(r.status).toBe('not_met'); // 8/10 < 0.81
    writeFileSync(file, JSON.stringify({ targets: { clearance_rate: { comparator: '=>', threshold: '80%' } } }));
    const bad = runChitieu(['indicators', '--data', MINIMAL, '--year', '2024', '--targets', file]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('$.targets.clearance_rate.comparator');
    expect(bad.stderr).toContain('$.targets.clearance_rate.threshold');
  });

  it('exits 2 on misuse, with a message', () => {
    expect(runChitieu(['indicators']).code).toBe(2);
    expect(runChitieu(['indicators', '--data', MINIMAL, '--year', '24']).stderr).toContain('Năm không hợp lệ');
    expect(runChitieu(['indicators', '--data', MINIMAL, '--year', '2024', '--area', '999']).code).toBe(2);
    expect(runChitieu(['indicators', '--data', MINIMAL, '--year', '2024', '--bogus']).code).toBe(2);
    expect(runChitieu(['frobnicate']).code).toBe(2);
  });

  it('takes the latest year with data when --year is not given', () => {
    const latest = runChitieu(['indicators', '--data', MINIMAL, '--json']);
    expect(latest.code).toBe(0);
    const years = readFileSync(join(MINIMAL, 'criminal_cases.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => Number(l.split(',')[0]));
    expect(JSON.parse(latest.stdout).year).toBe(Math.max(...years));
  });

  it('refuses a year outside the data with exit 1, naming the years covered, and prints nothing on stdout', () => {
    const run = runChitieu(['indicators', '--data', 'data', '--year', '2030']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Năm 2030 không có trong số liệu (số liệu có từ 2019 đến 2026)');
    expect(runChitieu(['indicators', '--data', 'data', '--year', '2018', '--lang', 'en']).stderr).toContain(
      'from 2019 to 2026',
    );
  });

  it('has help text in both languages', () => {
    expect(runChitieu(['--help']).stdout).toContain('Cách dùng: chitieu <lệnh>');
    expect(runChitieu(['indicators', '--help', '--lang', 'en']).stdout).toContain('Usage: chitieu indicators');
    expect(runChitieu(['validate', '--help']).code).toBe(0);
  });

  it('refuses bad data with file:line:column, exit 1, and prints nothing on stdout', () => {
    const dir = copyOfMinimal();
    const file = join(dir, 'criminal_cases.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const header = (lines[0] as string).split(',');
    const cells = (lines[1] as string).split(',');
    cells[header.indexOf('cleared')] = '999999';
    lines[1] = cells.join(',');
    writeFileSync(file, lines.join('\n'));
    const { code, stdout, stderr } = runChitieu(['indicators', '--data', dir, '--year', '2024', '--json']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`criminal_cases\\.csv:2:${header.indexOf('cleared') + 1}: `));
    const v = runChitieu(['validate', '--data', dir, '--lang', 'en']);
    expect(v.code).toBe(1);
    expect(v.stderr).toContain('The data were refused');
  });

  it('validates good data with exit 0', () => {
    const { code, stdout } = runChitieu(['validate', '--data', MINIMAL]);
    expect(code).toBe(0);
    expect(stdout).toContain('Số liệu hợp lệ');
    expect(existsSync(MINIMAL)).toBe(true);
  });
});
