import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { VegaLiteSpec } from '../../../src/core/charts/chart.ts';
import { cachedVegaSvg, svgCacheDir, vegaSvgCacheKey } from '../../../src/node/render/svg-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-svg-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const spec = { mark: 'bar', data: { values: [{ a: 1 }] } } as unknown as VegaLiteSpec;
const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="10" height="10"/></svg>';

describe('SVG cache', () => {
  it('draws once, then serves the same SVG from the cache', async () => {
    let draws = 0;
    const draw = async () => (draws++, svg);
    expect(await cachedVegaSvg(dir, spec, draw, 'drawing-a')).toBe(svg);
    expect(await cachedVegaSvg(dir, spec, draw, 'drawing-a')).toBe(svg);
    expect(draws).toBe(1);
    expect(readdirSync(dir).filter((f) => f.endsWith('.entry'))).toHaveLength(1);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keys on the drawing and the spec', () => {
    const key = vegaSvgCacheKey(spec, 'drawing-a');
    expect(vegaSvgCacheKey(spec, 'drawing-a')).toBe(key);
    expect(vegaSvgCacheKey(spec, 'drawing-b')).not.toBe(key);
    expect(vegaSvgCacheKey({ ...spec, mark: 'line' } as unknown as VegaLiteSpec, 'drawing-a')).not.toBe(key);
  });

  it('draws again, and replaces, an entry whose SVG does not match its hash', async () => {
    const file = join(dir, `${vegaSvgCacheKey(spec, 'drawing-a')}.entry`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('height="10"/>', 'height="11"/>'));
    let draws = 0;
    expect(await cachedVegaSvg(dir, spec, async () => (draws++, svg), 'drawing-a')).toBe(svg);
    expect(draws).toBe(1);
    expect(await cachedVegaSvg(dir, spec, async () => (draws++, svg), 'drawing-a')).toBe(svg);
    expect(draws).toBe(1);
  });

  it('is off without a drawing id (the sources, tests) and with CHITIEU_CACHE=off', async () => {
    expect(svgCacheDir({ CHITIEU_CACHE_DIR: dir }, undefined)).toBeNull();
    expect(svgCacheDir({ CHITIEU_CACHE_DIR: dir, CHITIEU_CACHE: 'off' }, 'drawing-a')).toBeNull();
    expect(svgCacheDir({ CHITIEU_CACHE_DIR: dir }, 'drawing-a')).toBe(join(dir, 'svg'));
    let draws = 0;
    await cachedVegaSvg(dir, spec, async () => (draws++, svg), undefined);
    expect(draws).toBe(1);
  });
});
