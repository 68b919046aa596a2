// Part of the build: cuts the shipped Noto Sans (from npm, @expo-google-fonts/noto-sans) down to the
// characters charts use, into dist/fonts/. resvg lays text out about four times faster with the cut font
// (it parses each face's tables for every text run), and the pixels are the same (test/node/render/png.test.ts).
// A chart with a character outside these blocks is drawn with the whole font (src/node/render/font.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);

/** Unicode blocks kept: everything a Vietnamese or English chart writes, with room to spare. */
export const SUBSET_BLOCKS = [
  [0x0020, 0x007e, 'Basic Latin'],
  [0x00a0, 0x00ff, 'Latin-1 Supplement'],
  [0x0100, 0x017f, 'Latin Extended-A'],
  [0x0180, 0x024f, 'Latin Extended-B (Ơ ơ Ư ư)'],
  [0x0300, 0x036f, 'Combining Diacritical Marks'],
  [0x0370, 0x03ff, 'Greek and Coptic'],
  [0x1e00, 0x1eff, 'Latin Extended Additional (Vietnamese)'],
  [0x2000, 0x206f, 'General Punctuation'],
  [0x20a0, 0x20cf, 'Currency Symbols (₫)'],
  [0x2100, 0x214f, 'Letterlike Symbols'],
  [0x2190, 0x21ff, 'Arrows'],
  [0x2200, 0x22ff, 'Mathematical Operators'],
  [0x25a0, 0x25ff, 'Geometric Shapes'],
];

/** The cut fonts written, by weight: the file name in dist/fonts/ and the source in node_modules. */
export const SUBSET_FONTS = {
  regular: {
    out: 'NotoSans-Regular.chitieu.ttf',
    from: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  },
  bold: { out: 'NotoSans-Bold.chitieu.ttf', from: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf' },
};

/** Writes the cut fonts to `outDir`. Same input, same bytes. */
export async function buildFonts(outDir) {
  let text = '';
  for (const [from, to] of SUBSET_BLOCKS) for (let c = from; c <= to; c++) text += String.fromCodePoint(c);
  mkdirSync(outDir, { recursive: true });
  for (const { out, from } of Object.values(SUBSET_FONTS)) {
    const cut = await subsetFont(readFileSync(require.resolve(from)), text, { targetFormat: 'truetype' });
    writeFileSync(`${outDir}/${out}`, cut);
  }
}
