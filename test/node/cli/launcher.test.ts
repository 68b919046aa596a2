import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.ts';

/** bin/chitieu.js copied beside a `dist/` of our making. */
let work: string;
afterEach(() => rmSync(work, { recursive: true, force: true }));

function launch(dist: Record<string, string> | null): { status: number | null; stdout: string; stderr: string } {
  work = mkdtempSync(join(tmpdir(), 'chitieu-launcher-'));
  mkdirSync(join(work, 'bin'));
  copyFileSync(join(ROOT, 'bin', 'chitieu.js'), join(work, 'bin', 'chitieu.js'));
  writeFileSync(join(work, 'package.json'), '{"type":"module"}');
  if (dist) {
    mkdirSync(join(work, 'dist'));
    for (const [name, text] of Object.entries(dist)) writeFileSync(join(work, 'dist', name), text);
  }
  const run = spawnSync(process.execPath, [join(work, 'bin', 'chitieu.js'), '--help'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('bin/chitieu.js, the launcher', () => {
  it('says in both languages that the build is missing, exit 2, when dist/cli.js is not there', () => {
    const { status, stderr } = launch(null);
    expect(status).toBe(2);
    expect(stderr).toContain('chưa dựng bản chạy (dist/cli.js). Hãy chạy: npm run build');
    expect(stderr).toContain('not built yet (dist/cli.js missing). Run: npm run build');
  });

  it('does not hide a module missing inside a build that is there: the import error is shown', () => {
    const { status, stderr } = launch({ 'cli.js': "import './chunks/gone.js'; export const main = async () => 0;" });
    expect(status).toBe(1);
    expect(stderr).toContain('gone.js');
    expect(stderr).not.toContain('not built yet');
  });

  it('runs the build’s main and exits with its code', () => {
    const { status } = launch({ 'cli.js': 'export const main = async (argv) => (argv[0] === "--help" ? 7 : 0);' });
    expect(status).toBe(7);
  });

  it('leaves as soon as the command is done, yet hands over all it printed (8 MB to stdout, 1 MB to stderr)', () => {
    const { status, stdout, stderr } = launch({
      'cli.js':
        'export const main = async () => { process.stdout.write("é".repeat(4 * 1024 * 1024)); ' +
        'process.stderr.write("x".repeat(1024 * 1024)); return 3; };',
    });
    expect(status).toBe(3);
    expect(stdout.length).toBe(4 * 1024 * 1024);
    expect(stdout.endsWith('éé')).toBe(true);
    expect(stderr.length).toBe(1024 * 1024);
  });

  it('does not wait for what a command left running once it has returned (a timer of a minute)', () => {
    const t0 = Date.now();
    const { status } = launch({
      'cli.js': 'export const main = async () => { setTimeout(() => {}, 60000); return 0; };',
    });
    expect(status).toBe(0);
    expect(Date.now() - t0).toBeLessThan(30000);
  });
});
