import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Noto Sans files shipped with the toolkit (package `@expo-google-fonts/noto-sans`, SIL Open Font
 * License), or null when the package is not installed.
 */
export function notoSansFiles(): { regular: string; bold: string } | null {
  try {
    const root = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans/package.json'));
    const fonts = {
      regular: join(root, '400Regular', 'NotoSans_400Regular.ttf'),
      bold: join(root, '700Bold', 'NotoSans_700Bold.ttf'),
    };
    return existsSync(fonts.regular) && existsSync(fonts.bold) ? fonts : null;
  } catch {
    return null;
  }
}

/**
 * `@font-face` rules embedding Noto Sans (regular and bold) as base64, so that the page looks the same
 * offline on any machine; an empty string when the files are missing (the page then uses the system's
 * sans-serif, which has Vietnamese letters on every current system).
 */
export async function embeddedFontCss(fonts: { regular: string; bold: string } | null): Promise<string> {
  if (fonts === null) return '';
  try {
    const face = async (file: string, weight: number) =>
      `@font-face{font-family:"Noto Sans";font-style:normal;font-weight:${weight};font-display:swap;` +
      `src:url(data:font/ttf;base64,${(await readFile(file)).toString('base64')}) format("truetype")}`;
    return `${await face(fonts.regular, 400)}\n${await face(fonts.bold, 700)}\n`;
  } catch {
    return '';
  }
}
