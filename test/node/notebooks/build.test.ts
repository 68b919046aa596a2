import { appendFile, chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildNotebooks, lockBuild } from '../../../src/node/notebooks/build.ts';
import { put, tree } from './files.ts';

/**
 * A stand-in for Notebook Kit's `notebooks build` (node_modules/.bin/notebooks): writes what Vite would (each
 * page, a bundle made from the core, notebooks/public/ copied to the site's root), lists the files it read
 * where notebooks/vite.config.js would ($CHITIEU_NOTEBOOK_INPUTS), and counts its runs.
 */
const FAKE_KIT = `#!/usr/bin/env node
const { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { basename, join, resolve } = require('node:path');
const args = process.argv.slice(2);
const notebooks = args[args.indexOf('--root') + 1];
const toolkit = resolve(notebooks, '..');
const out = resolve(notebooks, args[args.indexOf('--out') + 1]);
const pages = args.slice(args.indexOf('--') + 1);
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'assets'), { recursive: true });
for (const page of pages) writeFileSync(join(out, basename(page)), '<built>' + readFileSync(page, 'utf8'));
const core = join(toolkit, 'src', 'core', 'figures.ts');
writeFileSync(join(out, 'assets', 'app.js'), readFileSync(core));
cpSync(join(notebooks, 'public'), out, { recursive: true });
appendFileSync(join(toolkit, 'runs.log'), 'run\\n');
const read = [...pages, core, join(toolkit, 'node_modules', 'd3', 'index.js'), ...(process.env.FAKE_KIT_ALSO_READ ? [join(toolkit, process.env.FAKE_KIT_ALSO_READ)] : [])];
if (process.env.CHITIEU_NOTEBOOK_INPUTS) writeFileSync(process.env.CHITIEU_NOTEBOOK_INPUTS, JSON.stringify(read));
`;

let work: string;
let root: string;
let cache: string;
/** A data folder the build copies in (accepted already: `dataChecked`). */
let data: string;

const runs = async () => (await readFile(join(root, 'runs.log'), 'utf8').catch(() => '')).split('\n').length - 1;
const build = (out: string, more: { data?: string; cache?: boolean | string } = {}) =>
  buildNotebooks({ root, data, out, quiet: true, lang: 'en', dataChecked: true, cache, ...more });

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'chitieu-notebook-build-'));
  root = join(work, 'toolkit');
  cache = join(work, 'cache');
  data = join(work, 'data');
  await cp(resolve('test', 'fixtures', 'minimal'), data, { recursive: true });
  await put(join(root, 'package.json'), '{}');
  await put(join(root, 'package-lock.json'), '{}');
  await put(join(root, 'src', 'core', 'figures.ts'), 'export const figure = 1;');
  await put(join(root, 'src', 'node', 'cli', 'main.ts'), 'export {};');
  await put(join(root, 'notebooks', 'index.html'), '<title>index</title>');
  await put(join(root, 'notebooks', 'overview.html'), '<title>overview</title>');
  await put(join(root, 'notebooks', 'lib', 'template.html'), '<main></main>');
  await put(join(root, 'node_modules', '.bin', 'notebooks'), FAKE_KIT);
  await chmod(join(root, 'node_modules', '.bin', 'notebooks'), 0o755);
});
afterEach(async () => {
  delete process.env.FAKE_KIT_ALSO_READ;
  await rm(work, { recursive: true, force: true });
});

describe('buildNotebooks with the site cache', () => {
  it('runs Notebook Kit the first time, copies the site the second: the same files', async () => {
    const first = await build(join(work, 'out1'));
    expect(first).toMatchObject({ cached: false, pages: ['index.html', 'overview.html'] });
    const second = await build(join(work, 'out2'));
    expect(second.cached).toBe(true);
    expect(await runs()).toBe(1);
    const built = await tree(first.out);
    expect(built['index.html']).toBe('<built><title>index</title>');
    expect(Object.keys(built)).toContain(join('data', 'manifest.json'));
    expect(await tree(second.out)).toEqual(built);
  });

  it("puts the day's data beside a cached site", async () => {
    await build(join(work, 'out1'));
    const other = join(work, 'other-data');
    await cp(data, other, { recursive: true });
    await appendFile(join(other, 'areas.csv'), '');
    await writeFile(join(other, 'population.csv'), 'area_code,year,population\n');
    const second = await build(join(work, 'out2'), { data: other });
    expect(second.cached).toBe(true);
    const site = await tree(second.out);
    expect(site[join('data', 'population.csv')]).toBe('area_code,year,population\n');
    expect(JSON.parse(site[join('data', 'manifest.json')]!).folder).toBe('other-data');
  });

  it('runs Notebook Kit again when a source of the site changes, not for Node-only code', async () => {
    await build(join(work, 'out1'));
    await put(join(root, 'src', 'node', 'cli', 'main.ts'), 'export const changed = true;');
    expect((await build(join(work, 'out2'))).cached).toBe(true);
    await put(join(root, 'src', 'core', 'figures.ts'), 'export const figure = 2;');
    const third = await build(join(work, 'out3'));
    expect(third.cached).toBe(false);
    expect((await tree(third.out))[join('assets', 'app.js')]).toBe('export const figure = 2;');
    expect(await runs()).toBe(2);
  });

  it('with cache: false, always runs Notebook Kit and keeps nothing', async () => {
    await build(join(work, 'out1'), { cache: false });
    await build(join(work, 'out2'), { cache: false });
    expect(await runs()).toBe(2);
    expect(await readdir(cache).catch(() => [])).toEqual([]);
  });

  it('keeps no site whose bundle read a file the key does not cover', async () => {
    process.env.FAKE_KIT_ALSO_READ = join('src', 'node', 'cli', 'main.ts');
    await build(join(work, 'out1'));
    expect((await build(join(work, 'out2'))).cached).toBe(false);
    expect(await runs()).toBe(2);
  });
});

describe('lockBuild', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chitieu-lock-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const lock = () => join(dir, '.build.lock');
  const settle = (p: Promise<unknown>, ms: number) =>
    Promise.race([p.then(() => 'taken'), new Promise((r) => setTimeout(() => r('waiting'), ms))]);

  it('takes a free lock with its process id, and releases it', async () => {
    const release = await lockBuild(dir);
    expect(await readFile(join(lock(), 'pid'), 'utf8')).toBe(String(process.pid));
    await release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('waits for a lock a running process holds, and takes it once released', async () => {
    await put(join(lock(), 'pid'), String(process.pid));
    const waiter = lockBuild(dir, 0);
    expect(await settle(waiter, 600)).toBe('waiting');
    await rm(lock(), { recursive: true, force: true }); // the holder releases it
    expect(await settle(waiter, 2_000)).toBe('taken');
    await (
      await waiter
    )();
  });

  it('takes over a lock left without a process id (a build killed after making it) once older than the grace', async () => {
    await mkdir(lock());
    const waiter = lockBuild(dir, 1_000);
    // Being made right now, as far as the waiter knows: waited for.
    expect(await settle(waiter, 400)).toBe('waiting');
    // Still without a process id after the grace: taken over.
    expect(await settle(waiter, 3_000)).toBe('taken');
    expect(await readFile(join(lock(), 'pid'), 'utf8')).toBe(String(process.pid));
    await (
      await waiter
    )();
  });

  it('takes over a lock whose process is gone', async () => {
    await put(join(lock(), 'pid'), '2147483646');
    const taker = lockBuild(dir);
    expect(await settle(taker, 2_000)).toBe('taken');
    await (
      await taker
    )();
  });
});
