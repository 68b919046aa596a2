import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_SITE_ENTRIES,
  keyCovers,
  restoreSite,
  siteCacheDir,
  siteKey,
  siteSources,
  storeSite,
} from '../../../src/node/notebooks/site-cache.ts';
import { put, tree } from './files.ts';

let work: string;
/** A toolkit folder in miniature: what a notebook build reads, and what it does not. */
let root: string;
const cache = () => join(work, 'cache');

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'chitieu-site-cache-'));
  root = join(work, 'toolkit');
  await put(join(root, 'package.json'), '{}');
  await put(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
  await put(join(root, 'tsconfig.json'), '{}');
  await put(join(root, 'README.md'), 'not read by the build');
  await put(join(root, 'src', 'index.ts'), 'export const x = 1;');
  await put(join(root, 'src', 'core', 'charts', 'bar.ts'), 'export const bar = 2;');
  await put(join(root, 'src', 'node', 'cli', 'main.ts'), 'process.exitCode = 0;');
  await put(join(root, 'notebooks', 'index.html'), '<title>index</title>');
  await put(join(root, 'notebooks', 'lib', 'template.html'), '<main></main>');
  await put(join(root, 'notebooks', 'vite.config.js'), 'export default {};');
  await put(join(root, 'notebooks', 'public', 'data', 'cases.csv'), 'year\n2026\n');
  await put(join(root, 'notebooks', '.observable', 'cache.json'), '{}');
  await put(join(root, 'notebooks', '.build.lock', 'pid'), '123');
  await put(join(root, 'notebooks', 'node_modules', '.vite', 'deps.json'), '{}');
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('siteSources', () => {
  it("lists notebooks/, src/ but its Node-only code, the toolkit's package and TypeScript settings, in name order", async () => {
    expect(await siteSources(root)).toEqual([
      'notebooks/index.html',
      'notebooks/lib/template.html',
      'notebooks/vite.config.js',
      'package-lock.json',
      'package.json',
      'src/core/charts/bar.ts',
      'src/index.ts',
      'tsconfig.json',
    ]);
  });
});

describe('siteKey', () => {
  const settings = JSON.stringify({ pages: ['index.html'] });

  it('is the same for the same sources, whatever the copied data, caches, lock and Node-only code hold', async () => {
    const first = await siteKey(root, settings, {});
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    await put(join(root, 'notebooks', 'public', 'data', 'cases.csv'), 'year\n2027\n');
    await put(join(root, 'notebooks', '.observable', 'cache.json'), '{"other":1}');
    await put(join(root, 'notebooks', '.build.lock', 'pid'), '456');
    await put(join(root, 'README.md'), 'edited');
    await put(join(root, 'src', 'node', 'cli', 'main.ts'), 'process.exitCode = 1;');
    expect(await siteKey(root, settings, {})).toBe(first);
  });

  it('changes with one byte of a page, of the core, of the lockfile; with a file added; with the settings', async () => {
    const first = await siteKey(root, settings, {});
    const keys = new Set([first]);
    const edits: [string, string][] = [
      ['notebooks/index.html', '<title>index!</title>'],
      ['src/core/charts/bar.ts', 'export const bar = 3;'],
      ['package-lock.json', '{"lockfileVersion":4}'],
      ['notebooks/lib/new.ts', 'export {};'],
    ];
    for (const [file, text] of edits) {
      await put(join(root, file), text);
      keys.add(await siteKey(root, settings, {}));
    }
    keys.add(await siteKey(root, JSON.stringify({ pages: ['index.html', 'other.html'] }), {}));
    expect(keys.size).toBe(edits.length + 2);
  });

  it('changes with the VITE_ variables and NODE_ENV (Vite puts them in the pages), not with others', async () => {
    const plain = await siteKey(root, settings, { HOME: '/a' });
    expect(await siteKey(root, settings, { HOME: '/b' })).toBe(plain);
    expect(await siteKey(root, settings, { VITE_TITLE: 'x' })).not.toBe(plain);
    expect(await siteKey(root, settings, { NODE_ENV: 'development' })).not.toBe(plain);
  });
});

describe('keyCovers', () => {
  it('holds when every file of the bundle is an installed package or a hashed source', async () => {
    const sources = await siteSources(root);
    const inputs = [
      join(root, 'notebooks', 'index.html'),
      join(root, 'src', 'core', 'charts', 'bar.ts'),
      join(root, 'node_modules', 'd3', 'src', 'index.js'),
      join(root, 'node_modules', '@observablehq', 'notebook-kit', 'node_modules', 'vite', 'dist', 'client.mjs'),
    ];
    expect(keyCovers(root, inputs, sources)).toBe(true);
  });

  it('fails for a file of src/node/, a file the key has not seen, or one outside the toolkit', async () => {
    const sources = await siteSources(root);
    expect(keyCovers(root, [join(root, 'src', 'node', 'cli', 'main.ts')], sources)).toBe(false);
    expect(keyCovers(root, [join(root, 'src', 'core', 'new.ts')], sources)).toBe(false);
    expect(keyCovers(root, [join(work, 'elsewhere.ts')], sources)).toBe(false);
  });
});

describe('storeSite and restoreSite', () => {
  /** A built site, as Vite leaves it: pages, assets, and the data copied from notebooks/public/data. */
  const built = async (out: string) => {
    await put(join(out, 'index.html'), '<html>index</html>');
    await put(join(out, 'assets', 'app-1a2b.js'), 'console.log(1)');
    await put(join(out, 'assets', 'fonts', 'noto.woff2'), 'font');
    await put(join(out, 'data', 'cases.csv'), 'year\n2026\n');
    await put(join(out, 'data', 'manifest.json'), '{"files":[]}');
  };
  type Entry = { file: string; sha256: string; bytes: Uint8Array }[];
  const entry = async (key: string) => deserialize(await readFile(join(cache(), `${key}.site`))) as Entry;
  const rewrite = async (key: string, files: Entry) => writeFile(join(cache(), `${key}.site`), serialize(files));

  it('keeps the site without its data, and puts it back with the data of the day: the same files as the build', async () => {
    const out = join(work, 'out');
    await built(out);
    await storeSite(cache(), 'k1', out);
    expect((await entry('k1')).map((f) => f.file)).toEqual([
      'assets/app-1a2b.js',
      'assets/fonts/noto.woff2',
      'index.html',
    ]);

    const data = join(work, 'public-data');
    await put(join(data, 'cases.csv'), 'year\n2026\n');
    await put(join(data, 'manifest.json'), '{"files":[]}');
    const again = join(work, 'again');
    await put(join(again, 'stale.html'), 'from an earlier build');
    await put(join(again, '.git', 'HEAD'), 'ref');
    expect(await restoreSite(cache(), 'k1', again, data)).toBe(true);
    const restored = await tree(again);
    expect(restored[join('.git', 'HEAD')]).toBe('ref'); // kept, as Vite's emptyOutDir keeps it
    delete restored[join('.git', 'HEAD')];
    expect(restored).toEqual(await tree(out));
  });

  it('says false when there is no entry, and leaves the folder as it was', async () => {
    const out = join(work, 'out');
    await put(join(out, 'keep.html'), 'x');
    expect(await restoreSite(cache(), 'missing', out, join(work, 'none'))).toBe(false);
    expect(await tree(out)).toEqual({ 'keep.html': 'x' });
  });

  it('removes an entry whose file no longer matches its SHA-256, says false and leaves the folder', async () => {
    const out = join(work, 'out');
    await built(out);
    await storeSite(cache(), 'k1', out);
    const files = await entry('k1');
    files[0]!.bytes = new TextEncoder().encode('console.log(2)');
    await rewrite('k1', files);
    const again = join(work, 'again');
    await put(join(again, 'keep.html'), 'x');
    expect(await restoreSite(cache(), 'k1', again, join(out, 'data'))).toBe(false);
    expect(await readdir(cache())).toEqual([]);
    expect(await tree(again)).toEqual({ 'keep.html': 'x' });
  });

  it('never writes outside the site, whatever an entry lists', async () => {
    await mkdir(cache(), { recursive: true });
    const bytes = new TextEncoder().encode('x');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await rewrite('k1', [{ file: '../outside.txt', sha256, bytes }]);
    expect(await restoreSite(cache(), 'k1', join(work, 'out'), join(work, 'none'))).toBe(false);
    expect(await readdir(work)).not.toContain('outside.txt');
  });

  it(`keeps the ${MAX_SITE_ENTRIES} most recently used entries`, async () => {
    const out = join(work, 'out');
    await built(out);
    await mkdir(cache(), { recursive: true });
    const old = Array.from({ length: MAX_SITE_ENTRIES }, (_, i) => `old${i}`);
    for (const [i, key] of old.entries()) {
      await writeFile(join(cache(), `${key}.site`), 'x');
      const when = new Date(Date.UTC(2026, 0, 1, 0, i)); // old0 the least recently used
      await utimes(join(cache(), `${key}.site`), when, when);
    }
    await storeSite(cache(), 'new', out);
    expect((await readdir(cache())).sort()).toEqual(['new.site', ...old.slice(1).map((k) => `${k}.site`)].sort());
  });
});

describe('siteCacheDir', () => {
  it('is off with CHITIEU_CACHE=off, and when the toolkit runs from its sources (no build id: the tests)', () => {
    expect(siteCacheDir({ CHITIEU_CACHE: 'off', CHITIEU_CACHE_DIR: cache() })).toBeNull();
    expect(siteCacheDir({ CHITIEU_CACHE_DIR: cache() })).toBeNull();
  });
});
