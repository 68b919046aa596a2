import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../../src/node/cli/table.ts';

/** The definition the fast path must agree with: code points after NFC, less those of category M. */
const reference = (text: string): number => [...text.normalize('NFC')].filter((ch) => !/\p{M}/u.test(ch)).length;

describe('displayWidth', () => {
  it('agrees with the \\p{M} definition on every code point of the first three planes', () => {
    const differ: string[] = [];
    for (let cp = 0; cp < 0x30000; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) continue; // lone surrogates are not text
      const ch = String.fromCodePoint(cp);
      if (displayWidth(ch) !== reference(ch)) differ.push(cp.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('counts Vietnamese written with combining marks as its composed letters', () => {
    const decomposed = 'Tỉ lệ điều tra, khám phá án rất nghiêm trọng'.normalize('NFD');
    expect(decomposed.length).toBeGreaterThan(44);
    expect(displayWidth(decomposed)).toBe(44);
    expect(displayWidth('✔ Đạt (tạm tính) – 84,2 %')).toBe(25);
    // A mark with no precomposed letter stays a mark: "q" with a combining grave takes one column.
    expect(displayWidth('q\u0300')).toBe(1);
    expect(displayWidth('q\u0300')).toBe(reference('q\u0300'));
  });

  it('agrees with the definition on marks of other scripts and on symbols next to them', () => {
    for (const text of ['क्षि', 'ก่อน', '\u20d2x\u20dd', '⃝a', 'e\u1dc4', '日本語', '👍🏽']) {
      expect(displayWidth(text)).toBe(reference(text));
    }
  });
});
