import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The fonts every chart is drawn with, shipped through npm (`@expo-google-fonts/noto-sans`), so that a
 * PNG never depends on the fonts a machine happens to have. Noto Sans covers the whole Vietnamese
 * alphabet (Latin Extended Additional, U+1EA0–U+1EF9).
 */
const require = createRequire(import.meta.url);

/** Absolute paths of the shipped Noto Sans TTFs (regular and bold). */
export const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
} as const;

/** File names of the cut fonts the build writes to dist/fonts/ (scripts/fonts.mjs). */
const CUT_FONT_NAMES = { regular: 'NotoSans-Regular.chitieu.ttf', bold: 'NotoSans-Bold.chitieu.ttf' } as const;

/** Finds dist/fonts/ from this module, whether it runs from src/ (tests, library use) or from a dist/ bundle. */
function findCutFonts(): { regular: string; bold: string } | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 6; up++) {
    for (const candidate of [join(dir, 'fonts'), join(dir, 'dist', 'fonts')]) {
      const regular = join(candidate, CUT_FONT_NAMES.regular);
      const bold = join(candidate, CUT_FONT_NAMES.bold);
      if (existsSync(regular) && existsSync(bold)) return { regular, bold };
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/**
 * The shipped Noto Sans cut by the build to the blocks charts use (Latin with Vietnamese, Greek,
 * punctuation, currency, arrows, operators, shapes), or `undefined` before a build. Drawn with resvg, the cut
 * font gives the same pixels as the whole one, about four times faster (resvg parses a face's tables for
 * every run of text).
 */
export const CUT_FONT_FILES: { regular: string; bold: string } | undefined = findCutFonts();

let cutMetrics: FontMetrics | undefined;

/**
 * The font files to draw `svg` with: the cut fonts when they have every character of the SVG, else the
 * whole shipped fonts. Characters are read from the raw SVG (numeric character references decoded), so a
 * character in an attribute counts too: the choice errs towards the whole font.
 *
 * @example fontFilesFor('<svg><text>Tỉ lệ</text></svg>')[0].endsWith('NotoSans-Regular.chitieu.ttf') // => true after a build
 */
export function fontFilesFor(svg: string): string[] {
  const whole = [FONT_FILES.regular, FONT_FILES.bold];
  if (!CUT_FONT_FILES) return whole;
  cutMetrics ??= readFontMetrics(readFileSync(CUT_FONT_FILES.regular));
  const has = (cp: number) => cp < 0x7f || cutMetrics!.glyphOf.has(cp);
  for (let i = 0; i < svg.length; i++) {
    const code = svg.charCodeAt(i);
    if (code < 0x7f) {
      if (code === 0x26 && svg.charCodeAt(i + 1) === 0x23) {
        const ref = /^&#(x[0-9a-fA-F]+|[0-9]+);/.exec(svg.slice(i, i + 12));
        if (ref) {
          const text = ref[1] as string;
          const cp = text[0] === 'x' ? parseInt(text.slice(1), 16) : parseInt(text, 10);
          if (!has(cp)) return whole;
        }
      }
      continue;
    }
    const cp = svg.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    if (!has(cp)) return whole;
  }
  return [CUT_FONT_FILES.regular, CUT_FONT_FILES.bold];
}

/** What a TrueType font says about its characters: which it has and how wide each is. */
export interface FontMetrics {
  /** Font units per em (1000 or 2048 ...). */
  unitsPerEm: number;
  /** Code point → glyph id, from the cmap table (format 4 and 12 subtables). */
  glyphOf: Map<number, number>;
  /** Glyph id → advance width in font units, from the hmtx table. */
  advanceOf: (glyph: number) => number;
}

/** Reads the table directory of a TrueType/OpenType file: tag → [offset, length]. */
function tables(buf: Buffer): Map<string, { offset: number; length: number }> {
  const count = buf.readUInt16BE(4);
  const out = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    out.set(buf.toString('latin1', at, at + 4), {
      offset: buf.readUInt32BE(at + 8),
      length: buf.readUInt32BE(at + 12),
    });
  }
  return out;
}

/**
 * Parses the cmap (formats 4 and 12), head, hhea and hmtx tables of a TTF: a tiny reader, enough to
 * check glyph coverage and measure text. Source: the OpenType specification, tables cmap, head, hhea, hmtx.
 *
 * @throws Error when a required table is missing.
 * @example readFontMetrics(readFileSync(FONT_FILES.regular)).glyphOf.has(0x1ec7) // => true ('ệ')
 */
export function readFontMetrics(buf: Buffer): FontMetrics {
  const dir = tables(buf);
  const need = (tag: string) => {
    const t = dir.get(tag);
    if (!t) throw new Error(`font has no ${tag} table`);
    return t.offset;
  };
  const head = need('head');
  const hhea = need('hhea');
  const hmtx = need('hmtx');
  const cmap = need('cmap');
  const unitsPerEm = buf.readUInt16BE(head + 18);
  const numberOfHMetrics = buf.readUInt16BE(hhea + 34);
  const glyphOf = new Map<number, number>();
  const subtables = buf.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const platform = buf.readUInt16BE(cmap + 4 + i * 8);
    const encoding = buf.readUInt16BE(cmap + 6 + i * 8);
    const at = cmap + buf.readUInt32BE(cmap + 8 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = buf.readUInt16BE(at);
    if (format === 4) readFormat4(buf, at, glyphOf);
    if (format === 12) readFormat12(buf, at, glyphOf);
  }
  const lastAdvance = buf.readUInt16BE(hmtx + (numberOfHMetrics - 1) * 4);
  const advanceOf = (glyph: number) => (glyph < numberOfHMetrics ? buf.readUInt16BE(hmtx + glyph * 4) : lastAdvance);
  return { unitsPerEm, glyphOf, advanceOf };
}

function readFormat4(buf: Buffer, at: number, out: Map<number, number>): void {
  const segCount = buf.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  for (let s = 0; s < segCount; s++) {
    const end = buf.readUInt16BE(ends + s * 2);
    const start = buf.readUInt16BE(starts + s * 2);
    const delta = buf.readInt16BE(deltas + s * 2);
    const rangeOffset = buf.readUInt16BE(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const g = buf.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
        glyph = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      if (glyph !== 0 && !out.has(c)) out.set(c, glyph);
    }
  }
}

function readFormat12(buf: Buffer, at: number, out: Map<number, number>): void {
  const groups = buf.readUInt32BE(at + 12);
  for (let i = 0; i < groups; i++) {
    const g = at + 16 + i * 12;
    const start = buf.readUInt32BE(g);
    const end = buf.readUInt32BE(g + 4);
    const first = buf.readUInt32BE(g + 8);
    for (let c = start; c <= end; c++) if (!out.has(c)) out.set(c, first + (c - start));
  }
}

const cache = new Map<string, FontMetrics>();

/** The metrics of a shipped font, read once. */
export function shippedFontMetrics(weight: 'regular' | 'bold' = 'regular'): FontMetrics {
  let m = cache.get(weight);
  if (!m) {
    m = readFontMetrics(readFileSync(FONT_FILES[weight]));
    cache.set(weight, m);
  }
  return m;
}

/** The characters of `text` the font has no glyph for (white space aside), each once, in order. */
export function missingGlyphs(text: string, metrics: FontMetrics = shippedFontMetrics()): string[] {
  const missing = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp === 0x20 || cp === 0x0a || cp === 0x0d || cp === 0x09) continue;
    if (!metrics.glyphOf.has(cp)) missing.add(ch);
  }
  return [...missing];
}
