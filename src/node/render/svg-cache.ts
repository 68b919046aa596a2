import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { VegaLiteSpec } from '../../core/charts/chart.ts';
import { cacheDir } from '../io/load-cache.ts';
import { sha256Hex as sha256, storeCacheFile, touchCacheFile } from '../cache/cache-files.ts';

/**
 * A cache of the SVGs Vega draws from Vega-Lite specs, across runs: drawing one (compiling the spec, parsing
 * the Vega spec, running the view, writing SVG) costs 40-50 ms of the main thread, reading it back well under
 * one. A report made again with the same data (or a monthly one, for the closed year's charts) reuses them,
 * as the PNG cache (`png-cache.ts`) reuses their PNGs.
 *
 * An entry is keyed by the SHA-256 of the drawing's identity ({@link drawingId}: a hash of the sources that
 * `vegaLiteToSvg` runs, with the text metrics Vega is given, of the lockfile, so of Vega's and Vega-Lite's
 * versions, and of the build's scripts) and of the spec's JSON: the SVG depends on nothing else. A new version
 * of the toolkit that leaves the drawing as it was keeps its SVGs (with the whole build's id, any change drew
 * every chart again: 2.2 s of CPU for the pack's 36). Without a build (the toolkit run from its sources: tests,
 * the chart benchmark) or with `CHITIEU_CACHE=off` there is no cache. It lives in `svg/` beside the PNG cache
 * (`cacheDir()`). An entry (`KEY.entry`) holds the SHA-256 of its SVG on its first line, then the SVG; the
 * hash is checked on reading, and an entry that does not match is drawn again and replaced. Any error of the cache itself falls back to drawing.
 */

/** Entries kept (20-75 KB each: some 15 reports' worth); the least recently used are removed beyond it. */
export const MAX_SVG_ENTRIES = 600;

declare const __CHITIEU_DRAWING__: string | undefined;

/**
 * The identity of the chart drawing in this build (`scripts/drawing-id.mjs`: 16 hex digits of the SHA-256 of the
 * sources `src/node/render/vega-svg.ts` imports, the lockfile and the build's scripts), or undefined when the
 * toolkit runs from its sources.
 */
export function drawingId(): string | undefined {
  return typeof __CHITIEU_DRAWING__ === 'string' ? __CHITIEU_DRAWING__ : undefined;
}

/** The SVG cache's folder, or null when the cache is off or the toolkit is not built. */
export function svgCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  drawing: string | undefined = drawingId(),
): string | null {
  const dir = cacheDir(env, drawing);
  return dir === null ? null : join(dir, 'svg');
}

/** The cache key of a Vega-Lite spec's SVG by a drawing (its {@link drawingId}). */
export function vegaSvgCacheKey(spec: VegaLiteSpec, drawing: string): string {
  return createHash('sha256').update(`chitieu-vega-svg\0${drawing}\0`).update(JSON.stringify(spec)).digest('hex');
}

/**
 * The SVG of `spec`: from the cache in `dir` when an entry is there and whole, else from `draw()`, then
 * stored. With `dir` null (or no drawing id), `draw()` alone.
 */
export async function cachedVegaSvg(
  dir: string | null,
  spec: VegaLiteSpec,
  draw: () => Promise<string>,
  drawing: string | undefined = drawingId(),
): Promise<string> {
  if (dir === null || drawing === undefined) return draw();
  let file: string;
  try {
    file = join(dir, `${vegaSvgCacheKey(spec, drawing)}.entry`);
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
