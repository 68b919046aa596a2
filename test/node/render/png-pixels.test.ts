import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { buildChartSet } from '../../../src/core/charts/chart-set.ts';
import { renderSvg } from '../../../src/node/render/export-charts.ts';
import { FONT_FILES } from '../../../src/node/render/font.ts';
import { encodePng, opaqueRows, pngFromPixels } from '../../../src/node/render/png-pixels.ts';
import { fixtureInputs } from '../../core/charts/fixture.ts';

const ZLIB = { deflateSync, crc32 };

/**
 * Decodes an 8-bit, non-interlaced PNG (RGB or RGBA, any of the five filters) to RGB pixels: an independent
 * reader, written from the PNG specification (section 9, filters), to compare what two files show.
 */
function decodeRgb(png: Buffer): { width: number; height: number; rgb: Uint8Array; chunks: string[] } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const channels = { 2: 3, 6: 4 }[png.readUInt8(25)] as number;
  const idat: Buffer[] = [];
  const chunks: string[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    chunks.push(type);
    expect(png.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] as number;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x] as number;
      const a = x >= channels ? (out[y * stride + x - channels] as number) : 0;
      const b = y > 0 ? (out[(y - 1) * stride + x] as number) : 0;
      const c = x >= channels && y > 0 ? (out[(y - 1) * stride + x - channels] as number) : 0;
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter] as number;
      out[y * stride + x] = (v + predictor) & 0xff;
    }
  }
  if (channels === 3) return { width, height, rgb: out, chunks };
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0, o = 0; i < out.length; i += 4, o += 3) rgb.set(out.subarray(i, i + 3), o);
  return { width, height, rgb, chunks };
}

describe('PNG files from resvg pixels', () => {
  it("show the very pixels of resvg's own asPng(), in fewer bytes, with the resolution chunk", async () => {
    const charts = buildChartSet(fixtureInputs(2026), 'vi').charts;
    for (const chart of [charts[0], charts.find((c) => c.id === 'area_dots')]) {
      if (!chart) throw new Error('missing chart');
      const svg = await renderSvg(chart);
      const image = new Resvg(svg, {
        font: {
          loadSystemFonts: false,
          fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
          defaultFontFamily: 'Noto Sans',
        },
        fitTo: { mode: 'width', value: 1890 },
        background: 'white',
      }).render();
      const theirs = Buffer.from(image.asPng());
      const ours = Buffer.from(pngFromPixels(image.pixels, image.width, image.height, 300, ZLIB));
      const a = decodeRgb(theirs);
      const b = decodeRgb(ours);
      expect([b.width, b.height]).toEqual([a.width, a.height]);
      expect(Buffer.from(b.rgb).equals(Buffer.from(a.rgb)), chart.name).toBe(true);
      expect(b.chunks).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
      expect(ours.readUInt32BE(8 + 25 + 8)).toBe(Math.round(300 / 0.0254)); // pixels per metre
      expect(ours.length).toBeLessThan(theirs.length);
    }
  });

  it('writes a small image exactly as the specification lays it out', () => {
    // Two pixels, red and white, opaque.
    const rgba = new Uint8Array([255, 0, 0, 255, 255, 255, 255, 255]);
    expect([...opaqueRows(rgba, 2, 1)]).toEqual([0, 255, 0, 0, 255, 255, 255]);
    const png = Buffer.from(encodePng(opaqueRows(rgba, 2, 1), 2, 1, 96, ZLIB));
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // IHDR: 13 bytes, 2 × 1, bit depth 8, colour type 2 (RGB), deflate, filters, no interlace.
    expect(png.subarray(8, 33).toString('hex')).toBe(
      `0000000d4948445200000002000000010802000000${crc32(png.subarray(12, 29)).toString(16).padStart(8, '0')}`,
    );
    expect([...decodeRgb(png).rgb]).toEqual([255, 0, 0, 255, 255, 255]);
  });

  it('refuses a drawing that is not opaque (the file has no alpha channel)', () => {
    expect(() => opaqueRows(new Uint8Array([0, 0, 0, 128]), 1, 1)).toThrow(/not opaque/);
    // The same on the byte-by-byte path (pixels not aligned on 4 bytes).
    const unaligned = new Uint8Array(5).subarray(1);
    unaligned.set([0, 0, 0, 254]);
    expect(() => opaqueRows(unaligned, 1, 1)).toThrow(/not opaque/);
  });

  it('gives the same scanlines whether it reads pixels as words (aligned) or bytes (unaligned)', () => {
    const [width, height] = [7, 5];
    const aligned = new Uint8Array(width * height * 4);
    for (let i = 0; i < aligned.length; i++) aligned[i] = i % 4 === 3 ? 255 : (i * 37 + 11) & 0xff;
    const unaligned = new Uint8Array(aligned.length + 1).subarray(1);
    unaligned.set(aligned);
    const rows = [...opaqueRows(aligned, width, height)];
    expect(rows).toEqual([...opaqueRows(unaligned, width, height)]);
    expect(rows.slice(0, 4)).toEqual([0, aligned[0], aligned[1], aligned[2]]);
    expect(rows[1 + width * 3]).toBe(0); // the second row's filter byte
  });

  it('reuses the memory of its scanlines from one call to the next, with the same bytes', () => {
    const scratch = {};
    const big = new Uint8Array(8 * 8 * 4).fill(255);
    const small = new Uint8Array([10, 20, 30, 255, 40, 50, 60, 255]);
    const first = Buffer.from(pngFromPixels(big, 8, 8, 96, ZLIB, scratch));
    const again = Buffer.from(pngFromPixels(small, 2, 1, 96, ZLIB, scratch));
    expect(Buffer.from(pngFromPixels(small, 2, 1, 96, ZLIB)).equals(again)).toBe(true);
    expect(first.equals(Buffer.from(pngFromPixels(big, 8, 8, 96, ZLIB)))).toBe(true);
  });
});
