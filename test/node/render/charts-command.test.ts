import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatOption } from '../../../src/node/cli/charts.ts';
import { main, type Io } from '../../../src/node/cli/main.ts';

function capture(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    isTTY: false,
    out: (t: string) => {
      io.stdout += t;
    },
    err: (t: string) => {
      io.stderr += t;
    },
  };
  return io;
}

const BUNDLED = join(import.meta.dirname, '../../../data');
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('chitieu charts', () => {
  it('prints its help in Vietnamese by default and in English on request', async () => {
    const vi = capture();
    expect(await main(['charts', '--help'], vi)).toBe(0);
    expect(vi.stdout).toContain('Cách dùng: chitieu charts');
    const en = capture();
    expect(await main(['charts', '--help', '--lang', 'en'], en)).toBe(0);
    expect(en.stdout).toContain('Usage: chitieu charts');
  });

  it('is misused (exit 2) without --out, with an unknown format or a bad year', async () => {
    for (const argv of [
      ['charts', '--data', BUNDLED, '--year', '2024'],
      ['charts', '--data', BUNDLED, '--year', '2024', '--out', 'x', '--format', 'svg,gif'],
      ['charts', '--data', BUNDLED, '--year', '24', '--out', 'x'],
    ]) {
      const io = capture();
      expect(await main(argv, io), argv.join(' ')).toBe(2);
      expect(io.stderr).toMatch(/^chitieu charts: /);
    }
    expect(formatOption('PNG, svg')).toEqual(['svg', 'png']);
    expect(formatOption(undefined)).toEqual(['svg', 'png', 'vl']);
  });

  it('exits 1 and writes nothing when the data are refused', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'chitieu-cli-')), 'charts');
    dirs.push(out);
    const io = capture();
    expect(await main(['charts', '--data', join(BUNDLED, 'no-such-folder'), '--year', '2024', '--out', out], io)).toBe(
      1,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('exports the bundled data for a district (skipping the area comparisons, saying why)', async () => {
    const out = await mkdtemp(join(tmpdir(), 'chitieu-cli-'));
    dirs.push(out);
    const io = capture();
    const code = await main(
      ['charts', '--data', BUNDLED, '--year', '2024', '--area', '440', '--out', out, '--format', 'svg', '--lang', 'en'],
      io,
    );
    expect(code, io.stderr).toBe(0);
    expect(io.stdout).toMatch(/^Wrote \d+ files to /);
    expect(io.stderr).toContain('Skipped 04-area-funnel-clearance-rate');
    const files = await readdir(out);
    expect(files).toContain('01-scorecard.svg');
    expect(files).toContain('01-scorecard.json');
  });
});
