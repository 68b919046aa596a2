import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_STAT_KEYS,
  SETTLED_MS,
  fnv1a64,
  rememberKey,
  rememberedKey,
  statSignature,
} from '../../../src/node/io/stat-key.ts';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'chitieu-stat-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

const KEY = 'a'.repeat(64);

describe('statSignature', () => {
  it('lists every file under the folder in name order, and is settled only once the files are old enough', async () => {
    const folder = join(work, 'data');
    await mkdir(join(folder, 'sub'), { recursive: true });
    await writeFile(join(folder, 'b.csv'), 'x');
    await writeFile(join(folder, 'a.csv'), 'yy');
    await writeFile(join(folder, 'sub', 'c.csv'), 'zzz');
    const now = Date.now();
    const fresh = statSignature(folder, now);
    expect(fresh?.text.split('\n').map((l) => l.split('\0').slice(0, 2))).toEqual([
      ['a.csv', '2'],
      ['b.csv', '1'],
      ['sub/c.csv', '3'],
    ]);
    expect(fresh?.settled).toBe(false);
    // The change time cannot be set back: the files settle only as time passes.
    expect(statSignature(folder, now + SETTLED_MS + 1000)?.settled).toBe(true);
    expect(statSignature(folder, now + SETTLED_MS + 1000)?.text).toBe(fresh?.text);
  });

  it('is null for a folder holding something other than files, too many files, or nothing at all', async () => {
    const folder = join(work, 'data');
    await mkdir(folder);
    await writeFile(join(folder, 'a.csv'), 'x');
    await writeFile(join(folder, 'b.csv'), 'x');
    expect(statSignature(folder, Date.now(), 1)).toBeNull();
    execFileSync('mkfifo', [join(folder, 'pipe')]);
    expect(statSignature(folder, Date.now())).toBeNull();
    expect(statSignature(join(work, 'missing'), Date.now())).toBeNull();
  });

  it('changes when a file is rewritten with the same size and modification time', async () => {
    const file = join(work, 'a.csv');
    const when = new Date('2026-01-01T00:00:00Z');
    await writeFile(file, '1');
    await utimes(file, when, when);
    const before = statSignature(file, Date.now());
    await new Promise((r) => setTimeout(r, 50));
    await writeFile(file, '2');
    await utimes(file, when, when);
    expect(statSignature(file, Date.now())?.text).not.toBe(before?.text);
  });
});

describe('rememberKey and rememberedKey', () => {
  const settled = { text: 'a.csv\0 1', settled: true };

  it('gives back a key remembered for a settled signature and salt, and nothing for another', () => {
    rememberKey(work, 'salt', settled, KEY);
    expect(rememberedKey(work, 'salt', settled)).toBe(KEY);
    expect(rememberedKey(work, 'other salt', settled)).toBeNull();
    expect(rememberedKey(work, 'salt', { text: 'a.csv\0 2', settled: true })).toBeNull();
  });

  it('neither remembers nor gives a key for files that have not settled', async () => {
    rememberKey(work, 'salt', { ...settled, settled: false }, KEY);
    expect(await readdir(work)).toEqual([]);
    rememberKey(work, 'salt', settled, KEY);
    expect(rememberedKey(work, 'salt', { ...settled, settled: false })).toBeNull();
  });

  it('ignores a damaged file and keeps at most MAX_STAT_KEYS keys', async () => {
    rememberKey(work, 'salt', settled, KEY);
    const [name] = await readdir(join(work, 'stat'));
    await writeFile(join(work, 'stat', name!), 'not a key');
    expect(rememberedKey(work, 'salt', settled)).toBeNull();
    for (let i = 0; i < MAX_STAT_KEYS + 3; i++) rememberKey(work, 'salt', { text: `f${i}`, settled: true }, KEY);
    expect(await readdir(join(work, 'stat'))).toHaveLength(MAX_STAT_KEYS);
  });
});

describe('fnv1a64', () => {
  // Reference values: the published FNV-1a 64 test vectors ('', 'a', 'foobar'), and Python's
  // h = 0xcbf29ce484222325; for u in units: h = ((h ^ u) * 0x100000001b3) % 2**64 for the rest (UTF-16 units).
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
    ['chitieu-stat\0x\0a.csv\x001', 'a1581df890492c1b'],
    ['Tỉ lệ', '4de4efe0f71da8df'],
  ])('hashes %j as the reference does', (text, hash) => {
    expect(fnv1a64(text)).toBe(hash);
  });
});

describe('rememberedKey: two signatures with one file name', () => {
  it('does not give a key remembered for another signature whose file has the same name', async () => {
    const a = { text: 'a.csv\0 1', settled: true };
    rememberKey(work, 'salt', a, KEY);
    const [name] = await readdir(join(work, 'stat'));
    // Pretend the file was written for another signature (a collision of the 64-bit name).
    const text = await readFile(join(work, 'stat', name!), 'utf8');
    await writeFile(join(work, 'stat', name!), text.replace('a.csv\0 1', 'b.csv\0 1'));
    expect(rememberedKey(work, 'salt', a)).toBeNull();
  });
});
