import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedPng, isWholePng, pngCacheDir, pngCacheKey, prune } from '../../../src/node/render/png-cache.ts';
import { svgToPng } from '../../../src/node/render/png.ts';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-png-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="10" height="10" fill="red"/></svg>';
const options = { fitTo: { mode: 'width' as const, value: 40 }, background: 'white' };
const png = svgToPng(svg, 'screen');

describe('PNG cache', () => {
  it('draws once, then serves the same bytes from the cache', async () => {
    let draws = 0;
    const draw = async () => (draws++, png);
    const first = await cachedPng(dir, svg, options, 192, draw);
    const second = await cachedPng(dir, svg, options, 192, draw);
    expect(draws).toBe(1);
    expect(second.equals(first)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(1);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keys on the SVG, the options and the resolution', () => {
    const key = pngCacheKey(svg, options, 192);
    expect(pngCacheKey(svg, options, 192)).toBe(key);
    expect(pngCacheKey(svg.replace('red', 'blue'), options, 192)).not.toBe(key);
    expect(pngCacheKey(svg, { ...options, fitTo: { mode: 'width', value: 41 } }, 192)).not.toBe(key);
    expect(pngCacheKey(svg, options, 300)).not.toBe(key);
  });

  it('draws again, and replaces, an entry that is not a whole PNG', async () => {
    const file = join(dir, `${pngCacheKey(svg, options, 192)}.png`);
    writeFileSync(file, png.subarray(0, png.length - 5)); // cut short
    let draws = 0;
    const got = await cachedPng(dir, svg, options, 192, async () => (draws++, png));
    expect(draws).toBe(1);
    expect(got.equals(png)).toBe(true);
    const flipped = Buffer.from(png);
    flipped[40] = (flipped[40] as number) ^ 1; // a changed byte: a CRC no longer matches
    expect(isWholePng(flipped)).toBe(false);
    expect(isWholePng(png)).toBe(true);
    expect((await cachedPng(dir, svg, options, 192, async () => (draws++, png))).equals(png)).toBe(true);
    expect(draws).toBe(1);
  });

  it('with no folder (the cache off), always draws', async () => {
    let draws = 0;
    await cachedPng(null, svg, options, 192, async () => (draws++, png));
    await cachedPng(null, svg, options, 192, async () => (draws++, png));
    expect(draws).toBe(2);
  });

  it('is off when the data cache is (CHITIEU_CACHE=off, or running from the sources)', () => {
    expect(pngCacheDir({ CHITIEU_CACHE: 'off', CHITIEU_CACHE_DIR: dir })).toBeNull();
    expect(pngCacheDir({ CHITIEU_CACHE_DIR: dir })).toBeNull(); // no build id under vitest
  });

  it('keeps the most recently used entries', async () => {
    const old = mkdtempSync(join(tmpdir(), 'chitieu-png-prune-'));
    for (let i = 0; i < 5; i++) {
      const f = join(old, `${i}.png`);
      writeFileSync(f, png);
      utimesSync(f, new Date(1e12 + i * 1000), new Date(1e12 + i * 1000));
    }
    await prune(old, 2);
    expect(readdirSync(old).sort()).toEqual(['3.png', '4.png']);
    rmSync(old, { recursive: true, force: true });
  });
});
