import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildChartSet } from '../../../src/core/charts/chart-set.ts';
import { characterWidth, EXTRA_CHARACTERS } from '../../../src/core/charts/text-width.ts';
import {
  CUT_FONT_FILES,
  FONT_FILES,
  fontFilesFor,
  missingGlyphs,
  readFontMetrics,
  shippedFontMetrics,
} from '../../../src/node/render/font.ts';
import { renderSvg } from '../../../src/node/render/export-charts.ts';
import { fixtureInputs } from '../../core/charts/fixture.ts';

/** Every letter of the Vietnamese alphabet, with each tone mark, in both cases. */
const VIETNAMESE = (() => {
  const vowels = 'aăâeêioôơuưy';
  const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
  const letters: string[] = ['đ', 'Đ', ...'bcdghklmnpqrstvx'];
  for (const v of vowels) for (const t of tones) letters.push((v + t).normalize('NFC'));
  return [...letters, ...letters.map((l) => l.toUpperCase())].join('');
})();

/** Characters of a text outside plain ASCII. */
const nonAscii = (text: string) => [...new Set([...text].filter((c) => (c.codePointAt(0) as number) > 0x7e))].join('');

/** The text content of an SVG's <text>, <tspan>, <title> and <desc> elements. */
function svgText(svg: string): string {
  return [...svg.matchAll(/>([^<>]+)</g)]
    .map((m) => m[1] as string)
    .join(' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

describe('the shipped Noto Sans', () => {
  const regular = shippedFontMetrics('regular');
  const bold = shippedFontMetrics('bold');

  it('is read from node_modules by a tiny cmap/hmtx reader', () => {
    expect(FONT_FILES.regular).toMatch(/@expo-google-fonts\/noto-sans\/400Regular\/NotoSans_400Regular\.ttf$/);
    const again = readFontMetrics(readFileSync(FONT_FILES.regular));
    expect(again.unitsPerEm).toBe(1000);
    expect(again.glyphOf.get('ệ'.codePointAt(0) as number)).toBe(regular.glyphOf.get(0x1ec7));
  });

  it('has every letter of the Vietnamese alphabet, regular and bold', () => {
    expect(VIETNAMESE.length).toBeGreaterThan(140);
    expect(missingGlyphs(VIETNAMESE, regular)).toEqual([]);
    expect(missingGlyphs(VIETNAMESE, bold)).toEqual([]);
  });

  it('has no ≥, ≤, ✔ or ✘: the charts write targets and verdicts in words and shapes instead', () => {
    expect(missingGlyphs('≥≤✔✘→', regular)).toEqual(['≥', '≤', '✔', '✘', '→']);
  });

  it('has every character the chart messages use (the whole of src/core/messages/charts.ts and scorecard.ts)', () => {
    for (const file of ['charts.ts', 'scorecard.ts']) {
      const source = readFileSync(join(import.meta.dirname, '../../../src/core/messages', file), 'utf8');
      // The scorecard's ✔/✘ marks are for the terminal table, not for charts.
      const text =
        file === 'scorecard.ts' ? source.replace(/STATUS_MARK[^;]*;/, '') : source.replace(/\/\*\*[\s\S]*?\*\//g, '');
      expect(missingGlyphs(nonAscii(text), regular), file).toEqual([]);
      expect(missingGlyphs(nonAscii(text), bold), file).toEqual([]);
    }
  });

  it('has every character of every drawn chart, in Vietnamese and English', async () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const chart of buildChartSet(fixtureInputs(2026), lang).charts) {
        const text = svgText(await renderSvg(chart));
        expect(missingGlyphs(text, regular), `${chart.name} ${lang}`).toEqual([]);
        expect(missingGlyphs(text, bold), `${chart.name} ${lang}`).toEqual([]);
      }
    }
  });

  it('measures as the width tables say (the tables are copied from the hmtx tables)', () => {
    for (const [weight, metrics] of [
      ['regular', regular],
      ['bold', bold],
    ] as const) {
      const advance = (ch: string) => metrics.advanceOf(metrics.glyphOf.get(ch.codePointAt(0) as number) as number);
      const checked = [
        ...Array.from({ length: 0x5f }, (_, i) => String.fromCodePoint(0x20 + i)),
        ...EXTRA_CHARACTERS,
        ...VIETNAMESE,
      ];
      for (const ch of checked) expect(characterWidth(ch, weight), `${weight} ${ch}`).toBe(advance(ch));
    }
  });
});

describe('the cut Noto Sans (dist/fonts/, made by the build)', () => {
  const cut = CUT_FONT_FILES;

  it('exists after the build (npm test builds first)', () => {
    expect(cut?.regular).toMatch(/dist\/fonts\/NotoSans-Regular\.chitieu\.ttf$/);
    expect(cut?.bold).toMatch(/dist\/fonts\/NotoSans-Bold\.chitieu\.ttf$/);
  });

  it('has every Vietnamese letter and every character of every drawn chart, so charts take the fast path', async () => {
    if (!cut) throw new Error('no cut font: run the build');
    const metrics = readFontMetrics(readFileSync(cut.bold));
    expect(missingGlyphs(VIETNAMESE, metrics)).toEqual([]);
    for (const lang of ['vi', 'en'] as const) {
      for (const chart of buildChartSet(fixtureInputs(2026), lang).charts) {
        expect(fontFilesFor(await renderSvg(chart)), `${chart.name} ${lang}`).toEqual([cut.regular, cut.bold]);
      }
    }
  });

  it('leaves a character it lacks to the whole font, written as itself or as a character reference', () => {
    if (!cut) throw new Error('no cut font: run the build');
    expect(shippedFontMetrics('regular').glyphOf.has(0x416)).toBe(true); // Ж: in Noto Sans, not in the cut
    const whole = [FONT_FILES.regular, FONT_FILES.bold];
    expect(fontFilesFor('<svg><text>Ж</text></svg>')).toEqual(whole);
    expect(fontFilesFor('<svg><text>&#1046;</text></svg>')).toEqual(whole);
    expect(fontFilesFor('<svg><text>&#x416;</text></svg>')).toEqual(whole);
    expect(fontFilesFor('<svg><text>&#7879; Hà Tĩnh</text></svg>')).toEqual([cut.regular, cut.bold]);
  });

  it('draws the same pixels as the whole font (Vietnamese and English charts)', async () => {
    if (!cut) throw new Error('no cut font: run the build');
    const draw = (svg: string, files: string[]) =>
      Buffer.from(
        new Resvg(svg, {
          font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: 'Noto Sans' },
          fitTo: { mode: 'zoom', value: 2 },
          background: 'white',
        }).render().pixels,
      );
    for (const lang of ['vi', 'en'] as const) {
      for (const chart of buildChartSet(fixtureInputs(2026), lang).charts) {
        const svg = await renderSvg(chart);
        const same = draw(svg, [cut.regular, cut.bold]).equals(draw(svg, [FONT_FILES.regular, FONT_FILES.bold]));
        expect(same, `${chart.name} ${lang}`).toBe(true);
      }
    }
  });
});
