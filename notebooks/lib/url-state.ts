/**
 * The view a page shows, kept in its address: `?year=2025&area=443&indicator=clearance_rate&compare=42&lang=en`.
 * A link with such a query string reopens that view; each control reads its first value from it, and a cell
 * writes the controls' values back (`history.replaceState`, so the back button is not filled with every change).
 * The language is part of it: `?lang=en` reads the page in English, no `lang` in Vietnamese.
 */
import type { Lang } from '../../src/core/messages/lang.ts';

/** The value of one query parameter of the page's address, or null. */
export function urlParam(name: string): string | null {
  return new URLSearchParams(globalThis.location?.search ?? '').get(name);
}

/**
 * The first of `choices` whose key equals the query parameter `name`, else `fallback`.
 *
 * @example fromUrl('year', [2024, 2025], String, 2025) // => 2024 on a page opened as ?year=2024
 */
export function fromUrl<T>(name: string, choices: readonly T[], key: (choice: T) => string, fallback: T): T {
  const wanted = urlParam(name);
  if (wanted === null) return fallback;
  return choices.find((c) => key(c) === wanted) ?? fallback;
}

/**
 * Writes values into the page's query string, leaving other parameters as they are; null or empty removes a
 * parameter. Returns the new query string (without `?`).
 */
export function rememberInUrl(values: Record<string, string | number | null | undefined>): string {
  const params = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(values)) {
    if (v === null || v === undefined || v === '') params.delete(k);
    else params.set(k, String(v));
  }
  const search = params.toString();
  const url = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  return search;
}

/**
 * The language of the whole page, its prose (src/core/messages/notebook-pages/), its controls, charts, tables and
 * messages about data and files: `?lang=en` gives English, anything else Vietnamese.
 */
export function pageLang(): Lang {
  return urlParam('lang') === 'en' ? 'en' : 'vi';
}

/**
 * A query string in another language, every other parameter kept: `lang=en` for English, no `lang` for
 * Vietnamese (the default). Returns it with its `?`, or an empty string when nothing is left.
 *
 * @example searchInLang('?year=2019&area=443', 'en') // => '?year=2019&area=443&lang=en'
 * @example searchInLang('?year=2019&lang=en', 'vi') // => '?year=2019'
 */
export function searchInLang(search: string, lang: Lang): string {
  const params = new URLSearchParams(search);
  if (lang === 'vi') params.delete('lang');
  else params.set('lang', lang);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * A link to another page (`./overview.html`) that opens it in `lang`.
 *
 * @example hrefInLang('./overview.html', 'en') // => './overview.html?lang=en'
 * @example hrefInLang('./overview.html', 'vi') // => './overview.html'
 */
export function hrefInLang(path: string, lang: Lang): string {
  return `${path}${searchInLang('', lang)}`;
}
