import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.ts';
import { CRIMINAL_CASES_TEXT } from '../../../src/core/messages/notebook-pages/criminal-cases.ts';
import { INDEX_TEXT } from '../../../src/core/messages/notebook-pages/index-page.ts';
import { OVERVIEW_TEXT } from '../../../src/core/messages/notebook-pages/overview.ts';
import { LANGUAGE_NAMES, NOTEBOOK_PAGES, PAGE_TEXT } from '../../../src/core/messages/notebook-pages/pages.ts';
import { REOFFENDING_TEXT } from '../../../src/core/messages/notebook-pages/reoffending.ts';
import { REPORTS_CLEARANCE_TEXT } from '../../../src/core/messages/notebook-pages/reports-clearance.ts';
import { SAFE_UNITS_TEXT } from '../../../src/core/messages/notebook-pages/safe-units.ts';
import { searchInLang, hrefInLang } from '../../../notebooks/lib/url-state.ts';

/** Every module of the notebooks' prose, by name. */
const MODULES: Record<string, object> = {
  NOTEBOOK_PAGES,
  PAGE_TEXT,
  INDEX_TEXT,
  OVERVIEW_TEXT,
  CRIMINAL_CASES_TEXT,
  REPORTS_CLEARANCE_TEXT,
  REOFFENDING_TEXT,
  SAFE_UNITS_TEXT,
};

/**
 * Arguments to call each message function with: every function must be listed, so a new one is checked too.
 * Areas and titles are passed as a page passes them, already in the reader's language (here, plain ASCII).
 */
const SAMPLE_ARGS: Record<string, unknown[]> = {
  'PAGE_TEXT.areaAcrossReform': ['safe_communes_share'],
  'INDEX_TEXT.list': [(file: string) => `./${file}?lang=en`],
  'CRIMINAL_CASES_TEXT.pathTitle': [2025],
  'CRIMINAL_CASES_TEXT.pathYears': [
    2021,
    [
      { year: 2021, count: 1234 },
      { year: 2022, count: 1180 },
    ],
  ],
  'CRIMINAL_CASES_TEXT.pathSlope': [-12.34],
  'CRIMINAL_CASES_TEXT.pathTrend': [{ vi: 'xu hướng giảm', en: 'a falling trend' }],
  'CRIMINAL_CASES_TEXT.pathProjection': [2025, 1101.6, 1172, 0.934],
  'CRIMINAL_CASES_TEXT.pathDeadlineDone': [2025],
  'CRIMINAL_CASES_TEXT.compareFigure': [['Can Loc District · 443', 'Ha Tinh Province · 42'], 'clearance_rate'],
  'REPORTS_CLEARANCE_TEXT.acrossAreas': [2024],
  'REPORTS_CLEARANCE_TEXT.unitsCompared': [13, 'Ha Tinh Province'],
  'REPORTS_CLEARANCE_TEXT.dispersion': [2.345, true],
  'REPORTS_CLEARANCE_TEXT.series': ['Clearance of criminal cases'],
  'SAFE_UNITS_TEXT.unitsTip': ['Communes', 2025, 1216],
  'SAFE_UNITS_TEXT.fromTo': ['−3.1', '+4.2'],
  'SAFE_UNITS_TEXT.readTable': [2025],
  'SAFE_UNITS_TEXT.figureOfYear': ['Drug-free communes and wards', 2025, '12.5%'],
};

/** A text in both languages: each a string, or a list of strings (a table's columns). */
type Texts = { vi: string | readonly string[]; en: string | readonly string[] };

/** Every bilingual text of a module, with its path (`OVERVIEW_TEXT.intro`), calling each function. */
function texts(path: string, value: unknown): { path: string; text: Texts }[] {
  if (typeof value === 'function') {
    const args = SAMPLE_ARGS[path];
    if (!args) throw new Error(`${path}: a message function with no sample arguments in SAMPLE_ARGS`);
    return texts(path, value(...args));
  }
  if (value && typeof value === 'object' && 'vi' in value && 'en' in value) return [{ path, text: value as Texts }];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => (k === 'file' ? [] : texts(`${path}.${k}`, v)));
  throw new Error(`${path}: neither a text in both languages nor a group of them`);
}

const ALL = Object.entries(MODULES).flatMap(([name, module]) => texts(name, module));

/** A letter only Vietnamese writes among the languages of these pages (a vowel with a tone or hat, đ). */
const VIETNAMESE_LETTER = /[àáâãèéêìíòóôõùúýăđĩũơưạ-ỹ]/i;

/**
 * Vietnamese an English text keeps as written: the province's name, and the official title "An toàn về ANTT"
 * (safe in security and order), always quoted.
 */
const KEPT_IN_ENGLISH: readonly RegExp[] = [/Hà Tĩnh/g, /"An toàn về ANTT"/g];

