import { cp, mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ENTRIES, cacheDir, loadDataFolderCached } from '../../../src/node/io/load-cache.ts';
import { loadDataFolder } from '../../../src/node/io/load.ts';

let work: string;
let data: string;
let env: NodeJS.ProcessEnv;
const cache = () => join(work, 'cache');
const entries = async () => (await readdir(cache()).catch(() => [])).filter((f) => f.endsWith('.v8'));

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'chitieu-cache-'));
  data = join(work, 'data');
  await cp('data', data, { recursive: true });
  env = { CHITIEU_CACHE_DIR: cache() };
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('loadDataFolderCached', () => {
  it('gives what loadDataFolder gives, the first time (stored) and the second (read back)', async () => {
    const direct = await loadDataFolder(data, { lang: 'vi' });
    const first = await loadDataFolderCached(data, { lang: 'vi' }, { env, build: 'b1' });
    expect(await entries()).toHaveLength(1);
    const second = await loadDataFolderCached(data, { lang: 'vi' }, { env, build: 'b1' });
    expect(first).toEqual(direct);
    expect(second).toEqual(direct);
    expect(await entries()).toHaveLength(1);
  });

  it('reads the folder afresh when one byte changes, a file is added, the build or the language differ', async () => {
    await loadDataFolderCached(data, { lang: 'vi' }, { env, build: 'b1' });
    const file = join(data, 'judicial_violations.csv');
    const text = await readFile(file, 'utf8');
    const lines = text.split('\n');
    const last = lines[1]!.split(',');
    last[last.length - 1] = String(Number(last[last.length - 1]) + 1);
    lines[1] = last.join(',');
    await writeFile(file, lines.join('\n'));
    const changed = await loadDataFolderCached(data, { lang: 'vi' }, { env, build: 'b1' });
    expect(changed).toEqual(await loadDataFolder(data, { lang: 'vi' }));
    expect(await entries()).toHaveLength(2);
    await writeFile(join(data, 'notes.txt'), 'a file the loader ignores still changes the key');
    await loadDataFolderCached(data, { lang: 'vi' }, { env, build: 'b1' });
    await loadDataFolderCached(data, { lang: 'vi' }, { env, build: 'b2' });
    const english = await loadDataFolderCached(data, { lang: 'en' }, { env, build: 'b2' });
    expect(english).toEqual(await loadDataFolder(data, { lang: 'en' }));
    expect(await entries()).toHaveLength(5);
  });

  it('keeps nothing for a refused folder: its problems are found again each time', async () => {
    await writeFile(join(data, 'judicial_violations.csv'), 'year,area_code,violations\n2024,42,-1\n');
    const refused = await loadDataFolderCached(data, { lang: 'vi' }, { env, build: 'b1' });
    expect(refused.ok).toBe(false);
    expect(await entries()).toHaveLength(0);
  });

  it('is off with CHITIEU_CACHE=off and when running from the sources (no build id)', async () => {
    await loadDataFolderCached(data, {}, { env: { ...env, CHITIEU_CACHE: 'off' }, build: 'b1' });
    await loadDataFolderCached(data, {}, { env, build: undefined });
    expect(await entries()).toHaveLength(0);
    expect(cacheDir({ CHITIEU_CACHE: 'off' }, 'b1')).toBeNull();
    expect(cacheDir({ XDG_CACHE_HOME: '/x' }, 'b1')).toBe(join('/x', 'chitieu'));
  });

  it('reads the folder when an entry is damaged, and replaces it', async () => {
    await loadDataFolderCached(data, {}, { env, build: 'b1' });
    const [entry] = await entries();
    await writeFile(join(cache(), entry!), 'not a v8 value');
    expect(await loadDataFolderCached(data, {}, { env, build: 'b1' })).toEqual(await loadDataFolder(data, {}));
  });

  it(`keeps at most ${MAX_ENTRIES} entries, the most recently used`, async () => {
    for (let i = 0; i < MAX_ENTRIES + 2; i++) await loadDataFolderCached(data, {}, { env, build: `b${i}` });
    expect(await entries()).toHaveLength(MAX_ENTRIES);
  });
});

describe('loadDataFolderCached: the key remembered against the files metadata', () => {
  const statKeys = async () => readdir(join(cache(), 'stat')).catch(() => []);
  const bumpFirstFigure = (text: string): string => {
    const lines = text.split('\n');
    const cells = lines[1]!.split(',');
    const last = cells[cells.length - 1]!;
    // Same length: 3 -> 4, 9 -> 8, so that the file keeps its size.
    cells[cells.length - 1] = last.slice(0, -1) + (last.endsWith('9') ? '8' : String(Number(last.at(-1)) + 1));
    lines[1] = cells.join(',');
    return lines.join('\n');
  };

  it('is not remembered while the files are younger than the settling time', async () => {
    await loadDataFolderCached(data, {}, { env, build: 'b1' });
    expect(await statKeys()).toHaveLength(0);
  });

  it('sees an edit that keeps the size and sets the modification time back', async () => {
    const where = { env, build: 'b1', settledMs: 0 };
    const file = join(data, 'judicial_violations.csv');
    const when = new Date('2026-01-01T00:00:00Z'); // a whole second: set back exactly, to the nanosecond
    await utimes(file, when, when);
    await new Promise((r) => setTimeout(r, 50)); // past the clock tick of the change time
    const first = await loadDataFolderCached(data, {}, where);
    expect(first).toEqual(await loadDataFolder(data, {}));
    expect(await statKeys()).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 50));
    const text = await readFile(file, 'utf8');
    const edited = bumpFirstFigure(text);
    expect(edited.length).toBe(text.length);
    expect(edited).not.toBe(text);
    await writeFile(file, edited);
    await utimes(file, when, when);
    const s = await stat(file, { bigint: true });
    expect([s.size, s.mtimeNs]).toEqual([BigInt(text.length), BigInt(when.getTime()) * 1_000_000n]);
    const after = await loadDataFolderCached(data, {}, where);
    expect(after).toEqual(await loadDataFolder(data, {}));
    expect(after).not.toEqual(first);
    expect(await statKeys()).toHaveLength(2);
  });

  it('gives the remembered entry when nothing changed, without hashing the bytes again', async () => {
    const where = { env, build: 'b1', settledMs: 0 };
    await new Promise((r) => setTimeout(r, 50));
    const first = await loadDataFolderCached(data, {}, where);
    // The key now comes from the metadata: an entry replaced by another folder's load is what is read back.
    const [name] = await statKeys();
    const remembered = (await readFile(join(cache(), 'stat', name!), 'utf8')).slice(-64);
    expect(await entries()).toEqual([`${remembered}.v8`]);
    const second = await loadDataFolderCached(data, {}, where);
    expect(second).toEqual(first);
    expect(await statKeys()).toHaveLength(1);
  });
});
