import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';

const serve = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts', 'notebooks-serve.mjs'), ...args], {
    encoding: 'utf8',
    timeout: 20_000,
  });

describe('npm run notebooks:serve', () => {
  it('says, in both languages, where built notebooks come from when the folder has none (exit 1)', () => {
    const empty = mkdtempSync(join(tmpdir(), 'chitieu-serve-'));
    const run = serve('--dir', empty);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('không có sổ tay đã dựng (index.html); hãy chạy npm run notebooks:build');
    expect(run.stderr).toContain('holds no built notebooks (index.html); run npm run notebooks:build');
    expect(run.stderr).toContain('out/report/notebooks');
  });

  it('answers a wrong option with its usage, not a stack trace (exit 2)', () => {
    const run = serve('--dri', 'x');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Dùng / usage: npm run notebooks:serve -- [--dir THƯ_MỤC/DIR] [--port 4173]');
    expect(run.stderr).not.toMatch(/at |ERR_PARSE_ARGS/);
  });
});
