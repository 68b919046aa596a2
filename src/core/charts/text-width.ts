/**
 * Text widths in Noto Sans, the charts' font, without a canvas or a font file: advance widths (in
 * thousandths of an em) copied from the shipped TTFs' hmtx tables, so that layout is computed the same in
 * Node and in a browser, and Vega's text measurer can be told the truth in Node (vega#2940: without a
 * canvas Vega guesses 0.8 em a character). `test/node/render/font.test.ts` checks the tables against the
 * font files.
 *
 * Characters outside the tables are measured by their base letter (NFD): a Vietnamese letter with tone and
 * vowel marks is as wide as its base (ệ as e) in Noto Sans, except the horned ơ, ư (ờ as ơ) and đ, which are
 * listed.
 */

/** Advance widths of U+0020–U+007E, regular weight. */
const ASCII_REGULAR = [
  260, 269, 408, 646, 572, 831, 732, 225, 300, 300, 551, 572, 268, 322, 268, 372, 572, 572, 572, 572, 572, 572, 572,
  572, 572, 572, 268, 268, 572, 572, 572, 434, 899, 639, 650, 632, 730, 556, 519, 728, 741, 339, 273, 619, 524, 907,
  760, 781, 605, 781, 622, 549, 556, 731, 600, 930, 586, 566, 572, 329, 372, 329, 572, 444, 281, 561, 615, 480, 615,
  564, 344, 615, 618, 258, 258, 534, 258, 935, 618, 605, 615, 615, 413, 479, 361, 618, 508, 786, 529, 510, 470, 380,
  551, 380, 572,
];
/** Advance widths of U+0020–U+007E, bold weight. */
const ASCII_BOLD = [
  260, 282, 479, 646, 572, 902, 750, 266, 339, 339, 542, 572, 285, 320, 281, 415, 572, 572, 572, 572, 572, 572, 572,
  572, 572, 572, 281, 285, 572, 572, 572, 477, 898, 692, 665, 642, 732, 560, 549, 724, 765, 389, 331, 664, 559, 943,
  813, 791, 621, 791, 656, 551, 577, 756, 650, 967, 670, 626, 579, 331, 415, 331, 572, 411, 365, 599, 632, 516, 632,
  597, 387, 632, 650, 299, 298, 620, 298, 975, 650, 625, 632, 632, 447, 502, 434, 650, 571, 856, 578, 571, 493, 394,
  551, 394, 572,
];
/** Characters outside ASCII whose width is not their base letter's, or that have no base letter. */
export const EXTRA_CHARACTERS = 'đĐơƠưƯ\u00a0–—−†‡‰…‘’“”·×÷°±₫€•';
const EXTRA_REGULAR = [
  617, 730, 616, 784, 674, 780, 260, 500, 1000, 572, 512, 512, 1177, 791, 175, 175, 359, 359, 268, 572, 572, 428, 572,
  617, 572, 376,
];
const EXTRA_BOLD = [
  645, 732, 681, 821, 757, 885, 260, 500, 1000, 581, 513, 519, 1280, 855, 217, 217, 445, 445, 281, 572, 572, 424, 572,
  645, 572, 376,
];

/** Width used for a character the tables do not know (about an average capital). */
const FALLBACK = 600;

export type FontWeight = 'regular' | 'bold';

function widthTable(ascii: number[], extra: number[]): Map<number, number> {
  const table = new Map<number, number>();
  ascii.forEach((w, i) => table.set(0x20 + i, w));
  [...EXTRA_CHARACTERS].forEach((ch, i) => table.set(ch.codePointAt(0) as number, extra[i] as number));
  return table;
}
const TABLES: Record<FontWeight, Map<number, number>> = {
  regular: widthTable(ASCII_REGULAR, EXTRA_REGULAR),
  bold: widthTable(ASCII_BOLD, EXTRA_BOLD),
};

/** Advance of one character in thousandths of an em. */
export function characterWidth(ch: string, weight: FontWeight = 'regular'): number {
  const table = TABLES[weight];
  const cp = ch.codePointAt(0) as number;
  const direct = table.get(cp);
  if (direct !== undefined) return direct;
  if (cp >= 0x0300 && cp <= 0x036f) return 0; // a combining mark
  // A letter with marks is worked out once (Unicode normalisation is slow next to a table look-up) and kept.
  const known = MARKED[weight].get(ch);
  if (known !== undefined) return known;
  // Drop tone and vowel marks but keep the horn (U+031B), which widens ơ and ư: ờ is as wide as ơ.
  const withHorn = ch
    .normalize('NFD')
    .replace(/[\u0300-\u031a\u031c-\u036f]/g, '')
    .normalize('NFC');
  const base = withHorn.codePointAt(0) as number;
  const width = table.get(base) ?? table.get(ch.normalize('NFD').codePointAt(0) as number) ?? FALLBACK;
  MARKED[weight].set(ch, width);
  return width;
}

/** Widths of the characters with marks met so far, by weight (a pure function's results: the same every time). */
const MARKED: Record<FontWeight, Map<string, number>> = { regular: new Map(), bold: new Map() };

/**
 * Width of a line of text in pixels, in Noto Sans of `fontSize` pixels.
 *
 * @example textWidth('Đạt', 12) // => 19.824 ((730 + 561 + 361) / 1000 em × 12 px)
 */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 'regular'): number {
  return (textUnits(text, weight) * fontSize) / 1000;
}

/** The advance of a text in thousandths of an em: a whole number, so widths of parts add up exactly. */
function textUnits(text: string, weight: FontWeight): number {
  let units = 0;
  for (const ch of text) units += characterWidth(ch, weight);
  return units;
}

/**
 * Breaks a text into lines no wider than `maxWidth` pixels, at spaces (a word longer than the line stays
 * whole on its own line). Deterministic: the same text gives the same lines everywhere.
 *
 * @example wrapText('một hai ba bốn', 12, 40) // => ['một hai', 'ba bốn']
 */
export function wrapText(text: string, fontSize: number, maxWidth: number, weight: FontWeight = 'regular'): string[] {
  const lines: string[] = [];
  // The line's width is kept as it grows (whole thousandths of an em add up exactly, so this is the width
  // textWidth gives the candidate line) rather than measured again for every word.
  const space = characterWidth(' ', weight);
  for (const paragraph of text.split('\n')) {
    let line = '';
    let units = 0;
    for (const word of paragraph.split(' ').filter((w) => w !== '')) {
      const wordUnits = textUnits(word, weight);
      const candidateUnits = line === '' ? wordUnits : units + space + wordUnits;
      if (line !== '' && (candidateUnits * fontSize) / 1000 > maxWidth) {
        lines.push(line);
        line = word;
        units = wordUnits;
      } else {
        line = line === '' ? word : `${line} ${word}`;
        units = candidateUnits;
      }
    }
    lines.push(line);
  }
  return lines;
}
