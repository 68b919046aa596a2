import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { cacheDir } from '../io/load-cache.ts';
import { pruneCacheFiles, storeCacheFile, touchCacheFile } from '../cache/cache-files.ts';
import { encodePng, opaqueRows, pngFromPixels } from './png-pixels.ts';

/**
 * A cache of chart PNGs across runs, so that a report made again reuses the PNGs of the charts that did not
 * change (a closed year's, every month): drawing a chart's two PNGs costs about 0.25 s of CPU, reading them
 * back a millisecond.
 *
 * An entry is a PNG file named by the SHA-256 of everything its bytes depend on: the SVG, resvg's options
 * (size, background, rendering modes; font files by their bytes, not their paths), the resolution written,
 * the versions of resvg-js and of its native binary, Node's zlib version (the deflate stream), and the
 * source text of the functions that write the file (`png-pixels.ts`): so another drawing, font, resvg or
 * encoder never reads an old entry. It lives beside the data-folder cache (`cacheDir()`,
 * `src/node/io/load-cache.ts`: `$CHITIEU_CACHE_DIR`, else `$XDG_CACHE_HOME/chitieu`, else
 * `~/.cache/chitieu`), in `png/`; `CHITIEU_CACHE=off` turns both off, and both are off when the toolkit runs
 * from its sources (tests). Entries are written atomically (temporary file, then rename, `cache-files.ts`);
 * an entry that is not a whole PNG (each chunk's CRC checked, IEND last) is drawn again and replaced; a hit is
 * touched, and beyond {@link MAX_PNG_ENTRIES} the least recently used are removed. Any error of the cache
 * itself falls back to drawing.
 */

/** Entries kept (about 200 KB each: some 15 reports' worth); the least recently used are removed beyond it. */
export const MAX_PNG_ENTRIES = 1000;

const require = createRequire(import.meta.url);

/** The PNG cache's folder, or null when the cache is off (or the toolkit runs from its sources). */
export function pngCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const dir = cacheDir(env);
  return dir === null ? null : join(dir, 'png');
}

let rendererId: string | undefined;

/** What the bytes depend on besides the SVG and options: resvg's versions, zlib's, and our encoder's source. */
function renderer(): string {
  if (rendererId !== undefined) return rendererId;
  const version = (name: string) => {
    try {
      return (require(`${name}/package.json`) as { version: string }).version;
    } catch {
      return 'none';
    }
  };
  const binary = `@resvg/resvg-js-${process.platform}-${process.arch}`;
  rendererId = [
    `resvg-js ${version('@resvg/resvg-js')}`,
    `${binary}-* ${['gnu', 'musl', 'msvc', ''].map((abi) => version(abi ? `${binary}-${abi}` : binary)).join(',')}`,
    `zlib ${process.versions.zlib}`,
    opaqueRows.toString(),
    encodePng.toString(),
    pngFromPixels.toString(),
  ].join('\0');
  return rendererId;
}

const fontHashes = new Map<string, string>();

/** SHA-256 of a font file's bytes, read once per process. */
function fontHash(path: string): string {
  let hash = fontHashes.get(path);
  if (hash === undefined) {
    hash = createHash('sha256').update(readFileSync(path)).digest('hex');
    fontHashes.set(path, hash);
  }
  return hash;
}

/**
 * The cache key of a PNG: SHA-256 over the renderer ({@link renderer}), resvg's options with each font file
 * replaced by the hash of its bytes, the resolution, and the SVG.
 */
export function pngCacheKey(svg: string, options: ResvgRenderOptions, dpi: number): string {
  const fonts = (options.font?.fontFiles ?? []).map(fontHash);
  const rest = { ...options, font: { ...options.font, fontFiles: fonts } };
  return createHash('sha256')
    .update(`chitieu-png\0${renderer()}\0${JSON.stringify(rest)}\0${dpi}\0`)
    .update(svg)
    .digest('hex');
}

/** True when `png` is a whole PNG file: signature, chunks whose CRCs match, IHDR first and IEND last. */
export function isWholePng(png: Buffer): boolean {
  if (png.length < 8 + 25 + 12 || png.toString('hex', 0, 8) !== '89504e470d0a1a0a') return false;
  let at = 8;
  let last = '';
  while (at + 12 <= png.length) {
    const length = png.readUInt32BE(at);
    if (at + 12 + length > png.length) return false;
    const type = png.toString('latin1', at + 4, at + 8);
    if (at === 8 && type !== 'IHDR') return false;
    if (png.readUInt32BE(at + 8 + length) !== crc32(png.subarray(at + 4, at + 8 + length))) return false;
    last = type;
    at += 12 + length;
  }
  return at === png.length && last === 'IEND';
}

/**
 * The PNG of `svg` drawn with `options` at `dpi`: from the cache in `dir` when an entry is there and whole,
 * else from `draw()`, then stored. With `dir` null, `draw()` alone.
 */
export async function cachedPng(
  dir: string | null,
  svg: string,
  options: ResvgRenderOptions,
  dpi: number,
  draw: () => Promise<Buffer>,
): Promise<Buffer> {
  if (dir === null) return draw();
  let file: string;
  try {
    file = join(dir, `${pngCacheKey(svg, options, dpi)}.png`);
  } catch {
    return draw();
  }
  try {
    const hit = await readFile(file);
    if (isWholePng(hit)) {
      await touchCacheFile(file); // recently used: kept longest
      return hit;
    }
  } catch {
    // No entry: draw it.
  }
  const png = await draw();
  await storeCacheFile(dir, file, png, '.png', MAX_PNG_ENTRIES).catch(() => undefined);
  return png;
}

/** Removes the least recently used entries beyond {@link MAX_PNG_ENTRIES} (and temporary files left by a crash). */
export async function prune(dir: string, keep: number = MAX_PNG_ENTRIES): Promise<void> {
  await pruneCacheFiles(dir, '.png', keep);
}
