import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pagePlugin, type KitBuildOptions } from '../../../src/node/notebooks/kit-build.ts';

/**
 * A stand-in for Notebook Kit's plugin module (dist/src/vite/observable.js): turns a page into
 * `<turned n>page`, n counting its calls (kept on globalThis, by toolkit folder).
 */
const FAKE_OBSERVABLE = `
export function observable({ template }) {
  return {
    name: 'observable',
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const calls = (globalThis.fakeKitCalls ??= {});
        calls[import.meta.url] = (calls[import.meta.url] ?? 0) + 1;
        return html.includes('sql') ? '<script src=".observable/cache/q.json"></script>' : '<turned>' + html;
      },
    },
  };
}
`;

let work: string;
let root: string;
let options: KitBuildOptions;

const put = async (file: string, text: string) => {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
};
const kitModule = () =>
  join(root, 'node_modules', '@observablehq', 'notebook-kit', 'dist', 'src', 'vite', 'observable.js');
/** How many pages the stand-in turned. */
const calls = () =>
  (globalThis as { fakeKitCalls?: Record<string, number> }).fakeKitCalls?.[`file://${kitModule()}`] ?? 0;
/** The plugin's page hook, as Vite calls it for `notebooks/<page>`. */
const turn = async (plugin: Awaited<ReturnType<typeof pagePlugin>>, page: string, html: string) =>
  plugin.transformIndexHtml.handler.call({}, html, { filename: join(root, 'notebooks', page), path: `/${page}` });

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'chitieu-kit-build-'));
  root = join(work, 'toolkit');
  await put(join(root, 'package-lock.json'), '{}');
  await put(join(root, 'node_modules', '@observablehq', 'notebook-kit', 'package.json'), '{"version":"2.1.8"}');
  await put(kitModule(), FAKE_OBSERVABLE);
  await put(join(root, 'notebooks', 'lib', 'template.html'), '<main></main>');
  options = {
    root,
    out: join(work, 'out'),
    template: join(root, 'notebooks', 'lib', 'template.html'),
    pages: [],
    pageCache: join(work, 'cache'),
  };
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('pagePlugin', () => {
  it("turns a page with Notebook Kit's plugin once, then gives the same HTML from the page cache", async () => {
    const first = await turn(await pagePlugin(options), 'overview.html', '<p>overview</p>');
    expect(first).toBe('<turned><p>overview</p>');
    // Another build (another plugin), the same page: read back, the kit not called again.
    expect(await turn(await pagePlugin(options), 'overview.html', '<p>overview</p>')).toBe(first);
    expect(calls()).toBe(1);
  });

  it('turns a page again when its bytes, its path or the template change', async () => {
    await turn(await pagePlugin(options), 'overview.html', '<p>overview</p>');
    await turn(await pagePlugin(options), 'overview.html', '<p>overview!</p>');
    await turn(await pagePlugin(options), 'other.html', '<p>overview</p>');
    await put(options.template, '<main class="new"></main>');
    await turn(await pagePlugin(options), 'overview.html', '<p>overview</p>');
    expect(calls()).toBe(4);
  });

  it('turns every page without a cache, and keeps none that names the kit’s own caches', async () => {
    const plugin = await pagePlugin({ ...options, pageCache: null });
    await turn(plugin, 'overview.html', '<p>overview</p>');
    await turn(plugin, 'overview.html', '<p>overview</p>');
    expect(calls()).toBe(2);
    await turn(await pagePlugin(options), 'query.html', '<p>sql</p>');
    expect(await readdir(options.pageCache!).catch(() => [])).toEqual([]);
  });

  it('turns a page again when its entry does not match its SHA-256', async () => {
    await turn(await pagePlugin(options), 'overview.html', '<p>overview</p>');
    const [entry] = await readdir(options.pageCache!);
    const file = join(options.pageCache!, entry!);
    const stored = JSON.parse(await readFile(file, 'utf8')) as { html: string };
    await writeFile(file, JSON.stringify({ ...stored, html: `${stored.html}<script>changed</script>` }));
    expect(await turn(await pagePlugin(options), 'overview.html', '<p>overview</p>')).toBe('<turned><p>overview</p>');
    expect(calls()).toBe(2);
  });
});
