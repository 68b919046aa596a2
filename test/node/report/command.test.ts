import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportCommand } from '../../../src/node/cli/report.ts';
import type { Io } from '../../../src/node/cli/main.ts';
import { UsageError } from '../../../src/node/cli/args.ts';
import { stubCharts } from './stub-charts.ts';

const FIXTURE = join(import.meta.dirname, 'fixture');

let parent: string;
beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), 'chitieu-report-cmd-'));
});
afterEach(async () => {
  await rm(parent, { recursive: true, force: true });
});

function capture(isTTY = false): Io & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    isTTY,
    stdout: () => out,
    stderr: () => err,
  };
}

describe('reportCommand (in process, charts stubbed)', () => {
  it('builds the report for the last complete year and prints the scorecard, met and not met in words and marks', async () => {
    const io = capture();
    const out = join(parent, 'report');
    expect(await reportCommand(['--data', FIXTURE, '--out', out, '--no-notebooks'], io, stubCharts)).toBe(0);
    const text = io.stdout();
    expect(text).toContain('[1/8] Xuất biểu đồ (SVG, PNG, Vega-Lite)');
    expect(text).toContain('[8/8] Ghi manifest.json'); // --no-notebooks: the skipped step is not shown
    expect(text).not.toContain('sổ tay');
    expect(text).toMatch(/Chỉ tiêu.*Năm 2024.*Tỉnh Hà Tĩnh \(42\)/);
    expect(text).toMatch(/✔ Đạt/);
    expect(text).toMatch(/✘ Không đạt/);
    expect(text).toMatch(/Đã ghi báo cáo vào .*report: 21 tệp/);
    expect(io.stderr()).toBe('');
    expect(await readdir(out)).toContain('briefing-2024.html');
  });

  it('draws a progress bar on a terminal, and plain lines there with --quiet', async () => {
    const bar = capture(true);
    expect(
      await reportCommand(
        ['--data', FIXTURE, '--out', join(parent, 'a'), '--lang', 'en', '--no-notebooks'],
        bar,
        stubCharts,
      ),
    ).toBe(0);
    expect(bar.stdout()).toContain('\r\x1b[2K[');
    expect(bar.stdout()).toContain('█');
    expect(bar.stdout()).toMatch(/2024.*Ha Tinh Province \(42\)/);
    const quiet = capture(true);
    expect(
      await reportCommand(
        ['--data', FIXTURE, '--out', join(parent, 'b'), '--quiet', '--no-notebooks'],
        quiet,
        stubCharts,
      ),
    ).toBe(0);
    expect(quiet.stdout()).not.toContain('\r');
    expect(quiet.stdout()).toContain('[5/8] Ghi sổ tính Excel');
  });

  it('refuses a year outside the data (exit 1, the years covered named) and writes nothing', async () => {
    const io = capture();
    await expect(
      reportCommand(
        ['--data', FIXTURE, '--out', join(parent, 'r'), '--year', '2030', '--no-notebooks'],
        io,
        stubCharts,
      ),
    ).resolves.toBe(1);
    expect(io.stderr()).toMatch(/Năm 2030 không có trong số liệu \(số liệu có từ \d{4} đến \d{4}\)/);
    expect(await readdir(parent)).not.toContain('r');
  });

  it('refuses a folder of other files as --out before reading any data', async () => {
    const out = join(parent, 'mine');
    await mkdir(out);
    await writeFile(join(out, 'a.txt'), 'a');
    await expect(
      reportCommand(['--data', join(parent, 'no-such-data'), '--out', out, '--no-notebooks'], capture(), stubCharts),
    ).rejects.toThrow(UsageError);
    expect(await readFile(join(out, 'a.txt'), 'utf8')).toBe('a');
  });

  it('says which step failed and that the earlier report is kept, exit 1', async () => {
    const out = join(parent, 'report');
    expect(await reportCommand(['--data', FIXTURE, '--out', out, '--no-notebooks'], capture(), stubCharts)).toBe(0);
    const io = capture();
    const code = await reportCommand(['--data', FIXTURE, '--out', out, '--no-notebooks'], io, async () => {
      throw new Error('disk full');
    });
    expect(code).toBe(1);
    expect(io.stderr()).toContain('Bước «Xuất biểu đồ (SVG, PNG, Vega-Lite)» thất bại: disk full');
    expect(io.stderr()).toContain('Báo cáo trước đó ở');
    expect(await readdir(parent)).toEqual(['report']);
  });
});
