import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OUT, HELP, parseGenerateArgs, runGenerate } from '../../../src/node/data/cli.ts';
import { DEFAULT_SEED } from '../../../src/node/data/generate.ts';

describe('parseGenerateArgs', () => {
  it('defaults to the default seed and data/', () => {
    expect(parseGenerateArgs([])).toEqual({ help: false, seed: DEFAULT_SEED, out: DEFAULT_OUT });
  });
  it('reads --seed and --out', () => {
    expect(parseGenerateArgs(['--seed', '7', '--out', 'x'])).toEqual({ help: false, seed: 7, out: 'x' });
  });
  it('asks for help', () => {
    expect(parseGenerateArgs(['-h'])).toEqual({ help: true });
  });
  it.each([['--seed', '-3'], ['--seed', '1.5'], ['--seed', 'abc'], ['--seed', '4294967296'], ['--bogus'], ['extra']])(
    'refuses %s %s',
    (...argv) => {
      expect(parseGenerateArgs(argv.filter((a) => a !== undefined))).toHaveProperty('error');
    },
  );
});

describe('runGenerate', () => {
  const io = () => {
    const out = { stdout: '', stderr: '' };
    return {
      out,
      io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) },
    };
  };

  it('prints the bilingual help and exits 0', async () => {
    const { out, io: sink } = io();
    expect(await runGenerate(['--help'], sink)).toBe(0);
    expect(out.stdout).toBe(HELP);
    expect(HELP).toContain('Cách dùng / Usage');
  });

  it('exits 2 on misuse, in both languages', async () => {
    const { out, io: sink } = io();
    expect(await runGenerate(['--seed', 'x'], sink)).toBe(2);
    expect(out.stderr).toMatch(/Lỗi: .*\nError: /);
  });

  it('writes the folder and exits 0', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chitieu-cli-'));
    try {
      const { out, io: sink } = io();
      expect(await runGenerate(['--seed', '3', '--out', dir], sink)).toBe(0);
      expect(out.stdout).toContain('seed 3');
      expect(await readdir(dir)).toContain('datapackage.json');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
