/**
 * PNG files from resvg's pixels (`render().pixels`), written here rather than by resvg's `asPng()`: 8-bit RGB
 * (charts are drawn on an opaque white background, so alpha is always 255 and is dropped), filter None,
 * deflate level 3, and the resolution chunk (pHYs) written with the image. The same pixels as `asPng()`
 * gives, in fewer bytes and less time: on the report's 18 charts at 1890 px, about 35 ms a file against
 * 75 ms, and 18 % fewer bytes.
 *
 * These functions run in the PNG pool's worker threads as well as in the main thread: the worker's code is
 * their source text (`png-pool.ts`), so each uses only its arguments, the other functions of this file, and
 * `zlib` passed in; nothing imported.
 */

/**
 * Memory kept from one PNG to the next by a thread that writes many: a fresh 7 MB array for every image is
 * as many page faults, which cost this project's machine about as much as the encoding.
 */
export interface PngScratch {
  rows?: Uint8Array;
}

/** The two functions of node:zlib the encoder uses (passed in, so that the worker's copy needs no import). */
export interface PngZlib {
  deflateSync(data: Uint8Array, options: { level: number }): Uint8Array;
  crc32(data: Uint8Array, value?: number): number;
}

/**
 * The PNG file of a drawing: `rgba` (`width` × `height`, 8-bit RGBA, opaque, as resvg's `render().pixels`),
 * with `dpi` recorded in it. `scratch` keeps the scanlines' memory for the next call.
 *
 * @throws Error when a pixel is not opaque.
 */
export function pngFromPixels(
  rgba: Uint8Array,
  width: number,
  height: number,
  dpi: number,
  zlib: PngZlib,
  scratch: PngScratch = {},
): Uint8Array {
  const length = height * (1 + width * 3);
  if (!scratch.rows || scratch.rows.length < length) scratch.rows = new Uint8Array(length);
  const rows = opaqueRows(rgba, width, height, scratch.rows.subarray(0, length));
  return encodePng(rows, width, height, dpi, zlib);
}

/**
 * PNG scanlines (filter byte 0, then R, G, B) of opaque RGBA pixels. Each pixel is read as one 32-bit word
 * where the memory allows it (aligned, little-endian: every machine Node runs on here), about 15 % faster
 * than four byte reads; else byte by byte. The same rows either way.
 *
 * @throws Error when a pixel is not opaque (the encoder writes RGB).
 */
export function opaqueRows(
  rgba: Uint8Array,
  width: number,
  height: number,
  rows: Uint8Array = new Uint8Array(height * (1 + width * 3)),
): Uint8Array {
  const stride = 1 + width * 3;
  const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  if (littleEndian && rgba.byteOffset % 4 === 0) {
    const words = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
    let alpha = 0xff;
    let i = 0;
    for (let y = 0; y < height; y++) {
      let o = y * stride;
      rows[o++] = 0;
      const end = i + width;
      for (; i < end; i++) {
        const v = words[i] as number;
        rows[o] = v;
        rows[o + 1] = v >>> 8;
        rows[o + 2] = v >>> 16;
        alpha &= v >>> 24;
        o += 3;
      }
    }
    if (alpha !== 255) throw new Error('PNG: the drawing is not opaque');
    return rows;
  }
  let alpha = 255;
  let i = 0;
  for (let y = 0; y < height; y++) {
    let o = y * stride;
    rows[o++] = 0;
    const end = i + width * 4;
    for (; i < end; i += 4) {
      rows[o] = rgba[i] as number;
      rows[o + 1] = rgba[i + 1] as number;
      rows[o + 2] = rgba[i + 2] as number;
      alpha &= rgba[i + 3] as number;
      o += 3;
    }
  }
  if (alpha !== 255) throw new Error('PNG: the drawing is not opaque');
  return rows;
}

/**
 * A PNG file of RGB scanlines (`rows`, each a filter byte then the pixels): signature, IHDR (8-bit RGB), pHYs
 * (`dpi` as pixels per metre), one IDAT (deflate level 3) and IEND.
 */
export function encodePng(rows: Uint8Array, width: number, height: number, dpi: number, zlib: PngZlib): Uint8Array {
  const idat = zlib.deflateSync(rows, { level: 3 });
  const ppm = Math.round(dpi / 0.0254);
  const size = 8 + (12 + 13) + (12 + 9) + (12 + idat.length) + 12;
  // Its own memory (not a slice of a shared pool): the worker hands it over to the main thread.
  const png = new Uint8Array(size);
  const view = new DataView(png.buffer);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0);
  let at = 8;
  const chunk = (type: string, length: number, write: (data: number) => void) => {
    view.setUint32(at, length);
    for (let k = 0; k < 4; k++) png[at + 4 + k] = type.charCodeAt(k);
    write(at + 8);
    view.setUint32(at + 8 + length, zlib.crc32(png.subarray(at + 4, at + 8 + length)));
    at += 12 + length;
  };
  chunk('IHDR', 13, (d) => {
    view.setUint32(d, width);
    view.setUint32(d + 4, height);
    png.set([8, 2, 0, 0, 0], d + 8); // 8 bits, RGB, deflate, adaptive filtering, no interlace
  });
  chunk('pHYs', 9, (d) => {
    view.setUint32(d, ppm);
    view.setUint32(d + 4, ppm);
    png[d + 8] = 1; // metres
  });
  chunk('IDAT', idat.length, (d) => png.set(idat, d));
  chunk('IEND', 0, () => undefined);
  return png;
}
