/** The languages a reader can choose. Vietnamese first. */
export type Lang = 'vi' | 'en';

/** A text in both languages. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** Picks the reader's language from a bilingual text. */
export function pick(text: Bilingual, lang: Lang): string {
  return text[lang];
}
