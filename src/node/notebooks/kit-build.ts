/**
 * Notebook Kit's `notebooks build`, run by the toolkit: `node dist/notebooks.js kit '<options as JSON>'`, which
 * build.ts spawns in place of the kit's own command when it runs from the bundle. The same Vite build as the
 * kit's command (its `config()`, its `observable()` plugin, the same options, so the same bytes), with one
 * difference: the kit's plugin, which turns each notebook page into HTML and JavaScript, is loaded only for
 * a page that is not in the page cache, and what it makes of a page is kept there.
 *
 * Loading that plugin costs about 1.5 s of CPU (it brings TypeScript and jsdom), and turning the six pages
 * about 1.2 s more (TypeScript parses every cell three times); both are skipped when no page, template or
 * installed package changed since a page was last turned, as when only the toolkit's core changed.
 *
 * The key of a page is the SHA-256 of: the entry format, Notebook Kit's package.json and the lockfile (the
 * kit's own code and every package it uses), the template, the page's path and bytes, and the names of the
 * files under notebooks/ (the kit keeps an asset a cell names only when its file exists). A page whose HTML
 * names Notebook Kit's own caches (`.observable/`: the results of SQL or interpreter cells, which the key
 * does not cover) is not kept. Entries (`<key>.page`: the HTML and its SHA-256, JSON) live beside the site
 * cache's, written and pruned as the drawing caches' are (`src/node/cache/cache-files.ts`).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sha256Hex as sha256, storeCacheFile, touchCacheFile } from '../cache/cache-files.ts';
import { siteSources } from './site-cache.ts';

/** What `node dist/notebooks.js kit` is given (as JSON): the kit command's arguments, and the page cache. */
export interface KitBuildOptions {
  /** The toolkit's folder. */
  root: string;
  /** The site's folder. */
  out: string;
  /** The notebooks' template (notebooks/lib/template.html). */
  template: string;
  /** The pages, as absolute paths. */
  pages: string[];
  /** The page cache's folder, or null to turn every page. */
  pageCache: string | null;
}

/** Page entries kept (six pages, a dozen versions of each); the least recently used are removed beyond it. */
export const MAX_PAGE_ENTRIES = 72;

/** An entry's layout; part of the key, so entries of another layout are never read. */
const ENTRY_FORMAT = 'page-1';

/** The extension of a page entry's file. */
const ENTRY_EXT = '.page';

/** What a Vite plugin's `transformIndexHtml` is given besides the HTML (the part used here). */
interface HtmlContext {
  filename: string;
  path: string;
}

/** The part of a Vite plugin used here; Vite's own types come with Notebook Kit, not with the toolkit. */
interface HtmlPlugin {
  name: string;
  buildStart?: (this: { addWatchFile(file: string): void }) => void;
  transformIndexHtml: {
    order: 'pre';
    handler: (this: unknown, html: string, context: HtmlContext) => Promise<string>;
  };
}

/** Notebook Kit's folder in the toolkit's node_modules. */
function kitFolder(root: string): string {
  return join(root, 'node_modules', '@observablehq', 'notebook-kit');
}

/**
 * Where the kit's `config()` is: a file of its package that its exports do not name (the package's
 * `./vite` export loads the heavy plugin with it). build.ts runs this command only when the file is there.
 */
export function kitConfigFile(root: string): string {
  return join(kitFolder(root), 'dist', 'src', 'vite', 'config.js');
}

/**
 * Runs the build: Vite from Notebook Kit's own dependencies, with the kit's `config()` and a plugin that
 * stands for the kit's `observable()` ({@link pagePlugin}), and the options the kit's command passes.
 *
 * @throws whatever Vite throws when the build fails
 */
export async function kitBuild(options: KitBuildOptions): Promise<void> {
  const kit = kitFolder(options.root);
  const require = createRequire(join(kit, 'package.json'));
  const { build } = (await import(pathToFileURL(require.resolve('vite')).href)) as {
    build: (config: Record<string, unknown>) => Promise<unknown>;
  };
  const { config } = (await import(pathToFileURL(kitConfigFile(options.root)).href)) as {
    config: () => Record<string, unknown>;
  };
  const notebooks = join(options.root, 'notebooks');
  await build({
    ...config(),
    plugins: [await pagePlugin(options)],
    root: notebooks,
    base: './',
    build: {
      minify: true,
      cssMinify: true,
      outDir: relative(notebooks, options.out),
      emptyOutDir: true,
      rollupOptions: { input: options.pages },
    },
  });
}

/**
 * The plugin that stands for Notebook Kit's `observable({ template })`: the same name and hooks, its page
 * HTML read from the page cache when there, else made by the kit's plugin (loaded then, once) and kept.
 */
export async function pagePlugin(options: KitBuildOptions): Promise<HtmlPlugin> {
  const { root, template, pageCache } = options;
  let kitPlugin: Promise<HtmlPlugin> | undefined;
  const load = () =>
    (kitPlugin ??= import(pathToFileURL(join(kitFolder(root), 'dist', 'src', 'vite', 'observable.js')).href).then(
      (m: { observable: (o: { template: string }) => HtmlPlugin }) => m.observable({ template }),
    ));
  const common = pageCache === null ? null : await pageKeyBase(root, template);
  return {
    name: 'observable',
    buildStart() {
      this.addWatchFile(template);
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html, context) {
        const file =
          pageCache === null || common === null
            ? null
            : join(pageCache, `${pageKey(common, relative(root, context.filename), html)}${ENTRY_EXT}`);
        if (file !== null) {
          const hit = await readPage(file);
          if (hit !== null) return hit;
        }
        const made = await (await load()).transformIndexHtml.handler.call(this, html, context);
        if (file !== null && pageCache !== null && typeof made === 'string' && !made.includes('.observable/')) {
          const entry = JSON.stringify({ sha256: sha256(made), html: made });
          await storeCacheFile(pageCache, file, entry, ENTRY_EXT, MAX_PAGE_ENTRIES).catch(() => undefined);
        }
        return made;
      },
    },
  };
}

/** The part of every page's key that does not depend on the page; null when a file cannot be read. */
async function pageKeyBase(root: string, template: string): Promise<string | null> {
  try {
    const hash = createHash('sha256').update(`chitieu-notebook-page\0${ENTRY_FORMAT}\0`);
    for (const file of [join(kitFolder(root), 'package.json'), join(root, 'package-lock.json'), template]) {
      const bytes = await readFile(file);
      hash.update(`${relative(root, file).split(sep).join('/')}\0${bytes.length}\0`).update(bytes);
    }
    const names = (await siteSources(root)).filter((f) => f.startsWith('notebooks/'));
    hash.update(`${names.join('\0')}\0`);
    return hash.digest('hex');
  } catch {
    return null;
  }
}

/**
 * The key of a page: SHA-256 over the common part ({@link pageKeyBase}), the page's path from the toolkit's
 * folder and its HTML.
 *
 * @example pageKey(base, 'notebooks/overview.html', html) // => 64 hex digits; another byte of the page, another key
 */
export function pageKey(base: string, path: string, html: string): string {
  return createHash('sha256')
    .update(`${base}\0${path.split(sep).join('/')}\0${html}`)
    .digest('hex');
}

/** A page entry's HTML, or null when there is none or it does not match its SHA-256. */
async function readPage(file: string): Promise<string | null> {
  try {
    const entry = JSON.parse(await readFile(file, 'utf8')) as { sha256?: unknown; html?: unknown };
    if (typeof entry.html !== 'string' || sha256(entry.html) !== entry.sha256) return null;
    await touchCacheFile(file);
    return entry.html;
  } catch {
    return null;
  }
}
