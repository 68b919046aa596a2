import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
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
