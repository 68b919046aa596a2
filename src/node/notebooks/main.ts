/**
 * `npm run notebooks:build` and `npm run notebooks:preview`'s data step, as commands:
 *
 *   node dist/notebooks.js build [--data DIR] [--out DIR] [--quiet] [--lang vi|en]
 *   node dist/notebooks.js data [--data DIR]
 *
 * (scripts/notebooks-build.mjs and scripts/notebooks-data.mjs call these.) Exit 0 done, 1 refused or failed,
 * 2 Notebook Kit missing. A third command is the build's own: `node dist/notebooks.js kit '<JSON>'` runs
 * Notebook Kit's build with the page cache (kit-build.ts), in a process of its own.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatNumber } from '../../core/format/number.ts';
import type { Lang } from '../../core/messages/lang.ts';
import { NOTEBOOK_BUILD_MESSAGES as M } from '../../core/messages/notebook-build.ts';
import { buildNotebooks, folderBytes, notebookKitInstalled, notebooksRoot } from './build.ts';
import { kitBuild, type KitBuildOptions } from './kit-build.ts';
import { prepareNotebookData } from './prepare-data.ts';

/** Runs `build` or `data`; returns the exit code. */
export async function notebooksMain(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === 'kit') return runKitBuild(rest[0] ?? '{}');
  const { values } = parseArgs({
    args: rest,
    options: {
      data: { type: 'string' },
      out: { type: 'string' },
      quiet: { type: 'boolean' },
      lang: { type: 'string' },
    },
  });
  const lang: Lang = values.lang === 'en' ? 'en' : 'vi';
  const root = notebooksRoot();
  const mb = (bytes: number) => `${formatNumber(bytes / 1e6, { lang, decimals: 1 })} MB`;
  try {
    if (verb === 'data') {
      const manifest = await prepareNotebookData(root, values.data ?? process.env.CHITIEU_DATA ?? 'data', lang);
      const total = manifest.files.reduce((s, f) => s + f.bytes, 0);
      console.log(`notebooks-data: ${M.dataCopied(manifest.files.length, mb(total), manifest.folder)[lang]}`);
      return 0;
    }
    if (!notebookKitInstalled(root)) {
      console.error(`notebooks-build: ${M.kitMissing[lang]}`);
      return 2;
    }
    const built = await buildNotebooks({
      root,
      lang,
      quiet: Boolean(values.quiet),
      ...(values.data ? { data: values.data } : {}),
      ...(values.out ? { out: values.out } : {}),
    });
    const where = relative(root, built.out) || '.';
    console.log(
      `notebooks-build: ${M.built(built.pages.length, where, mb(await folderBytes(built.out)), formatNumber(built.seconds, { lang, decimals: 1 }), built.cached)[lang]}`,
    );
    return 0;
  } catch (e) {
    console.error(`notebooks-${verb === 'data' ? 'data' : 'build'}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

/** `kit`: Notebook Kit's build for build.ts; its errors go to stderr, which build.ts shows. */
async function runKitBuild(json: string): Promise<number> {
  try {
    await kitBuild(JSON.parse(json) as KitBuildOptions);
    return 0;
  } catch (e) {
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    return 1;
  }
}

process.exitCode = await notebooksMain(process.argv.slice(2));
