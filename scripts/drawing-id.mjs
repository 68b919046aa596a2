// The identity of the toolkit's chart drawing (`vegaLiteToSvg`: a Vega-Lite spec to SVG), for the SVG cache
// (src/node/render/svg-cache.ts). scripts/build.mjs sets it in the build as `__CHITIEU_DRAWING__`.
//
// Given one Vega-Lite spec, the SVG depends only on the code that draws it: the toolkit's files that
// src/node/render/vega-svg.ts imports, directly or through others (its compile step, the text metrics Vega is
// given), and the packages they use (Vega, Vega-Lite). So the identity is a SHA-256 of those source files (found
// by esbuild, as the build resolves them), of the lockfile (every package's version) and of the build's own
// scripts (how the sources become the bundle, and the cut fonts). A new version of the toolkit that leaves all of
// these as they were keeps the SVGs drawn by the last one, where the build id (every source file) would not.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The module whose output the identity stands for. */
export const DRAWING_ENTRY = 'src/node/render/vega-svg.ts';

/** Files of the project, besides the sources, that the drawing depends on. */
const ALSO = ['package-lock.json', 'scripts/build.mjs', 'scripts/fonts.mjs', 'scripts/drawing-id.mjs'];

/**
 * The project's source files the drawing entry imports, directly or not (the entry included), as paths from
 * `root` with `/`, sorted. Packages are left out (their versions are in the lockfile).
 *
 * @param {string} root the project's folder
 * @returns {Promise<string[]>}
 */
export async function drawingSources(root) {
  const result = await build({
    absWorkingDir: resolve(root),
    entryPoints: [DRAWING_ENTRY],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
    // Every package (a path that is not relative) stays outside: only the project's own files are read.
    plugins: [
      { name: 'packages-outside', setup: (b) => b.onResolve({ filter: /^[^./]/ }, () => ({ external: true })) },
    ],
  });
  return Object.keys(result.metafile.inputs).sort();
}

/**
 * The drawing's identity: 16 hex digits of the SHA-256 of each file's path and bytes ({@link drawingSources}, then
 * the lockfile and the build's scripts). `read(path)` gives a file's bytes (from `root` by default).
 *
 * @param {string} root the project's folder
 * @param {(path: string) => Uint8Array} [read]
 * @returns {Promise<string>}
 */
export async function drawingId(root, read = (path) => readFileSync(join(root, path))) {
  const hash = createHash('sha256').update('chitieu-drawing\0');
  for (const path of [...(await drawingSources(root)), ...ALSO])
    hash.update(`${path}\0`).update(read(path)).update('\0');
  return hash.digest('hex').slice(0, 16);
}
