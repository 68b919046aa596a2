import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.ts';

/**
 * One spelling of "tỉ lệ" in everything a reader sees: the programme's own ("tỉ lệ", as the pack writes
 * it), not "tỷ lệ"; so too "tỉ số" ("tỷ đồng", a billion, is another word). A document's words quoted as
 * they are written stay as written; they are listed here, one by one.
 */
const QUOTED_AS_WRITTEN: readonly string[] = [
  // Directive 2025's target, quoted in the target sources.
  'vượt tỷ lệ Trung ương giao',
];

/** Where the words readers see are kept: messages, notebooks, the READMEs, the scripts' messages. */
const PLACES = [
  'src',
  'notebooks',
  'scripts',
  'docs',
  'README.md',
  'charts/README.md',
  'data/README.md',
  'data/datapackage.json',
];
const SKIP = new Set(['dist', 'public', '.observable', 'node_modules', '.build.lock']);
const TEXT = /\.(ts|mjs|js|html|md|json|css)$/;

function files(path: string): string[] {
  const full = join(ROOT, path);
  if (!statSync(full, { throwIfNoEntry: false })) return [];
  if (statSync(full).isFile()) return [full];
  return readdirSync(full, { withFileTypes: true }).flatMap((e) =>
    SKIP.has(e.name) ? [] : e.isDirectory() ? files(join(path, e.name)) : TEXT.test(e.name) ? [join(full, e.name)] : [],
  );
}

/** Lines where "tỷ lệ" or "tỷ số" is written (any case, NFC or not, maybe across two lines), quotations aside. */
function misspelt(text: string): number[] {
  let t = text.normalize('NFC');
  for (const q of QUOTED_AS_WRITTEN) t = t.split(q).join(q.replace(/[^\n]/g, ' '));
  const found: number[] = [];
  for (const m of t.matchAll(/tỷ\s+(lệ|số)/giu)) found.push(t.slice(0, m.index).split('\n').length);
  return found;
}

describe('spelling', () => {
  it('finds "tỷ lệ" however it is written, and leaves quotations and "tỷ đồng" alone', () => {
    expect(misspelt('a\nTỷ lệ b')).toEqual([2]);
    expect(misspelt('làm tỷ\n    lệ thay đổi')).toEqual([1]);
    expect(misspelt('ty\u0309 le\u0323\u0302')).toEqual([1]);
    expect(misspelt('tỉ số 0,99')).toEqual([]);
    expect(misspelt('tỷ số 0,99')).toEqual([1]);
    expect(misspelt('tỉ lệ; 1,3 tỷ đồng; "vượt tỷ lệ Trung ương giao"')).toEqual([]);
  });

  it('"tỉ lệ" and "tỉ số", never "tỷ lệ" or "tỷ số", in messages, notebooks and documentation', () => {
    const all = PLACES.flatMap(files);
    expect(all.length).toBeGreaterThan(50);
    expect(all.some((f) => f.endsWith('src/core/messages/report.ts'))).toBe(true);
    expect(all.some((f) => f.endsWith('notebooks/safe-units.html'))).toBe(true);
    const bad = all.flatMap((f) => misspelt(readFileSync(f, 'utf8')).map((line) => `${relative(ROOT, f)}:${line}`));
    expect(bad).toEqual([]);
  });
});
