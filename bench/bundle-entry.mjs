// Bundles one of the benchmarks' TypeScript entries (bench/*-entry.ts) into a single ES module with esbuild, the
// toolkit's dependencies left external (loaded from node_modules), as each benchmark runs it.
import { build } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Bundles `bench/NAME-entry.ts` into `outfile` (its folder made if needed); `__CHITIEU_VERSION__` is the package's.
 *
 * @example await bundleEntry('collect', 'bench/.work/collect/collect-bundle.mjs')
 */
export async function bundleEntry(name, outfile) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(root, 'bench', `${name}-entry.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    define: { __CHITIEU_VERSION__: JSON.stringify(pkg.version) },
  });
}
