import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const build = () => spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });

describe('scripts/build.mjs', () => {
  it('leaves dist/ alone when nothing it is made from has changed', () => {
    expect(build().status).toBe(0); // built (or already up to date)
    const key = readFileSync(join(ROOT, 'dist', '.build-key'), 'utf8');
    const before = statSync(join(ROOT, 'dist', 'cli.js'));
    const again = build();
    expect(again.status).toBe(0);
    expect(again.stdout + again.stderr).toBe('');
    // A build swaps a new dist/ in: the same file, same inode and time, means it was not built again.
    const after = statSync(join(ROOT, 'dist', 'cli.js'));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(readFileSync(join(ROOT, 'dist', '.build-key'), 'utf8')).toBe(key);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
  });
});
