import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { VegaLiteSpec } from '../../core/charts/chart.ts';
import { buildId, cacheDir } from '../io/load-cache.ts';
import { sha256Hex as sha256, storeCacheFile, touchCacheFile } from '../cache/cache-files.ts';

/**
 * A cache of the SVGs Vega draws from Vega-Lite specs, across runs: drawing one (compiling the spec, parsing
 * the Vega spec, running the view, writing SVG) costs 40-50 ms of the main thread, reading it back well under
 * one. A report made again with the same data (or a monthly one, for the closed year's charts) reuses them,
 * as the PNG cache (`png-cache.ts`) reuses their PNGs.
 *
 * An entry is keyed by the SHA-256 of the toolkit build's identity (a hash of all its sources and of the
 * lockfile, so of Vega's and Vega-Lite's versions and of the text metrics Vega is given) and of the spec's
 * JSON: the SVG depends on nothing else. Without a build id (the toolkit run from its sources: tests, the
 * chart benchmark) or with `CHITIEU_CACHE=off` there is no cache. It lives in `svg/` beside the PNG cache
 * (`cacheDir()`). An entry (`KEY.entry`) holds the SHA-256 of its SVG on its first line, then the SVG; the
 * hash is checked on reading, and an entry that does not match is drawn again and replaced. Any error of the cache itself falls back to drawing.
 */

/** Entries kept (20-75 KB each: some 15 reports' worth); the least recently used are removed beyond it. */
export const MAX_SVG_ENTRIES = 600;

/** The SVG cache's folder, or null when the cache is off or there is no build id. */
export function svgCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  build: string | undefined = buildId(),
): string | null {
  const dir = cacheDir(env, build);
  return dir === null ? null : join(dir, 'svg');
}

/** The cache key of a Vega-Lite spec's SVG in a build. */
export function vegaSvgCacheKey(spec: VegaLiteSpec, build: string): string {
  return createHash('sha256').update(`chitieu-vega-svg\0${build}\0`).update(JSON.stringify(spec)).digest('hex');
}

/**
 * The SVG of `spec`: from the cache in `dir` when an entry is there and whole, else from `draw()`, then
 * stored. With `dir` null (or no build id), `draw()` alone.
 */
export async function cachedVegaSvg(
  dir: string | null,
  spec: VegaLiteSpec,
  draw: () => Promise<string>,
  build: string | undefined = buildId(),
): Promise<string> {
  if (dir === null || build === undefined) return draw();
  let file: string;
  try {
    file = join(dir, `${vegaSvgCacheKey(spec, build)}.entry`);
  } catch {
    return draw();
  }
  try {
    const entry = await readFile(file, 'utf8');
    const newline = entry.indexOf('\n');
    const svg = entry.slice(newline + 1);
    if (newline === 64 && entry.slice(0, 64) === sha256(svg)) {
      await touchCacheFile(file); // recently used: kept longest
      return svg;
    }
  } catch {
    // No entry: draw it.
  }
  const svg = await draw();
  await storeCacheFile(dir, file, `${sha256(svg)}\n${svg}`, '.entry', MAX_SVG_ENTRIES).catch(() => undefined);
  return svg;
}