/** The words of a text written with a Vietnamese letter, once the names it may keep are set aside. */
function vietnameseWords(text: string): string[] {
  const rest = KEPT_IN_ENGLISH.reduce((t, name) => t.replace(name, ' '), text);
  return (rest.match(/[\p{L}\p{M}]+/gu) ?? []).filter((w) => VIETNAMESE_LETTER.test(w));
}

const list = (x: string | readonly string[]): readonly string[] => (typeof x === 'string' ? [x] : x);

describe('the notebooks’ prose (src/core/messages/notebook-pages/)', () => {
  it('is found: every module has texts', () => {
    for (const name of Object.keys(MODULES)) expect(ALL.some((t) => t.path.startsWith(`${name}.`))).toBe(true);
    expect(ALL.length).toBeGreaterThan(60);
  });

  it.each(ALL.map((t) => [t.path, t.text] as const))('%s: both languages, none empty', (_path, text) => {
    const vi = list(text.vi);
    const en = list(text.en);
    expect(vi.length).toBeGreaterThan(0);
    expect(en).toHaveLength(vi.length);
    for (const t of [...vi, ...en]) expect(t.trim()).not.toBe('');
  });

  it.each(ALL.map((t) => [t.path, t.text] as const))(
    '%s: English has no Vietnamese but "Hà Tĩnh" and "An toàn về ANTT"',
    (_path, text) => {
      expect(list(text.en).flatMap(vietnameseWords)).toEqual([]);
    },
  );

  it('the check would see Vietnamese in English, and lets the kept names through', () => {
    expect(vietnameseWords('Cases in Hà Tĩnh rated "An toàn về ANTT"')).toEqual([]);
    expect(vietnameseWords('Cases in Huyện Can Lộc, an toàn về ANTT')).toEqual(['Huyện', 'Lộc', 'toàn', 'về']);
  });

  it('prints figures the Vietnamese way in vi and the English way in en (format/)', () => {
    const years = CRIMINAL_CASES_TEXT.pathYears(2021, [{ year: 2021, count: 1234 }]);
    expect(years.vi).toBe('Các năm trọn vẹn từ năm gốc 2021: 2021: 1.234 vụ.');
    expect(years.en).toBe('Whole years since the 2021 baseline: 2021: 1,234 cases.');
    const slope = CRIMINAL_CASES_TEXT.pathSlope(-12.34);
    expect(slope.vi).toBe('Đường xu hướng Theil-Sen: giảm 12,3 vụ mỗi năm.');
    expect(slope.en).toBe('Theil-Sen trend line: down 12.3 cases a year.');
    expect(CRIMINAL_CASES_TEXT.pathProjection(2025, 1101.6, 1172, 0.934).vi).toContain('**93 %**');
    expect(CRIMINAL_CASES_TEXT.pathProjection(2025, 1101.6, 1172, 0.934).en).toContain('**93%**');
    expect(REPORTS_CLEARANCE_TEXT.dispersion(2.345, true).vi).toMatch(/^Hệ số phân tán φ \(Spiegelhalter\) = 2,35: /);
  });

  it('each notebook’s <title> is its Vietnamese tab title, and every notebook is in NOTEBOOK_PAGES', () => {
    const files = readdirSync(join(ROOT, 'notebooks')).filter((f) => f.endsWith('.html'));
    const pages = Object.values(NOTEBOOK_PAGES);
    expect(files.sort()).toEqual(pages.map((p) => p.file).sort());
    for (const page of pages) {
      const html = readFileSync(join(ROOT, 'notebooks', page.file), 'utf8');
      expect(html.match(/<title>(.*)<\/title>/)?.[1], page.file).toBe(page.tab.vi);
    }
  });

  it('the index lists every notebook but itself, linked in the page’s language', () => {
    const en = INDEX_TEXT.list((file) => hrefInLang(`./${file}`, 'en')).en;
    for (const page of Object.values(NOTEBOOK_PAGES).filter((p) => p.file !== 'index.html'))
      expect(en).toContain(`](./${page.file}?lang=en)`);
    expect(INDEX_TEXT.list((file) => hrefInLang(`./${file}`, 'vi')).vi).toContain('](./overview.html)');
  });

  it('names each language in itself for the switch', () => {
    expect(LANGUAGE_NAMES).toEqual({ vi: 'Tiếng Việt', en: 'English' });
  });
});

describe('searchInLang (the language in the address)', () => {
  it('sets lang=en and keeps every other parameter', () => {
    expect(searchInLang('?year=2019&area=443', 'en')).toBe('?year=2019&area=443&lang=en');
    expect(searchInLang('?lang=en&year=2019', 'en')).toBe('?lang=en&year=2019');
  });
  it('removes lang for Vietnamese, the default', () => {
    expect(searchInLang('?year=2019&lang=en&area=443', 'vi')).toBe('?year=2019&area=443');
    expect(searchInLang('?lang=en', 'vi')).toBe('');
    expect(hrefInLang('./index.html', 'vi')).toBe('./index.html');
  });
});
