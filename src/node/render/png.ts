import { crc32, deflateSync } from 'node:zlib';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { fontFilesFor } from './font.ts';
import { cachedPng, pngCacheDir } from './png-cache.ts';
import { pngFromPixels, type PngScratch } from './png-pixels.ts';
import { sharedPngPool } from './png-pool.ts';
import { loadResvg } from './resvg.ts';

/**
 * SVG to PNG with resvg (Rust, no native build step, no canvas), drawing text with the Noto Sans files
 * shipped in node_modules and never a system font, so a PNG is the same on every machine.
 */

/** The two PNG sizes written for each chart. */
export type PngSize = 'screen' | 'print';

/** Screen PNGs are drawn at twice the SVG's CSS size (sharp on high-density screens and projectors). */
export const SCREEN_SCALE = 2;
/** Print PNGs are 16 cm wide (an A4 page's text width) at 300 dpi. */
export const PRINT_WIDTH_CM = 16;
export const PRINT_DPI = 300;
/** 16 cm at 300 dpi: 1890 pixels. */
export const PRINT_WIDTH_PX = Math.round((PRINT_WIDTH_CM / 2.54) * PRINT_DPI);

/** The pixel width and the resolution (dots per inch, written in the PNG) of a size, for an SVG `svgWidth` wide. */
export function pngGeometry(size: PngSize, svgWidth: number): { width: number; dpi: number } {
  if (size === 'print') return { width: PRINT_WIDTH_PX, dpi: PRINT_DPI };
  return { width: Math.round(svgWidth * SCREEN_SCALE), dpi: 96 * SCREEN_SCALE };
}

/** Reads the width of an SVG's root element (its `width` attribute, else its viewBox). */
export function svgWidth(svg: string): number {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = /\swidth="([\d.]+)"/.exec(root)?.[1];
  if (width) return Number(width);
  const viewBox = /\sviewBox="[\d.-]+[\s,]+[\d.-]+[\s,]+([\d.]+)/.exec(root)?.[1];
  if (viewBox) return Number(viewBox);
  throw new Error('SVG has neither width nor viewBox');
}

const ZLIB = { deflateSync, crc32 };
const SCRATCH: PngScratch = {};

/**
 * Renders an SVG to PNG at a size, with only the shipped fonts (`loadSystemFonts: false`), and records the
 * resolution in a pHYs chunk so a word processor places the print PNG at 16 cm. resvg draws; the file is
 * written from its pixels (8-bit RGB, `png-pixels.ts`).
 */
export function svgToPng(svg: string, size: PngSize): Buffer {
  const geometry = pngGeometry(size, svgWidth(svg));
  const Resvg = loadResvg();
  const image = new Resvg(svg, resvgOptions(geometry.width, svg)).render();
  const png = pngFromPixels(image.pixels, image.width, image.height, geometry.dpi, ZLIB, SCRATCH);
  return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
}

/**
 * {@link svgToPng} on a worker thread of the process's PNG pool (`png-pool.ts`): the same bytes, while the
 * main thread goes on drawing the next chart's SVG; PNGs render on every core at once. In a built toolkit a
 * PNG drawn before from the same SVG, options, fonts and renderer comes from the PNG cache (`png-cache.ts`).
 */
export async function svgToPngAsync(svg: string, size: PngSize): Promise<Buffer> {
  const geometry = pngGeometry(size, svgWidth(svg));
  const options = resvgOptions(geometry.width, svg);
  return cachedPng(pngCacheDir(), svg, options, geometry.dpi, () => sharedPngPool().render(svg, options, geometry.dpi));
}

/**
 * resvg's options: the shipped fonts only (cut to the characters charts use when they cover the SVG, see
 * {@link fontFilesFor}), white background, crisp shapes, legible text.
 */
function resvgOptions(width: number, svg: string): ResvgRenderOptions {
  return {
    font: {
      loadSystemFonts: false,
      fontFiles: fontFilesFor(svg),
      defaultFontFamily: 'Noto Sans',
      sansSerifFamily: 'Noto Sans',
    },
    fitTo: { mode: 'width', value: width },
    background: 'white',
    shapeRendering: 2,
    textRendering: 1,
  };
}

/** Replaces or inserts the pHYs chunk (pixels per metre) right after IHDR. */
export function withResolution(png: Buffer, dpi: number): Buffer {
  const ppm = Math.round(dpi / 0.0254);
  const data = Buffer.alloc(9);
  data.writeUInt32BE(ppm, 0);
  data.writeUInt32BE(ppm, 4);
  data.writeUInt8(1, 8);
  const typeAndData = Buffer.concat([Buffer.from('pHYs', 'latin1'), data]);
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  typeAndData.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  const chunks: Buffer[] = [png.subarray(0, 8)];
  let at = 8;
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const whole = png.subarray(at, at + 12 + length);
    if (type !== 'pHYs') chunks.push(whole);
    if (type === 'IHDR') chunks.push(chunk);
    at += 12 + length;
  }
  return Buffer.concat(chunks);
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
