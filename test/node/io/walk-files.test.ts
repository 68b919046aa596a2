import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { walkPlainFiles } from '../../../src/node/io/walk-files.ts';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'chitieu-walk-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

const names = (path: string): string[] | false => {
  const seen: string[] = [];
  return walkPlainFiles(path, (name) => (seen.push(name), true)) && seen;
};

describe('walkPlainFiles', () => {
  it('visits every file in name order, into sub-folders, with relative names', async () => {
    await mkdir(join(work, 'b'));
    await writeFile(join(work, 'b', 'x.csv'), '');
    await writeFile(join(work, 'a.csv'), '');
    await writeFile(join(work, 'c.csv'), '');
    expect(names(work)).toEqual(['a.csv', 'b/x.csv', 'c.csv']);
    expect(names(join(work, 'a.csv'))).toEqual(['']);
  });

  it('stops at a named pipe, and when the visitor says so', async () => {
    await writeFile(join(work, 'a.csv'), '');
    await writeFile(join(work, 'b.csv'), '');
    const seen: string[] = [];
    expect(walkPlainFiles(work, (name) => (seen.push(name), false))).toBe(false);
    expect(seen).toEqual(['a.csv']);
    execFileSync('mkfifo', [join(work, 'pipe')]);
    expect(names(work)).toBe(false);
    expect(names(join(work, 'pipe'))).toBe(false);
    expect(() => names(join(work, 'missing'))).toThrow(/ENOENT/);
  });
});
